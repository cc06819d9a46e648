// RUN: %check_torch_tidy %s torch-module-input-dtype %t -- %mock_flags
// RUN: %check_torch_tidy --plugin %s torch-module-input-dtype %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <tuple>
#include <string>
#include <vector>

// The scenario users meet as "Input type (CUDAFloatType) and weight type
// (CUDAHalfType) should be the same".
void headlineScenario(const std::string &path) {
  torch::jit::script::Module model = torch::jit::load(path);
  model.to(torch::kCUDA);
  model.to(torch::kHalf);
  std::vector<float> pixels(3 * 224 * 224);
  auto input = torch::from_blob(pixels.data(), {1, 3, 224, 224}).to(torch::kCUDA);
  auto out = model.forward({input});
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-5]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:16: note: input tensor is Float since here
  // CHECK-FIXES: auto out = model.forward({input.to(torch::kHalf)});
}

void convertedInputIsFine(const std::string &path) {
  torch::jit::script::Module model = torch::jit::load(path);
  model.to(torch::kCUDA);
  model.to(torch::kHalf);
  auto input = torch::rand({1, 3, 8, 8}).to(torch::kCUDA).to(torch::kHalf);
  auto out = model.forward({input});
}

void spellingsOfHalf(const std::string &path) {
  torch::jit::Module a = torch::jit::load(path);
  a.to(at::kHalf);
  a.forward({torch::ones({2})});
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: input tensor is Float since here
  // CHECK-FIXES: a.forward({torch::ones({2}).to(at::kHalf)});
  torch::jit::Module b = torch::jit::load(path);
  b.to(torch::kFloat16);
  b.forward({torch::zeros({2}, torch::kDouble)});
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: input tensor is Double but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: input tensor is Double since here
  // CHECK-FIXES: b.forward({torch::zeros({2}, torch::kDouble).to(torch::kFloat16)});
  torch::jit::Module c = torch::jit::load(path);
  c.to(c10::ScalarType::Half);
  c.forward({torch::ones({2})});
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: input tensor is Float since here
  // CHECK-FIXES: c.forward({torch::ones({2}).to(c10::ScalarType::Half)});
}

constexpr auto kModelDtype = torch::kHalf;

void dtypeFromAConstant(const std::string &path) {
  auto model = torch::jit::load(path);
  model.to(kModelDtype);
  auto x = torch::randn({4});
  model.forward({x});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:12: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({x.to(kModelDtype)});
}

void dtypeInALocalVariable(const std::string &path) {
  auto dtype = torch::kBFloat16;
  auto model = torch::jit::load(path);
  model.to(dtype);
  model.forward({torch::ones({3})});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are BFloat16
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module parameters are BFloat16 since here
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({torch::ones({3}).to(dtype)});
}

void optionsInVariables(const std::string &path) {
  auto opts = torch::TensorOptions().dtype(torch::kDouble).device(torch::kCPU);
  auto x = torch::zeros({2, 2}, opts);
  auto model = torch::jit::load(path);
  model.to(torch::kFloat);
  model.forward({x});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Double but the module's parameters are Float
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-6]]:12: note: input tensor is Double since here
  // CHECK-FIXES: model.forward({x.to(torch::kFloat)});
  auto half = torch::dtype(torch::kHalf);
  auto y = torch::ones({2}).to(half);
  model.forward({y});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Half but the module's parameters are Float
  // CHECK-MESSAGES: :[[@LINE-10]]:9: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-4]]:29: note: input tensor is Half since here
  // CHECK-FIXES: model.forward({y.to(torch::kFloat)});
}

void chainedConversionsAndReassignment(const std::string &path) {
  auto model = torch::jit::load(path, torch::kCUDA);
  model.to(torch::kHalf);
  auto x = torch::rand({8}).to(torch::kCUDA).to(torch::kHalf).contiguous();
  model.forward({x});
  x = x.to(torch::kFloat);
  model.forward({x});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-6]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({x.to(torch::kHalf)});
  x = x.view({2, 4}).to(x.to(torch::kHalf));
  model.forward({x});
}

void branchesThatAgree(const std::string &path, bool flip) {
  auto model = torch::jit::load(path);
  model.to(torch::kHalf);
  torch::Tensor x;
  if (flip)
    x = torch::ones({2}).flip({0});
  else
    x = torch::zeros({2});
  model.forward({x});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-8]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-6]]:9: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({x.to(torch::kHalf)});
}

// Branches on a flag that disagree: each call is wrong for one value of it.
void branchesThatDisagree(const std::string &path, bool fp16) {
  auto model = torch::jit::load(path);
  if (fp16)
    model.to(torch::kHalf);
  else
    model.to(torch::kFloat);
  auto x = torch::ones({2});
  model.forward({x});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: when 'fp16' is true, input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-7]]:7: note: assuming 'fp16' is true
  auto y = fp16 ? torch::ones({2}, torch::kHalf) : torch::ones({2});
  model.to(torch::kHalf);
  model.forward({y});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: when 'fp16' is false, input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-12]]:7: note: assuming 'fp16' is false
}

// Branches on something else than a flag stay silent.
void branchesOnAValueStaySilent(const std::string &path, int batch) {
  auto model = torch::jit::load(path);
  if (batch > 8)
    model.to(torch::kHalf);
  auto x = torch::ones({2});
  model.forward({x});
}

void loops(const std::string &path, int n) {
  auto model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto x = torch::ones({2}, torch::kHalf);
  for (int i = 0; i < n; ++i) {
    model.forward({x});
    x = x.to(torch::kFloat);
  }
  auto y = torch::ones({2});
  for (int i = 0; i < n; ++i)
    model.forward({y});
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-10]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-5]]:12: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({y.to(torch::kHalf)});
}

void ivalueVectors(const std::string &path) {
  auto model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto image = torch::rand({1, 3, 4, 4});
  std::vector<torch::jit::IValue> inputs;
  inputs.reserve(2);
  inputs.push_back(image);
  model.forward(inputs);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-7]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-7]]:16: note: input tensor is Float since here
  // CHECK-FIXES: inputs.push_back(image.to(torch::kHalf));
  std::vector<torch::jit::IValue> more;
  more.emplace_back(torch::ones({2}, torch::kDouble));
  model(more);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: input tensor is Double but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-14]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:21: note: input tensor is Double since here
  // CHECK-FIXES: more.emplace_back(torch::ones({2}, torch::kDouble).to(torch::kHalf));
  std::vector<torch::jit::IValue> initialized{torch::ones({2}).to(torch::kHalf)};
  model.forward(initialized);
}

void integerInputsAreTheModelsBusiness(const std::string &path) {
  auto model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto ids = torch::tensor({101, 2023, 102});
  auto mask = ids > 0;
  model.forward({ids, mask});
}

void nnHolders() {
  torch::nn::Linear fc(4, 2);
  auto x = torch::ones({1, 4}, torch::kDouble);
  fc(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: input tensor is Double but the module's parameters are Float
  // CHECK-MESSAGES: :[[@LINE-4]]:21: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-4]]:12: note: input tensor is Double since here
  // CHECK-FIXES: fc(x.to(torch::kFloat));
  fc->to(torch::kDouble);
  fc->forward(x);
  torch::nn::Conv2d conv(torch::nn::Conv2dOptions(3, 8, 3));
  conv->to(torch::kHalf);
  conv(torch::rand({1, 3, 8, 8}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:8: note: input tensor is Float since here
  // CHECK-FIXES: conv(torch::rand({1, 3, 8, 8}).to(torch::kHalf));
  torch::nn::Embedding embed(100, 16);
  embed->to(torch::kHalf);
  embed(torch::tensor({1, 2, 3}));
}

struct Net : torch::nn::Module {
  Net() : fc(register_module("fc", torch::nn::Linear(4, 2))) {}
  torch::Tensor forward(torch::Tensor x) { return fc(x); }
  torch::nn::Linear fc;
};

struct Casting : torch::nn::Module {
  Casting() : fc(register_module("fc", torch::nn::Linear(4, 2))) {}
  torch::Tensor forward(torch::Tensor x) { return fc(x.to(torch::kFloat)); }
  torch::nn::Linear fc;
};

void userModules() {
  auto net = std::make_shared<Net>();
  net->to(torch::kHalf);
  net->forward(torch::ones({1, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-3]]:8: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: input tensor is Float since here
  // CHECK-FIXES: net->forward(torch::ones({1, 4}).to(torch::kHalf));
  auto casting = std::make_shared<Casting>();
  casting->forward(torch::ones({1, 4}, torch::kDouble));
}

// The fix-it converts the whole of an operator expression, not its last
// operand (`a + b.to(kHalf)` would still be Float).
void operatorInput() {
  torch::nn::Linear fc(4, 2);
  fc->to(torch::kHalf);
  auto a = torch::ones({1, 4}), b = torch::ones({1, 4});
  fc(a + b);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:8: note: input tensor is Float since here
  // CHECK-FIXES: fc((a + b).to(torch::kHalf));
}

// A variable bound to a non-const reference of an object can change
// through it: `a` is Half at the call.
void changedThroughATuple() {
  torch::nn::Linear fc(4, 2);
  fc->to(torch::kHalf);
  auto a = torch::ones({1, 4});
  auto b = torch::ones({1, 4}, torch::kHalf);
  std::tuple<torch::Tensor &, torch::Tensor &> both(a, b);
  std::get<0>(both) = b;
  fc(a);
}
