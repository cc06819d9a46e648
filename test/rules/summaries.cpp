// Summaries of functions defined in other files (rules with `defined-in`,
// as run-torch-tidy writes them): followed where the function has no body
// here, for the overload their signature names, quoted in a note after the
// place the state came from, and ignored for a function this file defines.
// RUN: %check_torch_tidy --config="{CheckOptions: {TorchRuleFiles: '%S/Inputs/summaries.yaml'}}" %s torch-module-input-dtype %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>

namespace app {
torch::Tensor loadPixels();
torch::Tensor normalize(const torch::Tensor &t);
void classify(const torch::Tensor &x);
void classify(const torch::Tensor &x, int classes);
// Defined here: the summary for it is not used.
torch::Tensor halfInput() { return torch::ones({1, 4}); }
} // namespace app

void crossFile(torch::jit::script::Module &m) {
  m.to(torch::kHalf);
  auto x = app::normalize(app::loadPixels());
  m.forward({x});
  // CHECK-FIXES: m.forward({x.to(torch::kHalf)});
  // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-5]]:5: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-5]]:12: note: input tensor is Float since here
  // CHECK-MESSAGES: :[[@LINE-6]]:12: note: app::normalize, defined in src/io.cpp:20, returns a tensor of dtype Float, on its first argument's device
  m.forward({x.to(torch::kHalf)});
}

void bodyWins(torch::jit::script::Module &m) {
  m.to(torch::kHalf);
  m.forward({app::halfInput()});
  // CHECK-FIXES: m.forward({app::halfInput().to(torch::kHalf)});
  // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:5: note: module parameters are Half since here
  // CHECK-MESSAGES: :16:36: note: input tensor is Float since here
}

void fedToAModule(const torch::Tensor &pixels) {
  auto x = torch::ones({1, 4});
  app::classify(x);
  // CHECK-FIXES: app::classify(x.to(torch::kHalf));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: app::classify, defined in src/net.cpp:8, passes its first argument to a module whose parameters are Half
  // CHECK-MESSAGES: :[[@LINE-6]]:12: note: input tensor is Float since here
  app::classify(x.to(torch::kHalf));
  // The other overload: no summary describes it.
  app::classify(x, 3);
  // Integer inputs pass a module whose rule takes floating inputs only.
  app::classify(torch::ones({1, 4}, torch::kLong));
}
