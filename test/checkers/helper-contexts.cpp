// A mismatch inside a helper, for the states its callers give it: the
// warning is where it throws, with notes back to the caller.
// RUN: %check_torch_tidy %s 'torch-module-input-dtype,torch-operand-dtype' %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <vector>

// The model lives in the caller, the bug in the helper: a module passed by
// non-const reference keeps the caller's state.
torch::Tensor run(torch::jit::script::Module &model, std::vector<float> &img) {
  auto input = torch::from_blob(img.data(), {1, 3, 8, 8});
  return model.forward({input}).toTensor();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE+7]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:16: note: input tensor is Float since here
  // CHECK-MESSAGES: :[[@LINE+6]]:3: note: in the call to 'run' here
}

void halfModelInTheCaller(std::vector<float> &img) {
  auto model = torch::jit::load("m.pt");
  model.to(torch::kHalf);
  run(model, img);
  // The same helper called again with the same states: one warning.
  run(model, img);
}

void floatModelInAnotherCaller(std::vector<float> &img) {
  auto model = torch::jit::load("m.pt");
  model.to(torch::kFloat);
  run(model, img); // correct for this caller: nothing to say
}

// Helpers calling helpers: the notes lead through each call.
torch::Tensor project(const torch::Tensor &x, const torch::Tensor &w) {
  return torch::matmul(x, w);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'matmul' needs operands of one dtype, but they are Float and Double [torch-operand-dtype]
  // CHECK-MESSAGES: :[[@LINE+12]]:12: note: operand is Float since here
  // CHECK-MESSAGES: :[[@LINE+12]]:12: note: operand is Double since here
  // CHECK-MESSAGES: :[[@LINE+6]]:10: note: in the call to 'project' here
  // CHECK-MESSAGES: :[[@LINE+11]]:3: note: in the call to 'layer' here
}

torch::Tensor layer(const torch::Tensor &x, const torch::Tensor &w) {
  auto y = x.relu();
  return project(y, w);
}

void stack() {
  auto x = torch::rand({2, 4});
  auto w = torch::rand({4, 4}, torch::kDouble);
  layer(x, w);
  layer(x, w.to(torch::kFloat)); // correct
}

// A helper whose callers agree with it stays silent.
torch::Tensor scale(const torch::Tensor &x, const torch::Tensor &by) {
  return torch::matmul(x, by);
}

void consistentCallers() {
  scale(torch::rand({2, 2}), torch::rand({2, 2}));
  scale(torch::rand({2, 2}, torch::kDouble), torch::rand({2, 2}, torch::kDouble));
}

// The caller's constant decides the helper's branch: a dtype parameter
// tested against another dtype. The helper is not checked for this call.
void feedWhenDouble(torch::nn::Linear fc, torch::Tensor x, c10::ScalarType s) {
  if (s == torch::kDouble)
    fc(x);
}

void callsWithFloat() {
  torch::nn::Linear fc(3, 3);
  fc->to(torch::kDouble);
  feedWhenDouble(fc, torch::ones({1, 3}), torch::kFloat);
}
