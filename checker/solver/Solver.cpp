//===- Solver.cpp - Dataflow over one function body -----------------------===//
#include "solver/Solver.h"
#include "ast/FlagTests.h"
#include "domain/Limits.h"
#include "model/Escapes.h"
#include "model/StateTests.h"
#include "model/Transfer.h"
#include "solver/LastUse.h"
#include "solver/Policies.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// True when B ends an `if`, a `?:` or the left side of `&&`/`||`: its
/// first successor is taken when its last condition holds, the second when
/// it does not (exception edges follow).
bool branches(const CFGBlock &B) {
  const Stmt *T = B.getTerminatorStmt();
  const auto *Logical = dyn_cast_or_null<BinaryOperator>(T);
  return B.succ_size() >= 2 &&
         (isa_and_nonnull<IfStmt>(T) || isa_and_nonnull<ConditionalOperator>(T) ||
          (Logical && Logical->isLogicalOp()));
}

/// The condition B, which branches, decides on. A call that may throw ends
/// a block of its own, so the block that branches on `if (t.is_cuda())`
/// may hold nothing: then the terminator says, and of `if (a && b)` the
/// block decides on `b` (it is reached only when `a` holds).
const Expr *branchCondition(const CFGBlock &B) {
  if (const Expr *Last = B.getLastCondition())
    return Last;
  const auto *Cond = dyn_cast_or_null<Expr>(B.getTerminatorCondition());
  const Stmt *Term = B.getTerminatorStmt();
  while (const auto *Logical = dyn_cast_or_null<BinaryOperator>(Cond)) {
    if (!Logical->isLogicalOp() || Logical == Term)
      break;
    Cond = Logical->getRHS()->IgnoreParens();
  }
  return Cond;
}

/// True when B's successor number I ends the function normally: it is the
/// exit, reached by a normal edge (the first; the second too after a
/// condition; exception edges from calls follow them), and B does not end
/// in a throw or a call that does not return.
bool leavesNormally(const CFGBlock &B, unsigned I, const CFGBlock &Exit) {
  if (I >= B.succ_size() || *(B.succ_begin() + I) != &Exit ||
      I > (branches(B) ? 1u : 0u) || B.hasNoReturnElement())
    return false;
  for (const CFGElement &El : llvm::reverse(B))
    if (auto CS = El.getAs<CFGStmt>())
      return !isa<CXXThrowExpr>(CS->getStmt());
  return true;
}

class Run {
public:
  Run(const ModelContext &M, const FunctionDecl *FD, SolverPolicy &Policy,
      const Valuation &Assumed, const PathArguments &Paths)
      : FD(FD), Policy(Policy), Ev(std::make_unique<Evaluator>(M, FD)) {
    Ev->Assumed = Assumed;
    Ev->Loads.Given = Paths;
    Ev->MembersOnly = Policy.membersOnly();
  }

  bool prepare();
  bool fixpoint();
  void observe();
  std::unique_ptr<Evaluator> takeEvaluator() { return std::move(Ev); }

private:
  Env entry();
  bool local(const ValueDecl *VD) const { return Ev->isLocal(VD); }
  void flowOut(const CFGBlock &B, const Env &In, const Env &Out);
  /// False for B's successor number Succ when B branches on an assumed flag
  /// and that successor is the other value's.
  bool assumedWay(const CFGBlock &B, unsigned Succ) const;
  /// The same for B, which ends in the switch S.
  bool assumedCase(const SwitchStmt &S, const CFGBlock &B, unsigned Succ) const;
  /// Forgets tensors and IValue lists no later code reads. Dtype, device
  /// and module variables stay: fix-its may still name them.
  void dropDeadTensors(Env &E, const CFGBlock &B);

  const FunctionDecl *FD;
  SolverPolicy &Policy;
  std::unique_ptr<Evaluator> Ev;
  std::unique_ptr<Transfer> Step;
  std::unique_ptr<CFG> Graph;
  std::unique_ptr<LastUse> Uses;
  std::vector<Env> Entries;   // per block
  std::vector<char> Dirty;    // per block: its entry state changed
  bool Changed = false;
public:
  /// Why fixpoint() gave up, when it did.
  NotAnalyzed GaveUp = NotAnalyzed::No;
};

bool Run::prepare() {
  const Stmt *Body = FD->getBody();
  if (!Body)
    return false;
  Escapes Found;
  scanEscapes(Ev->words(), Body, Found);
  if (Found.HasErrors)
    return false; // code that does not compile gets no warnings
  Ev->Escaped = std::move(Found.Vars);
  Ev->Escaped.insert(Found.Containers.begin(), Found.Containers.end());
  if (Policy.needsRegularBody() && isa<CoroutineBodyStmt>(Body))
    return false; // co_return is no return statement
  Step = std::make_unique<Transfer>(*Ev);
  CFG::BuildOptions Opts;
  Opts.setAllAlwaysAdd();
  // A handler is entered from every call in its try block that may throw.
  Opts.AddEHEdges = true;
  // A constructor's member initializers set the members it follows.
  Opts.AddInitializers = Step->followsMembers();
  Graph = CFG::buildCFG(FD, const_cast<Stmt *>(Body), &Ev->model().Ctx, Opts);
  if (!Graph)
    return false;
  Uses = std::make_unique<LastUse>(FD, Ev->model().Ctx.getSourceManager(),
                                   Ev->words());
  if (Policy.needsRegularBody() && !Uses->usable())
    return false; // a summary of code with gotos: unknown
  Entries.assign(Graph->getNumBlockIDs(), Env{});
  Dirty.assign(Graph->getNumBlockIDs(), 0);
  unsigned First = Graph->getEntry().getBlockID();
  Entries[First] = entry();
  Dirty[First] = 1;
  return true;
}

Env Run::entry() {
  Env E = Policy.entry(Ev->model(), FD);
  Step->seedParameters(E);
  E.Reached = true;
  return E;
}

void Run::dropDeadTensors(Env &E, const CFGBlock &B) {
  if (!Uses->usable())
    return;
  llvm::SmallVector<const ValueDecl *, 8> Dead;
  for (const auto &[VD, V] : E.Vars)
    if ((V.Kind == ValueKind::Tensor || V.Kind == ValueKind::IValue ||
         V.Kind == ValueKind::IValueList) &&
        local(VD) && Uses->deadAt(cast<VarDecl>(VD), B))
      Dead.push_back(VD);
  for (const ValueDecl *VD : Dead)
    E.erase(VD);
}

bool Run::assumedWay(const CFGBlock &B, unsigned Succ) const {
  if (Ev->Assumed.empty())
    return true;
  if (const auto *S = dyn_cast_or_null<SwitchStmt>(B.getTerminatorStmt()))
    return assumedCase(*S, B, Succ);
  if (Succ > 1 || !branches(B))
    return true;
  // (A condition that calls, `datatype == "fp16"`, ends a block of its
  // own: branchCondition finds it.)
  std::optional<bool> Holds = Ev->assumedValueOf(branchCondition(B));
  return !Holds || *Holds == (Succ == 0);
}

bool Run::assumedCase(const SwitchStmt &S, const CFGBlock &B,
                      unsigned Succ) const {
  std::optional<FlagSwitch> F = flagSwitch(&S);
  auto A = llvm::find_if(Ev->Assumed, [&](const AssumedFlag &A) {
    return F && A.Flag == F->Flag;
  });
  const CFGBlock *To = *(B.succ_begin() + Succ);
  if (A == Ev->Assumed.end() || !To)
    return true;
  // A `case` of this switch is taken for its value; `default:`, or what
  // follows a switch that has none, for the values no `case` names.
  for (const SwitchCase *C = S.getSwitchCaseList(); C; C = C->getNextSwitchCase())
    if (C == To->getLabel())
      if (std::optional<int64_t> V = caseValue(C, Ev->model().Ctx))
        return *V == A->Value;
  return !llvm::is_contained(F->Cases, A->Value);
}

/// Joins what block B leaves into its successors' entry states.
void Run::flowOut(const CFGBlock &B, const Env &In, const Env &Out) {
  auto Local = [this](const ValueDecl *VD) { return local(VD); };
  const Expr *Cond = branches(B) ? branchCondition(B) : nullptr;
  bool Tests = Cond && !followedTests(Ev->model(), Cond).empty();
  for (unsigned Index = 0; Index < B.succ_size(); ++Index) {
    const CFGBlock *Succ = *(B.succ_begin() + Index);
    // Nothing is observed at the exit, which exception edges from every
    // call would otherwise make a join of every state.
    if (!Succ || Succ == &Graph->getExit() || !assumedWay(B, Index))
      continue;
    // `if (x.is_cuda())`: each side knows what the test says of x, and a
    // side x's known state rules out is not taken.
    std::optional<Env> Narrowed;
    if (Tests && Index < 2) {
      Narrowed = Out;
      if (!narrowToBranch(*Ev, Cond, Index == 0, *Narrowed))
        continue;
    }
    Env &Target = Entries[Succ->getBlockID()];
    Env Joined = Target;
    // A call that throws may not have done its work: handlers see the
    // state before the block as well as after it.
    if (isa_and_nonnull<CXXTryStmt>(Succ->getTerminatorStmt()))
      Joined.joinWith(In, Local);
    Joined.joinWith(Narrowed ? *Narrowed : Out, Local);
    if (!Joined.sameAs(Target)) {
      Target = std::move(Joined);
      Dirty[Succ->getBlockID()] = 1;
      Changed = true;
    }
  }
}

bool Run::fixpoint() {
  PostOrderCFGView Order(Graph.get());
  // Sweep the blocks in reverse post-order, visiting those whose entry state
  // changed, until none did.
  unsigned Budget = limits::VisitsPerBlock * Graph->getNumBlockIDs() +
                    limits::VisitAllowance;
  size_t States = 0;
  for (Changed = true; Changed;) {
    Changed = false;
    for (const CFGBlock *B : Order) {
      if (!B || !Dirty[B->getBlockID()])
        continue;
      Dirty[B->getBlockID()] = 0;
      if (Budget-- == 0) {
        GaveUp = NotAnalyzed::NoFixpoint; // not in reasonable time
        return false;
      }
      Env &In = Entries[B->getBlockID()];
      dropDeadTensors(In, *B);
      States += In.Vars.size() + 1;
      if (States > limits::StatesPerFunction) {
        GaveUp = NotAnalyzed::OverBudget;
        return false;
      }
      Env Out = In;
      for (const CFGElement &El : *B)
        Step->element(El, Out);
      flowOut(*B, In, Out);
    }
  }
  return true;
}

void Run::observe() {
  PostOrderCFGView Order(Graph.get());
  for (const CFGBlock *B : Order) {
    if (!B || !Entries[B->getBlockID()].Reached)
      continue;
    Env S = Entries[B->getBlockID()];
    for (const CFGElement &El : *B) {
      if (auto CS = El.getAs<CFGStmt>())
        Policy.before(CS->getStmt(), S, *Ev);
      Step->element(El, S);
    }
    for (unsigned I = 0; I < 2; ++I)
      if (leavesNormally(*B, I, Graph->getExit()) && assumedWay(*B, I)) {
        Policy.atNormalExit(S, *Ev);
        break;
      }
  }
}

} // namespace

std::unique_ptr<Evaluator> solve(const ModelContext &M, const FunctionDecl *FD,
                                 SolverPolicy &Policy,
                                 const PathArguments &Paths,
                                 const Valuation &Assumed) {
  Run R(M, FD, Policy, Assumed, Paths);
  if (!R.prepare() || !R.fixpoint())
    return nullptr;
  R.observe();
  return R.takeEvaluator();
}

FunctionView solveForChecks(const ModelContext &M, const FunctionDecl *FD,
                            std::optional<Env> Seed, const Valuation &Assumed,
                            const PathArguments &Paths) {
  ObserveCalls Policy = Seed ? ObserveCalls(std::move(*Seed)) : ObserveCalls();
  Run R(M, FD, Policy, Assumed, Paths);
  std::unique_ptr<Evaluator> Ev;
  if (R.prepare() && R.fixpoint()) {
    R.observe();
    Ev = R.takeEvaluator();
  }
  if (!Ev)
    return FunctionView(R.GaveUp);
  return FunctionView(std::move(Ev), Policy.takeCalls());
}

std::optional<Value> solveReturns(const ModelContext &M, const FunctionDecl *FD,
                                  Env Entry, ValueKind K,
                                  const PathArguments &Paths) {
  CollectReturns Policy(std::move(Entry), K);
  if (!solve(M, FD, Policy, Paths))
    return std::nullopt;
  return Policy.returned();
}

std::optional<Env> solveMemberExits(const ModelContext &M,
                                    const FunctionDecl *FD, Env Entry,
                                    bool ForInvariant,
                                    const PathArguments &Paths,
                                    const Valuation &Assumed) {
  CollectMemberExits Policy(std::move(Entry), ForInvariant);
  if (!solve(M, FD, Policy, Paths, Assumed))
    return std::nullopt;
  return Policy.exits();
}

} // namespace torch_tidy
