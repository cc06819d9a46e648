// MOCK of LibTorch 1.13: torch/nn/functional/linear.h (subset, verbatim).
#pragma once
#include <torch/types.h>

namespace torch {
namespace nn {
namespace functional {

inline Tensor linear(
    const Tensor& input,
    const Tensor& weight,
    const Tensor& bias = {}) {
  return {};
}

} // namespace functional
} // namespace nn
} // namespace torch
