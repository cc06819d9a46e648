//===- DebugInspectCheck.h - torch-debug-inspect ----------------*- C++ -*-===//
#ifndef TORCH_TIDY_DEBUGINSPECTCHECK_H
#define TORCH_TIDY_DEBUGINSPECTCHECK_H

#include "TorchTidyCheck.h"

namespace torch_tidy {

/// Prints the state the analysis infers for the argument of every call to a
/// function named `torch_tidy_inspect`, and that of its second argument when
/// there is one (`| expected ...`), so tests can compare the engine with what
/// LibTorch does at run time. Silent on code without such calls.
/// Docs: checker/docs/torch-debug-inspect.md
class DebugInspectCheck : public TorchTidyCheck {
public:
  using TorchTidyCheck::TorchTidyCheck;

protected:
  void checkFunction(const FunctionView &View, clang::ASTContext &Ctx) override;
  bool followsConditions() const override { return false; }
};

} // namespace torch_tidy

#endif
