// MOCK of LibTorch 1.13: torch/csrc/api/include/torch/torch.h
#pragma once
#include <torch/all.h>
