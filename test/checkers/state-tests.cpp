// Findings that depend on a test of a tensor's own dtype or device: after
// the test, the tensor has what the test says; a helper that tests its
// argument is checked for what its callers give, on the sides their
// states allow.
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <stdexcept>

// The input is known to be Float once the check has passed; the model is
// Half: forward throws on every run that reaches it.
void checkedThenFed(torch::Tensor x) {
  torch::nn::Linear fc(4, 2);
  fc->to(torch::kHalf);
  if (x.scalar_type() != torch::kFloat)
    throw std::invalid_argument("expected a Float tensor");
  fc(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: input tensor is Float since here
  // CHECK-FIXES: fc(x.to(torch::kHalf));
}

// Converted where the test says it must be: silent.
torch::Tensor movedWhenNeeded(torch::Tensor x) {
  torch::nn::Linear fc(4, 2);
  fc->to(torch::kCUDA);
  if (!x.is_cuda())
    x = x.cuda();
  return fc(x);
}

torch::Tensor convertedWhenNeeded(torch::Tensor x) {
  torch::nn::Linear fc(4, 2);
  fc->to(torch::kHalf);
  if (x.dtype() != torch::kHalf)
    x = x.to(torch::kHalf);
  return fc(x);
}

// The helper runs the CPU model only for tensors on the CPU; the caller's
// CPU tensor takes that side, and it is Float for a Double model.
torch::Tensor runOnTheCpu(const torch::Tensor &x) {
  torch::nn::Linear fc(4, 2);
  fc->to(torch::kDouble);
  if (x.is_cuda())
    return x;
  return fc(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: module parameters are Double since here
  // CHECK-MESSAGES: :[[@LINE+4]]:40: note: input tensor is Float since here
  // CHECK-MESSAGES: :[[@LINE+3]]:28: note: in the call to 'runOnTheCpu' here
}

void callsTheCpuHelper() { runOnTheCpu(torch::ones({2, 4})); }

// The module call runs only for CUDA tensors; the caller's tensor is on
// the CPU and never gets there.
torch::Tensor onlyOnTheGpu(const torch::Tensor &x) {
  torch::nn::Linear fc(4, 2);
  fc->to(torch::kCUDA);
  if (x.is_cuda())
    return fc(x);
  return x;
}

void callsTheGpuHelper() { onlyOnTheGpu(torch::ones({2, 4})); }

// A test against a value the source does not fix: the helper is not
// followed for the caller's state.
torch::Tensor onTheModelsDevice(const torch::Tensor &x, torch::Device d) {
  torch::nn::Linear fc(4, 2);
  fc->to(torch::kCUDA);
  if (x.device() == d)
    return fc(x);
  return x;
}

void callsWithADevice() {
  onTheModelsDevice(torch::ones({2, 4}), torch::Device(torch::kCUDA, 0));
}

// A test kept in a variable is not followed: the helper is not checked for
// the caller's state.
torch::Tensor keptTest(const torch::Tensor &x) {
  torch::nn::Linear fc(4, 2);
  fc->to(torch::kCUDA);
  bool onGpu = x.is_cuda();
  if (onGpu)
    return fc(x);
  return x;
}

void callsKeptTest() { keptTest(torch::ones({2, 4})); }

// Narrowing holds only while nothing unseen can change the tested tensor.
// A global: the call between the test and the use may move it.
torch::Tensor gFrame;
void releaseFrameToCpu();
torch::Tensor testsAGlobal() {
  torch::nn::Linear fc(4, 2);
  if (gFrame.is_cuda()) {
    releaseFrameToCpu();
    return fc(gFrame);
  }
  return gFrame;
}

// A reference parameter another non-const reference parameter may alias:
// a caller passing one tensor twice moves it to the CPU through `b`.
torch::Tensor testsAnAliasedParam(torch::Tensor &a, torch::Tensor &b) {
  torch::nn::Linear fc(4, 2);
  if (a.is_cuda()) {
    b = b.cpu();
    return fc(a);
  }
  return a;
}

// A member the flow does not follow: the method called may move it.
class Holder {
public:
  void releaseToCpu();
  torch::Tensor run() {
    torch::nn::Linear fc(4, 2);
    if (x_.is_cuda()) {
      releaseToCpu();
      return fc(x_);
    }
    return x_;
  }

private:
  torch::Tensor x_;
};
