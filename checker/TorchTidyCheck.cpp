//===- TorchTidyCheck.cpp -------------------------------------------------===//
#include "TorchTidyCheck.h"
#include "ast/Instantiations.h"
#include "model/StateTests.h"
#include "ConditionalFindings.h"
#include "domain/Limits.h"
#include "interprocedural/Flags.h"
#include "SummaryExport.h"
#include "TraversalScope.h"
#include "rules/RuleRegistry.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <utility>

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
      AssumedModels(Options.getLocalOrGlobal("TorchAssumedModelState", "")),
      ExportPath(Options.getLocalOrGlobal("TorchExportSummaries", "")),
      Tidy(Context) {
  auto Loaded = loadRules(RuleFiles);
  if (Loaded)
    Setup.Rules = std::move(*Loaded);
  else
    SetupError = "cannot load torch-tidy rules: " +
                llvm::toString(Loaded.takeError());
  if (auto Assumed = parseAssumedModelState(AssumedModels); !Assumed) {
    Setup.Rules = nullptr; // analyze nothing under a setting not understood
    SetupError = llvm::toString(Assumed.takeError());
  }
  Setup.Files = modelFilesFor(ModelPaths, AssumedModels);
}

void TorchTidyCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "TorchRuleFiles", RuleFiles);
  Options.store(Opts, "TorchModelPaths", ModelPaths);
  Options.store(Opts, "TorchAssumedModelState", AssumedModels);
}

const CallRule *TorchTidyCheck::summaryUsedAt(SourceLocation Loc) const {
  return Context && Loc.isValid()
             ? modelOf(*Context, Setup).Calls.summaryUsedAt(Loc)
             : nullptr;
}

bool TorchTidyCheck::speaksForAll() const {
  // Every torch-* check fails alike: the first one enabled says why, so the
  // error is reported and counted once.
  for (StringRef Name : torchCheckNames())
    if (Tidy->isCheckEnabled(Name))
      return Name == getID();
  return false;
}

void TorchTidyCheck::registerMatchers(MatchFinder *Finder) {
  if (Setup.Rules) {
    registerCheckMatchers(Finder);
    // Matched before the traversal enters the translation unit's children.
    Finder->addMatcher(translationUnitDecl().bind(TranslationUnitId), this);
    return;
  }
  // Analyze nothing with a half-loaded rule set.
  if (!speaksForAll())
    return;
  if (!areDiagsSelfContained()) {
    configurationDiag("%0", DiagnosticIDs::Error)
        << SetupError;
    return;
  }
  // clangd shows only diagnostics that have a place in a file: the error
  // goes at the top of the file when the translation unit ends. clangd
  // limits the traversal to the file's own declarations, so this matcher
  // may never match; it only makes the finder call onEndOfTranslationUnit.
  Finder->addMatcher(translationUnitDecl(), this);
}

void TorchTidyCheck::registerCheckMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      functionDecl(isDefinition(), unless(isExpansionInSystemHeader()))
          .bind(FunctionId),
      this);
  Finder->addMatcher(
      lambdaExpr(unless(isExpansionInSystemHeader())).bind(LambdaId), this);
}

void TorchTidyCheck::onStartOfTranslationUnit() {
  resetAnalysisCache();
  Reported.clear();
  Pending.clear();
  CheckedHelpers.clear();
  CheckedOwn.clear();
}

static std::string findingKey(SourceLocation Loc, StringRef Text) {
  return std::to_string(Loc.getRawEncoding()) + ":" + Text.str();
}

bool TorchTidyCheck::firstTime(SourceLocation Loc, StringRef Text) {
  return Reported.insert(findingKey(Loc, Text)).second;
}

bool TorchTidyCheck::saidAtTheCalls(StringRef Text) const {
  return llvm::any_of(Chain, [&](const ObservedCall *C) {
    return Reported.contains(findingKey(C->Call->getExprLoc(), Text));
  });
}

std::vector<ChainNote>
TorchTidyCheck::chainNotes(llvm::ArrayRef<const ObservedCall *> Chain) {
  std::vector<ChainNote> Notes;
  for (const ObservedCall *C : Chain) {
    const auto *M = dyn_cast<CXXMethodDecl>(C->Parts.Callee);
    Notes.push_back({C->Call->getExprLoc(),
                     M && M->getParent()->isLambda()
                         ? "the lambda"
                         : "'" + C->Parts.Callee->getNameAsString() + "'"});
  }
  return Notes;
}

void TorchTidyCheck::noteCallChain() {
  std::vector<ChainNote> Notes = chainNotes(Chain);
  for (const ChainNote &C : llvm::reverse(Notes))
    diag(C.Loc, "in the call to %0 here", DiagnosticIDs::Note) << C.Callee;
}

/// Instantiated code the checks look at (docs/across-functions.md,
/// "Templates"): made to run; branching only by `if constexpr` and by tests
/// of tensors' own states, since any other test may be decided by the
/// template's types where the analysis does not see it (`typeid(T) ==
/// typeid(double)`, a trait kept in a member); calling none of the user's
/// functions that may throw (a helper that throws for some types ends the
/// path for them). The function a lambda is written in counts too. A
/// function whose every branch tests a flag is fit as well when those are
/// flags of the template's own code that its types cannot decide
/// (flagsOfItsTemplate()): each of their values is followed on its own.

static bool fitToCheck(const ModelContext &M, const FunctionDecl *FD) {
  const NamedDecl *Inst = instantiationOf(FD);
  if (!Inst)
    return true;
  auto Users = [&](const FunctionDecl *F) { return !M.Words.isLibraryCode(F); };
  auto Fit = [&](const FunctionDecl *F) {
    return !F || ((branchesOnlyOnStates(M, F) || flagsOfItsTemplate(M.Words, F)) &&
                  !callsMayNotReturn(F, Users, limits::SummaryDepth));
  };
  const auto *Outer = dyn_cast<FunctionDecl>(Inst);
  return madeToRun(FD) && Fit(FD) && (Outer == FD || Fit(Outer));
}

void TorchTidyCheck::checkHelpers(const FunctionView &View, ASTContext &Ctx) {
  if (Chain.size() >= limits::SummaryDepth)
    return;
  for (const ObservedCall &C : View.calls()) {
    const FunctionView *Callee = contextOf(View, C, Ctx, Setup);
    if (!Callee || !CheckedHelpers.insert(Callee).second ||
        !fitToCheck(View.model(), Callee->function()))
      continue;
    llvm::SmallVector<const ObservedCall *, 4> Outer;
    std::swap(Outer, Chain);
    checkOwn(Callee->function(), Ctx);
    std::swap(Outer, Chain);
    Chain.push_back(&C);
    checkFunction(*Callee, Ctx);
    checkHelpers(*Callee, Ctx);
    Chain.pop_back();
  }
}

/// Functions analyzed on their own: templates not as patterns (types
/// unknown) but per instantiation, where a warning that repeats itself
/// across instantiations is said once (firstTime); no library code.
static bool analyzedOnItsOwn(const FunctionDecl *FD, const ModelContext &M) {
  return FD && FD->hasBody() && !FD->isInvalidDecl() &&
         !FD->isDependentContext() && !M.Words.isLibraryCode(FD) &&
         fitToCheck(M, FD);
}

// Nothing outlives the AST it points into.
void TorchTidyCheck::onEndOfTranslationUnit() {
  if (!Setup.Rules && Sources && areDiagsSelfContained() && speaksForAll())
    diag(Sources->getLocForStartOfFile(Sources->getMainFileID()),
         "%0", DiagnosticIDs::Error)
        << SetupError;
  reportPending();
  // The first enabled check writes the summaries, once per file.
  if (!ExportPath.empty() && Setup.Rules && Context && speaksForAll())
    if (llvm::Error E = writeSummaries(ExportPath, *Context, Setup))
      configurationDiag("%0", DiagnosticIDs::Error) << llvm::toString(std::move(E));
  Context = nullptr;
  if (LimitedScope)
    restoreTraversalScope(*LimitedScope);
  LimitedScope = nullptr;
  resetAnalysisCache();
}

void TorchTidyCheck::check(const MatchFinder::MatchResult &R) {
  if (!Setup.Rules)
    return;
  Context = R.Context;
  if (R.Nodes.getNodeAs<TranslationUnitDecl>(TranslationUnitId)) {
    if (limitTraversalToLocalDecls(*R.Context, *Tidy,
                                   modelOf(*R.Context, Setup).Words))
      LimitedScope = R.Context;
    return;
  }
  checkMatch(R);
}

void TorchTidyCheck::checkMatch(const MatchFinder::MatchResult &R) {
  const FunctionDecl *FD = R.Nodes.getNodeAs<FunctionDecl>(FunctionId);
  if (const auto *L = R.Nodes.getNodeAs<LambdaExpr>(LambdaId))
    FD = L->getCallOperator();
  // A lambda's call operator is checked where its lambda is matched.
  if (FD && isa<CXXMethodDecl>(FD) &&
      cast<CXXMethodDecl>(FD)->getParent()->isLambda() &&
      !R.Nodes.getNodeAs<LambdaExpr>(LambdaId))
    return;
  checkOwn(FD, *R.Context);
}

void TorchTidyCheck::checkOwn(const FunctionDecl *FD, ASTContext &Ctx) {
  if (!CheckedOwn.insert(FD).second ||
      !analyzedOnItsOwn(FD, modelOf(Ctx, Setup)))
    return;
  const FunctionView &View = analysisOf(FD, Ctx, Setup);
  if (!View.analyzed()) {
    if (View.whyNotAnalyzed() != NotAnalyzed::No)
      notAnalyzed(FD, View.whyNotAnalyzed(), Ctx);
    return;
  }
  const NamedDecl *Outer = std::exchange(Instantiation, instantiationOf(FD));
  checkFunction(View, Ctx);
  checkHelpers(View, Ctx);
  checkUnderConditions(FD, Ctx);
  Instantiation = Outer;
}

void TorchTidyCheck::noteInstantiation() {
  if (!Instantiation || !Context)
    return;
  SourceLocation At = pointOfInstantiation(Instantiation, *Context);
  if (At.isInvalid())
    return;
  diag(At, "in the instantiation of '%0' required here", DiagnosticIDs::Note)
      << instantiationName(Instantiation, *Context);
}

void TorchTidyCheck::checkUnderConditions(const FunctionDecl *FD,
                                          ASTContext &Ctx) {
  if (!followsConditions())
    return;
  llvm::ArrayRef<ConditionalView> Runs = conditionalViewsOf(FD, Ctx, Setup);
  if (Runs.empty())
    return;
  // Only the function itself: its helpers' own branches are not decided by
  // its flags, so their paths for a caller's flag value may never run.
  ConditionalFindings Found(Runs);
  for (unsigned I = 0; I < Runs.size(); ++I) {
    Found.startRun(I);
    Collecting = &Found;
    checkFunction(Runs[I].View, Ctx);
    Collecting = nullptr;
  }
  for (ConditionalFinding &F : Found.take()) {
    F.Instantiation = Instantiation;
    Pending.push_back(std::move(F));
  }
}

void TorchTidyCheck::reportPending() {
  for (const ConditionalFinding &F : Pending)
    if (firstTime(F.Messages.front().Loc, F.Text))
      reportConditional(*this, F);
  Pending.clear();
}

} // namespace torch_tidy
