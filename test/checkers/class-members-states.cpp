// The states the engine infers for members of `this`: which members are
// followed, what a method sees on entry, and what calls do to them.
// RUN: %check_torch_tidy %s torch-debug-inspect %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <torch_tidy_debug.h>
#include <string>

// The constructor's initializers and body, in order.
class Constructed {
public:
  Constructed() : dtype_(torch::kDouble) {
    torch_tidy_inspect(dtype_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Double device=unknown
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=unknown device=unknown
    mean_ = torch::zeros({3}, dtype_);
  }
  void read() {
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Double device=cpu
    torch_tidy_inspect(this->dtype_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Double device=unknown
  }

private:
  torch::Dtype dtype_;
  torch::Tensor mean_;
};

// A default member initializer, through the implicit default constructor.
class DefaultInitialized {
public:
  void read() {
    torch_tidy_inspect(device_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=unknown device=cuda
  }

private:
  torch::Device device_{torch::kCUDA};
};
void useDefaultInitialized() { DefaultInitialized().read(); }

// Two constructors that disagree: unknown.
class TwoConstructors {
public:
  TwoConstructors() : mean_(torch::zeros({3})) {}
  explicit TwoConstructors(int) : mean_(torch::zeros({3}, torch::kHalf)) {}
  void read() {
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=unknown device=cpu
  }

private:
  torch::Tensor mean_;
};

// A private helper called only by the class: what it leaves is seen by its
// caller, not by the class's other methods.
class InternalHelper {
public:
  InternalHelper() {}
  void read() {
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Half device=cpu
  }
  void resetAndRead() {
    reset();
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Float device=cpu
    mean_ = mean_.to(torch::kHalf);
  }

private:
  void reset() { mean_ = torch::zeros({3}); }
  torch::Tensor mean_ = torch::zeros({3}, torch::kHalf);
};

// A method called on `this` starts from the members as its caller has them.
class CalledWithState {
public:
  CalledWithState() : mean_(torch::zeros({3})) { check(); }
  void check() {
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=unknown device=cpu
  }
  void toHalf() {
    mean_ = mean_.to(torch::kHalf);
    check();
    mean_ = mean_.to(torch::kFloat);
  }

private:
  torch::Tensor mean_;
};

// A call that may run any method of the object: the invariant, joined.
class Virtual {
public:
  Virtual() : mean_(torch::zeros({3})) {}
  virtual ~Virtual() = default;
  virtual void hook() {}
  void run() {
    mean_ = mean_.to(torch::kHalf);
    hook();
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=unknown device=cpu
    mean_ = mean_.to(torch::kFloat);
  }

private:
  torch::Tensor mean_;
};

void observe(const class GivesItself &);
class GivesItself {
public:
  GivesItself() : mean_(torch::zeros({3})) {}
  void run() {
    mean_ = mean_.to(torch::kDouble);
    observe(*this);
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=unknown device=cpu
    mean_ = mean_.to(torch::kFloat);
  }

private:
  torch::Tensor mean_;
};

// Members that are not followed.
class WithNested {
public:
  WithNested() : mean_(torch::zeros({3})) {}
  struct Writer {
    void write(WithNested &w) { w.mean_ = torch::ones({3}, torch::kHalf); }
  };
  void read() {
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=unknown device=unknown
  }

private:
  torch::Tensor mean_;
};

class WrittenThroughAnother {
public:
  WrittenThroughAnother() : mean_(torch::zeros({3})) {}
  void copyTo(WrittenThroughAnother &other) const {
    other.mean_ = torch::ones({3}, torch::kHalf);
  }
  void read() {
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=unknown device=unknown
  }

private:
  torch::Tensor mean_;
};

class ReadThroughAnother {
public:
  ReadThroughAnother() : mean_(torch::zeros({3})) {}
  ReadThroughAnother(const ReadThroughAnother &other) : mean_(other.mean_) {}
  void read() {
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Float device=cpu
  }

private:
  torch::Tensor mean_;
};

class BoundToReference {
public:
  BoundToReference() : mean_(torch::zeros({3})) {}
  void read() {
    torch::Tensor &alias = mean_;
    alias = alias.to(torch::kHalf);
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=unknown device=unknown
  }

private:
  torch::Tensor mean_;
};

// Within a method, a member is followed like a local.
class Flow {
public:
  Flow() : mean_(torch::zeros({3})) {}
  void branches(bool flag) {
    if (flag)
      mean_ = mean_.to(torch::kHalf);
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=unknown device=cpu
    mean_ = mean_.to(torch::kFloat);
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Float device=cpu
  }

private:
  torch::Tensor mean_;
};

// A method that throws before it finishes leaves nothing for others.
class Throws {
public:
  Throws() : mean_(torch::zeros({3})) {}
  void fail() {
    mean_ = mean_.to(torch::kHalf);
    throw 1;
  }
  void read() {
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Float device=cpu
  }

private:
  torch::Tensor mean_;
};

// A lambda that captures `this` may call any method whenever it runs: the
// class's members are not followed.
class CapturesThis {
public:
  CapturesThis() : mean_(torch::zeros({3})) {}
  void later() {
    auto f = [this] { reset(); };
    f();
  }
  void read() {
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=unknown device=unknown
  }

private:
  void reset() { mean_ = torch::ones({3}, torch::kHalf); }
  torch::Tensor mean_;
};

// A base class's method may call a virtual method the class overrides.
class Hooked {
public:
  virtual ~Hooked() = default;
  void drive() { step(); }

protected:
  virtual void step() {}
};

class Overrides : public Hooked {
public:
  Overrides() : mean_(torch::zeros({3})) {}
  void run() {
    mean_ = mean_.to(torch::kHalf);
    drive();
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=unknown device=cpu
    mean_ = mean_.to(torch::kFloat);
  }

private:
  void step() override { mean_ = mean_.to(torch::kDouble); }
  torch::Tensor mean_;
};

// An annotation on a member states what it holds when a method starts and
// after a call of the object's methods; the parts it does not state come
// from the code.
class Annotated {
public:
  Annotated() : mean_(torch::zeros({3})) {
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Float device=cpu
  }
  void read() {
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Half device=cpu
    mean_ = mean_.to(torch::kDouble);
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Double device=cpu
    reset();
    torch_tidy_inspect(mean_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Half device=cpu
  }

private:
  void reset() { mean_ = torch::zeros({3}); }
  [[clang::annotate("torch-tidy:dtype=half")]] torch::Tensor mean_;
};

// The built-in assignment of a dtype, to a local and to a member.
class AssignedDtype {
public:
  AssignedDtype() : dtype_(torch::kFloat) {}
  void set() {
    torch::Dtype d = torch::kFloat;
    d = torch::kHalf;
    torch_tidy_inspect(d);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Half device=unknown
    dtype_ = torch::kDouble;
    torch_tidy_inspect(dtype_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Double device=unknown
  }

private:
  torch::Dtype dtype_;
};

// A method that sets a member before another method reads it: what it
// leaves is known once the invariant reaches its fixpoint, whatever order
// the methods are computed in.
class InitOrder {
public:
  explicit InitOrder(const std::string &path) : device_(torch::kCUDA) { init(path); }
  void init(const std::string &path) {
    model_ = torch::jit::load(path);
    model_.to(device_);
  }
  void read() {
    torch_tidy_inspect(model_);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=unknown device=cuda
  }

private:
  torch::Device device_;
  torch::jit::Module model_;
};
