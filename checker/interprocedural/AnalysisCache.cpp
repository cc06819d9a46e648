//===- AnalysisCache.cpp --------------------------------------------------===//
#include "interprocedural/AnalysisCache.h"
#include "interprocedural/ConstantArguments.h"
#include "interprocedural/CallContexts.h"
#include "interprocedural/ClassFlags.h"
#include "interprocedural/CrossFunction.h"
#include "interprocedural/Flags.h"
#include "domain/Limits.h"
#include "solver/Solver.h"
#include <map>

namespace torch_tidy {
namespace {

/// The objects whose class flags have one valuation (ClassFlags.h): the
/// same model, with the members' states computed under it.
struct ClassWorld {
  ClassWorld(const ModelContext &Base, Valuation Assumed)
      : Model(Base), Across(Model, std::move(Assumed)) {
    Model.Across = &Across;
  }
  ModelContext Model;
  CrossFunction Across;
};
using WorldKey = std::vector<std::pair<const clang::ValueDecl *, int64_t>>;

/// Everything one translation unit shares under one setup.
struct PerSetup {
  PerSetup(const AnalysisSetup &S, clang::ASTContext &Ctx)
      : Setup(S), Words(S.Rules->vocabulary(), Ctx), Calls(*S.Rules),
        Modules(Words, Calls),
        Model{Ctx, Words, Calls, Modules, *S.Files, Annotations, nullptr},
        Across(Model), ClassFlagsOf(Model, Across.members()) {
    Model.Across = &Across;
  }
  AnalysisSetup Setup;
  Vocabulary Words;
  CallRules Calls;
  ModuleModel Modules;
  AnnotationCache Annotations;
  ModelContext Model;
  CrossFunction Across;
  ClassFlags ClassFlagsOf;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<FunctionView>>
      Views;
  /// Helpers analyzed from a call's states, by CallContext::Key; null where
  /// the helper had too many contexts already.
  llvm::StringMap<std::unique_ptr<FunctionView>> Contexts;
  llvm::DenseMap<const clang::FunctionDecl *, unsigned> ContextsOf;
  llvm::DenseMap<const clang::FunctionDecl *, std::vector<ConditionalView>>
      Conditional;
  std::map<WorldKey, std::unique_ptr<ClassWorld>> Worlds;

  /// The model in which V's values of class flags hold; the shared one
  /// when V assumes none of them.
  const ModelContext &modelFor(const Valuation &V,
                               llvm::ArrayRef<Flag> ClassFlags) {
    Valuation Part;
    WorldKey Key;
    for (const AssumedFlag &A : V)
      if (llvm::any_of(ClassFlags,
                       [&](const Flag &F) { return F.Decl == A.Flag; })) {
        Part.push_back(A);
        Key.push_back({A.Flag, A.Value});
      }
    if (Part.empty())
      return Model;
    auto &World = Worlds[Key];
    if (!World)
      World = std::make_unique<ClassWorld>(Model, std::move(Part));
    return World->Model;
  }
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
  if (!New)
    return It->second;
  llvm::SmallVector<Flag, 2> Class = S.ClassFlagsOf.of(FD);
  llvm::SmallVector<Flag, 2> All = withClassFlags(flagsOf(S.Words, FD), Class, FD);
  for (Valuation &V : valuationsOf(All)) {
    FunctionView View =
        solveForChecks(S.modelFor(V, Class), FD, std::nullopt, V);
    if (!View.analyzed())
      continue;
    It->second.push_back({std::move(V), std::move(View)});
  }
  return It->second;
}

} // namespace torch_tidy
