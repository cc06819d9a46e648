//===- AnalysisCache.h - One analysis per function, shared by checks -*- C++ -*-===//
#ifndef TORCH_TIDY_ANALYSIS_ANALYSISCACHE_H
#define TORCH_TIDY_ANALYSIS_ANALYSISCACHE_H

#include "analysis/FunctionAnalysis.h"
#include <memory>

namespace torch_tidy {

/// What an analysis depends on besides the code: the rules and where model
/// files are looked for. Both are shared per distinct option value, so
/// checks configured alike share one analysis.
struct AnalysisSetup {
  std::shared_ptr<const RuleSet> Rules;
  std::shared_ptr<const ModelFiles> Files;
};

/// Every torch-* check asks for the same function's analysis; it runs once
/// per translation unit and setup. Call reset() when a new translation
/// unit starts.
const FunctionResult &analysisOf(const clang::FunctionDecl *FD,
                                 clang::ASTContext &Ctx,
                                 const AnalysisSetup &Setup);
void resetAnalysisCache();

} // namespace torch_tidy

#endif
