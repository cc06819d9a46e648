//===- TorchTidyCheck.cpp -------------------------------------------------===//
#include "TorchTidyCheck.h"
#include "rules/RuleRegistry.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <mutex>

using namespace clang;
using namespace clang::ast_matchers;

namespace torch_tidy {

static constexpr char FunctionId[] = "function";
static constexpr char LambdaId[] = "lambda";
static constexpr char MainFileDeclId[] = "main-file-decl";

// The analysis cache is one per process, while clangd (torch-clangd) builds
// the ASTs of several open files at once on different threads. The torch-*
// checks of a translation unit hold this lock from the first check's start
// to the last one's end, so translation units are analyzed one at a time.
static std::mutex TranslationUnitLock;
static thread_local unsigned ChecksInTranslationUnit = 0;
// Whether a check has shown the rule error in this translation unit.
static thread_local bool RuleErrorShown = false;

TorchTidyCheck::TorchTidyCheck(StringRef Name,
                               tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RuleFiles(Options.getLocalOrGlobal("TorchRuleFiles", "")),
      ModelPaths(Options.getLocalOrGlobal("TorchModelPaths", "")) {
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
    // clangd asks for self-contained diagnostics and shows only those that
    // have a place in a file: it would drop the one above. There the error
    // goes at the top of the file, once.
    if (areDiagsSelfContained())
      Finder->addMatcher(decl(isExpansionInMainFile()).bind(MainFileDeclId),
                         this);
    return;
  }
  Finder->addMatcher(
      functionDecl(isDefinition(), unless(isExpansionInSystemHeader()))
          .bind(FunctionId),
      this);
  Finder->addMatcher(
      lambdaExpr(unless(isExpansionInSystemHeader())).bind(LambdaId), this);
}

void TorchTidyCheck::onStartOfTranslationUnit() {
  if (ChecksInTranslationUnit++ == 0) {
    TranslationUnitLock.lock();
    RuleErrorShown = false;
  }
  resetAnalysisCache();
}

void TorchTidyCheck::onEndOfTranslationUnit() {
  if (--ChecksInTranslationUnit == 0) {
    resetAnalysisCache(); // nothing outlives the AST it points into
    TranslationUnitLock.unlock();
  }
}

void TorchTidyCheck::check(const MatchFinder::MatchResult &R) {
  if (R.Nodes.getNodeAs<Decl>(MainFileDeclId)) {
    if (!RuleErrorShown) {
      RuleErrorShown = true;
      const SourceManager &SM = *R.SourceManager;
      diag(SM.getLocForStartOfFile(SM.getMainFileID()),
           "cannot load torch-tidy rules: %0", DiagnosticIDs::Error)
          << RuleError;
    }
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
