//===- Containers.h - Lists and tuples of tensors ---------------*- C++ -*-===//
//
// One model for every list that holds tensors. A list of IValues (a
// module's inputs) keeps its elements one by one, with the argument each
// entered through, where a fix-it goes; a list of tensors (std::vector,
// c10::List and the views calls take) keeps the join of its elements'
// states, bottom while empty. Both are built from braced lists, ranges and
// other lists, grow by appending, empty with clear(); which methods do what
// is vocabulary (the `methods` section of the rules). A tuple or pair
// keeps one state per element (tensors and owning lists of them), built by
// make_tuple / make_pair / constructors and read by std::get, its fields
// and structured bindings. Which expressions name elements is in
// ElementAccess.h.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_MODEL_CONTAINERS_H
#define TORCH_TIDY_MODEL_CONTAINERS_H

#include "model/Evaluator.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace torch_tidy {

/// Stores a variable's new value (model/Transfer.h decides what is stored).
using Assign = llvm::function_ref<void(const clang::ValueDecl *, Value)>;

/// The value of E (already stripped, of kind K) when it reads an element of
/// a tensor list or tuple, or builds a list or tuple; none for every other
/// expression, which the evaluator handles as usual. A call that a rule
/// covers and that returns a list or tuple is unknown: rules describe
/// tensors.
std::optional<Value> containerValue(Evaluator &Ev, const clang::Expr *E,
                                    ValueKind K, const Env &S);

/// What a call does to the lists and tuples it touches: appending,
/// clearing and the other methods of a list variable, assignments to
/// elements, and calls that may change an element through a non-const
/// reference. True when that is all the call does; false when the usual
/// effects (model/CallEffects.h) still apply.
bool containerEffects(Evaluator &Ev, const clang::CallExpr *CE,
                      const CallParts &P, Env &E, Assign Set);

} // namespace torch_tidy

#endif
