// Coroutine bodies are analyzed like any function: a suspension point does
// not change a local module or tensor.
// RUN: %check_torch_tidy %s torch-module-input-dtype %t -- %mock_flags -std=c++20

#include <coroutine>
#include <torch/script.h>
#include <torch/torch.h>
struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
Task infer(const std::string &path) {
  auto module = torch::jit::load(path);
  module.to(torch::kHalf);
  co_await std::suspend_never{};
  module.forward({torch::ones({2})});
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: input tensor is Float since here
  // CHECK-FIXES: module.forward({torch::ones({2}).to(torch::kHalf)});
}

Task inferConverted(const std::string &path) {
  auto module = torch::jit::load(path);
  module.to(torch::kHalf);
  auto x = torch::ones({2});
  co_await std::suspend_never{};
  module.forward({x.to(torch::kHalf)});
}
