//===- SettingChoices.cpp -------------------------------------------------===//
#include "SettingChoices.h"
#include "clang/Basic/SourceManager.h"
#include "interprocedural/Flags.h"
#include "interprocedural/LocalSettings.h"
#include "model/StateTests.h"

using namespace clang;

namespace torch_tidy {

const Setting *settingToReport(const FunctionView &View,
                               const ValueDecl *Symbol) {
  const ModelContext &M = View.model();
  if (!Symbol || !M.Across || !View.evaluator().Assumed.empty())
    return nullptr;
  const Setting &S = M.Across->settingOf(Symbol);
  if (!S.Complete)
    return nullptr;
  if (const auto *V = dyn_cast<VarDecl>(Symbol)) {
    // A function followed per flag value reports under its flags.
    if (!flagsOf(M.Words, View.function()).empty() ||
        !localSettingUntied(M, View.function(), V, S))
      return nullptr;
  } else if (!isa<FieldDecl>(Symbol) ||
             !branchesOnlyOnStates(M, View.function())) {
    return nullptr;
  }
  return &S;
}

bool settingInScope(const FunctionView &View, const ValueDecl *Symbol,
                    const Expr *At) {
  if (const auto *F = dyn_cast<FieldDecl>(Symbol)) {
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(View.function());
    return Method && Method->getParent() == F->getParent();
  }
  // A local declared in the function's outermost block, before At.
  const auto *Body = dyn_cast_or_null<CompoundStmt>(View.function()->getBody());
  const SourceManager &SM = View.model().Ctx.getSourceManager();
  return Body && At &&
         llvm::any_of(Body->body(), [&](const Stmt *S) {
           const auto *DS = dyn_cast<DeclStmt>(S);
           return DS && llvm::is_contained(DS->decls(), Symbol);
         }) &&
         SM.isBeforeInTranslationUnit(Symbol->getEndLoc(), At->getBeginLoc());
}

} // namespace torch_tidy
