//===- CallParts.h - A call as its object and arguments ---------*- C++ -*-===//
#ifndef TORCH_TIDY_AST_CALLPARTS_H
#define TORCH_TIDY_AST_CALLPARTS_H

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace torch_tidy {

/// A call split into the object it acts on and its arguments, aligned with
/// the parameters of the callee.
struct CallParts {
  const clang::FunctionDecl *Callee = nullptr;
  const clang::Expr *Receiver = nullptr; // null for free functions
  llvm::SmallVector<const clang::Expr *, 6> Args;
  llvm::SmallVector<clang::QualType, 6> Params;

  /// What rules call `self`: the object of a method, the first argument of
  /// a free function; null when there is neither.
  const clang::Expr *self() const {
    return Receiver ? Receiver : Args.empty() ? nullptr : Args[0];
  }
  /// The argument whose parameter is named Name; null when there is none.
  const clang::Expr *argumentNamed(llvm::StringRef Name) const;
};

/// A call with a direct callee: a function, a method or an operator call;
/// `std::invoke(run, args...)` (or `std::invoke_r`) of a lambda (not a
/// generic one) is a call of the lambda's operator() on run (through
/// `std::move`, `std::ref` and the like, handedOn()) with the arguments
/// after it.
std::optional<CallParts> splitCall(const clang::Expr *E);

/// E without the calls that hand the same object on: `std::move(run)`,
/// `std::forward<F>(run)`, `std::as_const(run)`, and with Wrapped also
/// `std::ref(run)` and `std::cref(run)` (a reference_wrapper, which
/// std::invoke unwraps).
const clang::Expr *handedOn(const clang::Expr *E, bool Wrapped);
/// A constructor call as a call of the constructor, with no receiver.
CallParts constructorParts(const clang::CXXConstructExpr *CE);

} // namespace torch_tidy

#endif
