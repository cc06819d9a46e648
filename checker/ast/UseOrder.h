//===- UseOrder.h - Writes before reads, outside loops ----------*- C++ -*-===//
//
// A variable or member that holds one value while it is read (a setting)
// is written only before its first read, and never where code may run
// again or later (a loop, a lambda). These are the pieces its finders
// share: a visitor that knows whether it is in such code, and the order
// of the writes and reads it found.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_AST_USEORDER_H
#define TORCH_TIDY_AST_USEORDER_H

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/ArrayRef.h"

namespace torch_tidy {

/// A RecursiveASTVisitor that knows whether the statement it visits is in
/// a loop or a lambda, code that may run more than once or out of order.
template <typename Derived>
class UseOrderVisitor : public clang::RecursiveASTVisitor<Derived> {
public:
  bool dataTraverseStmtPre(clang::Stmt *S) {
    Depth += repeats(S);
    return true;
  }
  bool dataTraverseStmtPost(clang::Stmt *S) {
    Depth -= repeats(S);
    return true;
  }

protected:
  bool inLoopOrLambda() const { return Depth > 0; }

private:
  static bool repeats(const clang::Stmt *S) {
    return llvm::isa<clang::ForStmt, clang::WhileStmt, clang::DoStmt,
                     clang::CXXForRangeStmt, clang::LambdaExpr>(S);
  }
  unsigned Depth = 0;
};

/// The first of Reads in source order, when each starts after the last of
/// the written Values ends; invalid when there is no read, or a read comes
/// before a write is done.
clang::SourceLocation firstReadAfterWrites(llvm::ArrayRef<const clang::Expr *> Values,
                                           llvm::ArrayRef<const clang::Expr *> Reads,
                                           const clang::SourceManager &SM);

} // namespace torch_tidy

#endif
