// MOCK of LibTorch 1.13: torch/csrc/api/include/torch/utils.h (aliases only)
#pragma once
#include <ATen/Context.h>
#include <ATen/core/grad_mode.h>
#include <torch/csrc/autograd/grad_mode.h>

namespace torch {

using NoGradGuard = at::NoGradGuard;

using AutoGradMode = at::AutoGradMode;

using at::manual_seed;

} // namespace torch
