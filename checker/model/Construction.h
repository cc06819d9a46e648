//===- Construction.h - The value of a constructed object -------*- C++ -*-===//
#ifndef TORCH_TIDY_MODEL_CONSTRUCTION_H
#define TORCH_TIDY_MODEL_CONSTRUCTION_H

#include "model/Evaluator.h"

namespace torch_tidy {

/// The value of an object of kind K constructed by CE: dtypes and devices
/// from their arguments (`torch::Device("cuda:1")`, `c10::optional<...>`),
/// TensorOptions from a dtype or device, an IValue from a tensor, an OpenCV
/// image by its constructor's rule, a module with its defaults. Lists and
/// tuples are built in model/Containers.h.
Value construct(Evaluator &Ev, const clang::CXXConstructExpr *CE, ValueKind K,
                const Env &S);

/// The value of an object of kind K default-initialized where the code
/// shows no constructor call (a member of a class whose implicit
/// constructor is not defined here): an empty OpenCV image, which has no
/// elements a read could mistake, so its depth is whatever first fills it;
/// unknown for every other kind.
Value defaultInitialized(ValueKind K, clang::SourceLocation Loc);

} // namespace torch_tidy

#endif
