// RUN: %check_torch_tidy %s torch-operand-device %t -- %mock_flags
// RUN: %check_torch_tidy --plugin %s torch-operand-device %t -- %mock_flags

#include <torch/torch.h>

void matrixProductAcrossDevices() {
  auto w = torch::randn({3, 3}).to(torch::kCUDA);
  auto x = torch::ones({2, 3});
  auto y = torch::matmul(x, w);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'matmul' needs operands on one device, but they are on cpu and cuda [torch-operand-device]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: operand is on cpu since here
  // CHECK-MESSAGES: :[[@LINE-5]]:33: note: operand is on cuda since here
  auto z = torch::nn::functional::linear(x, w);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'linear' needs operands on one device, but they are on cpu and cuda [torch-operand-device]
  // CHECK-MESSAGES: :[[@LINE-7]]:12: note: operand is on cpu since here
  // CHECK-MESSAGES: :[[@LINE-9]]:33: note: operand is on cuda since here
}

void twoGpus() {
  auto a = torch::ones({2}, torch::Device("cuda:0"));
  auto b = torch::ones({2}, torch::Device("cuda:1"));
  auto c = a + b;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'operator+' needs operands on one device, but they are on cuda:0 and cuda:1 [torch-operand-device]
  // CHECK-MESSAGES: :[[@LINE-4]]:12: note: operand is on cuda:0 since here
  // CHECK-MESSAGES: :[[@LINE-4]]:12: note: operand is on cuda:1 since here
}

// --- Silent ---

void sameDevice() {
  auto w = torch::randn({3, 3}).to(torch::kCUDA);
  auto x = torch::ones({2, 3}).to(torch::kCUDA);
  auto y = torch::matmul(x, w);
}

// A CPU operand of an elementwise op may be a zero-dim tensor, which
// LibTorch accepts next to a CUDA tensor.
void cpuScalarWithCuda() {
  auto scale = torch::tensor(2.0);
  auto x = torch::ones({2, 3}).to(torch::kCUDA);
  auto y = x * scale;
  auto z = scale + x;
}

// Meta tensors hold no data; some of their kernels skip the device check.
void metaDevice() {
  auto m = torch::ones({2, 2}, torch::Device("meta"));
  auto c = torch::ones({2, 2});
  auto y = torch::matmul(m, c);
}

void unknownDevice(const torch::Tensor &t) {
  auto x = torch::ones({2, 2});
  auto y = torch::matmul(x, t);
}
