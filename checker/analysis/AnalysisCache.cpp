//===- AnalysisCache.cpp --------------------------------------------------===//
#include "analysis/AnalysisCache.h"
#include "analysis/Members.h"
#include <map>

namespace torch_tidy {
namespace {

struct PerSetup {
  PerSetup(const AnalysisSetup &S, clang::ASTContext &Ctx)
      : Setup(S), Modules(*S.Rules), Sums(Ctx, *S.Rules, Modules, *S.Files),
        Mem(Ctx, *S.Rules, Modules, *S.Files, Sums) {
    Sums.setMembers(&Mem);
  }
  AnalysisSetup Setup;
  ModuleModel Modules;
  // Shared by every function of the translation unit:
  Summaries Sums;
  Members Mem;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<FunctionResult>>
      Results;
};

struct Cache {
  const clang::ASTContext *Ctx = nullptr;
  std::map<std::pair<const RuleSet *, const ModelFiles *>,
           std::unique_ptr<PerSetup>>
      BySetup;
};

Cache &cache() {
  static Cache C;
  return C;
}

} // namespace

void resetAnalysisCache() { cache() = Cache(); }

const FunctionResult &analysisOf(const clang::FunctionDecl *FD,
                                 clang::ASTContext &Ctx,
                                 const AnalysisSetup &Setup) {
  Cache &C = cache();
  if (C.Ctx != &Ctx) {
    C = Cache();
    C.Ctx = &Ctx;
  }
  auto &Slot = C.BySetup[{Setup.Rules.get(), Setup.Files.get()}];
  if (!Slot)
    Slot = std::make_unique<PerSetup>(Setup, Ctx);
  auto &Result = Slot->Results[FD];
  if (!Result)
    Result = std::make_unique<FunctionResult>(
        analyzeFunction(FD, Ctx, *Setup.Rules, Slot->Modules, *Setup.Files,
                        &Slot->Sums));
  return *Result;
}

} // namespace torch_tidy
