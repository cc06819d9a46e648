// MOCK of LibTorch 1.13: torch/csrc/api/include/torch/all.h (mocked subset)
// Like the real one it does NOT include torch/csrc/jit/serialization/import.h,
// so torch::jit::load needs <torch/script.h>.
#pragma once
#include <torch/cuda.h>
#include <torch/jit.h>
#include <torch/nn.h>
#include <torch/optim.h>
#include <torch/serialize.h>
#include <torch/types.h>
#include <torch/utils.h>
