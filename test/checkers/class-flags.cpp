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
#include <utility>
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

// A constructor's parameter it tests and keeps nowhere decides the
// members too: every object made with 'dbl' true holds a Double model.
class ParameterChoice {
public:
  explicit ParameterChoice(bool dbl) {
    fc_->to(dbl ? torch::kDouble : torch::kFloat);
  }
  torch::Tensor run() { return fc_(torch::ones({1, 4})); }
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: when 'dbl' is true, input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:13: note: assuming 'dbl' is true
  // CHECK-MESSAGES: :[[@LINE-5]]:10: note: module parameters are Double since here
  // CHECK-MESSAGES: :[[@LINE-4]]:36: note: input tensor is Float since here
  torch::Tensor matched(torch::Tensor x) {
    return fc_(x.to(fc_->weight.scalar_type()));
  }

private:
  torch::nn::Linear fc_{4, 2};
};

// Kept in a member by an initializer: the member carries the value, and a
// method that converts under it is right for both (the parameter is no
// class flag of its own, which would take the two as independent).
class ParameterKept {
public:
  ParameterKept(const std::string &path, bool fp16)
      : model_(torch::jit::load(path)), fp16_(fp16) {
    if (fp16)
      model_.to(torch::kHalf);
  }
  torch::Tensor infer() {
    auto in = torch::ones({1, 3});
    if (fp16_)
      in = in.to(torch::kHalf);
    return model_.forward({in}).toTensor();
  }

private:
  torch::jit::script::Module model_;
  bool fp16_;
};

// Another constructor leaves the model Float: the objects of each value
// of 'dbl' join with those, and nothing is known.
class ParameterAndDefault {
public:
  ParameterAndDefault() {}
  explicit ParameterAndDefault(bool dbl) {
    if (dbl)
      fc_->to(torch::kDouble);
  }
  torch::Tensor run() { return fc_(torch::ones({1, 4})); }

private:
  torch::nn::Linear fc_{4, 2};
};

// A method that branches on what the constructor chose by the flag (a
// dtype member, a local copied from it) goes the flag's way without
// testing it: it is not checked per value, which would take its branch as
// free and report the path no object takes.
class BranchesOnTheChoice {
public:
  BranchesOnTheChoice(const std::string &path, bool fp16)
      : model_(torch::jit::load(path)), fp16_(fp16) {
    dtype_ = fp16_ ? torch::kHalf : torch::kFloat;
    model_.to(dtype_);
  }
  torch::Tensor run(const torch::Tensor &x) {
    if (dtype_ == torch::kHalf)
      return model_.forward({x.to(torch::kHalf)}).toTensor();
    return model_.forward({x.to(torch::kFloat)}).toTensor();
  }
  torch::Tensor copied(const torch::Tensor &x) {
    bool half = dtype_ == torch::kHalf;
    if (half)
      return model_.forward({x.to(torch::kHalf)}).toTensor();
    return model_.forward({x.to(torch::kFloat)}).toTensor();
  }

private:
  torch::jit::script::Module model_;
  bool fp16_;
  torch::ScalarType dtype_;
};

// A branch on the model's own dtype is followed in each object's states.
class BranchesOnTheModel {
public:
  BranchesOnTheModel(const std::string &path, bool fp16)
      : model_(torch::jit::load(path)), fp16_(fp16) {
    if (fp16_)
      model_.to(torch::kHalf);
  }
  torch::Tensor run() {
    auto in = torch::ones({1, 3});
    if ((*model_.parameters().begin()).scalar_type() == torch::kHalf)
      return model_.forward({in.to(torch::kHalf)}).toTensor();
    return model_.forward({in}).toTensor();
  }

private:
  torch::jit::script::Module model_;
  bool fp16_;
};

// A setting chosen by the class flag: the setting's finding (with its
// fix-it) and the flag's run describe one bug, reported once.
class SettingByTheFlag {
public:
  SettingByTheFlag(const std::string &path, bool fp16) : fp16_(fp16) {
    if (fp16_)
      dtype_ = torch::kHalf;
    else
      dtype_ = torch::kFloat;
    model_ = torch::jit::load(path);
    model_.to(dtype_);
  }
  torch::Tensor warmup() {
    auto zeros = torch::zeros({1, 4});
    return model_.forward({zeros}).toTensor();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: when 'dtype_' is Half, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-10]]:16: note: 'dtype_' is set to Half here
    // CHECK-MESSAGES: :[[@LINE-7]]:15: note: module parameters are converted with 'dtype_' here
    // CHECK-MESSAGES: :[[@LINE-5]]:18: note: input tensor is Float since here
    // CHECK-FIXES: return model_.forward({zeros.to(dtype_)}).toTensor();
  }

private:
  bool fp16_;
  torch::ScalarType dtype_;
  torch::jit::Module model_;
};

// A branch on a member the flag does not choose (logging) is free.
class LogsItsWarmup {
public:
  LogsItsWarmup(const std::string &path, bool fp16, bool verbose)
      : model_(torch::jit::load(path)), fp16_(fp16), verbose_(verbose) {
    if (fp16_)
      model_.to(torch::kHalf);
  }
  void warmup() {
    if (verbose_)
      std::cout << "warmup\n";
    model_.forward({torch::zeros({1, 3})});
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: when 'fp16_' is true, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-8]]:9: note: assuming 'fp16_' is true
    // CHECK-MESSAGES: :[[@LINE-8]]:14: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-4]]:21: note: input tensor is Float since here
  }

private:
  torch::jit::script::Module model_;
  bool fp16_;
  bool verbose_;
};

// A branch on a member module's own parameters asks what the flag chose:
// each object goes the way its model holds, which the runs do not decide.
class TestsItsWeights {
public:
  explicit TestsItsWeights(bool dbl) : dbl_(dbl) {
    if (dbl_)
      fc_->to(torch::kDouble);
  }
  torch::Tensor run(torch::Tensor x) {
    if (fc_->weight.scalar_type() == torch::kDouble)
      return fc_(x.to(torch::kDouble));
    return fc_(x.to(torch::kFloat));
  }

private:
  torch::nn::Linear fc_{4, 2};
  bool dbl_;
};

// A private method the class calls only on an object it made with false.
class FloatOnlyInside {
public:
  explicit FloatOnlyInside(bool dbl) {
    if (dbl)
      fc_->to(torch::kDouble);
  }
  static torch::Tensor floatOnce() {
    FloatOnlyInside n(false);
    return n.run();
  }

private:
  torch::Tensor run() { return fc_(torch::ones({1, 4})); }
  torch::nn::Linear fc_{4, 2};
};

// Two constructors' parameters of one name: not followed (their
// conditions could not be told apart).
class TwoParameters {
public:
  explicit TwoParameters(bool dbl) {
    if (dbl)
      fc_->to(torch::kDouble);
  }
  TwoParameters(bool dbl, int) {
    if (dbl)
      fc_->to(torch::kDouble);
  }
  torch::Tensor run(torch::Tensor x) { return fc_(x.to(torch::kFloat)); }

private:
  torch::nn::Linear fc_{4, 2};
};

// The setting's finding names the first failing choice; the flag's run
// for the other one words the same bug, and is not said again.
class DoubleWarmup {
public:
  DoubleWarmup(const std::string &path, bool fp16) : fp16_(fp16) {
    if (fp16_)
      dtype_ = torch::kHalf;
    else
      dtype_ = torch::kFloat;
    model_ = torch::jit::load(path);
    model_.to(dtype_);
  }
  torch::Tensor warmup() {
    auto zeros = torch::zeros({1, 4}, torch::kDouble);
    return model_.forward({zeros}).toTensor();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: when 'dtype_' is Half, input tensor is Double but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-10]]:16: note: 'dtype_' is set to Half here
    // CHECK-MESSAGES: :[[@LINE-7]]:15: note: module parameters are converted with 'dtype_' here
    // CHECK-MESSAGES: :[[@LINE-5]]:18: note: input tensor is Double since here
    // CHECK-FIXES: return model_.forward({zeros.to(dtype_)}).toTensor();
  }

private:
  bool fp16_;
  torch::ScalarType dtype_;
  torch::jit::Module model_;
};

// What the constructor sets by the flag in ways no assignment shows (a
// setter, std::swap, a local carried into a member), or after an early
// return under it, is tied to it: a method that branches on it is not
// checked per value (each object made with fp16 true skips the forward).
class SkipsBySetter {
public:
  SkipsBySetter(const std::string &path, bool fp16)
      : model_(torch::jit::load(path)), fp16_(fp16) {
    if (fp16_) {
      model_.to(torch::kHalf);
      setSkip();
    }
  }
  void run() {
    if (skip_)
      return;
    model_.forward({torch::zeros({1, 3})});
  }

private:
  void setSkip() { skip_ = true; }
  torch::jit::script::Module model_;
  bool fp16_;
  bool skip_ = false;
};

class SkipsBySwap {
public:
  SkipsBySwap(const std::string &path, bool fp16)
      : model_(torch::jit::load(path)), fp16_(fp16) {
    bool yes = true;
    if (fp16_) {
      model_.to(torch::kHalf);
      std::swap(skip_, yes);
    }
  }
  void run() {
    if (skip_)
      return;
    model_.forward({torch::zeros({1, 3})});
  }

private:
  torch::jit::script::Module model_;
  bool fp16_;
  bool skip_ = false;
};

class SkipsByALocal {
public:
  SkipsByALocal(const std::string &path, bool fp16)
      : model_(torch::jit::load(path)), fp16_(fp16) {
    bool s = false;
    if (fp16_) {
      model_.to(torch::kHalf);
      s = true;
    }
    skip_ = s;
  }
  void run() {
    if (skip_)
      return;
    model_.forward({torch::zeros({1, 3})});
  }

private:
  torch::jit::script::Module model_;
  bool fp16_;
  bool skip_ = false;
};

class ReadyAfterAReturn {
public:
  ReadyAfterAReturn(const std::string &path, bool fp16)
      : model_(torch::jit::load(path)), fp16_(fp16) {
    if (fp16_) {
      model_.to(torch::kHalf);
      return;
    }
    ready_ = true;
  }
  void run() {
    if (!ready_)
      return;
    model_.forward({torch::zeros({1, 3})});
  }

private:
  torch::jit::script::Module model_;
  bool fp16_;
  bool ready_ = false;
};

// A class only this file can name, made only with false.
namespace {
class MadeHereFloat {
public:
  MadeHereFloat(const std::string &path, bool fp16)
      : model_(torch::jit::load(path)), fp16_(fp16) {
    if (fp16_)
      model_.to(torch::kHalf);
  }
  void run() { model_.forward({torch::zeros({1, 3})}); }

private:
  torch::jit::script::Module model_;
  bool fp16_;
};
} // namespace
void useMadeHere() {
  MadeHereFloat d("m.pt", false);
  d.run();
}
