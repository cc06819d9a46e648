//===- DiscardedConversionCheck.h - torch-discarded-conversion --*- C++ -*-===//
#ifndef TORCH_TIDY_DISCARDEDCONVERSIONCHECK_H
#define TORCH_TIDY_DISCARDEDCONVERSIONCHECK_H

#include "TorchTidyCheck.h"

namespace torch_tidy {

/// A statement that calls a converting tensor method and drops the result:
/// the tensor it was called on is not changed.
/// Docs: checker/docs/torch-discarded-conversion.md
class DiscardedConversionCheck : public TorchTidyCheck {
public:
  using TorchTidyCheck::TorchTidyCheck;

protected:
  void checkFunction(const FunctionView &View, clang::ASTContext &Ctx) override;

private:
  void diagnose(const clang::CallExpr *Call, const CallParts &P,
              clang::ASTContext &Ctx);
};

} // namespace torch_tidy

#endif
