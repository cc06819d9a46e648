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

bool callsIn(const Expr *E) {
  struct Finder : RecursiveASTVisitor<Finder> {
    bool Found = false;
    bool VisitCallExpr(CallExpr *) { return !(Found = true); }
  } F;
  F.TraverseStmt(const_cast<Expr *>(E));
  return F.Found;
}

} // namespace torch_tidy
