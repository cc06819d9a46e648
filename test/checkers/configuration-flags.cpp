// Precision chosen by a flag: each value of a flag the function tests (and
// nothing changes while it runs) is followed on its own, so a mismatch on
// one value is reported with its condition, and code whose branches agree
// on every value stays silent.
// RUN: %check_torch_tidy %s 'torch-module-input-dtype,torch-operand-dtype' %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <functional>
#include <iostream>
#include <string>

// The detector of a bug report: the constructor converts the model when
// fp16_ is set, then warms it up with a Float tensor.
class Detector {
public:
  Detector(const std::string &path, bool fp16)
      : model_(torch::jit::load(path)), fp16_(fp16) {
    if (fp16_)
      model_.to(torch::kHalf);
    model_.forward({torch::ones({1, 3, 8, 8})});
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: when 'fp16_' is true, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-4]]:9: note: assuming 'fp16_' is true
    // CHECK-MESSAGES: :[[@LINE-4]]:14: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-4]]:21: note: input tensor is Float since here
  }

  // The same flag decides the input: right on both values.
  torch::Tensor infer(torch::Tensor input) {
    if (fp16_)
      input = input.to(torch::kHalf);
    return model_.forward({input}).toTensor();
  }

private:
  torch::jit::script::Module model_;
  bool fp16_;
};

void parameterFlag(bool half) {
  torch::nn::Linear fc(4, 2);
  if (half)
    fc->to(torch::kHalf);
  fc(torch::ones({1, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: when 'half' is true, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: assuming 'half' is true
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:6: note: input tensor is Float since here
}

// A negated test, and a conditional operator choosing the dtype.
void negatedAndChosen(bool full, bool half) {
  torch::nn::Linear fc(4, 2);
  if (!full)
    fc->to(torch::kDouble);
  fc(torch::ones({1, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: when 'full' is false, input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: assuming 'full' is false
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: module parameters are Double since here
  // CHECK-MESSAGES: :[[@LINE-4]]:6: note: input tensor is Float since here
  auto a = torch::ones({2}, half ? torch::kHalf : torch::kFloat);
  auto b = torch::ones({2}, torch::kFloat);
  torch::matmul(a, b);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: when 'half' is true, 'matmul' needs operands of one dtype, but they are Half and Float [torch-operand-dtype]
}

// Two flags, of which one decides: the condition names that one.
void twoFlags(bool verbose, bool half) {
  if (verbose)
    std::cout << "loading\n";
  torch::nn::Linear fc(4, 2);
  if (half)
    fc->to(torch::kHalf);
  fc(torch::ones({1, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: when 'half' is true, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: assuming 'half' is true
}

// Not followed into helpers: a helper's own branches are not decided by
// its caller's flags, so a path in it for one value may never run. The
// bug in warmUp() for 'half' true is missed (a limit of the checks).
torch::Tensor warmUp(torch::jit::script::Module &model) {
  return model.forward({torch::ones({1, 3, 8, 8})}).toTensor();
}

void helperUnderAFlag(const std::string &path, bool half) {
  auto model = torch::jit::load(path);
  if (half)
    model.to(torch::kHalf);
  warmUp(model);
}

// Silent: the branches agree on every value of the flag.
void correlated(bool half) {
  torch::nn::Linear fc(4, 2);
  auto x = torch::ones({1, 4});
  if (half)
    fc->to(torch::kHalf);
  if (half)
    x = x.to(torch::kHalf);
  fc(x);
  fc(half ? torch::ones({1, 4}).to(torch::kHalf) : torch::ones({1, 4}));
}

// Silent: not flags the runs may assume. Each function is right at run
// time, and would be flagged if its boolean were assumed to keep a value.
void decidedByATensor() {
  torch::nn::Linear fc(4, 2);
  auto img = torch::ones({1, 4});
  bool isHalf = img.scalar_type() == torch::kHalf; // false: img is Float
  if (isHalf)
    fc->to(torch::kHalf);
  fc(img);
}

void constantFlag() {
  torch::nn::Linear fc(4, 2);
  const bool never = false;
  if (never)
    fc->to(torch::kDouble);
  fc(torch::ones({1, 4}));
}

void writtenBetweenTests(bool half) {
  torch::nn::Linear fc(4, 2);
  auto x = torch::ones({1, 4});
  bool h = half;
  if (h)
    x = x.to(torch::kHalf);
  h = !h;
  if (!h)
    fc->to(torch::kHalf);
  fc(x);
}

class Toggle {
public:
  explicit Toggle(bool half) : half_(half) {}
  void flip() { half_ = !half_; }
  void run() {
    torch::nn::Linear fc(4, 2);
    auto x = torch::ones({1, 4});
    if (half_)
      x = x.to(torch::kHalf);
    flip(); // a method writes the member: the tests may disagree
    if (!half_)
      fc->to(torch::kHalf);
    fc(x);
  }

private:
  bool half_;
};

// Silent: two flags tied to one setting are one flag; assuming them apart
// would follow a path (convert the model, not the input) that never runs.
struct Config {
  bool half;
};

void tiedCopies(const Config &cfg) {
  torch::nn::Linear fc(4, 2);
  auto x = torch::ones({1, 4});
  bool convertModel = cfg.half;
  bool convertInput = cfg.half;
  if (convertModel)
    fc->to(torch::kHalf);
  if (convertInput)
    x = x.to(torch::kHalf);
  fc(x);
}

void tiedByInitializer(bool half) {
  torch::nn::Linear fc(4, 2);
  auto x = torch::ones({1, 4});
  bool same = half;
  if (half)
    fc->to(torch::kHalf);
  if (same)
    x = x.to(torch::kHalf);
  fc(x);
}

class TiedMembers {
public:
  explicit TiedMembers(bool half) : modelHalf_(half), inputHalf_(half) {}
  void run() {
    torch::nn::Linear fc(4, 2);
    auto x = torch::ones({1, 4});
    if (modelHalf_)
      fc->to(torch::kHalf);
    if (inputHalf_)
      x = x.to(torch::kHalf);
    fc(x);
  }

private:
  bool modelHalf_;
  bool inputHalf_;
};

// Silent: the flags alone must decide the path. A flag read other than by
// its tests, or another condition (one that asks a state the flag decided,
// a boolean set under the flag, a loop, a handler), would let the runs
// follow paths that never run.
void testedAnotherWay(bool half) {
  torch::nn::Linear fc(4, 2);
  if (half)
    fc->to(torch::kHalf);
  if (half == false)
    fc(torch::ones({1, 4}));
}

void askedThroughADtype(bool half) {
  torch::nn::Linear fc(4, 2);
  auto dt = half ? torch::kHalf : torch::kFloat;
  fc->to(dt);
  if (dt == torch::kFloat)
    fc(torch::ones({1, 4}));
}

void passedOn(bool half, torch::nn::Linear &fc);

void flagPassedOn(bool half) {
  torch::nn::Linear fc(4, 2);
  if (half)
    fc->to(torch::kHalf);
  passedOn(half, fc);
}

void setUnderTheFlag(bool half) {
  torch::nn::Linear fc(4, 2);
  bool converted = false;
  if (half) {
    fc->to(torch::kHalf);
    converted = true;
  }
  if (!converted)
    fc(torch::ones({1, 4}));
}

struct Options {
  bool half;
};

void sourceTestedToo(const Options &opts) {
  const bool half = opts.half;
  torch::nn::Linear fc(4, 2);
  if (half)
    fc->to(torch::kHalf);
  if (opts.half)
    fc(torch::ones({1, 4}).to(torch::kHalf));
}

struct HalfReady {};
void note(const char *s);

void handledUnderTheFlag(bool half) {
  torch::nn::Linear fc(4, 2);
  try {
    note("start");
    if (half) {
      fc->to(torch::kHalf);
      throw HalfReady{};
    }
  } catch (const HalfReady &) {
    fc(torch::ones({1, 4}).to(torch::kHalf));
  }
}

// Silent: a helper method tests the member flag again.
class Detector2 {
public:
  Detector2(const std::string &path, bool fp16)
      : model_(torch::jit::load(path)), fp16_(fp16) {
    if (fp16_)
      model_.to(torch::kHalf);
    infer(torch::zeros({1, 3, 8, 8}));
  }
  torch::Tensor infer(torch::Tensor input) {
    if (fp16_)
      return model_.forward({input.to(torch::kHalf)}).toTensor();
    return model_.forward({input}).toTensor();
  }

private:
  torch::jit::script::Module model_;
  bool fp16_;
};

// Silent: a constructor parameter and the member it sets are one flag.
class Warmed {
public:
  explicit Warmed(bool half) : half_(half), fc_(4, 2) {
    if (half)
      fc_->to(torch::kHalf);
    if (!half_)
      fc_(torch::ones({1, 4})); // warm up in full precision only
  }

private:
  bool half_;
  torch::nn::Linear fc_;
};

// Silent: a member and its negation, set from one parameter.
class Negated {
public:
  explicit Negated(bool half) : modelHalf_(half), inputFloat_(!half) {}
  void run() {
    torch::nn::Linear fc(4, 2);
    auto x = torch::ones({1, 4});
    if (modelHalf_)
      fc->to(torch::kHalf);
    if (!inputFloat_)
      x = x.to(torch::kHalf);
    fc(x);
  }

private:
  bool modelHalf_;
  bool inputFloat_;
};

// Silent: a local declared in a loop takes a new value each time round.
void perIteration() {
  torch::nn::Linear fc(4, 2);
  for (int i = 0; i < 3; ++i) {
    bool first = (i == 0);
    if (first)
      fc->to(torch::kDouble);
    else
      fc(torch::ones({1, 4}).to(torch::kDouble));
  }
}

// Silent: a flag from a method that reads the model.
class Matching {
public:
  Matching() : fc_(4, 2) {}
  bool modelIsHalf() const { return fc_->weight.scalar_type() == torch::kHalf; }
  torch::Tensor run() {
    auto x = torch::ones({1, 4});
    bool half = modelIsHalf();
    if (half)
      x = x.to(torch::kHalf);
    return fc_(x);
  }

private:
  torch::nn::Linear fc_;
};

// Silent: `*this` bound to a name, through which the member changes.
class Bound {
public:
  explicit Bound(bool half) : half_(half) {}
  void run() {
    torch::nn::Linear fc(4, 2);
    auto x = torch::ones({1, 4});
    if (half_)
      x = x.to(torch::kHalf);
    auto &[h] = *this;
    h = !h;
    if (!half_)
      fc->to(torch::kHalf);
    fc(x);
  }

private:
  bool half_;
};

// Silent: two answers of the library to one question.
void sameQuestion() {
  bool gpu = torch::cuda::is_available();
  bool useCuda = torch::cuda::device_count() > 0;
  torch::nn::Linear fc(4, 2);
  auto x = torch::ones({1, 4});
  if (gpu)
    fc->to(torch::kCUDA);
  if (useCuda)
    x = x.to(torch::kCUDA);
  fc(x);
}

// Either flag converts: the condition names one that suffices.
void eitherFlag(bool a, bool b) {
  torch::nn::Linear fc(4, 2);
  if (a || b)
    fc->to(torch::kHalf);
  fc(torch::ones({1, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: when 'a' is true, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
}

// A helper's bug for every caller's state is reported without a condition,
// even after a caller that has it only under a flag.
torch::Tensor warm(torch::nn::Linear &fc) {
  return fc(torch::ones({1, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE+13]]:7: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE+13]]:3: note: in the call to 'warm' here
}

void warmedUnderAFlag(bool half) {
  torch::nn::Linear fc(4, 2);
  if (half)
    fc->to(torch::kHalf);
  warm(fc);
}

void warmedAlways() {
  torch::nn::Linear fc(4, 2);
  fc->to(torch::kHalf);
  warm(fc);
}

// A constant argument selects the path a helper takes for that call.
torch::Tensor apply(torch::nn::Linear &fc, bool half) {
  if (half)
    return fc(torch::ones({1, 4}).to(torch::kHalf));
  return fc(torch::ones({1, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE+17]]:7: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:13: note: input tensor is Float since here
  // CHECK-MESSAGES: :[[@LINE+16]]:3: note: in the call to 'apply' here
}

void constantArguments(bool useHalf) {
  torch::nn::Linear fc(4, 2);
  if (useHalf) {
    fc->to(torch::kHalf);
    apply(fc, true); // right: the Half branch
  } else {
    apply(fc, false); // right: the Float branch
  }
}

void wrongConstant() {
  torch::nn::Linear fc(4, 2);
  fc->to(torch::kHalf);
  apply(fc, false);
}

// A parameter every call gives a constant is decided by its calls: a
// private init() only ever given false never converts, and stays silent;
// a static helper given true is checked for that call.
class InitOnlyFloat {
public:
  explicit InitOnlyFloat(const std::string &path) : model_(torch::jit::load(path)) {
    init(false);
  }

private:
  void init(bool fp16) {
    if (fp16)
      model_.to(torch::kHalf);
    model_.forward({torch::ones({1, 3})});
  }
  torch::jit::script::Module model_;
};

static void warmUp(torch::jit::script::Module &m, bool fp16) {
  if (fp16)
    m.to(torch::kHalf);
  m.forward({torch::ones({1, 3})});
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: input tensor is Float since here
  // CHECK-MESSAGES: :[[@LINE+4]]:3: note: in the call to 'warmUp' here
}
void warmUpHalf(const std::string &path) {
  auto m = torch::jit::load(path);
  warmUp(m, true);
}

// A lambda a local holds and only calls is decided by its calls too: one
// only ever given false stays silent (also called from lambdas capturing
// it, by reference or by copy); given true, it is checked for that call;
// one that escapes (kept in a std::function) may be called with anything,
// and its flag is followed.
void lambdaOnlyFloat(torch::jit::script::Module &m) {
  auto run = [&](bool half) {
    if (half)
      m.to(torch::kHalf);
    m.forward({torch::ones({1, 3})});
  };
  auto again = [&]() { run(false); };
  auto copy = [run]() { run(false); };
  run(false);
  again();
  copy();
}
void lambdaOnlyHalf(torch::jit::script::Module &m) {
  auto run = [&](bool half) {
    if (half)
      m.to(torch::kHalf);
    m.forward({torch::ones({1, 3})});
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-3]]:16: note: input tensor is Float since here
    // CHECK-MESSAGES: :[[@LINE+2]]:3: note: in the call to the lambda here
  };
  run(true);
}
void lambdaThroughAReference(torch::jit::script::Module &m) {
  auto run = [&](bool half) {
    if (half)
      m.to(torch::kHalf);
    m.forward({torch::ones({1, 3})});
  };
  auto &alias = run;
  alias(false);
  run.operator()(false);
}
// Calls through std::invoke (of the lambda, a reference to it) and of the
// lambda moved: still only ever given `false`.
void lambdaInvoked(torch::jit::script::Module &m) {
  auto run = [&](bool half) {
    if (half)
      m.to(torch::kHalf);
    m.forward({torch::ones({1, 3})});
  };
  std::invoke(run, false);
  std::invoke(std::ref(run), false);
  std::move(run)(false);
}
// Given `true` through std::invoke: found in the call's context.
void lambdaInvokedHalf(torch::jit::script::Module &m) {
  auto run = [&](bool half) {
    if (half)
      m.to(torch::kHalf);
    m.forward({torch::ones({1, 3})});
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-3]]:16: note: input tensor is Float since here
    // CHECK-MESSAGES: :[[@LINE+3]]:3: note: in the call to the lambda here
  };
  std::invoke(run, false);
  std::invoke(std::ref(run), true);
}
// std::invoke gives a parameter its default argument, as a direct call.
void lambdaInvokedDefault(torch::jit::script::Module &m) {
  auto run = [&](bool half = false) {
    if (half)
      m.to(torch::kHalf);
    m.forward({torch::ones({1, 3})});
  };
  std::invoke(run);
}
void lambdaInvokedHalfDefault(torch::jit::script::Module &m) {
  auto run = [&](bool half = true) {
    if (half)
      m.to(torch::kHalf);
    m.forward({torch::ones({1, 3})});
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-3]]:16: note: input tensor is Float since here
    // CHECK-MESSAGES: :[[@LINE+2]]:3: note: in the call to the lambda here
  };
  std::invoke(run);
}
// A lambda called where it is written, held by a const reference, or
// invoked through std::as_const: its calls decide it too.
void lambdaCalledWhereWritten(torch::jit::script::Module &m) {
  [&](bool half) {
    if (half)
      m.to(torch::kHalf);
    m.forward({torch::ones({1, 3})});
  }(false);
  const auto &run = [&](bool half) {
    if (half)
      m.to(torch::kHalf);
    m.forward({torch::ones({1, 3})});
  };
  run(false);
  std::invoke(std::as_const(run), false);
}
void lambdaCalledWhereWrittenHalf(torch::jit::script::Module &m) {
  [&](bool half) {
    if (half)
      m.to(torch::kHalf);
    m.forward({torch::ones({1, 3})});
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-3]]:16: note: input tensor is Float since here
    // CHECK-MESSAGES: :[[@LINE-7]]:3: note: in the call to the lambda here
  }(true);
}
// A reference_wrapper called is no call the index sees: the lambda's
// parameter is followed as a flag.
void lambdaWrappedCall(torch::jit::script::Module &m, bool h) {
  auto run = [&](bool half) {
    if (half)
      m.to(torch::kHalf);
    m.forward({torch::ones({1, 3})});
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: when 'half' is true, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-4]]:9: note: assuming 'half' is true
    // CHECK-MESSAGES: :[[@LINE-4]]:9: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-4]]:16: note: input tensor is Float since here
  };
  run(false);
  std::ref(run)(h);
}
void lambdaKept(torch::jit::script::Module &m, std::function<void(bool)> &keep) {
  auto run = [&](bool half) {
    if (half)
      m.to(torch::kHalf);
    m.forward({torch::ones({1, 3})});
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: when 'half' is true, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-4]]:9: note: assuming 'half' is true
    // CHECK-MESSAGES: :[[@LINE-4]]:9: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-4]]:16: note: input tensor is Float since here
  };
  keep = run;
  run(false);
}
