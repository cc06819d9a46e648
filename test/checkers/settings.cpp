// A dtype kept in a member that only the constructors write (a setting,
// chosen from a configuration): a model converted with it matches inputs
// converted with it, whatever the configuration; a tensor of a fixed dtype
// fed to it is a finding for each value the constructors may choose that
// differs (checker/docs/configuration-flags.md, "Settings").
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <string>
#include <vector>

// infer() converts its input with the setting and is right for every
// configuration; warmup() feeds Float, which throws when the configuration
// asks for fp16.
class Detector {
public:
  Detector(const std::string &path, const std::string &precision) {
    if (precision == "fp16")
      dtype_ = torch::kHalf;
    else
      dtype_ = torch::kFloat;
    model_ = torch::jit::load(path);
    model_.to(dtype_);
  }
  torch::Tensor infer(const std::vector<float> &pixels) {
    auto input = torch::from_blob(const_cast<float *>(pixels.data()), {1, 4});
    return model_.forward({input.to(dtype_)}).toTensor();
  }
  torch::Tensor warmup() {
    auto zeros = torch::zeros({1, 4});
    return model_.forward({zeros}).toTensor();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: when 'dtype_' is Half, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-14]]:16: note: 'dtype_' is set to Half here
    // CHECK-MESSAGES: :[[@LINE-11]]:15: note: module parameters are converted with 'dtype_' here
    // CHECK-MESSAGES: :[[@LINE-5]]:18: note: input tensor is Float since here
    // CHECK-FIXES: return model_.forward({zeros.to(dtype_)}).toTensor();
  }

private:
  torch::ScalarType dtype_;
  torch::jit::Module model_;
};

// The choice made by `?:` in the initializer list; the model fixed, the
// input converted with the setting: wrong when the setting is Float.
class FixedModel {
public:
  FixedModel(const std::string &path, bool fp16)
      : dtype_(fp16 ? torch::kHalf : torch::kFloat),
        model_(torch::jit::load(path)) {
    model_.to(torch::kHalf);
  }
  torch::Tensor run(const torch::Tensor &x) {
    return model_.forward({x.to(dtype_)}).toTensor();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: when 'dtype_' is Float, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-7]]:38: note: 'dtype_' is set to Float here
    // CHECK-MESSAGES: :[[@LINE-6]]:12: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-4]]:33: note: input tensor is converted with 'dtype_' here
  }

private:
  torch::ScalarType dtype_;
  torch::jit::Module model_;
};

// Not settings, or settings with a value not written as a constant:
// silent.
class FromTheModel {
public:
  explicit FromTheModel(const std::string &path) : model_(torch::jit::load(path)) {
    dtype_ = (*model_.parameters().begin()).scalar_type();
    model_.to(dtype_);
  }
  torch::Tensor run() { return model_.forward({torch::zeros({1, 4})}).toTensor(); }

private:
  torch::ScalarType dtype_;
  torch::jit::Module model_;
};

class WithASetter {
public:
  WithASetter(const std::string &path, bool fp16) : model_(torch::jit::load(path)) {
    dtype_ = fp16 ? torch::kHalf : torch::kFloat;
    model_.to(dtype_);
  }
  void set(torch::ScalarType d) { dtype_ = d; }
  // Not a setting, but the constructor's parameter decides the model: it
  // is Half in every object made with 'fp16' true, whatever set() does.
  torch::Tensor run() { return model_.forward({torch::zeros({1, 4})}).toTensor(); }
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: when 'fp16' is true, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: assuming 'fp16' is true
  // CHECK-MESSAGES: :[[@LINE-8]]:12: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:48: note: input tensor is Float since here

private:
  torch::ScalarType dtype_;
  torch::jit::Module model_;
};

class ReadBeforeItIsSet {
public:
  ReadBeforeItIsSet(const std::string &path, bool fp16) : model_(torch::jit::load(path)) {
    model_.to(dtype_);
    dtype_ = fp16 ? torch::kHalf : torch::kFloat;
  }
  torch::Tensor run() { return model_.forward({torch::zeros({1, 4})}).toTensor(); }

private:
  torch::ScalarType dtype_ = torch::kFloat;
  torch::jit::Module model_;
};

// Every choice agrees with the input: silent.
class AllFloat {
public:
  AllFloat(const std::string &path, bool precise) : model_(torch::jit::load(path)) {
    dtype_ = precise ? torch::kFloat : torch::kFloat32;
    model_.to(dtype_);
  }
  torch::Tensor run() { return model_.forward({torch::zeros({1, 4})}).toTensor(); }

private:
  torch::ScalarType dtype_;
  torch::jit::Module model_;
};

// A buffer of doubles read with the setting's dtype: garbage when the
// configuration picks Float; read as Double, then converted, it is right.
class Positions {
public:
  Positions(const std::string &path, bool precise) : model_(torch::jit::load(path)) {
    dtype_ = precise ? torch::kDouble : torch::kFloat;
    model_.to(dtype_);
  }
  torch::Tensor read(std::vector<double> &xyz) {
    return torch::from_blob(xyz.data(), {2, 3}, torch::TensorOptions().dtype(dtype_));
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: when 'dtype_' is Float, 'from_blob' reads a buffer of Double elements as Float; the tensor holds garbage [torch-from-blob-element-type]
    // CHECK-MESSAGES: :[[@LINE-6]]:41: note: 'dtype_' is set to Float here
    // CHECK-MESSAGES: :[[@LINE-3]]:29: note: the buffer holds Double elements since here
    // CHECK-MESSAGES: :[[@LINE-4]]:12: note: read the buffer as Double and convert the tensor with '.to(dtype_)'
  }
  torch::Tensor readRight(std::vector<double> &xyz) {
    return torch::from_blob(xyz.data(), {2, 3}, torch::kDouble).to(dtype_);
  }

private:
  torch::ScalarType dtype_;
  torch::jit::Module model_;
};

// A branch on a flag set with the setting, or on the setting itself, ties
// the path to some of its values: no choice is reported there.
class FlagBeside {
public:
  FlagBeside(const std::string &path, bool fp16) : fp16_(fp16), model_(torch::jit::load(path)) {
    dtype_ = fp16 ? torch::kHalf : torch::kFloat;
    model_.to(dtype_);
  }
  torch::Tensor run(const torch::Tensor &x) {
    if (fp16_)
      return model_.forward({x.to(torch::kHalf)}).toTensor();
    return model_.forward({x.to(torch::kFloat)}).toTensor();
  }

private:
  bool fp16_;
  torch::ScalarType dtype_;
  torch::jit::Module model_;
};

class TestsTheSetting {
public:
  TestsTheSetting(const std::string &path, bool fp16) : model_(torch::jit::load(path)) {
    dtype_ = fp16 ? torch::kHalf : torch::kFloat;
    model_.to(dtype_);
  }
  torch::Tensor run(const torch::Tensor &x) {
    if (dtype_ == torch::kHalf)
      return model_.forward({x.to(torch::kHalf)}).toTensor();
    return model_.forward({x.to(torch::kFloat)}).toTensor();
  }
  torch::Tensor read(std::vector<double> &xyz) {
    if (dtype_ == torch::kDouble)
      return torch::from_blob(xyz.data(), {2, 3}, torch::TensorOptions().dtype(dtype_));
    return torch::from_blob(xyz.data(), {2, 3}, torch::kDouble).to(dtype_);
  }

private:
  torch::ScalarType dtype_;
  torch::jit::Module model_;
};

// A device setting: the module moves to the device chosen in the
// constructor; prepare() moves its input along and is right on every
// machine; warmup() leaves its input on the CPU, which throws wherever
// CUDA is available.
class GpuDetector {
public:
  explicit GpuDetector(const std::string &path)
      : device_(torch::cuda::is_available() ? torch::kCUDA : torch::kCPU) {
    module_ = torch::jit::load(path);
    module_.to(device_);
  }
  torch::Tensor prepare(const torch::Tensor &image) {
    return module_.forward({image.to(device_)}).toTensor();
  }
  torch::Tensor warmup() {
    auto x = torch::rand({1, 3, 8, 8});
    return module_.forward({x}).toTensor();
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: when 'device_' is cuda, input tensor is on cpu but the module is on cuda [torch-module-input-device]
    // CHECK-MESSAGES: :[[@LINE-11]]:47: note: 'device_' is set to cuda here
    // CHECK-MESSAGES: :[[@LINE-10]]:16: note: module is moved with 'device_' here
    // CHECK-MESSAGES: :[[@LINE-5]]:14: note: input tensor is on cpu since here
    // CHECK-FIXES: return module_.forward({x.to(device_)}).toTensor();
  }

private:
  torch::Device device_;
  torch::jit::Module module_;
};

// Both choices on the CPU: nothing can differ.
class CpuOnly {
public:
  CpuOnly(const std::string &path, bool pinned)
      : device_(pinned ? torch::kCPU : torch::Device("cpu")) {
    module_ = torch::jit::load(path);
    module_.to(device_);
  }
  torch::Tensor warmup() { return module_.forward({torch::rand({1, 4})}).toTensor(); }

private:
  torch::Device device_;
  torch::jit::Module module_;
};

// Operands: a tensor moved with the device setting next to one made on
// the CPU is wrong wherever CUDA is chosen; next to one made on the
// setting's device, or to a CPU scalar, it is right.
class Normalizer {
public:
  explicit Normalizer(bool gpu) : device_(gpu ? torch::kCUDA : torch::kCPU) {}
  torch::Tensor centered(const torch::Tensor &image) {
    auto x = image.to(device_);
    return x - torch::ones({1, 3, 1, 1});
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: when 'device_' is cuda, 'operator-' needs operands on one device, but they are on cuda and cpu [torch-operand-device]
    // CHECK-MESSAGES: :[[@LINE-5]]:49: note: 'device_' is set to cuda here
    // CHECK-MESSAGES: :[[@LINE-4]]:23: note: operand is moved with 'device_' here
    // CHECK-MESSAGES: :[[@LINE-4]]:16: note: operand is on cpu since here
  }
  torch::Tensor centeredOnDevice(const torch::Tensor &image) {
    auto x = image.to(device_);
    return x - torch::ones({1, 3, 1, 1}, device_);
  }
  torch::Tensor scaled(const torch::Tensor &image) {
    return image.to(device_) * torch::tensor(2.0);
  }

private:
  torch::Device device_;
};

// Options chosen in the constructor: a buffer of floats read with them is
// garbage when they are Double; read as Float and converted, it is right.
class PositionReader {
public:
  explicit PositionReader(bool dbl)
      : options_(torch::TensorOptions().dtype(dbl ? torch::kFloat64 : torch::kFloat32)) {}
  torch::Tensor read(std::vector<float> &buf) {
    return torch::from_blob(buf.data(), {4}, options_);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: when 'options_' has dtype Double, 'from_blob' reads a buffer of Float elements as Double; the tensor holds garbage [torch-from-blob-element-type]
    // CHECK-MESSAGES: :[[@LINE-4]]:53: note: 'options_' is given dtype Double here
    // CHECK-MESSAGES: :[[@LINE-3]]:29: note: the buffer holds Float elements since here
    // CHECK-MESSAGES: :[[@LINE-4]]:12: note: read the buffer as Float and convert the tensor with '.to(options_)'
  }
  torch::Tensor readConverted(std::vector<float> &buf) {
    return torch::from_blob(buf.data(), {4}).to(options_);
  }

private:
  torch::TensorOptions options_;
};
