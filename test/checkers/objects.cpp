// Objects used through their methods: a local object's members follow the
// calls made on it, each method analyzed from the object's states at the
// call (docs/across-functions.md, "Objects used through their methods").
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %mock_flags
// RUN: %check_torch_tidy --plugin %s 'torch-*,-torch-debug-inspect' %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

// load() converts the model; compute() feeds it a Double tensor. Alone,
// compute() sees the class's members joined over every method (the model
// default-constructed or Half: unknown) and is silent; in main(), after
// p.load(), the model is Half.
class Potential {
public:
  void load(const std::string &path) {
    model_ = torch::jit::load(path);
    model_.to(torch::kHalf);
  }
  torch::Tensor compute(const std::vector<double> &pos) {
    torch::Tensor x = torch::from_blob(const_cast<double *>(pos.data()),
                                       {(long)pos.size()}, torch::kDouble);
    return model_.forward({x}).toTensor();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: input tensor is Double but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-7]]:12: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-5]]:23: note: input tensor is Double since here
  }

private:
  torch::jit::Module model_;
};

int energy() {
  Potential p;
  p.load("model.pt");
  std::vector<double> pos(30);
  auto out = p.compute(pos);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: note: in the call to 'compute' here
  return out.numel() > 0;
}

// The same class called in the other order: compute() runs before load()
// has converted anything, and the object holds a default-constructed
// module. Nothing is known, nothing is said.
int energyBeforeLoading() {
  Potential p;
  std::vector<double> pos(30);
  auto out = p.compute(pos);
  p.load("model.pt");
  return out.numel() > 0;
}

// A precision chosen by a setter: the module and the input both follow it.
class Detector {
public:
  void setPrecision(torch::ScalarType dtype) { dtype_ = dtype; }
  void load(const std::string &path) {
    module_ = torch::jit::load(path);
    module_.to(dtype_);
  }
  torch::Tensor run(const torch::Tensor &image) {
    return module_.forward({image.to(dtype_)}).toTensor();
  }
  torch::Tensor runRaw(const torch::Tensor &image) {
    return module_.forward({image}).toTensor();
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-8]]:13: note: module parameters are Half since here
  }
  torch::Tensor runOnce(const torch::Tensor &image) {
    return module_.forward({image}).toTensor();
  }

private:
  torch::ScalarType dtype_ = torch::kFloat;
  torch::jit::Module module_;
};

void detect() {
  Detector d;
  d.setPrecision(torch::kHalf);
  d.load("detector.pt");
  torch::Tensor image = torch::rand({1, 3, 8, 8});
  d.run(image);    // converted with the same dtype_: correct
  d.runRaw(image);
  // CHECK-MESSAGES: :[[@LINE-3]]:25: note: input tensor is Float since here
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: in the call to 'runRaw' here
}

// The implicit constructor runs the default member initializers: dtype_ is
// Float, so the model is Float and a Half input is wrong. An object made
// by a copy of a temporary is constructed the same way.
void defaultPrecision() {
  Detector d;
  d.load("detector.pt");
  d.runRaw(torch::rand({1, 3, 8, 8}).to(torch::kHalf));
  // CHECK-MESSAGES: :[[@LINE-31]]:20: warning: input tensor is Half but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-38]]:13: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-3]]:38: note: input tensor is Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:5: note: in the call to 'runRaw' here
}

// A member that is an object of such a class, used only through its
// methods, is followed the same way across its owner's methods: App's
// constructor configures the detector, step() runs it.
class App {
public:
  App() {
    detector_.setPrecision(torch::kDouble);
    detector_.load("m.pt");
  }
  void step() {
    detector_.run(torch::rand({1, 3, 8, 8}));
    detector_.runOnce(torch::rand({1, 3, 8, 8}));
    // CHECK-MESSAGES: :[[@LINE-44]]:20: warning: input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-56]]:13: note: module parameters are Double since here
    // CHECK-MESSAGES: :[[@LINE-3]]:23: note: input tensor is Float since here
    // CHECK-MESSAGES: :[[@LINE-4]]:15: note: in the call to 'runOnce' here
  }

private:
  Detector detector_;
};

// Configured by a method that may run after step(): the owner's states
// join what its constructor and init() leave, which is unknown.
class LazyApp {
public:
  void init() {
    detector_.setPrecision(torch::kDouble);
    detector_.load("m.pt");
  }
  void step() { detector_.runRaw(torch::rand({1, 3, 8, 8})); }

private:
  Detector detector_;
};

// A member handed out by reference may be changed by anyone.
class SharingApp {
public:
  SharingApp() {
    detector_.setPrecision(torch::kDouble);
    detector_.load("m.pt");
  }
  Detector &detector() { return detector_; }
  void step() { detector_.runRaw(torch::rand({1, 3, 8, 8})); }

private:
  Detector detector_;
};

// Two objects of one class, each with its own precision: the Float one is
// correct, the Half one is checked on its own.
void twoDetectors() {
  Detector fp32;
  fp32.load("a.pt");
  Detector fp32Too;
  fp32Too.setPrecision(torch::kFloat);
  fp32Too.load("b.pt");
  torch::Tensor image = torch::rand({1, 3, 8, 8});
  fp32.runRaw(image);
  fp32Too.runRaw(image);
}

// A setter called on some paths only: joined with the other path, the
// precision is unknown at runRaw, and nothing is said.
void maybeHalf(bool half) {
  Detector d;
  if (half)
    d.setPrecision(torch::kHalf);
  d.load("detector.pt");
  d.runRaw(torch::rand({1, 3, 8, 8}));
}

// Objects the flow does not see whole are left to their class's states:
// one given to a function by reference, one used in a lambda, one whose
// method may throw half-way into a handler that goes on.
void configure(Detector &d);
void escapes() {
  Detector d;
  d.setPrecision(torch::kHalf);
  configure(d);
  d.load("detector.pt");
  d.runRaw(torch::rand({1, 3, 8, 8}));
}
void inLambda() {
  Detector d;
  auto half = [&] { d.setPrecision(torch::kHalf); };
  half();
  d.load("detector.pt");
  d.runRaw(torch::rand({1, 3, 8, 8}));
}
void handled() {
  Detector d;
  d.setPrecision(torch::kHalf);
  try {
    d.load("detector.pt");
  } catch (const std::exception &) {
  }
  d.runRaw(torch::rand({1, 3, 8, 8}));
}

// Reset by a later call: load() of a Float precision after a Half one.
void reconfigured() {
  Detector d;
  d.setPrecision(torch::kHalf);
  d.load("detector.pt");
  d.setPrecision(torch::kFloat);
  d.load("detector.pt");
  d.runRaw(torch::rand({1, 3, 8, 8}));
}

// What a method returns starts from the object's states before the call:
// prepare() converts to dtype_, so the tensor is Half and reading it as
// float is wrong.
class Preprocessor {
public:
  void setDtype(torch::ScalarType dtype) { dtype_ = dtype; }
  torch::Tensor prepare(const torch::Tensor &raw) { return raw.to(dtype_); }

private:
  torch::ScalarType dtype_ = torch::kFloat;
};

float firstValue() {
  Preprocessor pre;
  pre.setDtype(torch::kHalf);
  torch::Tensor t = pre.prepare(torch::rand({4}));
  return *t.data_ptr<float>();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'data_ptr' reads a Half tensor as Float, which throws at run time [torch-data-ptr-dtype]
  // CHECK-MESSAGES: :[[@LINE-12]]:64: note: tensor is Half since here
  // CHECK-FIXES: return *t.to(torch::kFloat).data_ptr<float>();
}

float firstValueAsFloat() {
  Preprocessor pre;
  torch::Tensor t = pre.prepare(torch::rand({4}));
  return *t.data_ptr<float>();
}


// Objects held by a smart pointer made here and used only through `->`
// are followed the same way; `std::make_shared` / `std::make_unique` run
// the one constructor that takes as many arguments.
class Engine {
public:
  explicit Engine(torch::ScalarType dtype) : dtype_(dtype) {}
  void load(const std::string &path) {
    module_ = torch::jit::load(path);
    module_.to(dtype_);
  }
  torch::Tensor infer(const torch::Tensor &x) {
    return module_.forward({x}).toTensor();
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-5]]:13: note: module parameters are Double since here
  }

private:
  torch::ScalarType dtype_;
  torch::jit::Module module_;
};

void shared() {
  auto e = std::make_shared<Engine>(torch::kDouble);
  if (!e)
    return;
  e->load("m.pt");
  e->infer(torch::rand({2, 2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: input tensor is Float since here
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: in the call to 'infer' here
}

class Session {
public:
  explicit Session(const std::string &path) : module_(torch::jit::load(path)) {}
  void toDouble() { module_.to(torch::kDouble); }
  torch::Tensor infer(const torch::Tensor &x) {
    return module_.forward({x}).toTensor();
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-4]]:29: note: module parameters are Double since here
  }

private:
  torch::jit::Module module_;
};

void unique() {
  std::unique_ptr<Session> s(new Session("m.pt"));
  s->toDouble();
  s->infer(torch::rand({2, 2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: input tensor is Float since here
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: in the call to 'infer' here
}

// A copy of the pointer, or the raw pointer taken out of it, may change
// the object where the flow does not look: left to the class's states.
void copiedPointer() {
  auto e = std::make_shared<Engine>(torch::kDouble);
  auto other = e;
  other->load("m.pt");
  e->infer(torch::rand({2, 2}));
}
void rawPointer(void (*keep)(Engine *)) {
  auto e = std::make_unique<Engine>(torch::kDouble);
  keep(e.get());
  e->load("m.pt");
  e->infer(torch::rand({2, 2}));
}
void consistentEngine() {
  auto e = std::make_unique<Engine>(torch::kFloat);
  e->load("m.pt");
  e->infer(torch::rand({2, 2}));
}


// Correct programs an adversarial review wrote (each proven at run time);
// every one stays silent.

// A method returning `*this` makes an alias the flow does not follow: the
// class's objects are left to its states.
class Fluent {
public:
  Fluent() : t_(torch::rand({4}).to(torch::kDouble)) {}
  Fluent &self() { return *this; }
  void toFloat() { t_ = t_.to(torch::kFloat); }
  float first() { return *t_.data_ptr<float>(); }

private:
  torch::Tensor t_;
};
float fluent() {
  Fluent b;
  b.self().toFloat();
  return b.first();
}

// `this` handed to a call may be kept and used later.
class Registered {
public:
  Registered() : t_(torch::rand({4})) {}
  void registerIn(std::vector<Registered *> &all) { all.push_back(this); }
  void widen() { t_ = t_.to(torch::kDouble); }
  void narrow() { t_ = t_.to(torch::kFloat); }
  float first() { return *t_.data_ptr<float>(); }

private:
  torch::Tensor t_;
};
float registered() {
  std::vector<Registered *> all;
  Registered b;
  b.registerIn(all);
  b.widen();
  all[0]->narrow();
  return b.first();
}

// A method that catches what a helper threw half-way, and goes on.
class Retrying {
public:
  Retrying() : t_(torch::rand({4})) {}
  void load(int n) {
    try {
      step(n);
    } catch (const std::exception &) {
    }
  }
  void widen() { t_ = t_.to(torch::kDouble); }
  double first() { return *t_.data_ptr<double>(); }

private:
  void step(int n) {
    t_ = t_.to(torch::kDouble);
    if (n > 0)
      throw std::runtime_error("step");
    t_ = t_.to(torch::kFloat);
  }
  torch::Tensor t_;
};
double retrying() {
  Retrying b;
  b.load(1);
  return b.first();
}

// A handler that loops back (`continue`) after a method threw half-way.
class Loader {
public:
  Loader() : t_(torch::rand({4})) {}
  void load(int n) {
    if (n == 0) {
      t_ = t_.to(torch::kDouble);
      throw std::runtime_error("retry");
    }
  }
  void widen() { t_ = t_.to(torch::kDouble); }
  double first() { return *t_.data_ptr<double>(); }

private:
  torch::Tensor t_;
};
double retried() {
  Loader b;
  for (int n = 0; n < 3; ++n) {
    try {
      b.load(n);
      break;
    } catch (const std::exception &) {
      if (n < 2)
        continue;
      return 0;
    }
  }
  return b.first();
}

// Two calls on one object in one expression run in an unspecified order.
double readDouble(const torch::Tensor &t, int) { return *t.data_ptr<double>(); }
class Widening {
public:
  Widening() : t_(torch::rand({4})) {}
  torch::Tensor get() { return t_; }
  int widen() {
    t_ = t_.to(torch::kDouble);
    return 0;
  }

private:
  torch::Tensor t_;
};
double unordered() {
  Widening b;
  return readDouble(b.get(), b.widen());
}

// A member handed out by non-const reference may be written by anyone.
class Handing {
public:
  Handing() : t_(torch::rand({4}).to(torch::kDouble)) {}
  torch::Tensor &buffer() { return t_; }
  float first() { return *t_.data_ptr<float>(); }

private:
  torch::Tensor t_;
};
float handed() {
  Handing b;
  b.buffer() = torch::rand({4});
  return b.first();
}

// Two objects made alike: the second one's finding points at its own
// argument, not the first one's.
class Holder {
public:
  explicit Holder(torch::Tensor x) : in_(x) {}
  double asDouble() { return *in_.data_ptr<double>(); }
  float asFloat() { return *in_.data_ptr<float>(); }

private:
  torch::Tensor in_;
};
double firstHolder() {
  Holder a(torch::rand({4}).to(torch::kDouble));
  return a.asDouble();
}
float secondHolder() {
  Holder b(torch::rand({4}).to(torch::kDouble));
  return b.asFloat();
  // CHECK-MESSAGES: :[[@LINE-12]]:33: warning: 'data_ptr' reads a Double tensor as Float, which throws at run time [torch-data-ptr-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:29: note: tensor is Double since here
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: in the call to 'asFloat' here
}

// An owner that catches around a call on its member object and goes on:
// load() may have stopped half-way, so the member is not followed.
class CatchingApp {
public:
  CatchingApp() {
    detector_.setPrecision(torch::kDouble);
    try {
      detector_.load("m.pt");
    } catch (const std::exception &) {
    }
  }
  void step() { detector_.runOnce(torch::rand({1, 3, 8, 8})); }

private:
  Detector detector_;
};

// load() sets the precision and delegates the conversion to apply(), which
// is followed from the members as load() left them: after p.load(), the
// model is Half, and compute() feeds it a Double tensor. Inside load(),
// warming the model up after apply() with a Float tensor is reported
// without any object: apply() leaves the model Half there too.
class Delegating {
public:
  void load(const std::string &path) {
    model_ = torch::jit::load(path);
    dtype_ = torch::kHalf;
    apply();
  }
  void loadAndWarm(const std::string &path) {
    model_ = torch::jit::load(path);
    dtype_ = torch::kHalf;
    apply();
    model_.forward({torch::ones({1, 3})});
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE+19]]:25: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-3]]:21: note: input tensor is Float since here
  }
  torch::Tensor compute(const std::vector<double> &pos) {
    torch::Tensor x = torch::from_blob(const_cast<double *>(pos.data()),
                                       {(long)pos.size()}, torch::kDouble);
    return model_.forward({x}).toTensor();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: input tensor is Double but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE+11]]:25: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-5]]:23: note: input tensor is Double since here
    // CHECK-MESSAGES: :[[@LINE+19]]:12: note: in the call to 'compute' here
  }
  torch::Tensor computeConverted(const std::vector<double> &pos) {
    torch::Tensor x = torch::from_blob(const_cast<double *>(pos.data()),
                                       {(long)pos.size()}, torch::kDouble);
    return model_.forward({x.to(dtype_)}).toTensor();
  }

private:
  void apply() { model_.to(dtype_); }
  torch::jit::Module model_;
  torch::ScalarType dtype_ = torch::kFloat;
};

torch::Tensor delegating() {
  Delegating p;
  p.load("model.pt");
  std::vector<double> pos(30);
  p.computeConverted(pos);
  return p.compute(pos);
}

// A delegating constructor starts from what the constructor it delegates
// to leaves: built by the two-argument one, the model is Half.
class Delegated {
public:
  explicit Delegated(const std::string &path) : model_(torch::jit::load(path)) {
    model_.to(torch::kFloat);
  }
  Delegated(const std::string &path, int) : Delegated(path) { model_.to(torch::kHalf); }
  torch::Tensor run() { return model_.forward({torch::ones({1, 3})}).toTensor(); }
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:70: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:48: note: input tensor is Float since here
  // CHECK-MESSAGES: :[[@LINE+10]]:86: note: in the call to 'run' here

private:
  torch::jit::script::Module model_;
};

torch::Tensor builtByTheTarget(const std::string &p) {
  Delegated d(p);
  return d.run();
}
torch::Tensor builtByTheDelegate(const std::string &p) { Delegated d(p, 0); return d.run(); }

// Every constructor of the class ends with a Double model, one through the
// other: the class-wide states know it.
class AlwaysDouble {
public:
  AlwaysDouble() : AlwaysDouble(3) {}
  explicit AlwaysDouble(int n) : fc_(n, 2) { fc_->to(torch::kDouble); }
  torch::Tensor run() { return fc_(torch::ones({1, 3})); }
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:51: note: module parameters are Double since here
  // CHECK-MESSAGES: :[[@LINE-3]]:36: note: input tensor is Float since here
  // CHECK-FIXES: {{^}}  torch::Tensor run() { return fc_(torch::ones({1, 3}).to(torch::kDouble)); }{{$}}

private:
  torch::nn::Linear fc_;
};
