//===- InplaceResultDtypeCheck.h - torch-inplace-result-dtype ---*- C++ -*-===//
#ifndef TORCH_TIDY_INPLACERESULTDTYPECHECK_H
#define TORCH_TIDY_INPLACERESULTDTYPECHECK_H

#include "TorchTidyCheck.h"

namespace torch_tidy {

/// An in-place operation whose promoted result type cannot be cast to the
/// tensor's own dtype: LibTorch throws.
/// Docs: checker/docs/torch-inplace-result-dtype.md
class InplaceResultDtypeCheck : public TorchTidyCheck {
public:
  using TorchTidyCheck::TorchTidyCheck;

protected:
  void checkFunction(const FunctionView &View, clang::ASTContext &Ctx) override;
};

} // namespace torch_tidy

#endif
