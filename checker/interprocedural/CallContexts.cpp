//===- CallContexts.cpp ---------------------------------------------------===//
#include "interprocedural/CallContexts.h"
#include "interprocedural/ConstantArguments.h"
#include "interprocedural/Flags.h"
#include "interprocedural/Objects.h"
#include "interprocedural/PathParameters.h"
#include "ast/Literals.h"
#include "ast/Strip.h"
#include "model/StateTests.h"
#include "model/Interprocedural.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// A fact not yet set on some path of the caller, or a setting of the
/// caller's object, is unknown to the callee.
template <typename T> void settle(Fact<T> &F) {
  if (F.S == Fact<T>::Bottom || F.isSymbolic())
    F = Fact<T>::top();
  F.Spelling = nullptr; // the caller's names are not in scope there
}

bool knowsSomething(const Facts &F) {
  return F.DType.isKnown() || F.Dev.isKnown();
}

/// For a call of a method of the caller's own class on `this`: the members
/// as the caller has them at the call.
void membersAtCall(const FunctionView &View, const ObservedCall &At,
                   const FunctionDecl *Def, Env &Entry) {
  const auto *Caller = dyn_cast_or_null<CXXMethodDecl>(View.function());
  const auto *Callee = dyn_cast<CXXMethodDecl>(Def);
  if (!Caller || !Callee || !thisOf(At.Parts.Receiver) ||
      Caller->getParent() != Callee->getParent())
    return;
  for (auto &[D, V] : Entry.Vars)
    if (isa<FieldDecl>(D))
      if (const Value *Now = At.Before->find(D))
        V = *Now;
}

/// For a call of a method on a followed object (Objects.h): the members as
/// the object has them at the call. True when that says something known.
bool objectAtCall(const FunctionView &View, const ObservedCall &At,
                  const FunctionDecl *Def, Members &Mem, Env &Entry) {
  const auto *Callee = dyn_cast<CXXMethodDecl>(Def);
  const ValueDecl *Object =
      At.Parts.Receiver ? View.model().Words.namedDecl(At.Parts.Receiver)
                        : nullptr;
  const Value *State = Object ? At.Before->find(Object) : nullptr;
  if (!Callee || !State || State->Kind != ValueKind::Object ||
      !Mem.settled(Callee->getParent()))
    return false;
  const CXXRecordDecl *Own =
      objectClass(View.model().Words, At.Parts.Receiver->getType());
  if (!Own || Own != Callee->getParent()->getDefinition())
    return false;
  return overlayObject(*State, Mem.shapeOfClass(Own), Entry);
}

/// True when a constructor of RD sets F to a registered submodule:
/// `fc = register_module("fc", torch::nn::Linear(4, 2))`, or the same in
/// its initializer list. Registered submodules are converted with the
/// module, so they have its state.
bool registered(const Vocabulary &Words, const FieldDecl *F,
                const CXXRecordDecl *RD) {
  auto IsRegistration = [&](const Expr *E) {
    E = strip(E);
    // The holder made from the shared_ptr register_module returns.
    if (const auto *Ctor = dyn_cast_or_null<CXXConstructExpr>(E);
        Ctor && Ctor->getNumArgs() == 1)
      E = strip(Ctor->getArg(0));
    const auto *CE = dyn_cast_or_null<CallExpr>(E);
    return CE && Words.functionRole(CE->getDirectCallee()) ==
                     FunctionRole::RegisterModule;
  };
  class Assignments : public RecursiveASTVisitor<Assignments> {
  public:
    Assignments(const FieldDecl *F, decltype(IsRegistration) &Is)
        : F(F), Is(Is) {}
    bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *OC) {
      if (OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
        if (const auto *ME = dyn_cast<MemberExpr>(OC->getArg(0)->IgnoreParenImpCasts());
            ME && ME->getMemberDecl() == F && Is(OC->getArg(1)))
          Found = true;
      return !Found;
    }
    bool Found = false;

  private:
    const FieldDecl *F;
    decltype(IsRegistration) &Is;
  };
  for (const CXXConstructorDecl *Ctor : RD->ctors()) {
    const FunctionDecl *Def = nullptr;
    if (!Ctor->hasBody(Def))
      continue;
    for (const CXXCtorInitializer *I : cast<CXXConstructorDecl>(Def)->inits())
      if (I->getMember() == F && IsRegistration(I->getInit()))
        return true;
    Assignments A(F, IsRegistration);
    A.TraverseStmt(Def->getBody());
    if (A.Found)
      return true;
  }
  return false;
}

/// For a method of a user's nn::Module subclass called on a module whose
/// state is known: its registered submodules have that state.
bool seedSubmodules(const FunctionView &View, const ObservedCall &At,
                    const FunctionDecl *Def, Env &Entry) {
  const Vocabulary &Words = View.model().Words;
  const auto *M = dyn_cast<CXXMethodDecl>(Def);
  const CXXRecordDecl *RD = M ? M->getParent() : nullptr;
  const ValueDecl *Object =
      At.Parts.Receiver ? Words.namedDecl(At.Parts.Receiver) : nullptr;
  if (!RD || !Object || !Words.isNnModule(RD) || Words.isLibraryCode(RD))
    return false;
  Value State = View.valueOf(Object, At);
  if (State.Kind != ValueKind::Module || !knowsSomething(State.State))
    return false;
  settle(State.State.DType);
  settle(State.State.Dev);
  bool Any = false;
  for (const FieldDecl *F : RD->fields())
    if (Words.kindOf(F->getType()) == ValueKind::Module &&
        registered(Words, F, RD)) {
      Entry.at(F) = Value::of(ValueKind::Module, State.State);
      Any = true;
    }
  return Any;
}

/// Whether Def tests PD in a way the solver does not follow (then PD
/// starts unknown): a helper that branches on its argument's own state
/// (`if (x.is_cuda())`) may take a path only for states other than the
/// caller's, which would be checked with the caller's. Followed are the
/// tests of PD's state, against values the source fixes, that `if` and `?:`
/// conditions narrow by (model/StateTests.h). Anything else counts: a read
/// of PD in any other condition (`x.defined()`, a loop's, a test against
/// `device_`), and a test of its state kept for later (`bool gpu =
/// x.is_cuda();`).
bool testedInConditions(const ModelContext &M, const FunctionDecl *Def,
                        const ParmVarDecl *PD) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const ModelContext &M;
    const ParmVarDecl *PD;
    llvm::DenseSet<const Stmt *> Followed; // tests a branch narrows by
    bool Found = false;

    /// Reads of PD in S outside the followed tests.
    unsigned readsOutside(const Stmt *S) {
      if (!S || Followed.count(S))
        return 0;
      unsigned N = 0;
      if (const auto *R = dyn_cast<DeclRefExpr>(S))
        N += R->getDecl() == PD;
      for (const Stmt *C : S->children())
        N += readsOutside(C);
      return N;
    }
    bool branch(const Expr *Cond) {
      for (const auto &[T, At] : followedTests(M, Cond))
        if (T.Subject == PD && (!T.Against || isFixedBySource(T.Against)))
          Followed.insert(At);
      return check(Cond);
    }
    bool check(const Expr *Cond) {
      Found = Found || readsOutside(Cond) > 0;
      return !Found;
    }
    bool VisitIfStmt(IfStmt *S) { return branch(S->getCond()); }
    bool VisitAbstractConditionalOperator(AbstractConditionalOperator *C) {
      return branch(C->getCond());
    }
    bool VisitWhileStmt(WhileStmt *S) { return check(S->getCond()); }
    bool VisitDoStmt(DoStmt *S) { return check(S->getCond()); }
    bool VisitForStmt(ForStmt *S) { return check(S->getCond()); }
    bool VisitSwitchStmt(SwitchStmt *S) { return check(S->getCond()); }
    bool VisitBinaryOperator(BinaryOperator *B) {
      return !B->isLogicalOp() || check(B->getLHS());
    }
    /// A test of PD's state outside the followed ones.
    bool dataTraverseStmtPre(Stmt *S) {
      if (Followed.count(S))
        return false;
      if (const auto *E = dyn_cast<Expr>(S))
        if (std::optional<StateTest> T = stateTest(M.Words, M.Calls, E);
            T && T->Subject == PD)
          Found = true;
      return !Found;
    }
  } F{{}, M, PD, {}};
  F.TraverseStmt(Def->getBody());
  return F.Found;
}

/// True when the call fixes the value of a parameter (not a boolean, not
/// a tensor or module) that the helper's branches read: `s == torch::kDouble`
/// for a dtype the caller gives as a constant decides a path this call may
/// never take, so the helper is not checked for it. (A boolean, enum or
/// integer given a constant goes its way, argumentFlags, when the helper's
/// branches are all flag tests; otherwise that decides it too.)
/// Whether the call gives a constant to a parameter that only calls
/// decide, which is no flag of the helper's own (ConstantArguments.h): its
/// value here is what the helper is checked for.
bool decidesParameterOnlyItsCalls(const Valuation &Assumed) {
  return llvm::any_of(Assumed, [](const AssumedFlag &A) {
    const auto *P = dyn_cast<ParmVarDecl>(A.Flag);
    return P && givenOnlyConstants(P);
  });
}

bool decidedByTheCall(const FunctionView &View, const ObservedCall &At,
                      unsigned I, const ParmVarDecl *PD, ValueKind PK,
                      const Valuation &Assumed) {
  const Expr *Arg = At.Parts.Args[I];
  // A constant the run assumes decides the helper's path only when every
  // branch of it is a flag test.
  if (llvm::any_of(Assumed, [&](const AssumedFlag &A) { return A.Flag == PD; }))
    return !decidedByFlagTests(View.model().Words,
                               cast<FunctionDecl>(PD->getDeclContext()), Assumed);
  if (PD->getType()->isBooleanType())
    return false;
  if (PK != ValueKind::None && PK != ValueKind::ScalarType &&
      PK != ValueKind::Device && PK != ValueKind::Options)
    return false;
  if (isFixedBySource(Arg))
    return true;
  Facts F = View.valueOf(Arg, At).State;
  return PK != ValueKind::None && (F.DType.isKnown() || F.Dev.isKnown());
}

} // namespace

std::optional<CallContext> callContext(const FunctionView &View,
                                     const ObservedCall &At, Members &Mem,
                                     Interprocedural &Across) {
  const FunctionDecl *Def = Across.definitionFor(At.Parts);
  if (!Def || At.Rule)
    return std::nullopt;
  const Vocabulary &Words = View.model().Words;
  CallContext C{Def, Mem.entryOf(Def), "", argumentFlags(At.Parts, Def),
                Across.pathArguments(At.Parts, Def)};
  C.Entry.Reached = true;
  membersAtCall(View, At, Def, C.Entry);
  bool Known = seedSubmodules(View, At, Def, C.Entry) || !C.Files.empty();
  Known = objectAtCall(View, At, Def, Mem, C.Entry) || Known;
  for (unsigned I = 0; I < At.Parts.Args.size() && I < Def->getNumParams(); ++I) {
    const ParmVarDecl *PD = Def->getParamDecl(I);
    ValueKind PK = Words.kindOf(PD->getType());
    // An untracked parameter matters only where the call fixes its value.
    if (PK == ValueKind::None && !isFixedBySource(At.Parts.Args[I]))
      continue;
    bool Tested = testedInConditions(View.model(), Def, PD);
    if (Tested && decidedByTheCall(View, At, I, PD, PK, C.Assumed))
      return std::nullopt;
    if (PK == ValueKind::None || Tested)
      continue;
    Value V = View.valueOf(At.Parts.Args[I], At);
    if (V.Kind != PK)
      continue;
    settle(V.State.DType);
    settle(V.State.Dev);
    settle(V.State.Shape);
    for (ListElement &El : V.Elements)
      El.Arg = nullptr; // the caller's code: no fix-it goes there
    Known = Known || knowsSomething(V.State) ||
            llvm::any_of(V.Elements, [](const ListElement &El) {
              return knowsSomething(El.State);
            });
    C.Entry.at(PD) = std::move(V);
  }
  if (!Known && !decidesParameterOnlyItsCalls(C.Assumed))
    return std::nullopt;
  llvm::raw_string_ostream OS(C.Key);
  OS << static_cast<const void *>(Def);
  for (const auto &[D, V] : C.Entry.Vars) {
    OS << '|' << static_cast<const void *>(D) << ':' << int(V.Kind) << ':';
    V.State.encode(OS);
    for (const ListElement &El : V.Elements)
      El.State.encode(OS);
  }
  for (const AssumedFlag &A : C.Assumed)
    OS << '|' << static_cast<const void *>(A.Flag) << '=' << A.Value;
  encodePaths(C.Files, View.model().Ctx.getSourceManager(), OS);
  OS.flush();
  return C;
}

} // namespace torch_tidy
