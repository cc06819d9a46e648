//===- Buffers.h - What raw memory holds ------------------------*- C++ -*-===//
#ifndef TORCH_TIDY_MODEL_BUFFERS_H
#define TORCH_TIDY_MODEL_BUFFERS_H

#include "model/Evaluator.h"

namespace torch_tidy {

/// The dtype of the elements a raw buffer holds: from its C++ type, or from
/// the tracked object a byte pointer points into (`img.data`).
Fact<Dtype> bufferElements(Evaluator &Ev, const clang::Expr *Buffer,
                           const Env &S);

} // namespace torch_tidy

#endif
