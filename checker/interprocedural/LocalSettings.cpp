//===- LocalSettings.cpp --------------------------------------------------===//
#include "interprocedural/LocalSettings.h"
#include "interprocedural/Settings.h"
#include "ast/Accesses.h"
#include "ast/Exits.h"
#include "ast/UseOrder.h"
#include "model/Evaluator.h"
#include "model/StateTests.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// Every use of V in a body, each a write, a read or something else.
struct LocalUses : UseOrderVisitor<LocalUses> {
  LocalUses(const VarDecl *V, const Vocabulary &Words) : V(V), Words(Words) {}
  const VarDecl *V;
  const Vocabulary &Words;
  llvm::SmallVector<const Expr *, 2> Writes; // the values written
  llvm::SmallVector<const Expr *, 4> Reads;
  llvm::DenseSet<const DeclRefExpr *> Seen; // classified as a write or read
  unsigned Refs = 0;
  bool Unordered = false; // a write in a loop or a lambda
  bool Escapes = false;

  const DeclRefExpr *ref(const Expr *E) const {
    const auto *D = dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParens() : nullptr);
    return D && D->getDecl() == V ? D : nullptr;
  }
  void write(const DeclRefExpr *D, const Expr *Value) {
    if (D)
      Seen.insert(D);
    Writes.push_back(Value);
    Unordered = Unordered || inLoopOrLambda();
  }
  void read(const DeclRefExpr *D) {
    if (D && Seen.insert(D).second)
      Reads.push_back(D);
  }

  bool VisitDeclRefExpr(DeclRefExpr *D) {
    Refs += D->getDecl() == V;
    return true;
  }
  bool VisitVarDecl(VarDecl *D) {
    if (D == V && D->getInit())
      write(nullptr, D->getInit());
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *B) {
    if (const DeclRefExpr *D = ref(B->getLHS())) {
      if (B->getOpcode() == BO_Assign)
        write(D, B->getRHS());
      else if (B->isAssignmentOp())
        Escapes = true;
    }
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *U) {
    Escapes = Escapes || ((U->isIncrementDecrementOp() ||
                           U->getOpcode() == UO_AddrOf) &&
                          ref(U->getSubExpr()));
    return true;
  }
  bool VisitImplicitCastExpr(ImplicitCastExpr *C) {
    if (C->getCastKind() == CK_LValueToRValue)
      read(ref(C->getSubExpr()));
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *CE) {
    const CXXConstructorDecl *Ctor = CE->getConstructor();
    for (unsigned I = 0; I < CE->getNumArgs(); ++I)
      if (const DeclRefExpr *D = ref(CE->getArg(I)->IgnoreImpCasts());
          D && (Ctor->isCopyOrMoveConstructor() || bindsForReading(Ctor, I)))
        read(D);
    return true;
  }
  /// Whether Callee's parameter I only reads what it is given: Callee is
  /// library code (which keeps no reference), or the parameter is a value
  /// or a const reference.
  bool bindsForReading(const FunctionDecl *Callee, unsigned I) const {
    if (Words.isLibraryCode(Callee))
      return true;
    if (I >= Callee->getNumParams())
      return false;
    QualType T = Callee->getParamDecl(I)->getType();
    return !T->isReferenceType() || T.getNonReferenceType().isConstQualified();
  }
  /// `device.is_cuda()`: a const method reads it.
  bool VisitMemberExpr(MemberExpr *ME) {
    if (const DeclRefExpr *D = ref(ME->getBase()->IgnoreImpCasts())) {
      const auto *MD = dyn_cast<CXXMethodDecl>(ME->getMemberDecl());
      if (MD && MD->isConst())
        read(D);
    }
    return true;
  }
  /// An argument bound to a reference: read when the callee is library
  /// code (which keeps no reference) or takes it as const.
  bool VisitCallExpr(CallExpr *C) {
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(C);
        OC && OC->isAssignmentOp() && OC->getNumArgs() == 2) {
      if (const DeclRefExpr *D = ref(OC->getArg(0))) {
        if (OC->getOperator() == OO_Equal)
          write(D, OC->getArg(1));
        else
          Escapes = true;
      }
      return true;
    }
    const FunctionDecl *Callee = C->getDirectCallee();
    // A member operator's first argument is its object.
    bool Object = isa<CXXOperatorCallExpr>(C) && isa_and_nonnull<CXXMethodDecl>(Callee);
    for (unsigned I = 0; I < C->getNumArgs(); ++I) {
      const DeclRefExpr *D = ref(C->getArg(I)->IgnoreImpCasts());
      if (!D || !Callee)
        continue;
      if (Object && I == 0 ? cast<CXXMethodDecl>(Callee)->isConst() ||
                                 Words.isLibraryCode(Callee)
                           : bindsForReading(Callee, I - Object))
        read(D);
    }
    return true;
  }

};

const FunctionDecl *functionOf(const VarDecl *V) {
  return dyn_cast_or_null<FunctionDecl>(V->getParentFunctionOrMethod());
}

} // namespace

Setting localSetting(const ModelContext &M, const VarDecl *V) {
  Setting S;
  ValueKind K = M.Words.kindOf(V->getType());
  const FunctionDecl *FD = functionOf(V);
  if (!settingKind(K) || !FD ||
      !FD->getBody() || isa<ParmVarDecl>(V) || !V->hasLocalStorage() ||
      V->getType()->isReferenceType())
    return S;
  LocalUses U(V, M.Words);
  U.TraverseStmt(FD->getBody());
  SourceLocation First =
      firstReadAfterWrites(U.Writes, U.Reads, M.Ctx.getSourceManager());
  if (U.Escapes || U.Unordered || U.Seen.size() != U.Refs || First.isInvalid())
    return S;
  bool Complete = !U.Writes.empty();
  for (const Expr *W : U.Writes)
    Complete = addChoices(M, FD, W, K, S) && Complete;
  S.Stable = true;
  S.Complete = Complete && !S.Choices.empty();
  S.FirstRead = First;
  return S;
}

namespace {

/// Whether FD's body may leave it (return, throw, goto, a call that does
/// not return) before First.
bool leavesBefore(const FunctionDecl *FD, SourceLocation First,
                  const SourceManager &SM) {
  llvm::SmallVector<const Stmt *, 2> Exits =
      exitsIn(FD->getBody(), exit_kind::Return | exit_kind::Throw |
                                 exit_kind::NoReturn | exit_kind::Goto);
  // (A `return` of an expression that reads it leaves after the read.)
  return llvm::any_of(Exits, [&](const Stmt *S) {
    return SM.isBeforeInTranslationUnit(S->getEndLoc(), First);
  });
}

/// What later code tests must not read: what the choosing branches read,
/// everything the code before the first read writes or declares (it may
/// hold what they chose), V, and what later code computes from them.
llvm::DenseSet<const ValueDecl *> tiedTo(const FunctionDecl *FD,
                                         const VarDecl *V,
                                         const Reads &Chosen,
                                         llvm::function_ref<bool(const Stmt *)> Before) {
  llvm::DenseSet<const ValueDecl *> Tied = Chosen.Decls;
  if (const auto *Body = dyn_cast<CompoundStmt>(FD->getBody()))
    for (const Stmt *S : Body->body())
      if (Before(S))
        addWritten(S, Tied);
  Tied.insert(V);
  spreadTies(FD->getBody(), Tied);
  return Tied;
}

} // namespace

bool localSettingUntied(const ModelContext &M, const FunctionDecl *FD,
                        const VarDecl *V, const Setting &S) {
  SourceLocation First = S.FirstRead;
  if (functionOf(V) != FD || !S.Stable || First.isInvalid())
    return false;
  const SourceManager &SM = M.Ctx.getSourceManager();
  // A branch wholly before the first read chooses; one around it (a loop
  // whose body reads V) is a later one.
  auto Before = [&](const Stmt *S) {
    return SM.isBeforeInTranslationUnit(S->getEndLoc(), First);
  };
  // A way out before the first read (`if (half) return;`) keeps some
  // choices from ever reaching it.
  if (leavesBefore(FD, First, SM))
    return false;
  Reads Chosen;
  bool Untied = true;
  forEachBranch(FD, [&](const Branch &B) {
    if (!Before(B.At))
      return;
    if (B.Cond) {
      addReads(B.Cond, Chosen);
    } else if (const auto *If = dyn_cast<IfStmt>(B.At)) {
      // `if (bool half = cfg.half)`: what it declares and reads.
      addReads(If->getInit(), Chosen);
      addReads(If->getConditionVariableDeclStmt(), Chosen);
      addReads(If->getCond(), Chosen);
    } else {
      Untied = false; // a goto
    }
  });
  if (!Untied)
    return false;
  llvm::DenseSet<const ValueDecl *> Tied = tiedTo(FD, V, Chosen, Before);
  forEachBranch(FD, [&](const Branch &B) {
    if (Before(B.At) || (B.Narrows && testsOnlyStates(M, B.Cond)))
      return;
    if (!B.Cond) {
      Untied = false; // a goto, or an `if` with a declaration
      return;
    }
    Reads R;
    addReads(B.Cond, R);
    Untied = Untied && !(Chosen.Calls && R.Calls) &&
             llvm::none_of(R.Decls, [&](const ValueDecl *D) { return Tied.count(D); });
  });
  return Untied;
}

} // namespace torch_tidy
