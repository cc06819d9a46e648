//===- Promotion.h - LibTorch's result type of an operation -----*- C++ -*-===//
#ifndef TORCH_TIDY_MODEL_PROMOTION_H
#define TORCH_TIDY_MODEL_PROMOTION_H

#include "model/Evaluator.h"

namespace torch_tidy {

/// NumPy's promote_types as LibTorch 1.13 implements it, for dtypes that
/// are not complex; none for complex ones, which are not modeled.
std::optional<Dtype> promoteTypes(Dtype A, Dtype B);

/// A tensor operand of an operation: its dtype and, if known, whether it is
/// zero-dimensional.
struct TensorOperand {
  Dtype D;
  std::optional<Rank> R;
};

/// LibTorch's result_type: tensors with dimensions decide over
/// zero-dimensional ones, which decide over numbers (of the highest
/// category Numbers), each only where it lifts the category. A tensor of
/// unknown rank may be either: the result is what every possibility gives.
/// TrueDivision: integral results become Float. None when the operands do
/// not decide it.
std::optional<Dtype> resultType(llvm::ArrayRef<TensorOperand> Tensors,
                                std::optional<DtypeCategory> Numbers,
                                bool TrueDivision);
/// The same, knowing no tensor's rank.
std::optional<Dtype> resultType(llvm::ArrayRef<Dtype> Tensors,
                                std::optional<DtypeCategory> Numbers,
                                bool TrueDivision);

/// resultType over a call's tensor and number operands (the receiver and
/// the explicit tensor, tensor list and c10::Scalar arguments).
Fact<Dtype> promote(Evaluator &Ev, const CallParts &P, bool TrueDivision,
                    const clang::Expr *Call, const Env &S);

/// The rank of an elementwise operation's result: with dimensions when a
/// tensor operand has them, zero-dimensional when every one is.
Fact<Rank> promotedRank(Evaluator &Ev, const CallParts &P, const Env &S,
                        clang::SourceLocation Loc);

/// The one device every tensor operand of a call is on; unknown when they
/// differ or one is unknown.
Fact<Device> commonDevice(Evaluator &Ev, const CallParts &P, const Env &S);

/// The dtype the C++ types of a call's numbers give (`torch::tensor({1,
/// 2})` is Long, `arange(5.0)` Float).
Fact<Dtype> fromScalars(const Vocabulary &Words, const CallParts &P,
                        const clang::Expr *Call);

} // namespace torch_tidy

#endif
