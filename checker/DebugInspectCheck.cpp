//===- DebugInspectCheck.cpp ----------------------------------------------===//
#include "DebugInspectCheck.h"

namespace torch_tidy {

void DebugInspectCheck::checkFunction(const FunctionView &View,
                                      clang::ASTContext &) {
  // The states of the function's own analysis: a helper's probes are not
  // printed again for each caller's states.
  if (inCallContext())
    return;
  for (const ObservedCall &C : View.calls()) {
    if (!Vocabulary::isDebugInspection(C.Parts.Callee) || C.Parts.Args.empty())
      continue;
    std::string Text = View.valueOf(C.Parts.Args[0], C).State.str();
    if (C.Parts.Args.size() > 1)
      Text += " | expected " + View.valueOf(C.Parts.Args[1], C).State.str();
    report(C.Parts.Args[0]->getExprLoc(), "%0") << Text;
  }
}

} // namespace torch_tidy
