//===- AnalysisCache.cpp --------------------------------------------------===//
#include "interprocedural/AnalysisCache.h"
#include "interprocedural/ConstantArguments.h"
#include "interprocedural/CallContexts.h"
#include "interprocedural/CrossFunction.h"
#include "interprocedural/Flags.h"
#include "domain/Limits.h"
#include "solver/Solver.h"
#include <map>

namespace torch_tidy {
namespace {

/// Everything one translation unit shares under one setup.
struct PerSetup {
  PerSetup(const AnalysisSetup &S, clang::ASTContext &Ctx)
      : Setup(S), Words(S.Rules->vocabulary(), Ctx), Calls(*S.Rules),
        Modules(Words, Calls),
        Model{Ctx, Words, Calls, Modules, *S.Files, Annotations, nullptr},
        Across(Model) {
    Model.Across = &Across;
  }
  AnalysisSetup Setup;
  Vocabulary Words;
  CallRules Calls;
  ModuleModel Modules;
  AnnotationCache Annotations;
  ModelContext Model;
  CrossFunction Across;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<FunctionView>>
      Views;
  /// Helpers analyzed from a call's states, by CallContext::Key; null where
  /// the helper had too many contexts already.
  llvm::StringMap<std::unique_ptr<FunctionView>> Contexts;
  llvm::DenseMap<const clang::FunctionDecl *, unsigned> ContextsOf;
  llvm::DenseMap<const clang::FunctionDecl *, std::vector<ConditionalView>>
      Conditional;
};

struct Cache {
  const clang::ASTContext *Ctx = nullptr;
  std::map<std::pair<const RuleSet *, const ModelFiles *>,
           std::unique_ptr<PerSetup>>
      BySetup;
};

/// One per thread: clangd (torch-clangd) builds several files' ASTs at once
/// on different threads, each with its own checks.
Cache &cache() {
  static thread_local Cache C;
  return C;
}

PerSetup &perSetup(clang::ASTContext &Ctx, const AnalysisSetup &Setup) {
  Cache &C = cache();
  if (C.Ctx != &Ctx) {
    C = Cache();
    C.Ctx = &Ctx;
  }
  auto &Slot = C.BySetup[{Setup.Rules.get(), Setup.Files.get()}];
  if (!Slot)
    Slot = std::make_unique<PerSetup>(Setup, Ctx);
  return *Slot;
}

} // namespace

void resetAnalysisCache() {
  cache() = Cache();
  resetConstantArguments();
}

const FunctionView *contextOf(const FunctionView &View, const ObservedCall &At,
                              clang::ASTContext &Ctx,
                              const AnalysisSetup &Setup) {
  PerSetup &S = perSetup(Ctx, Setup);
  std::optional<CallContext> C =
      callContext(View, At, S.Across.members(), S.Across);
  if (!C)
    return nullptr;
  auto [It, New] = S.Contexts.try_emplace(C->Key);
  if (New && ++S.ContextsOf[C->Def] <= limits::ContextsPerFunction)
    It->second = std::make_unique<FunctionView>(
        solveForChecks(S.Model, C->Def, std::move(C->Entry), C->Assumed,
                       C->Files));
  return It->second && It->second->analyzed() ? It->second.get() : nullptr;
}

const ModelContext &modelOf(clang::ASTContext &Ctx, const AnalysisSetup &Setup) {
  return perSetup(Ctx, Setup).Model;
}

const FunctionView &analysisOf(const clang::FunctionDecl *FD,
                               clang::ASTContext &Ctx,
                               const AnalysisSetup &Setup) {
  PerSetup &S = perSetup(Ctx, Setup);
  auto &View = S.Views[FD];
  if (!View)
    View = std::make_unique<FunctionView>(solveForChecks(S.Model, FD));
  return *View;
}

Env memberEntryOf(const clang::FunctionDecl *FD, clang::ASTContext &Ctx,
                  const AnalysisSetup &Setup) {
  return perSetup(Ctx, Setup).Across.members().entryOf(FD);
}

llvm::ArrayRef<ConditionalView>
conditionalViewsOf(const clang::FunctionDecl *FD, clang::ASTContext &Ctx,
                   const AnalysisSetup &Setup) {
  PerSetup &S = perSetup(Ctx, Setup);
  auto [It, New] = S.Conditional.try_emplace(FD);
  if (New)
    for (Valuation &V : valuationsOf(flagsOf(S.Words, FD))) {
      FunctionView View = solveForChecks(S.Model, FD, std::nullopt, V);
      if (!View.analyzed())
        continue;
      It->second.push_back({std::move(V), std::move(View)});
    }
  return It->second;
}

} // namespace torch_tidy
