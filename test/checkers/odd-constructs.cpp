// Templates, macros, lambdas, goto and exceptions: no crash and no false
// warning; what is certain is still reported, without fix-its in macros.
// RUN: %check_torch_tidy %s 'torch-*' %t -- %mock_flags -fexceptions

#include <torch/script.h>
#include <torch/torch.h>
#include <string>

template <typename Dtype> void templated(const std::string &path, Dtype d) {
  auto module = torch::jit::load(path);
  module.to(d);
  module.forward({torch::ones({2})});
}
template void templated(const std::string &, c10::ScalarType);

#define RUN_MODEL(m, x) (m).forward({(x)})

void macroCall(const std::string &path) {
  auto module = torch::jit::load(path);
  module.to(torch::kHalf);
  auto x = torch::ones({2});
  RUN_MODEL(module, x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:12: note: input tensor is Float since here
}

void lambdaBody(const std::string &path) {
  auto run = [&path](torch::Tensor input) {
    auto module = torch::jit::load(path);
    module.to(torch::kDouble);
    return module.forward({input.to(torch::kFloat)});
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: module parameters are Double since here
    // CHECK-MESSAGES: :[[@LINE-3]]:34: note: input tensor is Float since here
    // CHECK-FIXES: return module.forward({input.to(torch::kFloat).to(torch::kDouble)});
  };
  run(torch::ones({2}));
}

void gotoAroundConversion(const std::string &path, bool skip) {
  auto module = torch::jit::load(path);
  module.to(torch::kHalf);
  auto x = torch::ones({2});
  if (skip)
    goto call;
  x = x.to(torch::kHalf);
call:
  module.forward({x});
  // A goto taken on a flag: the path that skips the conversion is a bug.
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: when 'skip' is true, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-7]]:7: note: assuming 'skip' is true
}

void throwsBeforeConverting(const std::string &path) {
  auto module = torch::jit::load(path);
  auto x = torch::ones({2});
  try {
    module.to(torch::kHalf);
    x = x.to(torch::kHalf);
    throw std::runtime_error("late");
  } catch (...) {
    module.forward({x});
  }
}

torch::Tensor myTransform(const torch::Tensor &t);
void myInPlaceTransform(torch::Tensor &t);

void unknownApiCalls(const std::string &path) {
  auto module = torch::jit::load(path);
  module.to(torch::kHalf);
  auto x = torch::ones({2});
  module.forward({myTransform(x)});
  myInPlaceTransform(x);
  module.forward({x});
}

void mayThrow();

void conversionThatAThrowCanSkip(const std::string &path) {
  auto module = torch::jit::load(path);
  module.to(torch::kFloat);
  try {
    mayThrow();
    module.to(torch::kHalf);
  } catch (...) {
    module.forward({torch::ones({2})});
  }
  module.forward({torch::ones({2})});
}
