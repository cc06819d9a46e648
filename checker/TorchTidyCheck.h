//===- TorchTidyCheck.h - What every torch-* check shares -------*- C++ -*-===//
//
// Reads the shared `TorchRuleFiles` and `TorchModelPaths` options, loads the
// rules once, finds the function bodies to analyze and hands each check the
// shared analysis.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_TORCHTIDYCHECK_H
#define TORCH_TIDY_TORCHTIDYCHECK_H

#include "analysis/AnalysisCache.h"
#include "analysis/FunctionAnalysis.h"
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
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) final;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &R) final;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

protected:
  /// Called once per analyzed function with its results.
  virtual void checkFunction(const FunctionResult &Result,
                             clang::ASTContext &Ctx) = 0;

private:
  std::string RuleFiles;
  std::string ModelPaths;
  AnalysisSetup Setup;
  std::string RuleError;
  clang::tidy::ClangTidyContext *TidyContext;
  /// Set while this check holds the traversal scope limited.
  clang::ASTContext *LimitedScope = nullptr;
};

} // namespace torch_tidy

#endif
