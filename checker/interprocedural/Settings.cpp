//===- Settings.cpp -------------------------------------------------------===//
#include "interprocedural/Settings.h"
#include "interprocedural/LocalSettings.h"
#include "ast/FlagTests.h"
#include "ast/Strip.h"
#include "ast/UseOrder.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// The writes and reads of member F of `this` in one body.
struct Uses : UseOrderVisitor<Uses> {
  explicit Uses(const FieldDecl *F) : F(F) {}
  const FieldDecl *F;
  llvm::SmallVector<std::pair<const Expr *, const Expr *>, 2> Writes; // lhs, value
  llvm::SmallVector<const Expr *, 4> Reads;
  bool Unordered = false; // a write in a loop or a lambda

  bool names(const Expr *E) const {
    const auto *ME = dyn_cast_or_null<MemberExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
    return ME && ME->getMemberDecl() == F && thisOf(ME->getBase());
  }
  void write(const Expr *L, const Expr *V) {
    Writes.push_back({L->IgnoreParenImpCasts(), V});
    Unordered = Unordered || inLoopOrLambda();
  }
  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->isAssignmentOp() && names(B->getLHS()))
      write(B->getLHS(), B->getRHS());
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *OC) {
    if (OC->isAssignmentOp() && OC->getNumArgs() == 2 && names(OC->getArg(0)))
      write(OC->getArg(0), OC->getArg(1));
    return true;
  }
  bool VisitMemberExpr(MemberExpr *ME) {
    if (names(ME))
      Reads.push_back(ME);
    return true;
  }
};

/// Reads of F other than the left sides of its writes.
bool readBefore(const Uses &U, const SourceManager &SM) {
  llvm::SmallVector<const Expr *, 2> Values;
  for (const auto &[L, V] : U.Writes)
    Values.push_back(V);
  llvm::SmallVector<const Expr *, 4> Reads;
  for (const Expr *R : U.Reads)
    if (llvm::none_of(U.Writes, [&](const auto &W) { return W.first == R; }))
      Reads.push_back(R);
  return !Reads.empty() && firstReadAfterWrites(Values, Reads, SM).isInvalid();
}

/// The `?:` in E, outermost first.
llvm::SmallVector<const ConditionalOperator *, 2> conditionalsIn(const Expr *E) {
  struct Finder : RecursiveASTVisitor<Finder> {
    llvm::SmallVector<const ConditionalOperator *, 2> Found;
    bool VisitConditionalOperator(ConditionalOperator *C) {
      Found.push_back(C);
      return true;
    }
  } F;
  F.TraverseStmt(const_cast<Expr *>(E));
  return F.Found;
}

/// The dtypes options W gives: one, or one per side of a single `?:` on a
/// flag (`TensorOptions().dtype(fp16 ? torch::kHalf : torch::kFloat)`),
/// each evaluated with the flag assumed to go that way.
bool optionsChoices(const ModelContext &M, const FunctionDecl *Fn,
                    const Expr *W, Setting &S) {
  llvm::SmallVector<const ConditionalOperator *, 2> Conds = conditionalsIn(W);
  std::optional<FlagTest> T =
      Conds.size() == 1 ? flagTest(Conds.front()->getCond()) : std::nullopt;
  if (Conds.size() > 1 || (Conds.size() == 1 && !T))
    return false;
  bool Complete = true;
  for (bool Holds : {true, false}) {
    Evaluator Ev(M, Fn);
    const Expr *At = W;
    if (T) {
      // A value of the flag for which the test goes this way.
      int64_t V = T->Against ? (Holds == T->HoldsWhen ? *T->Against : *T->Against + 1)
                             : (Holds == T->HoldsWhen);
      Ev.Assumed = {{T->Flag, V, nullptr}};
      At = Holds ? Conds.front()->getTrueExpr() : Conds.front()->getFalseExpr();
    }
    Facts State = Ev.eval(W, Env{}).State;
    Complete = Complete && State.DType.isKnown();
    if (State.DType.isKnown())
      S.Choices.push_back({State, At->getExprLoc()});
    if (!T)
      break;
  }
  return Complete;
}

} // namespace

bool settingKind(ValueKind K) {
  return K == ValueKind::ScalarType || K == ValueKind::Device ||
         K == ValueKind::Options;
}

bool addChoices(const ModelContext &M, const FunctionDecl *Fn, const Expr *W,
                ValueKind K, Setting &S) {
  if (K == ValueKind::Options)
    return optionsChoices(M, Fn, W, S);
  bool Complete = true;
  for (const Expr *Arm : settingArms(W)) {
    Evaluator Ev(M, Fn);
    Facts State = Ev.eval(Arm, Env{}).State;
    bool Known = K == ValueKind::ScalarType ? State.DType.isKnown()
                                            : State.Dev.isKnown();
    Complete = Complete && Known;
    if (Known)
      S.Choices.push_back({State, Arm->getExprLoc()});
  }
  return Complete;
}

llvm::SmallVector<const Expr *, 2> settingArms(const Expr *V) {
  const Expr *Chosen = strip(V);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(Chosen);
      CE && CE->getNumArgs() >= 1 &&
      !CE->getConstructor()->isCopyOrMoveConstructor() &&
      llvm::all_of(llvm::drop_begin(CE->arguments()),
                   [](const Expr *A) { return isa<CXXDefaultArgExpr>(A); }))
    Chosen = strip(CE->getArg(0));
  if (const auto *CO = dyn_cast<ConditionalOperator>(Chosen))
    return {CO->getTrueExpr(), CO->getFalseExpr()};
  return {V};
}

const Setting &Settings::of(const ValueDecl *D) {
  auto It = Cache.find(D);
  if (It == Cache.end()) {
    Setting S;
    if (const auto *F = dyn_cast<FieldDecl>(D))
      S = compute(F);
    else if (const auto *V = dyn_cast<VarDecl>(D))
      S = localSetting(M, V);
    It = Cache.try_emplace(D, std::move(S)).first;
  }
  return It->second;
}

Setting Settings::compute(const FieldDecl *F) {
  Setting S;
  ValueKind K = M.Words.kindOf(F->getType());
  const auto *RD = dyn_cast<CXXRecordDecl>(F->getParent());
  if (!settingKind(K) || !RD ||
      !Mem.shapeOfClass(RD).Followed.count(F))
    return S;
  const SourceManager &SM = M.Ctx.getSourceManager();
  bool Complete = true;
  auto Choose = [&](const FunctionDecl *Fn, const Expr *V) {
    Complete = addChoices(M, Fn, V, K, S) && Complete;
  };
  for (const FunctionDecl *Fn : Mem.shapeOfClass(RD).Methods) {
    Uses U(F);
    U.TraverseStmt(const_cast<Stmt *>(Fn->getBody()));
    const auto *Ctor = dyn_cast<CXXConstructorDecl>(Fn);
    if (!Ctor) {
      if (!U.Writes.empty())
        return S; // written after construction: no setting
      continue;
    }
    if (U.Unordered || readBefore(U, SM))
      return S;
    const Expr *Init = nullptr;
    for (const CXXCtorInitializer *I : Ctor->inits())
      if (I->getMember() == F)
        Init = I->getInit();
    if (Init && !U.Writes.empty())
      Complete = false; // the initializer's value may be read by no one; keep it simple
    if (!Init && U.Writes.empty())
      Init = F->getInClassInitializer();
    if (Init)
      Choose(Fn, Init);
    else if (U.Writes.empty())
      Complete = false; // left uninitialized
    for (const auto &[L, V] : U.Writes)
      Choose(Fn, V);
  }
  if (Mem.shapeOfClass(RD).DefaultConstructedElsewhere) {
    if (const Expr *Init = F->getInClassInitializer())
      Choose(nullptr, Init);
    else
      Complete = false;
  }
  S.Stable = true;
  S.Complete = Complete && !S.Choices.empty();
  return S;
}

} // namespace torch_tidy
