//===- AnalysisCache.cpp --------------------------------------------------===//
#include "interprocedural/AnalysisCache.h"
#include "interprocedural/CrossFunction.h"
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

void resetAnalysisCache() { cache() = Cache(); }

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

} // namespace torch_tidy
