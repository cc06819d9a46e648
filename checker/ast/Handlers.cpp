//===- Handlers.cpp -------------------------------------------------------===//
#include "ast/Handlers.h"
#include "ast/Exits.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// True when S cannot complete normally: it returns, throws or calls a
/// function that does not return, last.
bool endsAbruptly(const Stmt *S) {
  if (const auto *CS = dyn_cast_or_null<CompoundStmt>(S))
    return !CS->body_empty() && endsAbruptly(CS->body_back());
  if (isa_and_nonnull<ReturnStmt>(S))
    return true;
  const auto *E = dyn_cast_or_null<Expr>(S);
  if (!E)
    return false;
  E = E->IgnoreImplicit();
  if (isa<CXXThrowExpr>(E))
    return true;
  const auto *Call = dyn_cast<CallExpr>(E);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  return Callee && Callee->isNoReturn();
}

} // namespace

bool goesOnAfter(const CXXCatchStmt *C) {
  const Stmt *Block = C->getHandlerBlock();
  return !endsAbruptly(Block) ||
         !exitsIn(Block, exit_kind::Goto | exit_kind::Loop).empty();
}

bool catchesAndGoesOn(const Stmt *Body) {
  struct Finder : RecursiveASTVisitor<Finder> {
    bool Found = false;
    bool VisitCXXCatchStmt(CXXCatchStmt *C) { return !(Found = goesOnAfter(C)); }
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  } F;
  F.TraverseStmt(const_cast<Stmt *>(Body));
  return F.Found;
}

} // namespace torch_tidy
