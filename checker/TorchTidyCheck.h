//===- TorchTidyCheck.h - What every torch-* check shares -------*- C++ -*-===//
//
// Reads the shared `TorchRuleFiles` and `TorchModelPaths` options, loads the
// rules once, reports a rule file that cannot be loaded once per
// translation unit, finds the function bodies to analyze and hands each
// check the shared analysis.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_TORCHTIDYCHECK_H
#define TORCH_TIDY_TORCHTIDYCHECK_H

#include "interprocedural/AnalysisCache.h"
#include "clang-tidy/ClangTidyCheck.h"
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
  /// Called once per analyzed function with the states of its calls.
  virtual void checkFunction(const FunctionView &View, clang::ASTContext &Ctx) {}
  const AnalysisSetup &setup() const { return Setup; }

private:
  /// True for the one enabled torch-* check that reports a rule error.
  bool reportsRuleError() const;

  std::string RuleFiles;
  std::string ModelPaths;
  AnalysisSetup Setup;
  std::string RuleError;
  clang::tidy::ClangTidyContext *Tidy;
  /// The translation unit's sources, for the rule error in clangd.
  const clang::SourceManager *Sources = nullptr;
  /// Set while this check holds the traversal scope limited.
  clang::ASTContext *LimitedScope = nullptr;
};

/// The names of every torch-* check, sorted (TorchTidyModule.cpp).
llvm::ArrayRef<llvm::StringRef> torchCheckNames();

} // namespace torch_tidy

#endif
