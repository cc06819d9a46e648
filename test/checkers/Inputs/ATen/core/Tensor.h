// MOCK of LibTorch 1.13: ATen/core/Tensor.h
#pragma once
#include <ATen/core/TensorBody.h>
