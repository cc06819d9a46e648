// A project's own vocabulary layered on the built-in one: a handle type of
// its own that points at modules, a function that passes its argument on,
// and a library namespace whose code is not analyzed. Without the rule
// file, none of them is followed: silence.
// RUN: %check_torch_tidy --config="{CheckOptions: {TorchRuleFiles: '%S/Inputs/user-vocabulary.yaml'}}" %s torch-module-input-dtype %t -- %mock_flags
// RUN: %torch_tidy --checks='-*,torch-*' %s -- -std=c++17 %mock_flags 2>&1 | not grep "warning:"

#include <torch/script.h>
#include <torch/torch.h>

namespace engine {
template <typename T> class Handle {
public:
  explicit Handle(T *Object) : Object(Object) {}
  T *operator->() const { return Object; }

private:
  T *Object;
};
// The engine's code is a library: its bodies are not read, rules say
// what they return.
torch::jit::Module load_half() { return torch::jit::Module(); }
Handle<torch::jit::Module> load_half_handle() {
  static torch::jit::Module M;
  return Handle<torch::jit::Module>(&M);
}
} // namespace engine

namespace util {
template <typename T> const T &identity(const T &X) { return X; }
} // namespace util

void throughTheProjectsHandle() {
  engine::Handle<torch::jit::Module> H = engine::load_half_handle();
  H->forward({torch::ones({2})});
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:42: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: input tensor is Float since here
  // CHECK-FIXES: H->forward({torch::ones({2}).to(torch::kHalf)});
}

void throughThePassThrough() {
  torch::jit::Module Model = util::identity(engine::load_half());
  Model.forward({torch::ones({2})});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:45: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: input tensor is Float since here
  // CHECK-FIXES: Model.forward({torch::ones({2}).to(torch::kHalf)});
}
