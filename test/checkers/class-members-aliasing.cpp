// Correct programs in which a member changes behind the method's flow:
// through `*this`, through a handle that shares the module, through the
// library's own methods. Every torch-* check stays silent.
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <memory>
#include <string>

// The object's own method called through (*this) and through a local alias
// of `this`: the call converts the module.
class ThroughThis {
public:
  explicit ThroughThis(const std::string &p) : module_(torch::jit::load(p)) {
    module_.to(torch::kFloat);
  }
  torch::jit::IValue runDeref(const torch::Tensor &x) {
    module_.to(torch::kFloat);
    (*this).toHalf();
    return module_.forward({x.to(torch::kHalf)});
  }
  torch::jit::IValue runAlias(const torch::Tensor &x) {
    module_.to(torch::kFloat);
    ThroughThis *self = this;
    self->toHalf();
    return module_.forward({x.to(torch::kHalf)});
  }
  void toHalf() { module_.to(torch::kHalf); }

private:
  torch::jit::Module module_;
};

// The whole object replaced: the new object's constructor converts.
class Reassigned {
public:
  explicit Reassigned(const std::string &p) : module_(torch::jit::load(p)) {
    module_.to(torch::kHalf);
  }
  torch::jit::IValue reloadAndRun(const std::string &p, const torch::Tensor &x) {
    module_.to(torch::kFloat);
    *this = Reassigned(p);
    return module_.forward({x.to(torch::kHalf)});
  }

private:
  torch::jit::Module module_;
};

// A getter hands out a copy of the handle, which shares the module.
class Getter {
public:
  explicit Getter(const std::string &path) : module_(torch::jit::load(path)) {
    module_.to(torch::kFloat);
  }
  torch::jit::Module module() const { return module_; }
  torch::jit::IValue run(const torch::Tensor &x) {
    return module_.forward({x.to(torch::kHalf)});
  }

private:
  torch::jit::Module module_;
};
void convertThroughGetter(Getter &g) { g.module().to(torch::kHalf); }

// A model injected as a shared_ptr the caller keeps and converts.
class Injected {
public:
  explicit Injected(std::shared_ptr<torch::jit::Module> m) : model_(std::move(m)) {
    model_->to(torch::kFloat);
  }
  torch::jit::IValue infer(const torch::Tensor &x) {
    return model_->forward({x.to(torch::kHalf)});
  }

private:
  std::shared_ptr<torch::jit::Module> model_;
};

// A helper copies the const reference it is given and converts the copy.
void toDevice(const torch::jit::Module &m, torch::Device d) {
  torch::jit::Module copy = m;
  copy.to(d);
}

class ConvertedByAHelper {
public:
  explicit ConvertedByAHelper(const std::string &p) : module_(torch::jit::load(p)) {
    module_.to(torch::kCPU);
    toDevice(module_, torch::kCUDA);
  }
  torch::jit::IValue run(const torch::Tensor &x) {
    return module_.forward({x.to(torch::kCUDA)});
  }

private:
  torch::jit::Module module_;
};

void localConvertedByAHelper() {
  torch::jit::Module m = torch::jit::load("m.pt");
  m.to(torch::kCPU);
  toDevice(m, torch::kCUDA);
  m.forward({torch::ones({1, 3}).to(torch::kCUDA)});
}

// A Linear pushed into a Sequential shares its parameters with it.
void sharedWithASequential() {
  torch::nn::Linear lin(4, 2);
  torch::nn::Sequential seq;
  seq->push_back(lin);
  seq->to(torch::kHalf);
  lin->forward(torch::ones({1, 4}).to(torch::kHalf));
}

// An nn::Module converts what its members refer to: `to()` on `this`.
class Net final : public torch::nn::Module {
public:
  Net() {
    fc_ = register_module("fc", torch::nn::Linear(4, 2));
    to(torch::kHalf);
  }
  torch::Tensor run(torch::Tensor x) { return fc_->forward(x.to(torch::kHalf)); }

private:
  torch::nn::Linear fc_{nullptr};
};

// A mutable member written through another, const, object of the class.
class Cache {
public:
  Cache() : buf_(torch::zeros({3})) {}
  void pushTo(const Cache &other) const { other.buf_ = buf_.to(torch::kCUDA); }
  torch::Tensor add(const torch::Tensor &x) const {
    return torch::matmul(x.to(torch::kCUDA), buf_);
  }

private:
  mutable torch::Tensor buf_;
};

// Objects made elsewhere by the implicit default constructor hold what the
// default member initializers say, whether or not toCuda() ran.
class Preproc {
public:
  void toCuda() {
    dev_ = torch::kCUDA;
    w_ = w_.to(dev_);
  }
  torch::Tensor apply(const torch::Tensor &x) const {
    return torch::matmul(x.to(torch::kCPU), w_);
  }

private:
  torch::Device dev_{torch::kCPU};
  torch::Tensor w_ = torch::eye(3);
};

// A dtype member assigned with `=`.
class Warm {
public:
  explicit Warm(const std::string &p) : module_(torch::jit::load(p)), dtype_(torch::kFloat) {
    module_.to(dtype_);
  }
  void setHalf() {
    dtype_ = torch::kHalf;
    module_.to(torch::kHalf);
    module_.forward({torch::zeros({1, 3}, dtype_)});
  }

private:
  torch::jit::Module module_;
  torch::Dtype dtype_;
};

// A pointer to the member, taken in a method, lets any code convert it.
class ExposedLayer {
public:
  static torch::nn::Linear ExposedLayer::*layer() { return &ExposedLayer::fc_; }
  torch::Tensor run() { return fc_(torch::ones({1, 3}, torch::kDouble)); }

private:
  torch::nn::Linear fc_{3, 3};
};

void convertsThroughAMemberPointer() {
  ExposedLayer e;
  (e.*ExposedLayer::layer())->to(torch::kDouble);
  e.run();
}
