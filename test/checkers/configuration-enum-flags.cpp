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

// A switch on the flag tests it against each case: the FP16 case converts
// the module, and the Float input is wrong there. FP64's input is
// converted in its own case; the default runs for FP32, the enumerator no
// case names, and is right.
void switched(Precision p) {
  torch::nn::Linear fc(4, 2);
  auto x = torch::ones({1, 4});
  switch (p) {
  case Precision::FP16:
    fc->to(torch::kHalf);
    break;
  case Precision::FP64:
    fc->to(torch::kDouble);
    x = x.to(torch::kDouble);
    break;
  default:
    break;
  }
  fc(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: when 'p' is Precision::FP16, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-13]]:11: note: assuming 'p' is Precision::FP16
  // CHECK-MESSAGES: :[[@LINE-12]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-16]]:12: note: input tensor is Float since here
}

// The default runs for the enumerators no case names: FP32 leaves the
// module Float while the input was made Half for every value.
void switchedDefault(Precision p) {
  torch::nn::Linear fc(4, 2);
  auto x = torch::ones({1, 4}).to(torch::kHalf);
  switch (p) {
  case Precision::FP16:
    fc->to(torch::kHalf);
    break;
  case Precision::FP64:
    fc->to(torch::kDouble);
    x = x.to(torch::kDouble);
    break;
  default:
    break;
  }
  fc(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: when 'p' is Precision::FP32, input tensor is Half but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-13]]:11: note: assuming 'p' is Precision::FP32
  // CHECK-MESSAGES: :[[@LINE-16]]:21: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-16]]:32: note: input tensor is Half since here
}

// A default that every enumerator's case leaves unreached runs for none.
void switchedAllNamed(Precision p) {
  torch::nn::Linear fc(4, 2);
  auto x = torch::ones({1, 4});
  switch (p) {
  case Precision::FP16:
    fc->to(torch::kHalf);
    x = x.to(torch::kHalf);
    break;
  case Precision::FP64:
    fc->to(torch::kDouble);
    x = x.to(torch::kDouble);
    break;
  case Precision::FP32:
    break;
  default:
    fc->to(torch::kHalf);
    break;
  }
  fc(x);
}

// The same switch converting the input in each case is correct; so is one
// whose cases fall through to a shared conversion.
void switchedConsistently(Precision p) {
  torch::nn::Linear fc(4, 2);
  auto x = torch::ones({1, 4});
  switch (p) {
  case Precision::FP16:
    fc->to(torch::kHalf);
    x = x.to(torch::kHalf);
    break;
  case Precision::FP64:
  case Precision::FP32:
    fc->to(torch::kDouble);
    x = x.to(torch::kDouble);
    break;
  }
  fc(x);
}

// A comparison that is not with a constant decides paths the runs would
// not follow: joined as in one run, and silent.
void compared(int bits) {
  torch::nn::Linear g(4, 2);
  if (bits > 8)
    g->to(torch::kHalf);
  g(torch::ones({1, 4}));
}

// Correct programs an adversarial review wrote; each stays silent.

// Two flags read from one object are tied, not independent.
struct Config { Precision precision; };
int bitsOf(const Config &c) { return c.precision == Precision::FP16 ? 64 : 32; }
torch::Tensor tiedByConfig(const Config &cfg) {
  const Precision p = cfg.precision;
  const int bits = bitsOf(cfg);
  torch::nn::Linear fc(4, 2);
  auto x = torch::ones({1, 4});
  if (p == Precision::FP16)
    fc->to(torch::kDouble);
  if (bits == 64)
    x = x.to(torch::kDouble);
  return fc(x);
}

// `||` as a value branches too: not a function the flag alone decides.
bool logicalValue(int bits) {
  torch::nn::Linear fc(4, 2);
  bool ready = false;
  if (bits == 64) {
    fc->to(torch::kDouble);
    ready = true;
  }
  return ready || fc(torch::ones({1, 4})).defined();
}

// A helper given a constant whose path also rests on a local.
torch::Tensor convertedLocal(torch::nn::Linear &fc, Precision p) {
  auto x = torch::ones({1, 4});
  bool converted = false;
  if (p == Precision::FP64)
    converted = true;
  if (converted)
    return fc(x.to(torch::kDouble));
  return fc(x);
}
void callsConvertedLocal() {
  torch::nn::Linear fc(4, 2);
  fc->to(torch::kDouble);
  convertedLocal(fc, Precision::FP64);
}

// `u == -1` and `u == 0xFFFFFFFFu` are one test on an unsigned.
torch::Tensor sameUnsignedValue(unsigned u) {
  torch::nn::Linear fc(4, 2);
  auto x = torch::ones({1, 4});
  if (u == -1)
    fc->to(torch::kDouble);
  if (u == 0xFFFFFFFFu)
    x = x.to(torch::kDouble);
  return fc(x);
}

// A constant the flag cannot hold never decides a run.
torch::Tensor cannotHold(unsigned char mode) {
  torch::nn::Linear fc(4, 2);
  if (mode == 256)
    fc->to(torch::kDouble);
  return fc(torch::ones({1, 4}));
}

// A member written in a constructor's initializer list is no flag.
class Clamped {
public:
  explicit Clamped(int bits) : fc_(4, 2), bits_(bits), valid_(clamp(bits_)) {}
  torch::Tensor run() {
    auto x = torch::ones({1, 4});
    if (bits_ == 16)
      fc_->to(torch::kDouble);
    else if (bits_ == 64)
      fc_->to(torch::kFloat64);
    if (bits_ == 16)
      x = x.to(torch::kDouble);
    return fc_(x);
  }

private:
  static bool clamp(int &b) {
    if (b != 16)
      b = 32;
    return true;
  }
  torch::nn::Linear fc_;
  int bits_;
  bool valid_;
};

// A bug whatever a boolean is, on the enum's values: named by the enum.
void namedByTheEnum(bool verbose, Precision p) {
  if (verbose)
    torch::ones({1});
  torch::nn::Linear fc(4, 2);
  if (p == Precision::FP16 || p == Precision::FP64)
    fc->to(torch::kHalf);
  fc(torch::ones({1, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: when 'p' is Precision::FP16, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: assuming 'p' is Precision::FP16
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:6: note: input tensor is Float since here
}

// Enumerators of one value are named together.
enum class Mode { Float = 0, Default = 0, Half = 1 };
void equalEnumerators(Mode m) {
  torch::nn::Linear fc(4, 2);
  if (m == Mode::Default)
    fc->to(torch::kHalf);
  fc(torch::ones({1, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: when 'm' is Mode::Float (Mode::Default), input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: assuming 'm' is Mode::Float (Mode::Default)
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:6: note: input tensor is Float since here
}
