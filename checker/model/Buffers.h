//===- Buffers.h - What raw memory holds ------------------------*- C++ -*-===//
#ifndef TORCH_TIDY_MODEL_BUFFERS_H
#define TORCH_TIDY_MODEL_BUFFERS_H

#include "model/Evaluator.h"

namespace torch_tidy {

/// The dtype of the elements a raw buffer holds: from its C++ type (a
/// number, or an aggregate of numbers of one type: `cv::Vec3b` is Byte,
/// `cv::Point2f` and `std::array<float, 3>` are Float), or from the tracked
/// object a byte pointer points into (`img.data`).
Fact<Dtype> bufferElements(Evaluator &Ev, const clang::Expr *Buffer,
                           const Env &S);

/// The type of a raw buffer's elements when they are not numbers: pointers,
/// or classes that hold pointers or a virtual table (containers, strings,
/// smart pointers), whose bytes are addresses. Null otherwise.
clang::QualType nonNumericElements(const clang::Expr *Buffer);

} // namespace torch_tidy

#endif
