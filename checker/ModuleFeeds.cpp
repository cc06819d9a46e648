//===- ModuleFeeds.cpp ----------------------------------------------------===//
#include "ModuleFeeds.h"
#include "ModuleCallSite.h"
#include "interprocedural/Exports.h"
#include "solver/Solver.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include <map>

using namespace clang;

namespace torch_tidy {
namespace {

/// One input of one module call that is an argument passed through.
struct Fed {
  unsigned Arg;
  std::optional<Dtype> ParamDtype;
  std::optional<Device> ParamDevice;
  InputPolicy Inputs;
};
using FedAt = std::map<std::pair<const CallExpr *, unsigned>, Fed>;

/// The module inputs that are the parameter Param passed through, in the
/// run that gives it (and only it) a state.
FedAt fedIn(const FunctionDecl *FD, SeedRun Run, unsigned Param,
            ASTContext &Ctx, const AnalysisSetup &Setup) {
  FedAt Out;
  FunctionView View = solveForChecks(modelOf(Ctx, Setup), FD,
                                     seededEntry(FD, Run, Param, Ctx, Setup));
  for (const ObservedCall &At : View.calls()) {
    std::optional<ModuleCallSite> Site = moduleCallSite(View, At);
    if (!Site)
      continue;
    for (unsigned I = 0; I < Site->Inputs.size(); ++I) {
      const Facts &In = Site->Inputs[I].State;
      bool ByDtype = followedParam(FD, In.DType, Run) == Param;
      bool ByDevice = followedParam(FD, In.Dev, Run) == Param;
      Fed F{Param, {}, {}, Site->InputDtype};
      if (ByDtype && Site->InputDtypes.empty() &&
          Site->InputDtype != InputPolicy::None && Site->Module.DType.isKnown())
        F.ParamDtype = Site->Module.DType.Value;
      if (ByDevice && Site->InputDevice != InputPolicy::None &&
          Site->Module.Dev.isKnown())
        F.ParamDevice = Site->Module.Dev.Value;
      if (F.ParamDtype || F.ParamDevice)
        Out[{At.Call, I}] = F;
    }
  }
  return Out;
}

/// Whether Body may skip a statement: a branch, a loop, a jump, a handler,
/// a short circuit, a `return` before the end. A module call in a body
/// without any runs on every call (a guard such as `if (x.is_cuda())`
/// would otherwise be read as a requirement).
bool mayBranch(const Stmt *Body) {
  struct Finder : RecursiveASTVisitor<Finder> {
    bool Found = false;
    unsigned Returns = 0;
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool VisitStmt(Stmt *S) {
      if (isa<IfStmt, ConditionalOperator, BinaryConditionalOperator,
              WhileStmt, DoStmt, ForStmt, CXXForRangeStmt, SwitchStmt,
              CXXTryStmt, GotoStmt, IndirectGotoStmt, LabelStmt, CXXThrowExpr,
              CoreturnStmt, CoawaitExpr, CoyieldExpr>(S))
        Found = true;
      if (const auto *B = dyn_cast<BinaryOperator>(S); B && B->isLogicalOp())
        Found = true;
      if (isa<ReturnStmt>(S))
        ++Returns;
      return !Found;
    }
  } F;
  F.TraverseStmt(const_cast<Stmt *>(Body));
  const auto *Top = dyn_cast<CompoundStmt>(Body);
  bool LastReturns = Top && !Top->body_empty() && isa<ReturnStmt>(Top->body_back());
  return F.Found || F.Returns > 1 || (F.Returns == 1 && !LastReturns);
}

template <typename T> void agree(std::optional<T> &Kept, const std::optional<T> &Other) {
  if (Kept && !(Other && *Other == *Kept))
    Kept.reset();
}

} // namespace

std::vector<ModuleFeed> moduleFeedsOf(const FunctionDecl *FD, ASTContext &Ctx,
                                      const AnalysisSetup &Setup) {
  std::vector<ModuleFeed> Out;
  // A module in a global or static variable may be changed by others.
  if (!followsArguments(FD, Ctx, Setup) || readsLastingState(FD) ||
      mayBranch(FD->getBody()))
    return Out;
  // The module's state must not come from the arguments: the two runs give
  // the parameter different states, so a state both see is the function's.
  FedAt First, Second;
  const Vocabulary &Words = modelOf(Ctx, Setup).Words;
  for (unsigned I = 0; I < FD->getNumParams(); ++I) {
    if (Words.kindOf(FD->getParamDecl(I)->getType()) != ValueKind::Tensor)
      continue;
    First.merge(fedIn(FD, SeedRun::First, I, Ctx, Setup));
    Second.merge(fedIn(FD, SeedRun::Second, I, Ctx, Setup));
  }
  std::map<unsigned, ModuleFeed> ByArg;
  std::map<unsigned, bool> Conflict;
  for (auto &[Where, F] : First) {
    auto It = Second.find(Where);
    if (It == Second.end() || It->second.Arg != F.Arg)
      continue;
    agree(F.ParamDtype, It->second.ParamDtype);
    agree(F.ParamDevice, It->second.ParamDevice);
    if (!F.ParamDtype && !F.ParamDevice)
      continue;
    ModuleFeed Feed{F.Arg, F.ParamDtype, F.ParamDevice, F.Inputs};
    auto [Slot, New] = ByArg.try_emplace(F.Arg, Feed);
    if (New)
      continue;
    // Modules of different states, or different policies: what they share.
    agree(Slot->second.ParamDtype, Feed.ParamDtype);
    agree(Slot->second.ParamDevice, Feed.ParamDevice);
    if (Slot->second.Inputs != Feed.Inputs)
      Slot->second.Inputs = InputPolicy::Floating;
    Conflict[F.Arg] = !Slot->second.ParamDtype && !Slot->second.ParamDevice;
  }
  for (auto &[Arg, Feed] : ByArg)
    if (!Conflict[Arg])
      Out.push_back(Feed);
  return Out;
}

} // namespace torch_tidy
