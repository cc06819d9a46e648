//===- TorchTidyCheck.h - What every torch-* check shares -------*- C++ -*-===//
//
// Reads the shared `TorchRuleFiles`, `TorchModelPaths` and
// `TorchAssumedModelState` options, loads the rules once, reports a rule
// file that cannot be loaded (or an option not understood) once per
// translation unit, finds the function bodies to analyze and hands each
// check the shared analysis.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_TORCHTIDYCHECK_H
#define TORCH_TIDY_TORCHTIDYCHECK_H

#include "ConditionalFindings.h"
#include "Finding.h"
#include "interprocedural/AnalysisCache.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/StringSet.h"
#include <memory>

namespace torch_tidy {

class TorchTidyCheck : public clang::tidy::ClangTidyCheck {
public:
  TorchTidyCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  bool isLanguageVersionSupported(const clang::LangOptions &LO) const override {
    return LO.CPlusPlus;
  }
  /// Reports a rule file that does not load, else registers the check's
  /// matchers (registerCheckMatchers).
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) final;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) final;
  void registerPPCallbacks(const clang::SourceManager &SM, clang::Preprocessor *,
                           clang::Preprocessor *) override {
    Sources = &SM;
  }
  /// The summary of another file's function that gave the state of the
  /// call at Loc, or null.
  const CallRule *summaryUsedAt(clang::SourceLocation Loc) const;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

protected:
  /// Matches every function body to analyze; a check that looks at other
  /// code overrides this and checkMatch(). Called only with loaded rules.
  virtual void
  registerCheckMatchers(clang::ast_matchers::MatchFinder *Finder);
  /// Analyzes a matched function (or lambda) and calls checkFunction().
  virtual void
  checkMatch(const clang::ast_matchers::MatchFinder::MatchResult &R);
  /// Called once per analyzed function with the states of its calls, and
  /// again for each helper it calls with the states of that call (then
  /// findings lead back through the calls: see Finding.h).
  virtual void checkFunction(const FunctionView &View, clang::ASTContext &Ctx) {}
  /// Called instead for a function the analysis gave up on (not for code
  /// that does not compile).
  virtual void notAnalyzed(const clang::FunctionDecl *FD, NotAnalyzed Why,
                           clang::ASTContext &Ctx) {}
  /// A finding to describe; it is reported when it goes out of scope.
  Finding report(clang::SourceLocation Loc, llvm::StringRef Format,
                 clang::DiagnosticIDs::Level Level =
                     clang::DiagnosticIDs::Warning) {
    return Finding(*this, Loc, Format, Level);
  }
  const AnalysisSetup &setup() const { return Setup; }
  /// True when the check named Name runs in this translation unit.
  bool isEnabled(llvm::StringRef Name) const {
    return Tidy->isCheckEnabled(Name);
  }
  /// True while a helper is checked for a caller's states.
  bool inCallContext() const { return !Chain.empty(); }
  /// False for a check that reports about each function as written (not
  /// findings): it is not run again for the flag values a function may
  /// assume (ConditionalFindings.h).
  virtual bool followsConditions() const { return true; }

private:
  friend class Finding;
  friend class ConditionalFindings;
  friend void reportConditional(TorchTidyCheck &, const ConditionalFinding &);
  /// True for the one enabled torch-* check that speaks for all of them: it
  /// reports a rule error and writes the summaries.
  bool speaksForAll() const;
  /// Checks the helpers View calls, each as the call's states make it.
  void checkHelpers(const FunctionView &View, clang::ASTContext &Ctx);
  /// True the first time a finding with this place and text is reported
  /// in the translation unit.
  bool firstTime(clang::SourceLocation Loc, llvm::StringRef Text);
  /// True when a finding with this text was reported at one of the calls
  /// through which the function being checked was reached.
  bool saidAtTheCalls(llvm::StringRef Text) const;
  /// The calls of Chain as notes, outermost first.
  static std::vector<ChainNote>
  chainNotes(llvm::ArrayRef<const ObservedCall *> Chain);
  /// Notes at the calls through which the function being checked was
  /// reached, innermost first.
  void noteCallChain();
  /// A note at the point where the template instantiation being checked
  /// was required, naming it.
  void noteInstantiation();
  /// Reports the findings under conditions not reported without them.
  void reportPending();
  /// Findings under conditions, reported when the translation unit ends.
  std::vector<ConditionalFinding> Pending;
  /// Checks FD again for each valuation of the flags it tests, and reports
  /// what those runs find with its condition.
  void checkUnderConditions(const clang::FunctionDecl *FD,
                            clang::ASTContext &Ctx);
  /// Set while findings are collected for a run under a valuation.
  ConditionalFindings *Collecting = nullptr;

  llvm::StringSet<> Reported;
  /// Checks FD's own analysis unless it was checked already.
  void checkOwn(const clang::FunctionDecl *FD, clang::ASTContext &Ctx);
  /// Helper views already checked in this translation unit: each once.
  llvm::DenseSet<const FunctionView *> CheckedHelpers;
  /// Functions whose own analysis was checked: what a function shows on
  /// its own comes first, with its fix-its, before what it shows for a
  /// caller's states.
  llvm::DenseSet<const clang::FunctionDecl *> CheckedOwn;
  /// The calls through which the function being checked was reached.
  llvm::SmallVector<const ObservedCall *, 4> Chain;
  /// The template instantiation whose code is being checked, if any: its
  /// findings name it and carry no fix-it (the code is the template's, and
  /// serves every instantiation).
  const clang::NamedDecl *Instantiation = nullptr;
  std::string RuleFiles;
  std::string ModelPaths;
  std::string AssumedModels; // `TorchAssumedModelState`
  /// Where to write the main file's summaries (SummaryExport.h); not a
  /// setting of a configuration, so not stored with the options.
  std::string ExportPath;
  AnalysisSetup Setup;
  std::string SetupError;
  clang::tidy::ClangTidyContext *Tidy;
  /// The translation unit's sources, for the rule error in clangd.
  const clang::SourceManager *Sources = nullptr;
  /// The translation unit being checked.
  clang::ASTContext *Context = nullptr;
  /// Set while this check holds the traversal scope limited.
  clang::ASTContext *LimitedScope = nullptr;
};

/// The names of every torch-* check, sorted (TorchTidyModule.cpp).
llvm::ArrayRef<llvm::StringRef> torchCheckNames();

} // namespace torch_tidy

#endif
