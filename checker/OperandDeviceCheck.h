//===- OperandDeviceCheck.h - torch-operand-device --------------*- C++ -*-===//
#ifndef TORCH_TIDY_OPERANDDEVICECHECK_H
#define TORCH_TIDY_OPERANDDEVICECHECK_H

#include "OperandCheck.h"

namespace torch_tidy {

/// Tensor operands of one operation on different known devices.
/// Docs: checker/docs/torch-operand-device.md
class OperandDeviceCheck : public OperandCheck {
public:
  OperandDeviceCheck(llvm::StringRef Name,
                     clang::tidy::ClangTidyContext *Context)
      : OperandCheck(Name, Context, Component::Device) {}
};

} // namespace torch_tidy

#endif
