//===- DebugInspectCheck.cpp ----------------------------------------------===//
#include "DebugInspectCheck.h"

namespace torch_tidy {

void DebugInspectCheck::checkFunction(const FunctionResult &Result,
                                      clang::ASTContext &) {
  for (const Inspection &I : Result.Inspections)
    diag(I.Arg->getExprLoc(), "%0") << I.Val.State.str();
}

} // namespace torch_tidy
