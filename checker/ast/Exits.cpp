//===- Exits.cpp ----------------------------------------------------------===//
#include "ast/Exits.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace torch_tidy {

llvm::SmallVector<const Stmt *, 2> exitsIn(const Stmt *S, unsigned Kinds) {
  struct Finder : RecursiveASTVisitor<Finder> {
    unsigned Kinds = 0;
    llvm::SmallVector<const Stmt *, 2> Found;
    bool add(const Stmt *S, unsigned Kind) {
      if (Kinds & Kind)
        Found.push_back(S);
      return true;
    }
    bool VisitReturnStmt(ReturnStmt *S) { return add(S, exit_kind::Return); }
    bool VisitCoreturnStmt(CoreturnStmt *S) {
      return add(S, exit_kind::Return);
    }
    bool VisitCXXThrowExpr(CXXThrowExpr *S) { return add(S, exit_kind::Throw); }
    bool VisitGotoStmt(GotoStmt *S) { return add(S, exit_kind::Goto); }
    bool VisitIndirectGotoStmt(IndirectGotoStmt *S) {
      return add(S, exit_kind::Goto);
    }
    bool VisitBreakStmt(BreakStmt *S) { return add(S, exit_kind::Loop); }
    bool VisitContinueStmt(ContinueStmt *S) { return add(S, exit_kind::Loop); }
    bool VisitCallExpr(CallExpr *C) {
      const FunctionDecl *Callee = C->getDirectCallee();
      return Callee && Callee->isNoReturn() ? add(C, exit_kind::NoReturn)
                                            : true;
    }
    // Of a lambda's body, only what leaves its caller when it is called.
    bool TraverseLambdaExpr(LambdaExpr *L) {
      unsigned Outer = Kinds;
      Kinds &= exit_kind::Throw | exit_kind::NoReturn;
      if (Kinds)
        TraverseStmt(L->getBody());
      Kinds = Outer;
      return true;
    }
  } F;
  F.Kinds = Kinds;
  F.TraverseStmt(const_cast<Stmt *>(S));
  return F.Found;
}

} // namespace torch_tidy
