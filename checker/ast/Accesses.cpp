//===- Accesses.cpp -------------------------------------------------------===//
#include "ast/Accesses.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace torch_tidy {

void addReads(const Stmt *S, Reads &Into) {
  struct Finder : RecursiveASTVisitor<Finder> {
    Reads &R;
    explicit Finder(Reads &R) : R(R) {}
    bool VisitDeclRefExpr(DeclRefExpr *D) {
      R.Decls.insert(D->getDecl());
      return true;
    }
    bool VisitMemberExpr(MemberExpr *M) {
      R.Decls.insert(M->getMemberDecl());
      return true;
    }
    bool VisitCallExpr(CallExpr *) {
      R.Calls = true;
      return true;
    }
  } F(Into);
  F.TraverseStmt(const_cast<Stmt *>(S));
}

const ValueDecl *assignedDecl(const Expr *LHS) {
  LHS = LHS->IgnoreParenImpCasts();
  if (const auto *D = dyn_cast<DeclRefExpr>(LHS))
    return D->getDecl();
  if (const auto *M = dyn_cast<MemberExpr>(LHS))
    return M->getMemberDecl();
  return nullptr;
}

void addWritten(const Stmt *S, llvm::DenseSet<const ValueDecl *> &Into) {
  struct Finder : RecursiveASTVisitor<Finder> {
    llvm::DenseSet<const ValueDecl *> &Decls;
    explicit Finder(llvm::DenseSet<const ValueDecl *> &D) : Decls(D) {}
    void lhs(const Expr *E) {
      if (const ValueDecl *D = assignedDecl(E))
        Decls.insert(D);
    }
    bool VisitBinaryOperator(BinaryOperator *B) {
      if (B->isAssignmentOp())
        lhs(B->getLHS());
      return true;
    }
    bool VisitUnaryOperator(UnaryOperator *U) {
      if (U->isIncrementDecrementOp())
        lhs(U->getSubExpr());
      return true;
    }
    bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *OC) {
      if (OC->isAssignmentOp() && OC->getNumArgs() >= 1)
        lhs(OC->getArg(0));
      return true;
    }
    bool VisitVarDecl(VarDecl *V) {
      Decls.insert(V);
      return true;
    }
  } F(Into);
  F.TraverseStmt(const_cast<Stmt *>(S));
}

void spreadTies(const Stmt *Body, llvm::DenseSet<const ValueDecl *> &Tied) {
  struct Later : RecursiveASTVisitor<Later> {
    llvm::DenseSet<const ValueDecl *> &Tied;
    bool Grew = false;
    explicit Later(llvm::DenseSet<const ValueDecl *> &T) : Tied(T) {}
    bool reads(const Expr *E) {
      Reads R;
      addReads(E, R);
      return llvm::any_of(R.Decls, [&](const ValueDecl *D) { return Tied.count(D); });
    }
    void taint(const ValueDecl *D) { Grew = Tied.insert(D).second || Grew; }
    bool VisitVarDecl(VarDecl *D) {
      if (D->getInit() && reads(D->getInit()))
        taint(D);
      return true;
    }
    bool VisitBinaryOperator(BinaryOperator *B) {
      if (B->isAssignmentOp() && reads(B->getRHS()))
        if (const ValueDecl *D = assignedDecl(B->getLHS()))
          taint(D);
      return true;
    }
  };
  for (bool Grew = true; Grew;) {
    Later L(Tied);
    L.TraverseStmt(const_cast<Stmt *>(Body));
    Grew = L.Grew;
  }
}

bool callsIn(const Expr *E) {
  struct Finder : RecursiveASTVisitor<Finder> {
    bool Found = false;
    bool VisitCallExpr(CallExpr *) { return !(Found = true); }
  } F;
  F.TraverseStmt(const_cast<Expr *>(E));
  return F.Found;
}

} // namespace torch_tidy
