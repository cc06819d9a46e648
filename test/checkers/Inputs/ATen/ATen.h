// MOCK of LibTorch 1.13: ATen/ATen.h (umbrella; pulls in the mocked subset)
#pragma once
#include <c10/core/Device.h>
#include <c10/core/Layout.h>
#include <c10/core/TensorOptions.h>
#include <ATen/Context.h>
#include <ATen/Functions.h>
#include <ATen/TensorIndexing.h>
#include <ATen/TensorOperators.h>
#include <ATen/core/Formatting.h>
#include <ATen/core/Generator.h>
#include <ATen/core/Tensor.h>
#include <ATen/core/grad_mode.h>
#include <ATen/core/ivalue.h>
