//===- Calls.cpp - What a call returns ------------------------------------===//
#include "model/Calls.h"
#include "domain/Limits.h"
#include "model/Interprocedural.h"
#include "model/RuleApplication.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace torch_tidy {

Cause unknownResult(const Vocabulary &Words, const FunctionDecl *F,
                    SourceLocation Loc) {
  if (Words.isLibraryCode(F))
    return {Why::NoRule, Loc, {}, F};
  if (!F->hasBody())
    return {Why::Elsewhere, Loc, {}, F};
  return {};
}

Facts moduleDefaults(const ModelContext &M, const CXXRecordDecl *RD,
                     const Expr *Where) {
  Facts F = Facts::top();
  const ModuleBehaviour *B = M.Modules.behaviour(RD);
  if (!B)
    return F;
  if (!B->HoldsParameters)
    return Facts(); // nothing: neutral in the join of a Sequential's modules
  SourceLocation Loc = Where->getExprLoc();
  if (B->Dtype.K == Source::Fixed && B->Dtype.FixedDtype)
    F.DType = Fact<Dtype>::known(*B->Dtype.FixedDtype, Loc);
  if (B->Device.K == Source::Fixed && B->Device.FixedDevice)
    F.Dev = Fact<Device>::known(*B->Device.FixedDevice, Loc);
  return F;
}

Facts constructedModule(Evaluator &Ev, const CXXRecordDecl *RD,
                        llvm::ArrayRef<const Expr *> Args, const Expr *Where,
                        const Env &S) {
  const ModuleBehaviour *B = Ev.model().Modules.behaviour(RD);
  if (!B || !B->Submodules)
    return moduleDefaults(Ev.model(), RD, Where);
  Facts Joined;
  for (const Expr *Arg : Args) {
    Value V = Ev.eval(Arg, S);
    if (V.Kind == ValueKind::Module)
      Joined = Joined.join(V.State);
  }
  return Joined;
}

/// What a module call returns: tensors of its parameters' state when its
/// rules say so; none when P feeds no module.
static std::optional<Value> moduleOutput(Evaluator &Ev, const CallParts &P,
                                         ValueKind K, const Expr *E,
                                         const Env &S) {
  const CXXRecordDecl *Class = Ev.model().Modules.calledModule(P);
  if (!Class)
    return std::nullopt;
  const ModuleBehaviour *B = Ev.model().Modules.behaviour(Class);
  const ValueDecl *VD = Ev.words().namedDecl(P.Receiver);
  if (!B->OutputsFollowParameters || !VD)
    return Value::unknown(K);
  Facts F = Ev.lookup(VD, S).State;
  // Fed an input of another floating-point dtype, a module computes in the
  // promoted type (or throws): its output is not its parameters' dtype.
  auto Disagrees = [&](const Facts &In) {
    return F.DType.isKnown() && In.DType.isKnown() &&
           categoryOf(In.DType.Value) == DtypeCategory::Floating &&
           In.DType.Value != F.DType.Value;
  };
  for (const Expr *Arg : P.Args) {
    Value In = Ev.eval(Arg, S);
    bool Bad = Disagrees(In.State) && (In.Kind == ValueKind::Tensor ||
                                       In.Kind == ValueKind::IValue);
    for (const ListElement &El : In.Elements)
      Bad = Bad || Disagrees(El.State);
    if (Bad)
      F.DType = Fact<Dtype>::top();
  }
  for (auto *Origin : {&F.DType.Origin, &F.Dev.Origin})
    *Origin = E->getExprLoc();
  F.DType.FromModuleOutput = F.Dev.FromModuleOutput = true;
  F.DType.Spelling = nullptr;
  F.Dev.Spelling = nullptr;
  return Value::of(K, F);
}

/// True for a call of the object's own method on `this`.
static bool onThis(const CallParts &P) {
  return P.Receiver && isa<CXXThisExpr>(P.Receiver->IgnoreParenImpCasts());
}

/// What the rules and the callee's summary say a call returns.
static Value byCode(Evaluator &Ev, const CallParts &P, const Expr *E,
                    ValueKind K, const Env &S) {
  const ModelContext &M = Ev.model();
  std::optional<FunctionRole> Role = M.Words.functionRole(P.Callee);
  if (Role == FunctionRole::PassThrough && P.Args.size() == 1)
    return Ev.eval(P.Args[0], S);
  if (K == ValueKind::Module && Role == FunctionRole::MakeObject)
    return Value::of(K, constructedModule(Ev, M.Words.moduleClassOf(E->getType()),
                                          P.Args, E, S));
  if (std::optional<Value> Out = moduleOutput(Ev, P, K, E, S))
    return *Out;
  const CallRule *R = M.Calls.ruleFor(P);
  if (!R && M.Across && !(Ev.MembersOnly && onThis(P)))
    return M.Across->returnOf(P, K, Ev, S); // what the user's function returns
  if (!R || !R->ReturnsState)
    return Value::unknown(K, unknownResult(M.Words, P.Callee, E->getExprLoc()));
  Evaluator::Nesting Deeper(Ev);
  if (!Deeper.within(limits::RuleNesting))
    return Value::unknown(K, {Why::Limit, E->getExprLoc(), {}, nullptr});
  M.Calls.usedAt(E->getExprLoc(), *R);
  return Value::of(K, applyRule(Ev, *R, P, E, S));
}

Value evalCall(Evaluator &Ev, const Expr *E, ValueKind K, const Env &S) {
  std::optional<CallParts> P = splitCall(E);
  if (!P)
    return Value::unknown(K);
  Value V = byCode(Ev, *P, E, K, S);
  // An annotation on the callee wins over its rule or summary for the
  // components it states: `[[clang::annotate("torch-tidy:dtype=half")]]
  // torch::Tensor load_input();`.
  if (const std::optional<Facts> &A = Ev.annotation(P->Callee))
    V.State = V.State.overriddenBy(*A);
  return V;
}

} // namespace torch_tidy
