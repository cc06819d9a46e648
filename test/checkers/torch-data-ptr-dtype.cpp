// RUN: %check_torch_tidy %s torch-data-ptr-dtype %t -- %mock_flags
// RUN: %check_torch_tidy --plugin %s torch-data-ptr-dtype %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <cstring>
#include <string>
#include <vector>

void halfReadAsFloat() {
  auto h = torch::ones({2}, torch::kHalf);
  float *p = h.data_ptr<float>();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'data_ptr' reads a Half tensor as Float, which throws at run time [torch-data-ptr-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: tensor is Half since here
}

// Used within the expression: converting first is safe, so a fix-it.
void copiedOutAtOnce(std::vector<float> &out) {
  auto d = torch::zeros({4}, torch::kDouble);
  std::memcpy(out.data(), d.data_ptr<float>(), 4 * sizeof(float));
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'data_ptr' reads a Double tensor as Float, which throws at run time [torch-data-ptr-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: tensor is Double since here
  // CHECK-FIXES: std::memcpy(out.data(), d.to(torch::kFloat).data_ptr<float>(), 4 * sizeof(float));
  float first = *d.data_ptr<float>();
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'data_ptr' reads a Double tensor as Float, which throws at run time [torch-data-ptr-dtype]
  // CHECK-MESSAGES: :[[@LINE-7]]:12: note: tensor is Double since here
  // CHECK-FIXES: float first = *d.to(torch::kFloat).data_ptr<float>();
}

void accessorsAndData() {
  auto l = torch::zeros({2, 2}, torch::kLong);
  auto a = l.accessor<int, 2>();
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'accessor' reads a Long tensor as Int, which throws at run time [torch-data-ptr-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: tensor is Long since here
  auto b = torch::ones({2}, torch::kByte);
  signed char *c = b.data<signed char>();
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'data' reads a Byte tensor as Char, which throws at run time [torch-data-ptr-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: tensor is Byte since here
}

void afterConversionStillWrong(const torch::Tensor &input) {
  auto x = input.to(torch::kHalf);
  float *p = x.data_ptr<float>();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'data_ptr' reads a Half tensor as Float, which throws at run time [torch-data-ptr-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: tensor is Half since here
}

// A module returns tensors of its parameters' dtype.
void halfModelOutput(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto x = torch::ones({1, 3}, torch::kHalf);
  auto out = model.forward({x}).toTensor();
  const float *scores = out.data_ptr<float>();
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'data_ptr' reads a Half tensor as Float, which throws at run time [torch-data-ptr-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: the module returns Half tensors, like its parameters, here
  auto pair = model.forward({x}).toTuple();
  auto boxes = pair->elements()[0].toTensor();
  float *b = boxes.data_ptr<float>();
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'data_ptr' reads a Half tensor as Float, which throws at run time [torch-data-ptr-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:21: note: the module returns Half tensors, like its parameters, here
}

// --- Silent ---

void rightTypes() {
  auto f = torch::ones({2});
  float *p = f.data_ptr<float>();
  auto h = torch::ones({2}, torch::kHalf);
  at::Half *q = h.data_ptr<at::Half>();
  auto l = torch::ones({2}, torch::kLong);
  int64_t *r = l.data_ptr<int64_t>();
  auto d = torch::ones({2}, torch::kDouble);
  float s = d.sum().item<float>(); // item converts
  void *raw = d.data_ptr();
  float *t = d.to(torch::kFloat).data_ptr<float>();
}

void unknownTensors(const torch::Tensor &param, torch::jit::Module &model) {
  float *p = param.data_ptr<float>();
  auto out = model.forward({param}).toTensor();
  float *q = out.data_ptr<float>();
}

// A model may also return integer indices: integer reads of its outputs
// are not flagged.
void modelOutputReadAsIndices(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto ids = model.forward({torch::ones({1, 3}, torch::kHalf)}).toTensor();
  int64_t *i = ids.data_ptr<int64_t>();
}

// Fed a Float input, a Half model computes in Float.
void modelFedAnotherDtype(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto out = model.forward({torch::ones({1, 3})}).toTensor();
  float *p = out.data_ptr<float>();
}
