// Bugs that rank decides: normalization by statistics with dimensions of
// another dtype, and a CPU tensor with dimensions next to a CUDA one.
// RUN: %check_torch_tidy %s 'torch-module-input-dtype,torch-operand-device' %t -- %mock_flags

#include <torch/torch.h>

// The augmentation pipeline of a Detectron2 report: the image becomes
// Double, the Float convolution throws.
void normalizeWithDoubleStatistics() {
  torch::nn::Conv2d conv(torch::nn::Conv2dOptions(3, 8, 3));
  auto img = torch::rand({1, 3, 32, 32});
  auto mean = torch::tensor({0.485, 0.456, 0.406}, torch::kFloat64).view({1, 3, 1, 1});
  auto stdv = torch::tensor({0.229, 0.224, 0.225}, torch::kFloat64).view({1, 3, 1, 1});
  auto x = (img - mean) / stdv;
  conv(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: input tensor is Double but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-7]]:21: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-4]]:25: note: input tensor is Double since here
  // CHECK-FIXES: conv(x.to(torch::kFloat));
}

void normalizeDoneRight() {
  torch::nn::Conv2d conv(torch::nn::Conv2dOptions(3, 8, 3));
  auto img = torch::rand({1, 3, 32, 32});
  auto mean = torch::tensor({0.485, 0.456, 0.406}).view({1, 3, 1, 1});
  auto stdv = torch::tensor({0.229, 0.224, 0.225}).view({1, 3, 1, 1});
  conv((img - mean) / stdv);
  // Zero-dimensional Double statistics do not change a Float image.
  auto m0 = torch::tensor(0.5, torch::kFloat64);
  conv((img - m0) / m0);
}

// Box-overlap code: a buffer made with a CPU factory next to boxes moved to
// CUDA.
void cpuBufferNextToCudaBoxes() {
  auto boxes = torch::rand({10, 4}).to(torch::kCUDA);
  auto area = torch::zeros({10});
  auto s = boxes.select(1, 0) + area;
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'operator+' needs operands on one device, but they are on cuda and cpu [torch-operand-device]
  // CHECK-MESSAGES: :[[@LINE-4]]:37: note: operand is on cuda since here
  // CHECK-MESSAGES: :[[@LINE-4]]:15: note: operand is on cpu since here
  // A zero-dimensional CPU tensor may join them.
  auto t = boxes.select(1, 0) + torch::tensor(1.0);
  auto u = boxes.select(1, 0) + area.to(torch::kCUDA);
}
