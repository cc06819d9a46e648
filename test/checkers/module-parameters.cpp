// A module's parameters() lists tensors with the module's dtype and device:
// code that records its precision from the first parameter reads the
// module's state (rules/libtorch.yaml, Module::parameters; proven by
// test/oracle/modules.cpp).
// RUN: %check_torch_tidy --config="{CheckOptions: {TorchModelPaths: '%S/../modelfile/Inputs'}}" %s 'torch-*,-torch-debug-inspect' %t -- %mock_flags
// RUN: %check_torch_tidy --plugin --config="{CheckOptions: {TorchModelPaths: '%S/../modelfile/Inputs'}}" %s 'torch-*,-torch-debug-inspect' %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <string>
#include <vector>

// The dtype of the first parameter of a module converted to Half: a Float
// buffer read with it is read as Half.
torch::Tensor firstOfLinear(std::vector<float> &buf) {
  torch::nn::Linear fc(3, 4);
  fc->to(torch::kHalf);
  torch::ScalarType dt = fc->parameters()[0].scalar_type();
  return torch::from_blob(buf.data(), {3}, torch::TensorOptions().dtype(dt));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'from_blob' reads a buffer of Float elements as Half; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: read the buffer as Float and convert the tensor with '.to(dt)'
}

// `*parameters().begin()` of a TorchScript module converted to Double.
torch::Tensor firstOfScript(const std::string &path, std::vector<float> &buf) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kDouble);
  torch::ScalarType dt = (*model.parameters().begin()).scalar_type();
  return torch::from_blob(buf.data(), {3}, torch::TensorOptions().dtype(dt));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'from_blob' reads a buffer of Float elements as Double; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: read the buffer as Float and convert the tensor with '.to(dt)'
}

// Each parameter of a range-for has the module's state too: a Float
// input multiplied by a Double weight.
torch::Tensor eachParameter(const torch::Tensor &input) {
  torch::nn::Linear fc(3, 4);
  fc->to(torch::kDouble);
  torch::Tensor x = torch::ones({2, 3}, torch::kFloat);
  torch::Tensor y;
  for (const torch::Tensor &w : fc->parameters())
    y = torch::nn::functional::linear(x, w);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'linear' needs operands of one dtype, but they are Float and Double [torch-operand-dtype]
  return y;
}

// The shape of a molecular-dynamics pair style: load() reads the model from
// a file and records its dtype from the first parameter; compute() wraps
// the positions, held as doubles, with that dtype, and reads the model's
// output as doubles. The model is Float: both are bugs. Alone, compute()
// knows nothing of dtype_ (no constructor sets it); in runPotential(),
// after p.load(), it is Float.
class Potential {
public:
  void load() {
    model_ = torch::jit::load("jit_float.pt");
    dtype_ = (*model_.parameters().begin()).scalar_type();
  }
  double compute(std::vector<double> &pos) {
    torch::Tensor x =
        torch::from_blob(pos.data(), {(long)pos.size() / 3, 3},
                         torch::TensorOptions().dtype(dtype_));
    // CHECK-MESSAGES: :[[@LINE-2]]:9: warning: 'from_blob' reads a buffer of Double elements as Float; the tensor holds garbage [torch-from-blob-element-type]
    // CHECK-MESSAGES: :[[@LINE-3]]:9: note: read the buffer as Double and convert the tensor with '.to(dtype_)'
    // CHECK-MESSAGES: :[[@LINE+17]]:12: note: in the call to 'compute' here
    torch::Tensor out = model_.forward({x}).toTensor();
    return out.accessor<double, 2>()[0][0];
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'accessor' reads a Float tensor as Double, which throws at run time [torch-data-ptr-dtype]
    // CHECK-MESSAGES: :[[@LINE-3]]:32: note: the module returns Float tensors, like its parameters, here
    // CHECK-MESSAGES: :[[@LINE+12]]:12: note: in the call to 'compute' here
  }

private:
  torch::jit::Module model_;
  torch::ScalarType dtype_;
};

double runPotential() {
  Potential p;
  p.load();
  std::vector<double> pos(30);
  return p.compute(pos);
}

// Silent: the buffer and the accessor follow the model's dtype.
class FloatPotential {
public:
  void load() {
    model_ = torch::jit::load("jit_float.pt");
    dtype_ = (*model_.parameters().begin()).scalar_type();
  }
  float compute(std::vector<float> &pos) {
    torch::Tensor x =
        torch::from_blob(pos.data(), {(long)pos.size() / 3, 3},
                         torch::TensorOptions().dtype(dtype_));
    torch::Tensor out = model_.forward({x}).toTensor();
    return out.accessor<float, 2>()[0][0];
  }

private:
  torch::jit::Module model_;
  torch::ScalarType dtype_ = torch::kFloat;
};

float runFloatPotential() {
  FloatPotential p;
  p.load();
  std::vector<float> pos(30);
  return p.compute(pos);
}

// Silent: a module whose file the code does not show has parameters of a
// dtype no one knows; so has a module's named_parameters(), not described.
torch::Tensor unknownModel(const std::string &path, std::vector<float> &buf) {
  torch::jit::Module model = torch::jit::load(path);
  torch::ScalarType dt = (*model.parameters().begin()).scalar_type();
  return torch::from_blob(buf.data(), {3}, torch::TensorOptions().dtype(dt));
}

// Silent: the buffers of a module may be integers (BatchNorm counts its
// batches in a Long buffer); buffers() is not described.
torch::Tensor firstBuffer(std::vector<float> &buf) {
  torch::nn::BatchNorm2d bn(4);
  torch::ScalarType dt = bn->buffers()[0].scalar_type();
  return torch::from_blob(buf.data(), {3}, torch::TensorOptions().dtype(dt));
}

// The model path is a literal the caller passes: load(path) reads the file
// it names when analyzed from that call, for an object's method and for a
// helper that returns the module alike.
class PathPotential {
public:
  void load(const std::string &path) {
    model_ = torch::jit::load(path);
    dtype_ = (*model_.parameters().begin()).scalar_type();
  }
  double compute(std::vector<double> &pos) {
    torch::Tensor x = torch::from_blob(pos.data(), {(long)pos.size()},
                                       torch::TensorOptions().dtype(dtype_));
    // CHECK-MESSAGES: :[[@LINE-2]]:23: warning: 'from_blob' reads a buffer of Double elements as Float; the tensor holds garbage [torch-from-blob-element-type]
    // CHECK-MESSAGES: :[[@LINE-3]]:23: note: read the buffer as Double and convert the tensor with '.to(dtype_)'
    // CHECK-MESSAGES: :[[@LINE+20]]:12: note: in the call to 'compute' here
    return model_.forward({x}).toTensor().item<double>();
  }
  float computeFloat(std::vector<float> &pos) {
    torch::Tensor x = torch::from_blob(pos.data(), {(long)pos.size()},
                                       torch::TensorOptions().dtype(dtype_));
    return model_.forward({x}).toTensor().item<float>();
  }

private:
  torch::jit::Module model_;
  torch::ScalarType dtype_;
};

double runPathPotential() {
  PathPotential p;
  p.load("jit_float.pt");
  std::vector<double> pos(30);
  std::vector<float> fpos(30);
  p.computeFloat(fpos);
  return p.compute(pos);
}

// Silent: each object reads its own file, and each is fed its own dtype.
double twoPotentials() {
  PathPotential f, d;
  f.load("jit_float.pt");
  d.load("jit_double.pt");
  std::vector<float> fpos(30);
  std::vector<double> dpos(30);
  return f.computeFloat(fpos) + d.compute(dpos);
}

torch::jit::Module loadModel(const std::string &path) {
  torch::jit::Module m = torch::jit::load(path);
  m.eval();
  return m;
}

torch::Tensor runHalfModel() {
  torch::jit::Module m = loadModel("jit_half.pt");
  return m.forward({torch::ones({1, 3})}).toTensor();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-9]]:26: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: input tensor is Float since here
  // CHECK-FIXES: return m.forward({torch::ones({1, 3}).to(torch::kHalf)}).toTensor();
}

// Silent: a path the body changes names another file than the literal.
torch::jit::Module loadChanged(std::string path) {
  path += ".bak";
  return torch::jit::load(path);
}
torch::Tensor runChanged() {
  torch::jit::Module m = loadChanged("jit_half.pt");
  return m.forward({torch::ones({1, 3})}).toTensor();
}
