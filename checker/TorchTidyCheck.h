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
  /// Matches every function body to analyze; a check that looks at other
  /// code overrides this and check(), and first asks rulesLoaded().
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

protected:
  /// Called once per analyzed function with the states of its calls.
  virtual void checkFunction(const FunctionView &View, clang::ASTContext &Ctx) {}
  /// False when the rules could not be loaded (the error is reported by
  /// one check); then a check must analyze nothing.
  bool rulesLoaded();
  /// True for the one enabled torch-* check that reports a rule error.
  bool reportsRuleError() const;
  const AnalysisSetup &setup() const { return Setup; }

private:
  std::string RuleFiles;
  std::string ModelPaths;
  AnalysisSetup Setup;
  std::string RuleError;
  clang::tidy::ClangTidyContext *Tidy;
  /// Set while this check holds the traversal scope limited.
  clang::ASTContext *LimitedScope = nullptr;
};

/// The names of every torch-* check, sorted (TorchTidyModule.cpp).
llvm::ArrayRef<llvm::StringRef> torchCheckNames();

} // namespace torch_tidy

#endif
