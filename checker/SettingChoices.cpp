//===- SettingChoices.cpp -------------------------------------------------===//
#include "SettingChoices.h"
#include "model/StateTests.h"

using namespace clang;

namespace torch_tidy {

const Setting *settingToReport(const FunctionView &View,
                               const ValueDecl *Symbol) {
  const auto *F = dyn_cast_or_null<FieldDecl>(Symbol);
  if (!F || !View.model().Across || !View.evaluator().Assumed.empty() ||
      !branchesOnlyOnStates(View.model(), View.function()))
    return nullptr;
  const Setting &S = View.model().Across->settingOf(F);
  return S.Complete ? &S : nullptr;
}

} // namespace torch_tidy
