//===- DebugInspectCheck.cpp ----------------------------------------------===//
#include "DebugInspectCheck.h"

namespace torch_tidy {

void DebugInspectCheck::checkFunction(const FunctionResult &Result,
                                      clang::ASTContext &) {
  for (const Inspection &I : Result.Inspections) {
    std::string Text = I.Val.State.str();
    if (I.Expected)
      Text += " | expected " + I.Expected->State.str();
    diag(I.Arg->getExprLoc(), "%0") << Text;
  }
}

} // namespace torch_tidy
