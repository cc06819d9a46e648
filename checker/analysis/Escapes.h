//===- Escapes.h - Variables other names can change -------------*- C++ -*-===//
#ifndef TORCH_TIDY_ANALYSIS_ESCAPES_H
#define TORCH_TIDY_ANALYSIS_ESCAPES_H

#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseSet.h"

namespace torch_tidy {

/// Adds to Out the variables and members of `this` in Body whose state can
/// change under another name: their address is taken, a non-const
/// reference or a by-reference lambda capture binds them, or (for modules,
/// which are handles) another variable copies them. False when Body holds
/// code that failed to compile.
bool findEscapes(const clang::Stmt *Body,
                 llvm::DenseSet<const clang::ValueDecl *> &Out);

} // namespace torch_tidy

#endif
