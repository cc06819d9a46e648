//===- AnalysisCache.h - One analysis per function, shared by checks -*- C++ -*-===//
#ifndef TORCH_TIDY_ANALYSIS_ANALYSISCACHE_H
#define TORCH_TIDY_ANALYSIS_ANALYSISCACHE_H

#include "analysis/FunctionAnalysis.h"
#include <memory>

namespace torch_tidy {

/// Every torch-* check asks for the same function's analysis; it runs once
/// per translation unit and rule set. Call reset() when a new translation
/// unit starts.
const FunctionResult &analysisOf(const clang::FunctionDecl *FD,
                                 clang::ASTContext &Ctx,
                                 const std::shared_ptr<const RuleSet> &Rules);
void resetAnalysisCache();

} // namespace torch_tidy

#endif
