//===- Transfer.cpp - What a statement does to the state ------------------===//
#include "model/Transfer.h"
#include "ast/Strip.h"
#include "domain/Limits.h"
#include "model/CallWrites.h"
#include "model/Containers.h"
#include "model/Interprocedural.h"
#include "model/RuleApplication.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// A call through a handle that reaches the object behind it (`->`, `*`,
/// `get()`) or asks the handle something (`is_empty()`): it changes
/// nothing.
bool isPointerAccess(const Vocabulary &Words, const FunctionDecl *F) {
  const auto *M = dyn_cast<CXXMethodDecl>(F);
  if (!M)
    return false;
  if (M->isOverloadedOperator())
    return M->getOverloadedOperator() == OO_Arrow ||
           M->getOverloadedOperator() == OO_Star;
  return Words.hasMethodRole(M, MethodRole(Pointee | HandleQuery));
}

/// A module variable an argument converts into another handle to the same
/// module: `seq->push_back(linear)` takes a shared_ptr made from the holder.
const ValueDecl *handleGiven(const Vocabulary &Words, const Expr *Arg) {
  for (unsigned Depth = 0; Arg && Depth < limits::HandleDepth; ++Depth) {
    Arg = strip(Arg);
    if (const ValueDecl *VD = Words.namedDecl(Arg))
      return Words.kindOf(VD->getType()) == ValueKind::Module ? VD : nullptr;
    if (const auto *CE = dyn_cast<CXXConstructExpr>(Arg); CE && CE->getNumArgs() == 1)
      Arg = CE->getArg(0);
    else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Arg);
             MC && isa_and_nonnull<CXXConversionDecl>(MC->getMethodDecl()))
      Arg = MC->getImplicitObjectArgument();
    else
      return nullptr;
  }
  return nullptr;
}

/// A value a call may have changed in ways no rule describes.
Cause writtenBy(const CallParts &P) {
  const Expr *At = P.Receiver ? P.Receiver : P.Args.empty() ? nullptr : P.Args[0];
  return {Why::Written, At ? At->getExprLoc() : P.Callee->getLocation(), {},
          P.Callee};
}

} // namespace

Transfer::Transfer(Evaluator &Ev) : Ev(Ev) {
  Interprocedural *Across = Ev.model().Across;
  FollowsMembers = Across && Ev.function() &&
                   Across->followsMembers(Ev.function());
}

void Transfer::assign(Env &E, const ValueDecl *VD, Value V) {
  if (isa<FieldDecl>(VD) && !E.find(VD))
    return; // a member that is not followed
  if (Ev.words().kindOf(VD->getType()) != ValueKind::None &&
      (isa<ParmVarDecl>(VD) || !VD->getType()->isReferenceType() ||
       bindsTemporary(cast<VarDecl>(VD))))
    E.at(VD) = std::move(V);
}

void Transfer::seedParameters(Env &E) {
  for (const ParmVarDecl *PD : Ev.function()->parameters()) {
    ValueKind K = Ev.words().kindOf(PD->getType());
    const std::optional<Facts> &A = Ev.annotation(PD);
    if (K == ValueKind::None || !A)
      continue;
    if (const Value *Given = E.find(PD)) {
      // A summary's argument: what the caller knows wins.
      Value V = *Given;
      V.State = knownOrAnnotated(V.State, *A);
      assign(E, PD, std::move(V));
    } else {
      assign(E, PD, Value::of(K, Facts::top().overriddenBy(*A)));
    }
  }
}

void Transfer::element(const CFGElement &El, Env &E) {
  if (auto CS = El.getAs<CFGStmt>()) {
    statement(CS->getStmt(), E);
  } else if (auto CI = El.getAs<CFGInitializer>()) {
    // `module_(torch::jit::load(path))`, or a default member initializer.
    const CXXCtorInitializer *I = CI->getInitializer();
    if (const FieldDecl *F = I->getMember(); F && I->getInit()) {
      if (const Value *Now = E.find(F); Now && Now->Kind == ValueKind::Object) {
        // `detector_(path)`: a member followed as an object.
        Value V = Ev.model().Across->objectMade(F->getType(), I->getInit(), Ev, E);
        E.at(F) = std::move(V);
        return;
      }
      Value V = Ev.eval(I->getInit(), E);
      ValueKind K = Ev.words().kindOf(F->getType());
      assign(E, F, V.Kind == K ? V : Value::unknown(K));
    }
  }
}

void Transfer::statement(const Stmt *S, Env &E) {
  // `dtype = torch::kHalf`: the built-in assignment of an enum.
  if (const auto *BO = dyn_cast<BinaryOperator>(S);
      BO && BO->getOpcode() == BO_Assign) {
    if (const ValueDecl *D = Ev.words().namedDecl(BO->getLHS())) {
      ValueKind K = Ev.words().kindOf(D->getType());
      Value V = Ev.eval(BO->getRHS(), E);
      if (K != ValueKind::None)
        assign(E, D, V.Kind == K ? V : Value::unknown(K));
    }
    return;
  }
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        declare(VD, E);
    return;
  }
  if (const auto *CE = dyn_cast<CallExpr>(S))
    call(CE, E);
}

void Transfer::declare(const VarDecl *VD, Env &E) {
  ValueKind K = Ev.words().kindOf(VD->getType());
  Interprocedural *Across = Ev.model().Across;
  if (K == ValueKind::None && Across && Across->followsObject(VD)) {
    // An object used through its methods: its members' states.
    Value V = Across->objectMade(VD->getType(), VD->getInit(), Ev, E);
    E.at(VD) = std::move(V);
    return;
  }
  if (K == ValueKind::None ||
      (VD->getType()->isReferenceType() && !bindsTemporary(VD)))
    return;
  Value V = VD->getInit() ? Ev.eval(VD->getInit(), E) : Value::unknown(K);
  V.Kind = K;
  // An annotation states the variable's state where it is declared; later
  // code changes it as usual.
  if (const std::optional<Facts> &A = Ev.annotation(VD))
    V.State = V.State.overriddenBy(*A);
  assign(E, VD, V);
}

void Transfer::call(const CallExpr *CE, Env &E) {
  std::optional<CallParts> P = splitCall(CE);
  if (!P || (Vocabulary::isDebugInspection(P->Callee) && !P->Args.empty()))
    return;
  const Vocabulary &Words = Ev.words();
  if (FollowsMembers)
    Ev.model().Across->memberCallEffect(*P, Ev, E);
  auto Set = [&](const ValueDecl *VD, Value V) { assign(E, VD, V); };
  if (containerEffects(Ev, CE, *P, E, Set))
    return;
  const ValueDecl *Recv = P->Receiver ? Words.namedDecl(P->Receiver) : nullptr;
  // (`p->run()` reaches it through `p.operator->()`, which changes nothing.)
  if (const Value *Object = Recv ? E.find(Recv) : nullptr;
      Object && Object->Kind == ValueKind::Object &&
      !Words.isLibraryCode(P->Callee)) {
    // A method of a followed object: its members as the method leaves them.
    Value Before = *Object;
    Value After = Ev.model().Across->objectAfterCall(*P, Before, Ev, E);
    Ev.ObjectsBefore[P->Receiver] = std::move(Before);
    E.at(Recv) = std::move(After);
  }
  ValueKind RecvKind = Recv ? Words.kindOf(Recv->getType()) : ValueKind::None;
  // x = expr
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
      OC && OC->getOperator() == OO_Equal && Recv && P->Args.size() == 1) {
    Value V = Ev.eval(P->Args[0], E);
    assign(E, Recv, V.Kind == RecvKind ? V : Value::unknown(RecvKind));
    return;
  }
  if (isPointerAccess(Words, P->Callee))
    return;
  // Feeding a module its inputs leaves its parameters as they are.
  if (Recv && RecvKind == ValueKind::Module &&
      Ev.model().Modules.calledModule(*P))
    return;
  if (ruleEffects(*P, CE, Recv, E))
    return;
  unknownCallEffects(*P, Recv, E);
}

/// What a call a rule describes does; false when no rule does.
bool Transfer::ruleEffects(const CallParts &P, const CallExpr *CE,
                           const ValueDecl *Recv, Env &E) {
  const CallRule *R = Ev.model().Calls.ruleFor(P);
  if (!R)
    return false;
  const Vocabulary &Words = Ev.words();
  if (R->Writes) {
    // The call's state goes into its output argument or object.
    const Expr *Out =
        R->Writes->IsSelf ? P.Receiver : writtenArgument(P, *R);
    const ValueDecl *VD = nullptr;
    if (Out && !(VD = Words.namedDecl(Out)))
      VD = writtenThroughProxy(Words, Out);
    if (VD) {
      ValueKind K = Words.kindOf(VD->getType());
      Value V = Value::of(K, applyRule(Ev, *R, P, CE, E));
      if (!V.State.DType.isKnown() && !V.State.Dev.isKnown())
        V = Value::unknown(K);
      assign(E, VD, V);
    }
    return true;
  }
  if (!Recv)
    return true; // the rule knows the call: its arguments are untouched
  ValueKind K = Words.kindOf(Recv->getType());
  if (R->Receiver == ReceiverEffect::Convert)
    assign(E, Recv,
           Value::of(K, applyOverrides(Ev, *R, P, Ev.lookup(Recv, E).State, CE, E)));
  else if (R->Receiver == ReceiverEffect::Unknown)
    assign(E, Recv, Value::unknown(K, writtenBy(P)));
  else if (R->Receiver == ReceiverEffect::Absorb)
    assign(E, Recv, Value::of(K, absorbed(Ev.lookup(Recv, E).State, P, E)));
  return true;
}

/// Into's state joined with those of the modules a call is given.
Facts Transfer::absorbed(Facts Into, const CallParts &P, const Env &E) {
  bool Any = false;
  for (const Expr *Arg : P.Args) {
    Value V = Ev.eval(Arg, E);
    if (V.Kind != ValueKind::Module)
      continue; // a name given with the module
    Into = Into.join(V.State);
    Any = true;
  }
  return Any ? Into : Facts::top();
}

/// A call no rule knows: whatever it may write becomes unknown.
void Transfer::unknownCallEffects(const CallParts &P, const ValueDecl *Recv,
                                  Env &E) {
  const Vocabulary &Words = Ev.words();
  if (Recv && mayWriteReceiver(Words, P, nullptr))
    assign(E, Recv, Value::unknown(Words.kindOf(Recv->getType()), writtenBy(P)));
  for (unsigned I = 0; I < P.Args.size(); ++I) {
    if (const ValueDecl *VD = writtenThroughProxy(Words, P.Args[I])) {
      assign(E, VD, Value::unknown(Words.kindOf(VD->getType()), writtenBy(P)));
      continue;
    }
    const ValueDecl *VD = Words.namedDecl(P.Args[I]);
    if (!VD)
      VD = handleGiven(Words, P.Args[I]);
    if (!VD)
      continue;
    ValueKind K = Words.kindOf(VD->getType());
    if (mayWriteArgument(P, I, nullptr, K))
      assign(E, VD, Value::unknown(K, writtenBy(P)));
  }
}

} // namespace torch_tidy
