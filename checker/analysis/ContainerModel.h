//===- ContainerModel.h - Values of tensor lists and tuples -----*- C++ -*-===//
//
// A TensorList value (std::vector / c10::List of tensors and the views
// calls take them as) is the join of its elements' states, bottom while
// empty: a braced list or push_back joins in, clear() empties, and an
// element read (`v[i]`, `v.at(i)`, `v.front()`, a range-for variable) has
// the join. A StdTuple value keeps one state per element in Value::Elements
// (tensors and std::vectors of them; other elements are unknown), built by
// std::make_tuple / std::make_pair / constructors and read by std::get,
// `.first` / `.second` and structured bindings. A std::vector<IValue> built
// from a tensor list's iterators holds one element with the list's state.
// Which expressions read or write elements is in Containers.h.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_ANALYSIS_CONTAINERMODEL_H
#define TORCH_TIDY_ANALYSIS_CONTAINERMODEL_H

#include "analysis/Evaluator.h"
#include "analysis/State.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace torch_tidy {

/// The value of E (already stripped, of kind K) when it reads an element of
/// a tensor list or tuple, or builds a tensor list, a tuple or a
/// std::vector<IValue> from a list's range; none for every other
/// expression, which the evaluator handles as usual. A call that a rule
/// covers and that returns a list or tuple is unknown: rules describe
/// tensors.
std::optional<Value> containerValue(const clang::Expr *E, ValueKind K,
                                    Evaluator &Ev, const Env &S);

/// What a call does to the tensor lists and tuples it touches: push_back,
/// clear and the other methods of a list variable, assignments to elements,
/// and calls that may change an element through a non-const reference.
/// True when that is all the call does; false when the usual effects
/// (Analysis::callEffects) still apply.
bool containerEffects(
    const clang::CallExpr *CE, const CallParts &P, Evaluator &Ev, Env &E,
    llvm::function_ref<void(const clang::ValueDecl *, Value)> Set);

} // namespace torch_tidy

#endif
