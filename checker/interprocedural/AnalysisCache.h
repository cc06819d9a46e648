//===- AnalysisCache.h - One analysis per function, shared by checks -*- C++ -*-===//
#ifndef TORCH_TIDY_INTERPROCEDURAL_ANALYSISCACHE_H
#define TORCH_TIDY_INTERPROCEDURAL_ANALYSISCACHE_H

#include "model/ModelFiles.h"
#include "rules/RuleSet.h"
#include "solver/FunctionView.h"
#include "domain/Valuation.h"
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
/// per translation unit and setup (and thread). The cache starts afresh when a new
/// translation unit (ASTContext) asks, or after resetAnalysisCache().
const FunctionView &analysisOf(const clang::FunctionDecl *FD,
                               clang::ASTContext &Ctx,
                               const AnalysisSetup &Setup);
/// The helper the call At in View goes into, analyzed from the states of
/// that call (CallContexts.h); null when there is none to analyze, or the
/// helper has been analyzed for limits::ContextsPerFunction states already.
const FunctionView *contextOf(const FunctionView &View, const ObservedCall &At,
                              clang::ASTContext &Ctx,
                              const AnalysisSetup &Setup);
/// FD analyzed once per valuation of the flags it tests (Flags.h), each
/// view with what it assumed; empty when FD tests none.
struct ConditionalView {
  Valuation Assumed;
  FunctionView View;
};
llvm::ArrayRef<ConditionalView> conditionalViewsOf(const clang::FunctionDecl *FD,
                                                   clang::ASTContext &Ctx,
                                                   const AnalysisSetup &Setup);
/// The translation unit's model (vocabulary, rules, modules), for checks
/// that need it without analyzing a function.
const ModelContext &modelOf(clang::ASTContext &Ctx, const AnalysisSetup &Setup);
/// The states FD's class's members have when FD starts (Members.h); an
/// unreached Env when FD is no method of a class whose members are followed.
Env memberEntryOf(const clang::FunctionDecl *FD, clang::ASTContext &Ctx,
                  const AnalysisSetup &Setup);
void resetAnalysisCache();

} // namespace torch_tidy

#endif
