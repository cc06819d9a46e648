// MOCK of LibTorch 1.13: ATen/core/stack.h (torch::jit::IValue / Stack aliases)
#pragma once
#include <vector>
#include <ATen/core/ivalue.h>

namespace torch {
namespace jit {

using c10::IValue;
using Stack = std::vector<IValue>;

} // namespace jit
} // namespace torch
