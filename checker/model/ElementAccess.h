//===- ElementAccess.h - Expressions that name one element ------*- C++ -*-===//
//
// The expressions that name one element of a tensor list or a tuple
// (`v[i]`, `v.front()`, `*v.begin()`, the variable of
// `for (const auto &t : v)`, `std::get<0>(t)`, `p.first`, a structured
// binding), and ranges written as `x.begin(), x.end()`. What the elements'
// values are is in Containers.h.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_MODEL_ELEMENTACCESS_H
#define TORCH_TIDY_MODEL_ELEMENTACCESS_H

#include "vocabulary/Vocabulary.h"
#include "clang/AST/Expr.h"
#include <optional>

namespace torch_tidy {

/// An expression that names one element of a tensor list or tuple.
struct ElementAccess {
  /// The list or tuple the element belongs to; null for a structured
  /// binding, whose tuple has no expression of its own.
  const clang::Expr *Container = nullptr;
  /// For a structured binding: the variable it decomposes.
  const clang::VarDecl *Decomposed = nullptr;
  /// The tuple element; none for a list, whose elements all have its state.
  std::optional<unsigned> Index;
};
std::optional<ElementAccess> elementAccess(const Vocabulary &Words,
                                           const clang::Expr *E);

/// The variable (or member of `this`) that holds the element E names.
struct ElementOwner {
  const clang::ValueDecl *Var = nullptr;
  std::optional<unsigned> Index; // as in ElementAccess
  /// The element belongs to a container that is itself an element of Var
  /// (`std::get<0>(t)[1]`): writes make Var's element Index unknown.
  bool Nested = false;
};
std::optional<ElementOwner> elementOwner(const Vocabulary &Words,
                                         const clang::Expr *E);

/// For `x.begin()` / `std::begin(x)` and the like, whose method has role
/// R: x. Null otherwise.
const clang::Expr *iteratorOf(const Vocabulary &Words, const clang::Expr *E,
                              MethodRole R);

/// For `First, Last` written as `x.begin(), x.end()` (or `cbegin`/`cend`,
/// `std::begin(x)`/`std::end(x)`): x. Null otherwise.
const clang::Expr *iteratedRange(const Vocabulary &Words,
                                 const clang::Expr *First,
                                 const clang::Expr *Last);

} // namespace torch_tidy

#endif
