// MOCK of LibTorch 1.13: torch/csrc/api/include/torch/nn/functional.h
// (mocked subset: functional/linear.h).
#pragma once
#include <torch/nn/functional/linear.h>
