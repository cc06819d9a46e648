//===- Strip.h - Seeing through what does not change a value ----*- C++ -*-===//
#ifndef TORCH_TIDY_AST_STRIP_H
#define TORCH_TIDY_AST_STRIP_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

namespace torch_tidy {

/// Looks through parentheses, implicit conversions, temporaries, copies,
/// functional casts and default arguments and initializers.
const clang::Expr *strip(const clang::Expr *E);

/// `this` or `*this`, through parentheses and implicit casts; else null.
const clang::CXXThisExpr *thisOf(const clang::Expr *E);

/// The initializer of a local const lvalue reference, seen through the
/// conversions that bind it (adding const, derived to base); null for any
/// other variable.
const clang::Expr *boundInit(const clang::VarDecl *Ref);

/// True for a local const reference bound to a temporary
/// (`const torch::Tensor &t = make();`): it holds the temporary's value.
bool bindsTemporary(const clang::VarDecl *Ref);

} // namespace torch_tidy

#endif
