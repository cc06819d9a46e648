//===- TorchTidyCheck.cpp -------------------------------------------------===//
#include "TorchTidyCheck.h"
#include "TraversalScope.h"
#include "rules/RuleRegistry.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace torch_tidy {

static constexpr char FunctionId[] = "function";
static constexpr char LambdaId[] = "lambda";
static constexpr char TranslationUnitId[] = "translation-unit";

TorchTidyCheck::TorchTidyCheck(StringRef Name,
                               tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RuleFiles(Options.getLocalOrGlobal("TorchRuleFiles", "")),
      ModelPaths(Options.getLocalOrGlobal("TorchModelPaths", "")),
      TidyContext(Context) {
  auto Loaded = loadRules(RuleFiles);
  if (Loaded)
    Setup.Rules = std::move(*Loaded);
  else
    RuleError = llvm::toString(Loaded.takeError());
  Setup.Files = modelFilesFor(ModelPaths);
}

void TorchTidyCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "TorchRuleFiles", RuleFiles);
  Options.store(Opts, "TorchModelPaths", ModelPaths);
}

void TorchTidyCheck::registerMatchers(MatchFinder *Finder) {
  if (!Setup.Rules) {
    // Analyze nothing with a half-loaded rule set.
    configurationDiag("cannot load torch-tidy rules: %0",
                      DiagnosticIDs::Error)
        << RuleError;
    return;
  }
  Finder->addMatcher(
      functionDecl(isDefinition(), unless(isExpansionInSystemHeader()))
          .bind(FunctionId),
      this);
  Finder->addMatcher(
      lambdaExpr(unless(isExpansionInSystemHeader())).bind(LambdaId), this);
  // Matched before the traversal enters the translation unit's children.
  Finder->addMatcher(translationUnitDecl().bind(TranslationUnitId), this);
}

void TorchTidyCheck::onStartOfTranslationUnit() { resetAnalysisCache(); }

void TorchTidyCheck::onEndOfTranslationUnit() {
  if (LimitedScope)
    restoreTraversalScope(*LimitedScope);
  LimitedScope = nullptr;
}

void TorchTidyCheck::check(const MatchFinder::MatchResult &R) {
  if (R.Nodes.getNodeAs<TranslationUnitDecl>(TranslationUnitId)) {
    if (limitTraversalToLocalDecls(*R.Context, *TidyContext))
      LimitedScope = R.Context;
    return;
  }
  const FunctionDecl *FD = R.Nodes.getNodeAs<FunctionDecl>(FunctionId);
  if (const auto *L = R.Nodes.getNodeAs<LambdaExpr>(LambdaId))
    FD = L->getCallOperator();
  // Templates are analyzed neither as patterns (types unknown) nor per
  // instantiation (one warning per instantiation would repeat itself).
  if (!FD || !FD->hasBody() || FD->isInvalidDecl() || inLibraryNamespace(FD) ||
      FD->isDependentContext() || FD->isTemplateInstantiation() ||
      (isa<CXXMethodDecl>(FD) && cast<CXXMethodDecl>(FD)->getParent()->isLambda() &&
       !R.Nodes.getNodeAs<LambdaExpr>(LambdaId)))
    return;
  checkFunction(analysisOf(FD, *R.Context, Setup), *R.Context);
}

} // namespace torch_tidy
