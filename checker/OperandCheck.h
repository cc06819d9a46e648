//===- OperandCheck.h - Operands of one call that disagree ------*- C++ -*-===//
//
// The shared body of torch-operand-dtype and torch-operand-device: a call
// whose rule says its tensor operands must agree (matmul, mm, linear, ...)
// receives operands whose known dtypes (devices) differ, or an index tensor
// of a dtype the operation rejects.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_OPERANDCHECK_H
#define TORCH_TIDY_OPERANDCHECK_H

#include "CallStates.h"
#include "TorchTidyCheck.h"

namespace torch_tidy {

class OperandCheck : public TorchTidyCheck {
public:
  enum class Component { Dtype, Device };
  OperandCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context,
               Component C)
      : TorchTidyCheck(Name, Context), Which(C) {}

protected:
  void checkFunction(const FunctionView &View, clang::ASTContext &Ctx) override;

private:
  void checkDtypes(const CallStates &C, const Vocabulary &Words,
                   clang::ASTContext &Ctx);
  void checkIndex(const CallStates &C, const Vocabulary &Words,
                  clang::ASTContext &Ctx);
  void checkDevices(const CallStates &C, const Vocabulary &Words);
  /// An operand moved with a device setting (`x.to(device_)`) next to one
  /// on a fixed device: a finding for the first choice that differs.
  void checkSettingDevices(const CallStates &C, const FunctionView &View);
  Component Which;
};

} // namespace torch_tidy

#endif
