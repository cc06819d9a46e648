// MOCK of LibTorch 1.13: torch/csrc/autograd/variable.h (Variable alias only)
#pragma once
#include <ATen/core/Tensor.h>

namespace torch {
namespace autograd {

using Variable = at::Tensor;

} // namespace autograd
} // namespace torch
