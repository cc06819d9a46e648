// The states the engine infers on each side of a branch that tests a
// tensor's own dtype or device (rules/FORMAT.md, "Branches on a tensor's
// state"). A side the known state rules out is not analyzed: nothing is
// printed there.
// RUN: %check_torch_tidy %s torch-debug-inspect %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <torch_tidy_debug.h>
#include <stdexcept>

void dtypeTests(torch::Tensor t) {
  if (t.scalar_type() == torch::kHalf) {
    torch_tidy_inspect(t);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Half device=unknown
  } else {
    torch_tidy_inspect(t);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=unknown device=unknown
  }
  if (t.dtype() != torch::kFloat)
    throw std::invalid_argument("expected a Float tensor");
  torch_tidy_inspect(t);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=unknown
}

void deviceTests(torch::Tensor t, torch::Tensor u) {
  if (!t.is_cuda())
    t = t.cuda();
  torch_tidy_inspect(t);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=cuda
  if (u.device().is_cpu() && u.scalar_type() == torch::kDouble) {
    torch_tidy_inspect(u);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Double device=cpu
  }
  if (torch::Device("cuda:1") == u.device()) {
    torch_tidy_inspect(u);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=unknown device=cuda:1
  }
}

void sidesTheKnownStateRulesOut() {
  auto x = torch::ones({2});
  if (x.is_cuda())
    torch_tidy_inspect(x);
  if (x.scalar_type() == torch::kHalf)
    torch_tidy_inspect(x);
  if (x.scalar_type() != torch::kFloat)
    torch_tidy_inspect(x);
  auto y = x.to("cuda:1");
  if (y.device() != torch::Device("cuda:1"))
    torch_tidy_inspect(y);
  torch_tidy_inspect(x.is_cuda() ? x.cuda() : x.to(torch::kHalf));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cpu
}

// At run time a tensor's device always has an index: the current CUDA
// device compares unequal to torch::Device(torch::kCUDA), so that test
// rules out nothing.
void devicesWithoutIndex() {
  auto x = torch::ones({2}).cuda();
  if (x.device() != torch::Device(torch::kCUDA)) {
    torch_tidy_inspect(x);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Float device=cuda
  }
}

// What a module returns is assumed to have its parameters' dtype; a test
// of it is believed over the assumption, and rules nothing out.
void moduleOutputsAreOnlyAssumed() {
  torch::nn::Linear fc(4, 2);
  auto out = fc(torch::ones({1, 4}));
  if (out.scalar_type() == torch::kLong) {
    torch_tidy_inspect(out);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Long device=cpu
  }
}

// A reference other code may change is not narrowed.
void escapedTensors(torch::Tensor t) {
  torch::Tensor &alias = t;
  if (t.scalar_type() == torch::kHalf) {
    torch_tidy_inspect(t);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=unknown device=unknown
  }
  (void)alias;
}
