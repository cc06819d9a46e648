//===- Accesses.h - What code reads, writes and calls -----------*- C++ -*-===//
//
// Whether two pieces of code may be tied (a later test reading what an
// earlier choice read or wrote) is decided on the declarations they name.
// These helpers collect them.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_AST_ACCESSES_H
#define TORCH_TIDY_AST_ACCESSES_H

#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseSet.h"

namespace torch_tidy {

/// What code reads: every declaration it names (variables, parameters,
/// members, functions, enumerators), and whether it calls.
struct Reads {
  llvm::DenseSet<const clang::ValueDecl *> Decls;
  bool Calls = false;
};

/// Adds what S reads to Into.
void addReads(const clang::Stmt *S, Reads &Into);

/// The variable or member an assignment's left side names (`x`, `obj.m`,
/// through parentheses and implicit casts); else null.
const clang::ValueDecl *assignedDecl(const clang::Expr *LHS);

/// Adds to Into the variables and members S assigns or increments, and the
/// variables it declares.
void addWritten(const clang::Stmt *S,
                llvm::DenseSet<const clang::ValueDecl *> &Into);

/// Adds to Tied what Body computes from it: the variables whose
/// initializer reads some of it, and what an assignment of such a value
/// writes, until nothing more is added.
void spreadTies(const clang::Stmt *Body,
                llvm::DenseSet<const clang::ValueDecl *> &Tied);

/// Whether E calls a function.
bool callsIn(const clang::Expr *E);

} // namespace torch_tidy

#endif
