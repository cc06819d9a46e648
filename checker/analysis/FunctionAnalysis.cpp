//===- FunctionAnalysis.cpp - Dataflow over one function body -------------===//
#include "analysis/FunctionAnalysis.h"
#include "analysis/Annotations.h"
#include "analysis/ContainerModel.h"
#include "analysis/Containers.h"
#include "analysis/Evaluator.h"
#include "analysis/Escapes.h"
#include "analysis/LastUse.h"
#include "analysis/Members.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// Calls written as whole statements, whose result nobody reads. Lambda
/// bodies are left to their own analysis.
class DiscardedCallFinder : public RecursiveASTVisitor<DiscardedCallFinder> {
public:
  explicit DiscardedCallFinder(std::vector<const CallExpr *> &Out) : Out(Out) {}
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool VisitCompoundStmt(CompoundStmt *CS) {
    for (Stmt *S : CS->body())
      statement(S);
    return true;
  }
  bool VisitIfStmt(IfStmt *If) {
    statement(If->getThen());
    statement(If->getElse());
    return true;
  }
  bool VisitWhileStmt(WhileStmt *W) { return statement(W->getBody()); }
  bool VisitDoStmt(DoStmt *D) { return statement(D->getBody()); }
  bool VisitForStmt(ForStmt *F) { return statement(F->getBody()); }
  bool VisitCXXForRangeStmt(CXXForRangeStmt *F) {
    return statement(F->getBody());
  }
  bool VisitSwitchCase(SwitchCase *C) { return statement(C->getSubStmt()); }
  bool VisitLabelStmt(LabelStmt *L) { return statement(L->getSubStmt()); }

private:
  bool statement(const Stmt *S) {
    if (const auto *E = dyn_cast_or_null<Expr>(S))
      if (const auto *CE = dyn_cast<CallExpr>(strip(E)))
        Out.push_back(CE);
    return true;
  }
  std::vector<const CallExpr *> &Out;
};

/// The variable an argument lets the callee write through a proxy built
/// from a non-const reference: OpenCV's OutputArray from `cv::Mat &`.
const ValueDecl *writtenThroughProxy(const Expr *Arg) {
  const auto *CE = dyn_cast<CXXConstructExpr>(strip(Arg));
  if (!CE || CE->getNumArgs() == 0 || CE->getConstructor()->getNumParams() == 0)
    return nullptr;
  QualType P = CE->getConstructor()->getParamDecl(0)->getType();
  if (!P->isLValueReferenceType() || P.getNonReferenceType().isConstQualified())
    return nullptr;
  return namedDecl(CE->getArg(0));
}

/// A module variable an argument converts into another handle to the same
/// module: `seq->push_back(linear)` takes a shared_ptr made from the holder.
const ValueDecl *handleGiven(const Expr *Arg) {
  for (unsigned Depth = 0; Arg && Depth < 4; ++Depth) {
    Arg = strip(Arg);
    if (const ValueDecl *VD = namedDecl(Arg))
      return kindOf(VD->getType()) == ValueKind::Module ? VD : nullptr;
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

/// `torch_tidy_inspect(expr[, expected])`, for the debug check.
bool isInspection(const CallParts &P) {
  return isDebugInspection(P.Callee) && !P.Args.empty();
}

bool isPointerAccess(const FunctionDecl *F) {
  if (const auto *M = dyn_cast<CXXMethodDecl>(F)) {
    if (M->isOverloadedOperator())
      return M->getOverloadedOperator() == OO_Arrow ||
             M->getOverloadedOperator() == OO_Star;
    if (M->getDeclName().isIdentifier())
      return llvm::is_contained({"get", "ptr", "is_empty"}, M->getName());
  }
  return false;
}

/// Methods of std::vector<IValue> that leave its elements alone.
bool keepsVectorElements(StringRef Name, bool IsConst) {
  return IsConst ||
         llvm::is_contained({"reserve", "size", "empty", "capacity"}, Name);
}

/// True when B ends its function normally: its normal successor (the
/// first; an exception edge from a call comes after it) is the exit, and it
/// does not end in a throw or a call that does not return.
bool leavesNormally(const CFGBlock &B, const CFGBlock &Exit) {
  if (B.succ_empty() || *B.succ_begin() != &Exit || B.hasNoReturnElement())
    return false;
  for (const CFGElement &El : llvm::reverse(B))
    if (auto CS = El.getAs<CFGStmt>())
      return !isa<CXXThrowExpr>(CS->getStmt());
  return true;
}

class Analysis {
public:
  Analysis(const FunctionDecl *FD, ASTContext &Ctx, const RuleSet &Rules,
           ModuleModel &Modules, const ModelFiles &Files, Summaries *Sums)
      : FD(FD), Eval(Ctx, Rules, Modules, Files, FD) {
    Eval.Sums = Sums;
    Eval.Mem = Sums ? Sums->members() : nullptr;
    Followed = Eval.Mem && Eval.Mem->followedIn(FD);
  }

  FunctionResult run();
  /// For a summary: runs with parameters seeded from Entry and only joins
  /// the values of the reachable `return` statements.
  std::optional<Value> returns(Env Entry, ValueKind K) {
    Seed = std::move(Entry);
    ReturnKind = K;
    if (!run().Function || !Returned)
      return std::nullopt;
    return Returned;
  }
  /// For Members: runs with members seeded from Entry and joins the states
  /// at the normal exits.
  std::optional<Env> memberExits(Env Entry) {
    Seed = std::move(Entry);
    MemberMode = Eval.MembersOnly = true;
    Exits = Env{};
    if (!run().Function)
      return std::nullopt;
    return Exits;
  }

private:
  void element(const clang::CFGElement &El, Env &E, bool Observe);
  void transfer(const Stmt *S, Env &E, bool Observe);
  void declare(const VarDecl *VD, Env &E);
  /// Gives annotated parameters their annotations' state at the entry.
  void seedParameters(Env &E);
  void callEffects(const CallExpr *CE, Env &E);
  void observe(const CallExpr *CE, const Env &E);
  void recordChecked(const CallExpr *CE, const CallRule &R, const CallParts &P,
                     const Env &E);
  template <typename T> void dropStaleSpelling(Fact<T> &F, const Env &E);
  /// Forgets tensors and IValue lists no later code reads. Dtype, device
  /// and module variables stay: fix-its may still name them.
  void dropDeadTensors(Env &E, const CFGBlock &B, const LastUse &Uses) {
    if (!Uses.usable())
      return;
    llvm::SmallVector<const ValueDecl *, 8> Dead;
    for (const auto &[VD, V] : E.Vars)
      if ((V.Kind == ValueKind::Tensor || V.Kind == ValueKind::IValue ||
           V.Kind == ValueKind::IValueList) &&
          Eval.isLocal(VD) && Uses.deadAt(cast<VarDecl>(VD), B))
        Dead.push_back(VD);
    for (const ValueDecl *VD : Dead)
      E.erase(VD);
  }
  /// Locals that are references are not stored: a const one bound to a
  /// variable reads that variable (Evaluator::lookup), one bound to a
  /// temporary holds its value, others are unknown. Reference parameters
  /// are tracked like any other variable.
  void set(Env &E, const ValueDecl *VD, Value V) {
    if (isa<FieldDecl>(VD) && !E.find(VD))
      return; // a member that is not followed
    if (kindOf(VD->getType()) != ValueKind::None &&
        (isa<ParmVarDecl>(VD) || !VD->getType()->isReferenceType() ||
         bindsTemporary(cast<VarDecl>(VD))))
      E.at(VD) = std::move(V);
  }

  const FunctionDecl *FD;
  Evaluator Eval;
  FunctionResult Result;
  std::optional<Env> Seed;        // set when computing a summary
  ValueKind ReturnKind = ValueKind::None;
  std::optional<Value> Returned;  // the join of the returns seen so far
  bool Followed = false;          // members of `this` are followed
  bool MemberMode = false;        // computing what members hold
  std::optional<Env> Exits;       // the join of the normal exits seen
};

void Analysis::declare(const VarDecl *VD, Env &E) {
  ValueKind K = kindOf(VD->getType());
  if (K == ValueKind::None ||
      (VD->getType()->isReferenceType() && !bindsTemporary(VD)))
    return;
  Value V = VD->getInit() ? Eval.eval(VD->getInit(), E) : Value::unknown(K);
  V.Kind = K;
  // An annotation states the variable's state where it is declared; later
  // code changes it as usual.
  if (std::optional<Facts> A = Eval.annotation(VD))
    V.State = V.State.overriddenBy(*A);
  set(E, VD, V);
}

void Analysis::seedParameters(Env &E) {
  for (const ParmVarDecl *PD : FD->parameters()) {
    ValueKind K = kindOf(PD->getType());
    std::optional<Facts> A = Eval.annotation(PD);
    if (K == ValueKind::None || !A)
      continue;
    if (const Value *Given = E.find(PD)) {
      // A summary's argument: what the caller knows wins.
      Value V = *Given;
      V.State = knownOrAnnotated(V.State, *A);
      set(E, PD, std::move(V));
    } else {
      set(E, PD, Value{K, Facts::top().overriddenBy(*A), {}, false});
    }
  }
}

void Analysis::callEffects(const CallExpr *CE, Env &E) {
  std::optional<CallParts> P = splitCall(CE);
  if (!P || isInspection(*P))
    return;
  if (Followed)
    Eval.Mem->callEffect(*P, FD, E, MemberMode);
  if (containerEffects(CE, *P, Eval, E,
                       [&](const ValueDecl *VD, Value V) { set(E, VD, V); }))
    return;
  const ValueDecl *Recv = P->Receiver ? namedDecl(P->Receiver) : nullptr;
  ValueKind RecvKind = Recv ? kindOf(Recv->getType()) : ValueKind::None;
  const auto *Method = dyn_cast<CXXMethodDecl>(P->Callee);

  // x = expr
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
      OC && OC->getOperator() == OO_Equal && Recv && P->Args.size() == 1) {
    Value V = Eval.eval(P->Args[0], E);
    set(E, Recv, V.Kind == RecvKind ? V : Value::unknown(RecvKind));
    return;
  }
  // inputs.push_back(x)
  if (RecvKind == ValueKind::IValueList && Method &&
      Method->getDeclName().isIdentifier()) {
    StringRef Name = Method->getName();
    Value L = Eval.lookup(Recv, E);
    if ((Name == "push_back" || Name == "emplace_back") && P->Args.size() == 1 &&
        L.ListKnown) {
      Value V = Eval.eval(P->Args[0], E);
      bool HoldsTensor =
          V.Kind == ValueKind::Tensor || V.Kind == ValueKind::IValue;
      L.Elements.push_back({HoldsTensor ? V.State : Facts::top(), P->Args[0]});
    } else if (Name == "clear") {
      L = Value{ValueKind::IValueList, Facts::top(), {}, true};
    } else if (!keepsVectorElements(Name, Method->isConst())) {
      L = Value::unknown(ValueKind::IValueList);
    } else {
      return;
    }
    set(E, Recv, std::move(L));
    return;
  }
  if (isPointerAccess(P->Callee))
    return;
  // Feeding a module its inputs leaves its parameters as they are.
  if (Recv && RecvKind == ValueKind::Module && Method &&
      Eval.Modules.isEntryPoint(moduleClassOf(Recv->getType()), Method))
    return;
  if (const CallRule *R = Eval.ruleFor(*P)) {
    if (R->Writes) {
      // The call's state goes into its output argument or object.
      const Expr *Out = R->Writes->IsSelf ? P->Receiver
                        : R->Writes->Index < P->Args.size()
                            ? P->Args[R->Writes->Index]
                            : nullptr;
      const ValueDecl *VD = nullptr;
      if (Out && !(VD = namedDecl(Out)))
        VD = writtenThroughProxy(Out);
      if (VD) {
        ValueKind K = kindOf(VD->getType());
        Value V{K, Eval.applyRule(*R, *P, CE, E), {}, false};
        if (!V.State.DType.isKnown() && !V.State.Dev.isKnown())
          V = Value::unknown(K);
        set(E, VD, V);
      }
      return;
    }
    if (Recv && R->Receiver == ReceiverEffect::Convert)
      set(E, Recv,
          Value{RecvKind,
                Eval.applyOverrides(*R, *P, Eval.lookup(Recv, E).State, CE, E),
                {}, false});
    else if (Recv && R->Receiver == ReceiverEffect::Unknown)
      set(E, Recv, Value::unknown(RecvKind));
    return; // the rule knows the call: its arguments are untouched
  }
  // A call no rule knows: whatever it may write becomes unknown.
  if (Recv && Method &&
      (!Method->isConst() ||
       (RecvKind == ValueKind::Tensor && Method->getDeclName().isIdentifier() &&
        Method->getName().ends_with("_"))))
    set(E, Recv, Value::unknown(RecvKind));
  for (unsigned I = 0; I < P->Args.size(); ++I) {
    if (const ValueDecl *VD = writtenThroughProxy(P->Args[I])) {
      set(E, VD, Value::unknown(kindOf(VD->getType())));
      continue;
    }
    const ValueDecl *VD = namedDecl(P->Args[I]);
    if (!VD)
      VD = handleGiven(P->Args[I]);
    if (!VD)
      continue;
    QualType T = P->Params[I];
    ValueKind K = kindOf(VD->getType());
    // Module handles are shallow: even a const reference can be copied and
    // the copy converted.
    bool MayWrite =
        (T->isReferenceType() && !T.getNonReferenceType().isConstQualified()) ||
        (T->isPointerType() && !T->getPointeeType().isConstQualified()) ||
        K == ValueKind::Module;
    if (MayWrite)
      set(E, VD, Value::unknown(K));
  }
}

void Analysis::recordChecked(const CallExpr *CE, const CallRule &R,
                             const CallParts &P, const Env &E) {
  CheckedCall C{CE, &R, P, {}, {}, {}, {}, {}};
  C.Self = Eval.eval(P.self(), E);
  for (const Expr *Arg : P.Args)
    C.Args.push_back(Eval.eval(Arg, E));
  if (R.ReturnsState)
    C.Result = Eval.applyRule(R, P, CE, E);
  if (R.ReadsBuffer)
    if (const Expr *Buffer = C.operandExpr(*R.ReadsBuffer))
      C.Buffer = Eval.bufferElements(Buffer, E);
  if (R.InPlaceResult)
    C.Promoted =
        Eval.promote(P, *R.InPlaceResult == Source::PromoteFloat, CE, E);
  Result.CheckedCalls.push_back(std::move(C));
}

void Analysis::observe(const CallExpr *CE, const Env &E) {
  std::optional<CallParts> P = splitCall(CE);
  if (!P)
    return;
  if (isInspection(*P)) {
    Inspection I{P->Args[0], Eval.eval(P->Args[0], E), std::nullopt};
    if (P->Args.size() > 1)
      I.Expected = Eval.eval(P->Args[1], E);
    Result.Inspections.push_back(std::move(I));
    return;
  }
  if (const CallRule *R = Eval.ruleFor(*P); R && R->isChecked())
    recordChecked(CE, *R, *P, E);
  const auto *Method = dyn_cast<CXXMethodDecl>(P->Callee);
  if (!Method || !P->Receiver)
    return;
  QualType RT = P->Receiver->getType();
  if (RT->isPointerType())
    RT = RT->getPointeeType();
  const CXXRecordDecl *Class = moduleClassOf(RT);
  if (!Class || !Eval.Modules.isEntryPoint(Class, Method))
    return;
  const ModuleBehaviour *B = Eval.Modules.behaviour(Class);
  ModuleCallSite Site{CE, Facts::top(), P->Receiver, B->InputDtype,
                      B->InputDevice, {}};
  if (const ValueDecl *VD = namedDecl(P->Receiver))
    Site.Module = Eval.lookup(VD, E).State;
  dropStaleSpelling(Site.Module.DType, E);
  dropStaleSpelling(Site.Module.Dev, E);
  for (const Expr *Arg : P->Args) {
    if (isa<CXXDefaultArgExpr>(Arg))
      continue;
    Value V = Eval.eval(Arg, E);
    if (V.Kind == ValueKind::Tensor || V.Kind == ValueKind::IValue)
      Site.Inputs.push_back({V.State, Arg});
    else if (V.Kind == ValueKind::IValueList && V.ListKnown)
      Site.Inputs.append(V.Elements.begin(), V.Elements.end());
  }
  Result.ModuleCalls.push_back(std::move(Site));
}

static const Fact<Dtype> &componentOf(const Facts &F, const Fact<Dtype> &) {
  return F.DType;
}
static const Fact<Device> &componentOf(const Facts &F, const Fact<Device> &) {
  return F.Dev;
}

/// A fix-it may repeat the name that set a module's dtype or device only
/// where that name is in scope and still holds the same value.
template <typename T>
void Analysis::dropStaleSpelling(Fact<T> &F, const Env &E) {
  const auto *DR = dyn_cast_or_null<DeclRefExpr>(F.Spelling);
  const auto *VD = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
  if (!VD || !VD->isLocalVarDeclOrParm())
    return; // a constant such as torch::kHalf
  bool TopLevel = isa<ParmVarDecl>(VD);
  if (const auto *Body = dyn_cast_or_null<CompoundStmt>(FD->getBody()))
    for (const Stmt *S : Body->body())
      if (const auto *DS = dyn_cast<DeclStmt>(S))
        TopLevel = TopLevel || llvm::is_contained(DS->decls(), VD);
  Value Now = Eval.lookup(VD, E);
  const Fact<T> &Current = componentOf(Now.State, F);
  if (!TopLevel || !Current.isKnown() || !(Current.Value == F.Value))
    F.Spelling = nullptr;
}

void Analysis::element(const CFGElement &El, Env &E, bool Observe) {
  if (auto CS = El.getAs<CFGStmt>()) {
    transfer(CS->getStmt(), E, Observe);
  } else if (auto CI = El.getAs<CFGInitializer>()) {
    // `module_(torch::jit::load(path))`, or a default member initializer.
    const CXXCtorInitializer *I = CI->getInitializer();
    if (const FieldDecl *F = I->getMember(); F && I->getInit()) {
      Value V = Eval.eval(I->getInit(), E);
      ValueKind K = kindOf(F->getType());
      set(E, F, V.Kind == K ? V : Value::unknown(K));
    }
  }
}

void Analysis::transfer(const Stmt *S, Env &E, bool Observe) {
  // `dtype = torch::kHalf`: the built-in assignment of an enum.
  if (const auto *BO = dyn_cast<BinaryOperator>(S);
      BO && BO->getOpcode() == BO_Assign) {
    if (const ValueDecl *D = namedDecl(BO->getLHS())) {
      ValueKind K = kindOf(D->getType());
      Value V = Eval.eval(BO->getRHS(), E);
      if (K != ValueKind::None)
        set(E, D, V.Kind == K ? V : Value::unknown(K));
    }
    return;
  }
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        declare(VD, E);
    return;
  }
  if (const auto *CE = dyn_cast<CallExpr>(S)) {
    if (Observe && !Seed)
      observe(CE, E);
    callEffects(CE, E);
    return;
  }
  if (const auto *RS = dyn_cast<ReturnStmt>(S); RS && Observe && Seed) {
    Value V = RS->getRetValue() ? Eval.eval(RS->getRetValue(), E)
                                : Value::unknown(ReturnKind);
    V.Kind = ReturnKind;
    Returned = Returned ? Returned->join(V) : V;
  }
}

FunctionResult Analysis::run() {
  const Stmt *Body = FD->getBody();
  if (!Body)
    return {};
  Result.Function = FD;
  for (const ValueDecl *VD : findContainerEscapes(Body))
    Eval.Escaped.insert(VD);
  if (!findEscapes(Body, Eval.Escaped))
    return {}; // code that does not compile gets no warnings
  if (!Seed) {
    std::vector<const CallExpr *> Statements;
    DiscardedCallFinder(Statements).TraverseStmt(const_cast<Stmt *>(Body));
    for (const CallExpr *CE : Statements)
      if (std::optional<CallParts> P = splitCall(CE))
        if (const CallRule *R = Eval.ruleFor(*P); R && R->ReturnsConverted)
          Result.DiscardedConversions.push_back(CE);
  } else if (isa<CoroutineBodyStmt>(Body)) {
    return {}; // co_return is no return statement
  }
  CFG::BuildOptions Opts;
  Opts.setAllAlwaysAdd();
  // A handler is entered from every call in its try block that may throw.
  Opts.AddEHEdges = true;
  // A constructor's member initializers set the members it follows.
  Opts.AddInitializers = Followed;
  std::unique_ptr<CFG> Graph =
      CFG::buildCFG(FD, const_cast<Stmt *>(Body), &Eval.Ctx, Opts);
  if (!Graph)
    return {};

  auto Local = [this](const ValueDecl *VD) { return Eval.isLocal(VD); };
  LastUse Uses(FD, Eval.Ctx.getSourceManager());
  if (Seed && !Uses.usable())
    return {}; // a summary of code with gotos: unknown
  std::vector<Env> Entry(Graph->getNumBlockIDs());
  if (Seed)
    Entry[Graph->getEntry().getBlockID()] = *Seed;
  else if (Followed)
    Entry[Graph->getEntry().getBlockID()] = Eval.Mem->entryOf(FD);
  seedParameters(Entry[Graph->getEntry().getBlockID()]);
  Entry[Graph->getEntry().getBlockID()].Reached = true;
  std::vector<char> Dirty(Graph->getNumBlockIDs(), 0);
  Dirty[Graph->getEntry().getBlockID()] = 1;
  PostOrderCFGView Order(Graph.get());
  // Sweep the blocks in reverse post-order, visiting those whose entry state
  // changed, until none did.
  unsigned Budget = 64 * Graph->getNumBlockIDs() + 64;
  for (bool Again = true; Again;) {
    Again = false;
    for (const CFGBlock *B : Order) {
      if (!B || !Dirty[B->getBlockID()])
        continue;
      Dirty[B->getBlockID()] = 0;
      if (Budget-- == 0)
        return {}; // no fixpoint in reasonable time: say nothing
      Env &In = Entry[B->getBlockID()];
      dropDeadTensors(In, *B, Uses);
      Env Out = In;
      for (const CFGElement &El : *B)
        element(El, Out, /*Observe=*/false);
      for (const CFGBlock *Succ : B->succs()) {
        // Nothing is observed at the exit, which exception edges from
        // every call would otherwise make a join of every state.
        if (!Succ || Succ == &Graph->getExit())
          continue;
        Env &Target = Entry[Succ->getBlockID()];
        Env Joined = Target;
        if (isa_and_nonnull<CXXTryStmt>(Succ->getTerminatorStmt())) {
          // A call that throws may not have done its work: handlers see
          // the state before the block as well as after it.
          Joined.joinWith(In, Local);
        }
        Joined.joinWith(Out, Local);
        if (!Joined.sameAs(Target)) {
          Target = std::move(Joined);
          Dirty[Succ->getBlockID()] = 1;
          Again = true;
        }
      }
    }
  }
  for (const CFGBlock *B : Order) {
    if (!B || !Entry[B->getBlockID()].Reached)
      continue;
    Env S = Entry[B->getBlockID()];
    for (const CFGElement &El : *B)
      element(El, S, /*Observe=*/true);
    if (Exits && leavesNormally(*B, Graph->getExit()))
      Exits->joinWith(S, Local);
  }
  for (auto &[Call, Load] : Eval.ModelFileLoads)
    Result.ModelFileLoads.push_back(Load);
  return std::move(Result);
}

} // namespace

const Value &CheckedCall::operand(Operand O) const {
  static const Value None = Value::unknown(ValueKind::None);
  if (O.IsSelf)
    return Self;
  return O.Index < Args.size() ? Args[O.Index] : None;
}

llvm::SmallVector<const Value *, 4> CheckedCall::agreeingOperands() const {
  llvm::SmallVector<const Value *, 4> Out;
  if (!Rule->AllTensorOperands) {
    for (Operand O : Rule->Operands)
      Out.push_back(&operand(O));
    return Out;
  }
  if (Parts.Receiver)
    Out.push_back(&Self);
  for (unsigned I = 0; I < Args.size(); ++I)
    if (!isa<CXXDefaultArgExpr>(Parts.Args[I]) &&
        kindOf(Parts.Params[I]) == ValueKind::Tensor)
      Out.push_back(&Args[I]);
  return Out;
}

const Expr *CheckedCall::operandExpr(Operand O) const {
  if (O.IsSelf)
    return Parts.self();
  return O.Index < Parts.Args.size() ? Parts.Args[O.Index] : nullptr;
}

std::optional<Env> analyzeMemberExits(const FunctionDecl *FD, ASTContext &Ctx,
                                      const RuleSet &Rules,
                                      ModuleModel &Modules,
                                      const ModelFiles &Files, Summaries &Sums,
                                      Env Entry) {
  return Analysis(FD, Ctx, Rules, Modules, Files, &Sums)
      .memberExits(std::move(Entry));
}

FunctionResult analyzeFunction(const FunctionDecl *FD, ASTContext &Ctx,
                               const RuleSet &Rules, ModuleModel &Modules,
                               const ModelFiles &Files, Summaries *Sums) {
  return Analysis(FD, Ctx, Rules, Modules, Files, Sums).run();
}

std::optional<Value> analyzeReturns(const FunctionDecl *FD, ASTContext &Ctx,
                                    const RuleSet &Rules, ModuleModel &Modules,
                                    const ModelFiles &Files, Summaries &Sums,
                                    Env Entry, ValueKind K) {
  return Analysis(FD, Ctx, Rules, Modules, Files, &Sums)
      .returns(std::move(Entry), K);
}

} // namespace torch_tidy
