//===- StateTests.cpp -----------------------------------------------------===//
#include "model/StateTests.h"
#include "ast/Strip.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// The variable whose own state E reports: the variable itself, or a
/// method without arguments whose rule gives the dtype (or device) of its
/// object (`t.scalar_type()`, `t.device()`, `t.options().dtype()`).
const ValueDecl *subjectOf(const Vocabulary &Words, CallRules &Calls,
                           const Expr *E, bool OfDtype, unsigned Depth = 0) {
  E = strip(E);
  if (!E || Depth > 3)
    return nullptr;
  if (const ValueDecl *D = Words.namedDecl(E)) {
    // Not TensorOptions: a field left unset reports the default, which
    // is not what converting by the options does.
    return Words.kindOf(D->getType()) == ValueKind::Tensor ? D : nullptr;
  }
  std::optional<CallParts> P = splitCall(E);
  if (!P || !P->Receiver || !P->Args.empty() ||
      !isa<CXXMemberCallExpr>(E))
    return nullptr;
  ValueKind Result = Words.kindOf(E->getType());
  if (Result != ValueKind::ScalarType && Result != ValueKind::Device &&
      Result != ValueKind::Options)
    return nullptr;
  const CallRule *R = Calls.ruleFor(*P);
  if (!R || (OfDtype ? R->DtypeFrom.K : R->DeviceFrom.K) != Source::Self)
    return nullptr;
  return subjectOf(Words, Calls, P->Receiver, OfDtype, Depth + 1);
}

/// `a == b` or `a != b`, built in or overloaded: its two sides.
std::optional<std::pair<const Expr *, const Expr *>>
comparedSides(const Expr *E, bool &Equal) {
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (!BO->isEqualityOp())
      return std::nullopt;
    Equal = BO->getOpcode() == BO_EQ;
    return std::pair{BO->getLHS(), BO->getRHS()};
  }
  const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
  if (!OC || OC->getNumArgs() != 2 ||
      (OC->getOperator() != OO_EqualEqual &&
       OC->getOperator() != OO_ExclaimEqual))
    return std::nullopt;
  Equal = OC->getOperator() == OO_EqualEqual;
  return std::pair{OC->getArg(0), OC->getArg(1)};
}

std::optional<StateTest> comparison(const Vocabulary &Words, CallRules &Calls,
                                    const Expr *E) {
  bool Equal = true;
  auto Sides = comparedSides(E, Equal);
  if (!Sides)
    return std::nullopt;
  ValueKind K = Words.kindOf(strip(Sides->first)->getType());
  if (K != ValueKind::ScalarType && K != ValueKind::Device)
    return std::nullopt;
  bool OfDtype = K == ValueKind::ScalarType;
  for (auto [Tested, Other] : {*Sides, std::pair{Sides->second, Sides->first}})
    if (const ValueDecl *D = subjectOf(Words, Calls, Tested, OfDtype);
        D && strip(Tested) != strip(Other) &&
        !subjectOf(Words, Calls, Other, OfDtype))
      return StateTest{D, OfDtype, Other, {}, Equal};
  return std::nullopt;
}

std::optional<StateTest> kindTest(const Vocabulary &Words, CallRules &Calls,
                                  const Expr *E) {
  std::optional<CallParts> P = splitCall(E);
  if (!P || !P->Receiver || !P->Args.empty())
    return std::nullopt;
  const CallRule *R = Calls.ruleFor(*P);
  if (!R || R->TestsDeviceKind.empty())
    return std::nullopt;
  std::optional<Device> Kind = parseDevice(R->TestsDeviceKind);
  const ValueDecl *D = subjectOf(Words, Calls, P->Receiver, false);
  if (!Kind || !D)
    return std::nullopt;
  return StateTest{D, false, nullptr, Kind->Kind, true};
}

/// A state known on every path, not assumed: from a module's output, or
/// by the option for models the code does not name.
template <typename T> bool trusted(const Fact<T> &F) {
  return F.isKnown() && !F.FromModuleOutput && !F.AssumedByOption;
}

/// Now narrowed by the test `Now == To` having answered Equal; false when
/// that answer is impossible. Differs tells two known values apart for
/// sure; Same says they are surely equal at run time.
template <typename T, typename DiffersFn, typename SameFn>
bool narrow(Fact<T> &Now, Fact<T> To, bool Equal, SourceLocation At,
            DiffersFn Differs, SameFn Same) {
  if (!To.isKnown())
    return true;
  if (!Equal)
    return !(trusted(Now) && trusted(To) && Same(Now.Value, To.Value));
  if (trusted(Now) && trusted(To) && Differs(Now.Value, To.Value))
    return false;
  if (trusted(Now) && (!trusted(To) || Same(Now.Value, To.Value)))
    return true; // already as precise
  To.Origin = At;
  Now = To;
  return true;
}

} // namespace

std::optional<StateTest> stateTest(const Vocabulary &Words, CallRules &Calls,
                                   const Expr *Cond) {
  bool Holds = true;
  const Expr *E = Cond ? strip(Cond) : nullptr;
  while (const auto *Not = dyn_cast_or_null<UnaryOperator>(E)) {
    if (Not->getOpcode() != UO_LNot)
      return std::nullopt;
    Holds = !Holds;
    E = strip(Not->getSubExpr());
  }
  if (!E)
    return std::nullopt;
  std::optional<StateTest> T = comparison(Words, Calls, E);
  if (!T)
    T = kindTest(Words, Calls, E);
  if (T && !Holds)
    T->HoldsWhenEqual = !T->HoldsWhenEqual;
  return T;
}

namespace {

/// True when the flow follows D's state, so that a narrowed state stays
/// true until the flow changes it: a local or a parameter of the function
/// under analysis (a reference parameter only when no other parameter
/// could alias it and be written: a non-const reference or pointer to a
/// tracked value), or a member of `this` the flow already follows. Not a
/// global, a member nobody follows, or a local reference (it reads the
/// variable it names), whose state calls may change unseen.
bool narrowable(const Evaluator &Ev, const ValueDecl *D, const Env &E) {
  if (Ev.Escaped.count(D))
    return false;
  if (isa<FieldDecl>(D))
    return E.find(D) != nullptr;
  const auto *VD = dyn_cast<VarDecl>(D);
  if (VD && Ev.isLocal(VD))
    return !VD->getType()->isReferenceType();
  const auto *PD = dyn_cast_or_null<ParmVarDecl>(VD);
  if (!PD || PD->getDeclContext() != Ev.function())
    return false;
  if (!PD->getType()->isReferenceType())
    return true;
  for (const ParmVarDecl *Other : Ev.function()->parameters()) {
    QualType T = Other->getType();
    if (Other != PD && (T->isReferenceType() || T->isPointerType()) &&
        !T->getPointeeType().isConstQualified() &&
        Ev.words().kindOf(T->getPointeeType()) != ValueKind::None)
      return false;
  }
  return true;
}

/// Narrows E by one test having answered Holds.
bool narrowBy(Evaluator &Ev, const StateTest &T, const Expr *At, bool Holds,
              Env &E) {
  if (!narrowable(Ev, T.Subject, E))
    return true;
  Value Now = Ev.lookup(T.Subject, E);
  if (Now.Kind != ValueKind::Tensor)
    return true;
  bool Equal = Holds == T.HoldsWhenEqual;
  SourceLocation Loc = At->getBeginLoc();
  bool Possible;
  if (T.OfDtype) {
    Possible = narrow(
        Now.State.DType, Ev.eval(T.Against, E).State.DType, Equal, Loc,
        [](Dtype A, Dtype B) { return A != B; },
        [](Dtype A, Dtype B) { return A == B; });
  } else {
    Fact<Device> To = T.Against
                          ? Ev.eval(T.Against, E).State.Dev
                          : Fact<Device>::known(Device{T.Kind, -1}, Loc);
    // A kind test compares kinds alone; a tensor's device always has an
    // index at run time, so only the CPU's and indexed devices compare
    // surely equal.
    bool KindOnly = !T.Against;
    Possible = narrow(
        Now.State.Dev, To, Equal, Loc,
        [KindOnly](const Device &A, const Device &B) {
          return KindOnly ? A.Kind != B.Kind : A.certainlyDiffers(B);
        },
        [KindOnly](const Device &A, const Device &B) {
          return KindOnly ? A.Kind == B.Kind
                          : A == B && (A.Kind == "cpu" || A.Index >= 0);
        });
  }
  if (Possible)
    E.at(T.Subject) = std::move(Now);
  return Possible;
}

/// Collects the tests of Cond a branch narrows by, given that Cond is
/// Holds there (for Holds unset, every test a side may narrow by); false
/// when an operand with side effects forbids narrowing.
bool collect(const ModelContext &M, const Expr *Cond, std::optional<bool> Holds,
             llvm::SmallVectorImpl<std::tuple<StateTest, const Expr *, bool>> &Out) {
  const Expr *E = strip(Cond);
  if (!E)
    return false;
  if (std::optional<StateTest> T = stateTest(M.Words, M.Calls, E)) {
    Out.push_back({*T, E, Holds.value_or(true)});
    return true;
  }
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_LNot)
    return collect(M, U->getSubExpr(),
                   Holds ? std::optional<bool>(!*Holds) : std::nullopt, Out);
  if (const auto *B = dyn_cast<BinaryOperator>(E); B && B->isLogicalOp()) {
    // Both operands are known to hold (`&&`) or to fail (`||`) on one side.
    bool Both = !Holds || *Holds == (B->getOpcode() == BO_LAnd);
    if (!Both)
      return !E->HasSideEffects(M.Ctx);
    return collect(M, B->getLHS(), Holds, Out) &&
           collect(M, B->getRHS(), Holds, Out);
  }
  return !E->HasSideEffects(M.Ctx);
}

} // namespace

llvm::SmallVector<std::pair<StateTest, const Expr *>, 2>
followedTests(const ModelContext &M, const Expr *Cond) {
  llvm::SmallVector<std::tuple<StateTest, const Expr *, bool>, 2> Found;
  llvm::SmallVector<std::pair<StateTest, const Expr *>, 2> Out;
  if (collect(M, Cond, std::nullopt, Found))
    for (auto &[T, At, Holds] : Found)
      Out.push_back({T, At});
  return Out;
}

bool narrowToBranch(Evaluator &Ev, const Expr *Cond, bool Holds, Env &E) {
  llvm::SmallVector<std::tuple<StateTest, const Expr *, bool>, 2> Found;
  if (!collect(Ev.model(), Cond, Holds, Found))
    return true;
  for (auto &[T, At, H] : Found)
    if (!narrowBy(Ev, T, At, H, E))
      return false;
  return true;
}

bool testsOnlyStates(const ModelContext &M, const Expr *Cond) {
  bool Constant;
  if (Cond && !Cond->isValueDependent() &&
      Cond->EvaluateAsBooleanCondition(Constant, M.Ctx))
    return true;
  const Expr *E = strip(Cond);
  if (const auto *U = dyn_cast_or_null<UnaryOperator>(E);
      U && U->getOpcode() == UO_LNot)
    return testsOnlyStates(M, U->getSubExpr());
  if (const auto *B = dyn_cast_or_null<BinaryOperator>(E); B && B->isLogicalOp())
    return testsOnlyStates(M, B->getLHS()) && testsOnlyStates(M, B->getRHS());
  return E && stateTest(M.Words, M.Calls, E).has_value();
}

void forEachBranch(const FunctionDecl *FD,
                   llvm::function_ref<void(const Branch &)> Visit) {
  struct Scan : RecursiveASTVisitor<Scan> {
    llvm::function_ref<void(const Branch &)> Visit;
    bool VisitIfStmt(IfStmt *S) {
      if (S->isConstexpr() || S->isConsteval())
        return true; // decided when compiled
      Visit({S, S->getInit() || S->getConditionVariable() ? nullptr
                                                          : S->getCond(),
             true});
      return true;
    }
    bool VisitAbstractConditionalOperator(AbstractConditionalOperator *C) {
      Visit({C, C->getCond(), true});
      return true;
    }
    bool VisitBinaryOperator(BinaryOperator *B) {
      if (B->isLogicalOp())
        Visit({B, B, true});
      return true;
    }
    bool VisitWhileStmt(WhileStmt *S) { return loop(S, S->getCond()); }
    bool VisitDoStmt(DoStmt *S) { return loop(S, S->getCond()); }
    bool VisitForStmt(ForStmt *S) { return loop(S, S->getCond()); }
    bool VisitCXXForRangeStmt(CXXForRangeStmt *S) {
      return loop(S, S->getRangeInit());
    }
    bool VisitSwitchStmt(SwitchStmt *S) { return loop(S, S->getCond()); }
    bool VisitGotoStmt(GotoStmt *S) { return loop(S, nullptr); }
    bool loop(const Stmt *S, const Expr *Cond) {
      Visit({S, Cond, false});
      return true;
    }
  } S;
  S.Visit = Visit;
  if (FD && FD->getBody())
    S.TraverseStmt(FD->getBody());
}

bool branchesOnlyOnStates(const ModelContext &M, const FunctionDecl *FD) {
  if (!FD || !FD->getBody())
    return false;
  bool Only = true;
  forEachBranch(FD, [&](const Branch &B) {
    // A range-for tests no value of the function's.
    Only = Only && (isa<CXXForRangeStmt>(B.At) ||
                    (B.Narrows && testsOnlyStates(M, B.Cond)));
  });
  return Only;
}

std::optional<bool> decidedByStates(Evaluator &Ev, const Expr *Cond,
                                    const Env &S) {
  if (followedTests(Ev.model(), Cond).empty())
    return std::nullopt;
  Env IfTrue = S, IfFalse = S;
  bool CanHold = narrowToBranch(Ev, Cond, true, IfTrue);
  bool CanFail = narrowToBranch(Ev, Cond, false, IfFalse);
  if (CanHold == CanFail)
    return std::nullopt;
  return CanHold;
}

} // namespace torch_tidy
