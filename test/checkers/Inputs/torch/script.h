// MOCK of LibTorch 1.13: torch/script.h (the one installed at
// <prefix>/include/torch/script.h). Like the real one it exposes torch::Tensor
// & co. (torch/types.h), the factories, grad mode and torch::jit::load, but
// not torch::nn / torch::optim.
#pragma once
#include <torch/types.h>
#include <torch/csrc/autograd/generated/variable_factories.h>
#include <torch/csrc/autograd/grad_mode.h>
#include <torch/csrc/jit/serialization/import.h>
#include <ATen/ATen.h>
