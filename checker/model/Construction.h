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

} // namespace torch_tidy

#endif
