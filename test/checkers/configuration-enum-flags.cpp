// Precision chosen by an enum or an integer compared with constants: each
// constant the function compares the flag with is followed on its own (the
// values it never names are not: nothing says they occur), so a mismatch
// is reported with the value it needs, and correlated branches stay silent.
// RUN: %check_torch_tidy %s 'torch-module-input-dtype,torch-operand-dtype' %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <string>

enum class Precision { FP32, FP16, FP64 };

// A detector configured by an enum: the constructor converts the model for
// FP16 and warms it up with a Float tensor.
class Detector {
public:
  Detector(const std::string &path, Precision precision)
      : model_(torch::jit::load(path)), precision_(precision) {
    if (precision_ == Precision::FP16)
      model_.to(torch::kHalf);
    model_.forward({torch::ones({1, 3, 8, 8})});
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: when 'precision_' is Precision::FP16, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-4]]:9: note: assuming 'precision_' is Precision::FP16
    // CHECK-MESSAGES: :[[@LINE-4]]:14: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-4]]:21: note: input tensor is Float since here
  }

  // The same comparisons decide the input: right for every value.
  torch::Tensor infer(torch::Tensor input) {
    if (precision_ == Precision::FP16)
      input = input.to(torch::kHalf);
    return model_.forward({input}).toTensor();
  }

private:
  torch::jit::script::Module model_;
  Precision precision_;
};

// Two constants of one enum, negated tests among them.
void twoConstants(Precision p) {
  torch::nn::Linear fc(4, 2);
  if (p == Precision::FP16)
    fc->to(torch::kHalf);
  else if (p == Precision::FP64)
    fc->to(torch::kDouble);
  auto x = torch::ones({1, 4});
  if (p != Precision::FP32 && p != Precision::FP64)
    x = x.to(torch::kHalf);
  fc(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: when 'p' is Precision::FP64, input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-9]]:7: note: assuming 'p' is Precision::FP64
  // CHECK-MESSAGES: :[[@LINE-7]]:9: note: module parameters are Double since here
  // CHECK-MESSAGES: :[[@LINE-7]]:12: note: input tensor is Float since here
}

// An integer compared with a literal: half precision when bits is 16.
void integerFlag(int bits) {
  torch::nn::Linear fc(4, 2);
  if (bits == 16)
    fc->to(torch::kHalf);
  fc(torch::ones({1, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: when 'bits' is 16, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: assuming 'bits' is 16
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:6: note: input tensor is Float since here
}

// A bug on every value the code names is still said with one of them: the
// runs do not cover the values it never names.
void everyNamedValue(Precision p) {
  torch::nn::Linear fc(4, 2);
  if (p == Precision::FP16 || p == Precision::FP64)
    fc->to(torch::kHalf);
  fc(torch::ones({1, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: when 'p' is Precision::FP16, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: assuming 'p' is Precision::FP16
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:6: note: input tensor is Float since here
}

// A helper given a constant goes its way for that call: checked with the
// call's states, it is wrong for FP16 and right for FP32.
torch::Tensor runAt(torch::nn::Linear &fc, torch::Tensor x, Precision p) {
  if (p == Precision::FP16)
    fc->to(torch::kHalf);
  return fc(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module parameters are Half since here
}

void callsWithConstants() {
  torch::nn::Linear fc(4, 2);
  runAt(fc, torch::ones({1, 4}), Precision::FP16);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: note: input tensor is Float since here
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: in the call to 'runAt' here
  torch::nn::Linear g(4, 2);
  runAt(g, torch::ones({1, 4}), Precision::FP32);
}

// A switch, or a comparison that is not with a constant, decides paths the
// runs would not follow: joined as in one run, and silent.
void switched(Precision p, int bits) {
  torch::nn::Linear fc(4, 2);
  switch (p) {
  case Precision::FP16:
    fc->to(torch::kHalf);
    break;
  default:
    break;
  }
  fc(torch::ones({1, 4}));
  torch::nn::Linear g(4, 2);
  if (bits > 8)
    g->to(torch::kHalf);
  g(torch::ones({1, 4}));
}
