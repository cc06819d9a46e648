// RUN: %check_torch_tidy %s torch-module-input-device %t -- %mock_flags
// RUN: %check_torch_tidy --plugin %s torch-module-input-device %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <string>
#include <vector>

void cudaModuleFedCpuTensor(const std::string &path) {
  auto model = torch::jit::load(path);
  model.to(torch::kCUDA);
  auto x = torch::ones({1, 3});
  model.forward({x});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is on cpu but the module is on cuda [torch-module-input-device]
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: module is on cuda since here
  // CHECK-MESSAGES: :[[@LINE-4]]:12: note: input tensor is on cpu since here
  // CHECK-FIXES: model.forward({x.to(torch::kCUDA)});
}

void loadedOntoADevice(const std::string &path) {
  auto model = torch::jit::load(path, torch::Device("cuda:1"));
  auto x = torch::ones({1, 3}).to(torch::Device(torch::kCUDA, 1));
  model.forward({x});
  auto y = torch::ones({1, 3}).to(torch::Device(torch::kCUDA, 0));
  model.forward({y});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is on cuda:0 but the module is on cuda:1
  // CHECK-MESSAGES: :[[@LINE-6]]:16: note: module is on cuda:1 since here
  // CHECK-MESSAGES: :[[@LINE-4]]:32: note: input tensor is on cuda:0 since here
  // CHECK-FIXES: model.forward({y.to(torch::Device("cuda:1"))});
  auto z = torch::ones({1, 3}).cuda();
  model.forward({z}); // the current device may be cuda:1: unknown
}

void cpuModuleFedCudaTensor() {
  torch::nn::Linear fc(3, 2);
  auto x = torch::rand({1, 3}, torch::device(torch::kCUDA));
  fc(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: input tensor is on cuda but the module is on cpu
  // CHECK-MESSAGES: :[[@LINE-4]]:21: note: module is on cpu since here
  // CHECK-MESSAGES: :[[@LINE-4]]:12: note: input tensor is on cuda since here
  // CHECK-FIXES: fc(x.to(torch::kCPU));
}

void reusesTheCodesDeviceVariable(const std::string &path) {
  torch::Device device(torch::kCUDA, 0);
  auto model = torch::jit::load(path);
  model.to(device);
  std::vector<torch::jit::IValue> inputs;
  inputs.push_back(torch::zeros({2}));
  model.forward(inputs);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is on cpu but the module is on cuda:0
  // CHECK-MESSAGES: :[[@LINE-5]]:9: note: module is on cuda:0 since here
  // CHECK-MESSAGES: :[[@LINE-4]]:20: note: input tensor is on cpu since here
  // CHECK-FIXES: inputs.push_back(torch::zeros({2}).to(device));
}

// A device chosen at run time: the input left on the CPU fails wherever
// CUDA is available; the one moved with the same device is right.
void runtimeChosenDevice(const std::string &path) {
  torch::Device device = torch::cuda::is_available() ? torch::kCUDA : torch::kCPU;
  auto model = torch::jit::load(path);
  model.to(device);
  model.forward({torch::ones({2})});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: when 'device' is cuda, input tensor is on cpu but the module is on cuda [torch-module-input-device]
  // CHECK-MESSAGES: :[[@LINE-5]]:56: note: 'device' is set to cuda here
  // CHECK-MESSAGES: :[[@LINE-4]]:12: note: module is moved with 'device' here
  // CHECK-MESSAGES: :[[@LINE-4]]:18: note: input tensor is on cpu since here
  // CHECK-FIXES: model.forward({torch::ones({2}).to(device)});
  model.forward({torch::ones({2}).to(device)});
}

void movedWithTheModel(const std::string &path) {
  const torch::Device device("cuda:0");
  torch::jit::Module model = torch::jit::load(path, device);
  auto x = torch::ones({2}).to(device);
  model.forward({x});
  model.to(torch::kCPU);
  model.forward({x});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is on cuda:0 but the module is on cpu
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module is on cpu since here
  // CHECK-MESSAGES: :[[@LINE-6]]:29: note: input tensor is on cuda:0 since here
  // CHECK-FIXES: model.forward({x.to(torch::kCPU)});
}

void dtypeMismatchesAreNotThisChecksBusiness(const std::string &path) {
  auto model = torch::jit::load(path);
  model.to(torch::kHalf);
  model.forward({torch::ones({2})});
}
