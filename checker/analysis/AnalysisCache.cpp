//===- AnalysisCache.cpp --------------------------------------------------===//
#include "analysis/AnalysisCache.h"
#include <map>

namespace torch_tidy {
namespace {

struct PerRuleSet {
  PerRuleSet(std::shared_ptr<const RuleSet> R, clang::ASTContext &Ctx)
      : Rules(std::move(R)), Modules(*Rules), Sums(Ctx, *Rules, Modules) {}
  std::shared_ptr<const RuleSet> Rules;
  ModuleModel Modules;
  Summaries Sums; // shared by every function of the translation unit
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<FunctionResult>>
      Results;
};

struct Cache {
  const clang::ASTContext *Ctx = nullptr;
  std::map<const RuleSet *, std::unique_ptr<PerRuleSet>> ByRules;
};

Cache &cache() {
  static Cache C;
  return C;
}

} // namespace

void resetAnalysisCache() { cache() = Cache(); }

const FunctionResult &analysisOf(const clang::FunctionDecl *FD,
                                 clang::ASTContext &Ctx,
                                 const std::shared_ptr<const RuleSet> &Rules) {
  Cache &C = cache();
  if (C.Ctx != &Ctx) {
    C = Cache();
    C.Ctx = &Ctx;
  }
  auto &Slot = C.ByRules[Rules.get()];
  if (!Slot)
    Slot = std::make_unique<PerRuleSet>(Rules, Ctx);
  auto &Result = Slot->Results[FD];
  if (!Result)
    Result = std::make_unique<FunctionResult>(
        analyzeFunction(FD, Ctx, *Rules, Slot->Modules, &Slot->Sums));
  return *Result;
}

} // namespace torch_tidy
