//===- OperandDtypeCheck.h - torch-operand-dtype ----------------*- C++ -*-===//
#ifndef TORCH_TIDY_OPERANDDTYPECHECK_H
#define TORCH_TIDY_OPERANDDTYPECHECK_H

#include "OperandCheck.h"

namespace torch_tidy {

/// Operands of an operation that does not promote (matmul, mm, linear, ...)
/// whose known dtypes differ, and index tensors of a dtype the operation
/// rejects (index_select with a Float index).
/// Docs: checker/docs/torch-operand-dtype.md
class OperandDtypeCheck : public OperandCheck {
public:
  OperandDtypeCheck(llvm::StringRef Name,
                    clang::tidy::ClangTidyContext *Context)
      : OperandCheck(Name, Context, Component::Dtype) {}
};

} // namespace torch_tidy

#endif
