// The states the engine infers for calls to functions defined in the same
// file, and for const references.
// RUN: %check_torch_tidy %s torch-debug-inspect %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <torch_tidy_debug.h>

torch::Tensor onCuda(const torch::Tensor &t) { return t.to(torch::kCUDA); }
torch::Tensor halfOf(torch::Tensor t) { return t.to(torch::kHalf); }
torch::TensorOptions doubleOptions() { return torch::dtype(torch::kDouble); }
torch::Tensor byValueParameter(torch::Tensor t) {
  t = t.to(torch::kHalf); // the caller's tensor is a copy
  return t;
}

void argumentsSeedParameters() {
  auto x = torch::ones({2}, torch::kDouble);
  torch_tidy_inspect(onCuda(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Double device=cuda
  torch_tidy_inspect(halfOf(onCuda(x)));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cuda
  torch_tidy_inspect(torch::empty({2}, doubleOptions()));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Double device=cpu
  torch_tidy_inspect(byValueParameter(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cpu
  torch_tidy_inspect(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Double device=cpu
}

void oneSummaryPerArgumentState(bool flag) {
  torch_tidy_inspect(onCuda(torch::ones({2}, torch::kInt)));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Int device=cuda
  torch_tidy_inspect(onCuda(torch::ones({2}, torch::kInt)));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Int device=cuda
  torch_tidy_inspect(onCuda(flag ? torch::ones({2}) : torch::ones({2}, torch::kHalf)));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=cuda
}

torch::Tensor countDown(const torch::Tensor &t, int n) {
  if (n == 0)
    return t.to(torch::kHalf);
  return countDown(t, n - 1);
}

void recursionIsUnknown() {
  torch_tidy_inspect(countDown(torch::ones({2}), 3));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
}

// Deeper than the summaries look: unknown, never wrong.
torch::Tensor d7(const torch::Tensor &t) { return t.to(torch::kHalf); }
torch::Tensor d6(const torch::Tensor &t) { return d7(t); }
torch::Tensor d5(const torch::Tensor &t) { return d6(t); }
torch::Tensor d4(const torch::Tensor &t) { return d5(t); }
torch::Tensor d3(const torch::Tensor &t) { return d4(t); }
torch::Tensor d2(const torch::Tensor &t) { return d3(t); }
torch::Tensor d1(const torch::Tensor &t) { return d2(t); }

void depthLimit() {
  torch_tidy_inspect(d2(torch::ones({2})));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cpu
  torch_tidy_inspect(d1(torch::ones({2})));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
  torch_tidy_inspect(d2(torch::ones({2})));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cpu
}

template <typename T> T identity(T v) { return v; }

void templateInstantiations() {
  torch_tidy_inspect(identity(torch::ones({2}, torch::kLong)));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Long device=cpu
  torch_tidy_inspect(identity(torch::kBFloat16));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=BFloat16 device=unknown
}

void lambdas() {
  auto toCuda = [](const torch::Tensor &t) { return t.cuda(); };
  torch_tidy_inspect(toCuda(torch::ones({2})));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cuda
  auto capture = torch::ones({2}, torch::kDouble);
  auto captured = [capture]() { return capture; };
  torch_tidy_inspect(captured());
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
}

void constReferences(bool flag) {
  auto x = torch::ones({2});
  const auto &r = x;
  const auto &rr = r;
  torch_tidy_inspect(rr);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cpu
  x = x.to(torch::kCUDA);
  torch_tidy_inspect(r);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cuda
  const torch::Tensor &tmp = torch::zeros({2}, torch::kInt);
  torch_tidy_inspect(tmp);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Int device=cpu
  const torch::Tensor &either = flag ? x : tmp;
  torch_tidy_inspect(either);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
}

// The last read of a reference keeps the variable it names alive.
void referenceOutlivesLastDirectRead(bool flag) {
  auto x = torch::ones({2}, torch::kHalf);
  const auto &r = x;
  for (int i = 0; i < 3; ++i)
    torch_tidy_inspect(flag ? r : torch::ones({2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=unknown device=cpu
}
