// Members followed across a class's methods: what the constructors leave,
// joined with what every method leaves, is what a method sees on entry.
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %mock_flags
// RUN: %check_torch_tidy --plugin %s 'torch-*,-torch-debug-inspect' %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <opencv2/opencv.hpp>
#include <memory>
#include <string>
#include <vector>

// An 8-bit image read as Float by from_blob, in a free helper.
torch::Tensor toTensor(const cv::Mat &img) {
  return torch::from_blob(img.data, {1, img.rows, img.cols, 3},
                          torch::kByte)
      .permute({0, 3, 1, 2})
      .to(torch::kFloat);
}

// The constructor loads and converts the model; run() feeds it a Float
// tensor from the helper.
class Detector {
public:
  explicit Detector(const std::string &path) {
    module_ = torch::jit::load(path);
    module_.to(torch::kHalf);
  }
  torch::jit::IValue run(const cv::Mat &img) {
    auto input = toTensor(img);
    return module_.forward({input});
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-6]]:13: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-16]]:8: note: input tensor is Float since here
    // CHECK-FIXES: return module_.forward({input.to(torch::kHalf)});
  }

private:
  torch::jit::script::Module module_;
};

// The same class with a runtime flag on both sides: the member is Half on
// some paths only, so nothing is known and nothing is said.
class FlaggedDetector {
public:
  FlaggedDetector(const std::string &path, bool half) : half_(half) {
    module_ = torch::jit::load(path);
    if (half_)
      module_.to(torch::kHalf);
  }
  torch::jit::IValue run(const cv::Mat &img) {
    auto input = toTensor(img);
    if (half_)
      input = input.to(torch::kHalf);
    return module_.forward({input});
  }

private:
  bool half_;
  torch::jit::script::Module module_;
};

// An init() called from the constructor sets the precision.
class InitDetector {
public:
  explicit InitDetector(const std::string &path) { init(path); }
  torch::jit::IValue run(const torch::Tensor &x) {
    return module_.forward({x.to(torch::kCUDA)});
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: input tensor is on cuda but the module is on cpu [torch-module-input-device]
    // CHECK-MESSAGES: :[[@LINE+8]]:13: note: module is on cpu since here
    // CHECK-MESSAGES: :[[@LINE-3]]:31: note: input tensor is on cuda since here
    // CHECK-FIXES: return module_.forward({x.to(torch::kCUDA).to(torch::kCPU)});
  }

private:
  void init(const std::string &path) {
    module_ = torch::jit::load(path);
    module_.to(torch::kCPU);
  }
  torch::jit::script::Module module_;
};

// A helper that fixes the dtype before the call: nothing to say.
torch::Tensor toHalf(const torch::Tensor &t) { return t.to(torch::kHalf); }

class FixedDetector {
public:
  explicit FixedDetector(const std::string &path)
      : module_(torch::jit::load(path)) {
    module_.to(torch::kHalf);
  }
  torch::jit::IValue run(const cv::Mat &img) {
    return module_.forward({toHalf(toTensor(img))});
  }

private:
  torch::jit::script::Module module_;
};

// A module behind a shared_ptr, called through `->`.
class SharedDetector {
public:
  explicit SharedDetector(const std::string &path)
      : module_(std::make_shared<torch::jit::script::Module>(
            torch::jit::load(path))) {
    module_->to(torch::kHalf);
  }
  torch::jit::IValue run(const cv::Mat &img) {
    return module_->forward({toTensor(img)});
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-5]]:14: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-94]]:8: note: input tensor is Float since here
    // CHECK-FIXES: return module_->forward({toTensor(img).to(torch::kHalf)});
  }

private:
  std::shared_ptr<torch::jit::script::Module> module_;
};

// A built-in module member and a device member set in the initializer list.
class Head {
public:
  Head() : device_(torch::kCUDA), fc_(torch::nn::Linear(4, 2)) {
    fc_->to(device_);
  }
  torch::Tensor forward(const torch::Tensor &x) {
    return fc_(x.to(device_).to(torch::kDouble));
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: input tensor is Double but the module's parameters are Float [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-6]]:39: note: module parameters are Float since here
    // CHECK-MESSAGES: :[[@LINE-3]]:30: note: input tensor is Double since here
    // CHECK-FIXES: return fc_(x.to(device_).to(torch::kDouble).to(torch::kFloat));
  }
  torch::Tensor onTheRightDevice(const torch::Tensor &x) {
    return fc_(x.to(device_));
  }

private:
  torch::Device device_;
  torch::nn::Linear fc_{nullptr};
};

// A list of inputs filled by one method and fed by another.
class Batcher {
public:
  explicit Batcher(const std::string &path) : module_(torch::jit::load(path)) {
    module_.to(torch::kHalf);
  }
  torch::jit::IValue run(const cv::Mat &img) {
    prepare(img);
    return module_.forward(inputs_);
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-6]]:13: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-135]]:8: note: input tensor is Float since here
  }

private:
  void prepare(const cv::Mat &img) {
    inputs_.clear();
    inputs_.push_back(toTensor(img));
  }
  torch::jit::script::Module module_;
  std::vector<torch::jit::IValue> inputs_;
};

// Another method converts the model back: on entry to run() it is Half or
// Float, which is nothing certain.
class Switchable {
public:
  explicit Switchable(const std::string &path) : module_(torch::jit::load(path)) {
    module_.to(torch::kHalf);
  }
  void useFloat() { module_.to(torch::kFloat); }
  torch::jit::IValue run(const torch::Tensor &x) {
    return module_.forward({x.to(torch::kFloat)});
  }

private:
  torch::jit::script::Module module_;
};

// Within one method the member is followed like a local.
class Local {
public:
  explicit Local(const std::string &path) : module_(torch::jit::load(path)) {}
  torch::jit::IValue halfThenFloatInput(const torch::Tensor &x) {
    module_.to(torch::kHalf);
    return module_.forward({x.to(torch::kFloat)});
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-3]]:13: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-3]]:31: note: input tensor is Float since here
    // CHECK-FIXES: return module_.forward({x.to(torch::kFloat).to(torch::kHalf)});
  }

private:
  torch::jit::script::Module module_;
};

// Members others can write are never followed.
class PublicMember {
public:
  explicit PublicMember(const std::string &path) : module(torch::jit::load(path)) {
    module.to(torch::kHalf);
  }
  torch::jit::IValue run(const torch::Tensor &x) {
    return module.forward({x.to(torch::kFloat)});
  }
  torch::jit::script::Module module;
};

class Friendly {
  friend void tamper(Friendly &);

public:
  explicit Friendly(const std::string &path) : module_(torch::jit::load(path)) {
    module_.to(torch::kHalf);
  }
  torch::jit::IValue run(const torch::Tensor &x) {
    return module_.forward({x.to(torch::kFloat)});
  }

private:
  torch::jit::script::Module module_;
};

// A method whose body is in another file may write anything.
class SplitAcrossFiles {
public:
  explicit SplitAcrossFiles(const std::string &path)
      : module_(torch::jit::load(path)) {
    module_.to(torch::kHalf);
  }
  void reload(const std::string &path);
  torch::jit::IValue run(const torch::Tensor &x) {
    return module_.forward({x.to(torch::kFloat)});
  }

private:
  torch::jit::script::Module module_;
};

// A lambda that names the member may run at any time.
class WithCallback {
public:
  explicit WithCallback(const std::string &path) : module_(torch::jit::load(path)) {
    module_.to(torch::kHalf);
  }
  template <typename F> void later(F f) { f(); }
  void schedule() {
    later([this] { module_.to(torch::kFloat); });
  }
  torch::jit::IValue run(const torch::Tensor &x) {
    return module_.forward({x.to(torch::kFloat)});
  }

private:
  torch::jit::script::Module module_;
};

// A reference to the member that outlives the call can write it.
torch::jit::script::Module *keep(torch::jit::script::Module *m) { return m; }

class Escaping {
public:
  explicit Escaping(const std::string &path) : module_(torch::jit::load(path)) {
    module_.to(torch::kHalf);
    keep(&module_);
  }
  torch::jit::IValue run(const torch::Tensor &x) {
    return module_.forward({x.to(torch::kFloat)});
  }

private:
  torch::jit::script::Module module_;
};

// A virtual method may be overridden by code that converts the model.
class Base {
public:
  explicit Base(const std::string &path) : module_(torch::jit::load(path)) {
    module_.to(torch::kHalf);
  }
  virtual ~Base() = default;
  virtual void tune() {}
  torch::jit::IValue run(const torch::Tensor &x) {
    module_.to(torch::kFloat);
    tune();
    return module_.forward({x.to(torch::kHalf)});
  }

private:
  torch::jit::script::Module module_;
};

// A copy of another object's member holds what the class's members hold.
class Copyable {
public:
  explicit Copyable(const std::string &path) : module_(torch::jit::load(path)) {
    module_.to(torch::kHalf);
  }
  Copyable(const Copyable &other) : module_(other.module_.clone()) {}
  torch::jit::IValue run(const torch::Tensor &x) {
    return module_.forward({x.to(torch::kHalf)});
  }

private:
  torch::jit::script::Module module_;
};

// An annotation states what the code cannot show: "this model is fp16".
// It holds whenever a method starts, even for a member that is not
// followed (public, or of a class with a method defined elsewhere).
[[clang::annotate("torch-tidy:dtype=float,device=cuda")]] torch::Tensor
cameraFrame(); // defined in another file

class AnnotatedModel {
public:
  explicit AnnotatedModel(const std::string &path) : model(torch::jit::load(path)) {}
  void reload(const std::string &path); // defined in another file
  torch::jit::IValue run() {
    return model.forward({cameraFrame()});
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE+12]]:33: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-11]]:31: note: input tensor is Float since here
    // CHECK-FIXES: return model.forward({cameraFrame().to(torch::kHalf)});
  }
  torch::jit::IValue runAsFloat() {
    model.to(torch::kFloat); // followed within the method
    return model.forward({cameraFrame()});
  }
  torch::jit::IValue runOnCuda(const torch::Tensor &x) {
    return model.forward({x.to(torch::kHalf).to(torch::kCUDA)});
  }

  [[clang::annotate("torch-tidy:dtype=half,device=cuda")]] torch::jit::script::Module model;
};
