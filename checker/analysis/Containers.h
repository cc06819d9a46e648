//===- Containers.h - Elements of tensor lists and tuples -------*- C++ -*-===//
//
// The expressions that name one element of a std::vector / c10::List of
// tensors or of a std::tuple / std::pair holding tensors (`v[i]`,
// `v.front()`, the variable of `for (const auto &t : v)`, `std::get<0>(t)`,
// `p.first`, a structured binding), and the ways such a container can change
// behind the analysis's back. What the values are lives in ContainerModel.h.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_ANALYSIS_CONTAINERS_H
#define TORCH_TIDY_ANALYSIS_CONTAINERS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseSet.h"
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
std::optional<ElementAccess> elementAccess(const clang::Expr *E);

/// The variable (or member of `this`) that holds the element E names.
struct ElementOwner {
  const clang::ValueDecl *Var = nullptr;
  std::optional<unsigned> Index; // as in ElementAccess
  /// The element belongs to a container that is itself an element of Var
  /// (`std::get<0>(t)[1]`): writes make Var's element Index unknown.
  bool Nested = false;
};
std::optional<ElementOwner> elementOwner(const clang::Expr *E);

/// For `First, Last` written as `x.begin(), x.end()` (or `cbegin`/`cend`,
/// `std::begin(x)`/`std::end(x)`): x. Null otherwise.
const clang::Expr *iteratedRange(const clang::Expr *First,
                                 const clang::Expr *Last);

/// The variables of Body holding tensor lists or tuples whose elements can
/// change under another name: a non-const reference, pointer or iterator
/// to an element, a range-for by non-const reference, a by-reference
/// capture of a structured binding, a copy of a c10::List or an IValue made
/// from one (copies share elements), a local view (c10::ArrayRef,
/// c10::IListRef) of elements it does not own.
llvm::DenseSet<const clang::ValueDecl *>
findContainerEscapes(const clang::Stmt *Body);

} // namespace torch_tidy

#endif
