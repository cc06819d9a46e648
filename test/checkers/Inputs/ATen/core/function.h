// MOCK of LibTorch 1.13: ATen/core/function.h (torch::jit::Stack/Kwargs aliases)
#pragma once
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>
#include <ATen/core/ivalue.h>

namespace torch {
namespace jit {

using Stack = std::vector<at::IValue>;
using Kwargs = std::unordered_map<std::string, at::IValue>;
using TaskLauncher = std::function<void(std::function<void()>)>;

} // namespace jit
} // namespace torch
