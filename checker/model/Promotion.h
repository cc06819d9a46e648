//===- Promotion.h - LibTorch's result type of an operation -----*- C++ -*-===//
#ifndef TORCH_TIDY_MODEL_PROMOTION_H
#define TORCH_TIDY_MODEL_PROMOTION_H

#include "model/Evaluator.h"

namespace torch_tidy {

/// LibTorch's result_type over the dtypes of an operation's tensors and
/// the highest category of its number operands, without knowing which
/// tensors are zero-dimensional: only what the highest category decides
/// for sure. TrueDivision: integral results become Float. None when the
/// operands do not decide it.
std::optional<Dtype> resultType(llvm::ArrayRef<Dtype> Tensors,
                                std::optional<DtypeCategory> Numbers,
                                bool TrueDivision);

/// resultType over a call's tensor and number operands (the receiver and
/// the explicit tensor, tensor list and c10::Scalar arguments).
Fact<Dtype> promote(Evaluator &Ev, const CallParts &P, bool TrueDivision,
                    const clang::Expr *Call, const Env &S);

/// The one device every tensor operand of a call is on; unknown when they
/// differ or one is unknown.
Fact<Device> commonDevice(Evaluator &Ev, const CallParts &P, const Env &S);

/// The dtype the C++ types of a call's numbers give (`torch::tensor({1,
/// 2})` is Long, `arange(5.0)` Float).
Fact<Dtype> fromScalars(const Vocabulary &Words, const CallParts &P,
                        const clang::Expr *Call);

} // namespace torch_tidy

#endif
