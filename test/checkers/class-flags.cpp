// Class flags: a member the constructors set from their arguments and test
// to convert the model keeps, in each object, the value it was made with.
// A method called from outside the class is checked for each value, from
// what the members hold in the objects made with it, so a method that
// forgets the conversion is reported with the value it fails for, and one
// that converts under the same flag stays silent.
// RUN: %check_torch_tidy %s 'torch-module-input-dtype,torch-operand-dtype,torch-from-blob-element-type' %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <iostream>
#include <string>
#include <vector>

// The detector of a bug report: fp16_ converts the model in the
// constructor; infer() converts its input the same way, warmup() forgets.
class Detector {
public:
  Detector(const std::string &path, bool fp16)
      : model_(torch::jit::load(path)), fp16_(fp16) {
    if (fp16_)
      model_.to(torch::kHalf);
  }

  torch::Tensor infer(torch::Tensor input) {
    if (fp16_)
      input = input.to(torch::kHalf);
    return model_.forward({input}).toTensor();
  }

  void warmup() {
    model_.forward({torch::zeros({1, 3, 8, 8})});
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: when 'fp16_' is true, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-13]]:9: note: assuming 'fp16_' is true
    // CHECK-MESSAGES: :[[@LINE-13]]:14: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-4]]:21: note: input tensor is Float since here
  }

  // The image read as Float, never converted.
  torch::Tensor classify(const std::vector<float> &pixels) {
    torch::Tensor x =
        torch::from_blob(const_cast<float *>(pixels.data()), {1, 3, 8, 8});
    return model_.forward({x}).toTensor();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: when 'fp16_' is true, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-24]]:9: note: assuming 'fp16_' is true
    // CHECK-MESSAGES: :[[@LINE-24]]:14: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-5]]:9: note: input tensor is Float since here
  }

private:
  torch::jit::script::Module model_;
  bool fp16_;
};

// An nn module and a flag that picks Double: the operands disagree only
// when the flag is false.
class Regressor {
public:
  explicit Regressor(bool single) : single_(single), fc_(4, 2) {
    if (!single_)
      fc_->to(torch::kDouble);
  }
  torch::Tensor predict() { return fc_(torch::ones({1, 4})); }
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: when 'single_' is false, input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-5]]:9: note: assuming 'single_' is false
  // CHECK-MESSAGES: :[[@LINE-5]]:12: note: module parameters are Double since here
  // CHECK-MESSAGES: :[[@LINE-4]]:40: note: input tensor is Float since here

private:
  bool single_;
  torch::nn::Linear fc_;
};

// An enum member: the finding names the value.
enum class Precision { FP32, FP16 };

class Tagger {
public:
  Tagger(const std::string &path, Precision p)
      : model_(torch::jit::load(path)), precision_(p) {
    if (precision_ == Precision::FP16)
      model_.to(torch::kHalf);
  }
  torch::Tensor tag() { return model_.forward({torch::ones({2, 4})}).toTensor(); }
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: when 'precision_' is Precision::FP16, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-5]]:9: note: assuming 'precision_' is Precision::FP16
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:48: note: input tensor is Float since here

private:
  torch::jit::script::Module model_;
  Precision precision_;
};

// Silent: the Float path is taken only when the flag is false; the private
// method runs only from inside the class, under that test.
class Guarded {
public:
  Guarded(const std::string &path, bool fp16)
      : model_(torch::jit::load(path)), fp16_(fp16) {
    if (fp16_)
      model_.to(torch::kHalf);
  }
  torch::Tensor run(torch::Tensor x) {
    if (fp16_)
      return model_.forward({x.to(torch::kHalf)}).toTensor();
    return runFull();
  }

private:
  torch::Tensor runFull() {
    return model_.forward({torch::ones({1, 3})}).toTensor();
  }
  torch::jit::script::Module model_;
  bool fp16_;
};

// Silent: a public method the class itself calls under the flag is not
// checked for it (it may be meant for one value only).
class Staged {
public:
  Staged(const std::string &path, bool fp16)
      : model_(torch::jit::load(path)), fp16_(fp16) {
    if (fp16_)
      model_.to(torch::kHalf);
  }
  torch::Tensor step(torch::Tensor x) {
    if (!fp16_)
      return stepFull();
    return model_.forward({x.to(torch::kHalf)}).toTensor();
  }
  torch::Tensor stepFull() {
    return model_.forward({torch::ones({1, 3})}).toTensor();
  }

private:
  torch::jit::script::Module model_;
  bool fp16_;
};

// Silent: the constructor reads the flag outside a test, so its path may
// depend on more than the flag.
class Logged {
public:
  Logged(const std::string &path, bool fp16)
      : model_(torch::jit::load(path)), fp16_(fp16) {
    std::cout << fp16_;
    if (fp16_)
      model_.to(torch::kHalf);
  }
  torch::Tensor run() { return model_.forward({torch::ones({1, 3})}).toTensor(); }

private:
  torch::jit::script::Module model_;
  bool fp16_;
};

// Silent: the flag converts both the model and every input it is fed.
class Consistent {
public:
  Consistent(bool half) : half_(half), fc_(4, 2) {
    if (half_)
      fc_->to(torch::kHalf);
  }
  torch::Tensor run(torch::Tensor x) {
    return fc_(half_ ? x.to(torch::kHalf) : x.to(torch::kFloat));
  }
  torch::Tensor probe() {
    auto options = torch::TensorOptions().dtype(half_ ? torch::kHalf : torch::kFloat);
    return fc_(torch::ones({1, 4}, options));
  }

private:
  bool half_;
  torch::nn::Linear fc_;
};

// Silent: a flag a method writes is no class flag.
class Switchable {
public:
  explicit Switchable(bool half) : half_(half), fc_(4, 2) {
    if (half_)
      fc_->to(torch::kHalf);
  }
  void full() {
    half_ = false;
    fc_->to(torch::kFloat);
  }
  torch::Tensor run() { return fc_(torch::ones({1, 4})); }

private:
  bool half_;
  torch::nn::Linear fc_;
};

// Silent: the class tells its flag to its users, who may call run() only
// when it is false.
class Exposed {
public:
  explicit Exposed(bool half) : half_(half), fc_(4, 2) {
    if (half_)
      fc_->to(torch::kHalf);
  }
  bool half() const { return half_; }
  torch::Tensor run() { return fc_(torch::ones({1, 4})); }

private:
  bool half_;
  torch::nn::Linear fc_;
};

// Silent: a method tests the flag in a loop, where it is not followed.
class Looped {
public:
  explicit Looped(bool half) : half_(half), fc_(4, 2) {
    if (half_)
      fc_->to(torch::kHalf);
  }
  void batch(std::vector<torch::Tensor> &xs) {
    for (auto &x : xs)
      if (half_)
        x = x.to(torch::kHalf);
  }
  torch::Tensor run() { return fc_(torch::ones({1, 4})); }

private:
  bool half_;
  torch::nn::Linear fc_;
};

// Silent: two members set from one argument are one value; the input
// converted under the other agrees with the model.
class TwoMembers {
public:
  TwoMembers(const std::string &path, bool fp16)
      : model_(torch::jit::load(path)), fp16_(fp16), halfInput_(fp16) {
    if (fp16_)
      model_.to(torch::kHalf);
  }
  void warmup() {
    auto x = torch::zeros({1, 3});
    if (halfInput_)
      x = x.to(torch::kHalf);
    model_.forward({x});
  }

private:
  torch::jit::script::Module model_;
  bool fp16_;
  bool halfInput_;
};

// Silent: the constructor is private and its only call gives `false`.
class FloatOnly {
public:
  static FloatOnly make(const std::string &path) { return FloatOnly(path, false); }
  void warmup() { model_.forward({torch::zeros({1, 3})}); }

private:
  FloatOnly(const std::string &path, bool fp16)
      : model_(torch::jit::load(path)), fp16_(fp16) {
    if (fp16_)
      model_.to(torch::kHalf);
  }
  torch::jit::script::Module model_;
  bool fp16_;
};
