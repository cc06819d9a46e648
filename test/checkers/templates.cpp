// Templates are checked per instantiation: a dtype that follows from the
// template's arguments (c10::CppTypeToScalarType<T>, caffe2::TypeMeta::Make<T>(), std::is_same_v,
// if constexpr) is known in each instantiation, and a finding names the
// instantiation it holds for, with a note where it was required. The
// template's code serves every instantiation: no fix-it, and a finding
// every instantiation shares is said once.
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <typeinfo>
#include <vector>

// Positions read with their element type's dtype, fed to a Float layer:
// wrong for double, right for float.
template <typename T> torch::Tensor embed(std::vector<T> &pos) {
  torch::nn::Linear fc(3, 3);
  auto x = torch::from_blob(pos.data(), {2, 3},
                            torch::TensorOptions().dtype(c10::CppTypeToScalarType<T>::value));
  return fc(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: input tensor is Double but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-5]]:21: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-5]]:12: note: input tensor is Double since here
  // CHECK-MESSAGES: :[[@LINE+6]]:3: note: in the instantiation of 'embed<double>' required here
  // CHECK-FIXES: {{^}}  return fc(x);{{$}}
}

void embedsBoth(std::vector<float> &f, std::vector<double> &d) {
  embed(f);
  embed(d);
}

// The same with the dtype as a caffe2::TypeMeta: TypeMeta::Make<T>().
template <typename T> torch::Tensor embedMeta(std::vector<T> &pos) {
  torch::nn::Linear fc(3, 3);
  auto x = torch::from_blob(pos.data(), {2, 3},
                            torch::TensorOptions().dtype(caffe2::TypeMeta::Make<T>()));
  return fc(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: input tensor is Double but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-5]]:21: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-5]]:12: note: input tensor is Double since here
  // CHECK-MESSAGES: :[[@LINE+5]]:3: note: in the instantiation of 'embedMeta<double>' required here
}

void embedsBothMeta(std::vector<float> &f, std::vector<double> &d) {
  embedMeta(f);
  embedMeta(d);
}

// A pair style instantiated for one precision: the model is Float, the
// positions and the forces read as double.
template <typename Scalar> class PairStyle {
public:
  explicit PairStyle(const std::string &path) : model_(torch::jit::load(path)) {
    model_.to(torch::kFloat);
  }
  void compute(std::vector<Scalar> &pos) {
    auto x = torch::from_blob(pos.data(), {2, 3},
                              torch::TensorOptions().dtype(c10::CppTypeToScalarType<Scalar>::value));
    auto out = model_.forward({x}).toTensor();
    auto forces = out.template accessor<Scalar, 2>();
    (void)forces;
  }
  // CHECK-MESSAGES: :[[@LINE-4]]:23: warning: input tensor is Double but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-10]]:12: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: input tensor is Double since here
  // CHECK-MESSAGES: :[[@LINE+23]]:9: note: in the instantiation of 'PairStyle<double>::compute' required here

  // Converted on the way in, read back as the pair style's type.
  void forcesOf(std::vector<Scalar> &pos) {
    auto x = torch::from_blob(pos.data(), {2, 3},
                              torch::TensorOptions().dtype(c10::CppTypeToScalarType<Scalar>::value));
    auto out = model_.forward({x.to(torch::kFloat)}).toTensor();
    auto forces = out.template accessor<Scalar, 2>();
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: 'accessor' reads a Float tensor as Double, which throws at run time [torch-data-ptr-dtype]
    // CHECK-MESSAGES: :[[@LINE-3]]:23: note: the module returns Float tensors, like its parameters, here
    // CHECK-MESSAGES: :[[@LINE+14]]:9: note: in the instantiation of 'PairStyle<double>::forcesOf' required here
    (void)forces;
  }

private:
  torch::jit::Module model_;
};

void runsPairs(const std::string &path, std::vector<float> &f, std::vector<double> &d) {
  PairStyle<float> single(path);
  single.compute(f);
  single.forcesOf(f);
  PairStyle<double> mixed(path);
  mixed.compute(d);
  mixed.forcesOf(d);
}

// A dtype chosen by the type: right for double, wrong for float.
template <typename T> torch::Tensor asModel(const torch::Tensor &x) {
  torch::nn::Linear fc(3, 3);
  fc->to(torch::kDouble);
  constexpr auto Dtype = std::is_same_v<T, float> ? torch::kFloat : torch::kDouble;
  return fc(x.to(Dtype));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: module parameters are Double since here
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: input tensor is Float since here
  // CHECK-MESSAGES: :[[@LINE+5]]:3: note: in the instantiation of 'asModel<float>' required here
}

void asBoth(const torch::Tensor &x) {
  asModel<double>(x);
  asModel<float>(x);
}

// The same bug in every instantiation: said once, without a fix-it.
template <typename T> void warm(T scale) {
  torch::nn::Linear fc(3, 3);
  fc->to(torch::kHalf);
  fc(torch::ones({1, 3}) * scale);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:26: note: input tensor is Float since here
  // CHECK-MESSAGES: :[[@LINE+5]]:3: note: in the instantiation of 'warm<float>' required here
  // CHECK-FIXES: {{^}}  fc(torch::ones({1, 3}) * scale);{{$}}
}

void warmsBoth() {
  warm(1.0f);
  warm(2.0);
}

// Converted where the type asks for it, with if constexpr: silent.
template <typename T> torch::Tensor converted(std::vector<T> &pos) {
  torch::nn::Linear fc(3, 3);
  auto x = torch::from_blob(pos.data(), {2, 3},
                            torch::TensorOptions().dtype(c10::CppTypeToScalarType<T>::value));
  if constexpr (!std::is_same_v<T, float>)
    x = x.to(torch::kFloat);
  return fc(x);
}

void convertsBoth(std::vector<float> &f, std::vector<double> &d) {
  converted(f);
  converted(d);
}

// A template nothing instantiates is not checked: its types are unknown.
template <typename T> torch::Tensor never(std::vector<T> &pos) {
  torch::nn::Linear fc(3, 3);
  fc->to(torch::kHalf);
  return fc(torch::ones({2, 3}));
}

// A method this file never instantiates may run in another file that
// does: the members of this specialization are not followed.
template <typename T> class HalfByDefault {
public:
  HalfByDefault() { fc_->to(torch::kHalf); }
  void toFloat() { fc_->to(torch::kFloat); }
  torch::Tensor run() { return fc_(torch::ones({1, 3})); }

private:
  torch::nn::Linear fc_{3, 3};
};

void runsHalfByDefault() {
  HalfByDefault<float> model;
  model.run();
}

// A test of the template's types that clang leaves to run time (typeid, a
// helper that is not constexpr, a local set from one): the branch for the
// other type would be taken for this one. Such instantiations are not
// checked.
template <typename T> bool isDouble() { return std::is_same<T, double>::value; }

template <typename T> void byTypeid() {
  torch::nn::Linear fc(3, 3);
  fc->to(torch::kDouble);
  auto x = torch::ones({1, 3}, torch::TensorOptions().dtype(c10::CppTypeToScalarType<T>::value));
  if (typeid(T) == typeid(double))
    fc(x);
}

template <typename T> void byHelper() {
  torch::nn::Linear fc(3, 3);
  fc->to(torch::kDouble);
  auto x = torch::ones({1, 3}, torch::TensorOptions().dtype(c10::CppTypeToScalarType<T>::value));
  bool precise = isDouble<T>();
  if (!precise)
    throw std::invalid_argument("double only");
  fc(x);
}

void testsAtRunTime() {
  byTypeid<float>();
  byTypeid<double>();
  byHelper<double>();
  try {
    byHelper<float>();
  } catch (const std::invalid_argument &) {
  }
}

// A test clang folds decides the branch: checked.
template <typename T> void byTrait() {
  torch::nn::Linear fc(3, 3);
  fc->to(torch::kDouble);
  auto x = torch::ones({1, 3}, torch::TensorOptions().dtype(c10::CppTypeToScalarType<T>::value));
  if (std::is_same<T, double>::value)
    fc(x);
  fc(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-6]]:7: note: module parameters are Double since here
  // CHECK-MESSAGES: :[[@LINE-6]]:12: note: input tensor is Float since here
  // CHECK-MESSAGES: :[[@LINE+5]]:3: note: in the instantiation of 'byTrait<float>' required here
}

void foldedTests() {
  byTrait<double>();
  byTrait<float>();
}

// Instantiated only to deduce its return type: it never runs.
template <typename T> auto deduced() {
  torch::nn::Linear fc(3, 3);
  return fc(torch::ones({1, 3}, torch::TensorOptions().dtype(c10::CppTypeToScalarType<T>::value)));
}
using Deduced = decltype(deduced<double>());

// A lambda in a variable template: its finding names the instantiation
// and has no fix-it.
template <typename T> auto feed = []() {
  torch::nn::Linear fc(3, 3);
  if constexpr (std::is_same_v<T, double>)
    fc->to(torch::kDouble);
  return fc(torch::ones({1, 3}, torch::kDouble));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: input tensor is Double but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-5]]:21: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-3]]:13: note: input tensor is Double since here
  // CHECK-MESSAGES: :[[@LINE+6]]:3: note: in the instantiation of 'feed<float>' required here
  // CHECK-FIXES: {{^}}  return fc(torch::ones({1, 3}, torch::kDouble));{{$}}
};

void feedsBoth() {
  feed<double>();
  feed<float>();
}

// A pointer to a private member lets code outside the class convert it.
template <typename T> class Exposed {
public:
  static torch::nn::Linear Exposed::*layer() { return &Exposed::fc_; }
  torch::Tensor run() { return fc_(torch::ones({1, 3}, torch::kDouble)); }

private:
  torch::nn::Linear fc_{3, 3};
};

void convertsThroughAPointer() {
  Exposed<float> e;
  (e.*Exposed<float>::layer())->to(torch::kDouble);
  e.run();
}

// Tests of the types kept where the analysis does not see them: a trait in
// a static member, a member set from one, a non-constexpr variable
// template, `&&` in an expression, a helper that throws for some types.
// Such instantiations are not checked.
template <typename T> bool isDoubleFn() { return std::is_same<T, double>::value; }
template <typename T> struct Traits {
  static const bool isD;
};
template <typename T> const bool Traits<T>::isD = isDoubleFn<T>();
template <typename T> bool isDVar = isDoubleFn<T>();

template <typename T> void byStaticMember() {
  torch::nn::Linear fc(3, 3);
  fc->to(torch::kDouble);
  auto x = torch::ones({1, 3}, torch::TensorOptions().dtype(c10::CppTypeToScalarType<T>::value));
  if (Traits<T>::isD)
    fc(x);
  if (isDVar<T>)
    fc(x);
  (void)(isDoubleFn<T>() && fc(x).defined());
}

template <typename T> class Gate {
public:
  Gate() { fc_->to(torch::kDouble); }
  torch::Tensor run() {
    auto x = torch::ones({1, 3}, torch::TensorOptions().dtype(c10::CppTypeToScalarType<T>::value));
    if (precise_)
      return fc_(x);
    return x;
  }

private:
  const bool precise_ = std::is_same<T, double>::value;
  torch::nn::Linear fc_{3, 3};
};

template <typename T> void requireDouble() {
  if (!std::is_same<T, double>::value)
    throw std::invalid_argument("double only");
}

template <typename T> void afterAGuard() {
  torch::nn::Linear fc(3, 3);
  fc->to(torch::kDouble);
  requireDouble<T>();
  fc(torch::ones({1, 3}, torch::TensorOptions().dtype(c10::CppTypeToScalarType<T>::value)));
}

void hiddenTests() {
  byStaticMember<float>();
  byStaticMember<double>();
  Gate<float>().run();
  Gate<double>().run();
  afterAGuard<double>();
  try {
    afterAGuard<float>();
  } catch (const std::invalid_argument &) {
  }
}

// A flag of a class template's instantiation is followed as in any class:
// the constructor converts the model when fp16_ is set, then warms it up
// with a Float tensor; infer() converts its input on the same flag.
template <typename Backbone> class TemplateDetector {
public:
  TemplateDetector(const std::string &path, bool fp16)
      : model_(torch::jit::load(path)), fp16_(fp16) {
    if (fp16_)
      model_.to(torch::kHalf);
    model_.forward({torch::ones({1, 3, 8, 8})});
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: when 'fp16_' is true, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-4]]:9: note: assuming 'fp16_' is true
    // CHECK-MESSAGES: :[[@LINE-4]]:14: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-4]]:21: note: input tensor is Float since here
    // CHECK-MESSAGES: :[[@LINE+21]]:26: note: in the instantiation of 'TemplateDetector<Yolo>::TemplateDetector' required here
  }

  torch::Tensor infer(torch::Tensor input) {
    if (fp16_)
      input = input.to(torch::kHalf);
    return model_.forward({input}).toTensor();
  }

  // Never called, so never instantiated: it is read from the template, and
  // it only reads fp16_.
  bool fp16() const { return fp16_; }

private:
  torch::jit::script::Module model_;
  bool fp16_;
};

struct Yolo {};

torch::Tensor detect(const std::string &path, bool fp16, torch::Tensor img) {
  TemplateDetector<Yolo> detector(path, fp16);
  return detector.infer(img);
}

// A method nothing calls sets the flag: it is no flag, and the constructor
// stays silent.
template <typename Backbone> class Switchable {
public:
  Switchable(const std::string &path, bool fp16)
      : model_(torch::jit::load(path)), fp16_(fp16) {
    if (fp16_)
      model_.to(torch::kHalf);
    model_.forward({torch::ones({1, 3, 8, 8})});
  }
  void useHalf(bool on) { fp16_ = on; }

private:
  torch::jit::script::Module model_;
  bool fp16_;
};

void switchable(const std::string &path, bool fp16) { Switchable<Yolo> s(path, fp16); }

// A method nothing here calls converts the model back: another file may
// instantiate and call it, so run() cannot know the model is Half.
template <typename Backbone> class Reloadable {
public:
  explicit Reloadable(const std::string &path) : model_(torch::jit::load(path)) {
    model_.to(torch::kHalf);
  }
  torch::Tensor run() { return model_.forward({torch::ones({1, 3})}).toTensor(); }
  void useFloat() { model_.to(torch::kFloat); }

private:
  torch::jit::script::Module model_;
};

torch::Tensor reload(const std::string &path) { return Reloadable<Yolo>(path).run(); }

// A method nothing calls converts the model through dependent code (a
// generic lambda given the object): still a member that method names.
template <typename Backbone> class ReloadedByLambda {
public:
  explicit ReloadedByLambda(const std::string &path) : model_(torch::jit::load(path)) {
    model_.to(torch::kHalf);
  }
  torch::Tensor run() { return model_.forward({torch::ones({1, 3})}).toTensor(); }
  static void useFloat(ReloadedByLambda &d) {
    auto demote = [](auto &obj) { obj.model_.to(torch::kFloat); };
    demote(d);
  }

private:
  torch::jit::script::Module model_;
};

torch::Tensor reloadByLambda(ReloadedByLambda<Yolo> &r) { return r.run(); }

// A flag the template's types decide through a constructor's parameter:
// the private constructor is given IsDouble<T>::dbl() by make(), and the
// public one defaults to it. Neither instantiation is checked.
template <typename T> struct IsDouble {
  static bool dbl() { return std::is_same<T, double>::value; }
};

template <typename T> class ByMake {
public:
  static ByMake make(const std::string &path) { return ByMake(path, IsDouble<T>::dbl()); }

private:
  ByMake(const std::string &path, bool dbl) : model_(torch::jit::load(path)), dbl_(dbl) {
    if (dbl_)
      model_.to(torch::kDouble);
    model_.forward({torch::ones({1, 4}, torch::TensorOptions().dtype(c10::CppTypeToScalarType<T>::value))});
  }
  torch::jit::script::Module model_;
  bool dbl_;
};

template <typename T> class ByDefault {
public:
  explicit ByDefault(const std::string &path, bool dbl = IsDouble<T>::dbl())
      : model_(torch::jit::load(path)), dbl_(dbl) {
    if (dbl_)
      model_.to(torch::kDouble);
    model_.forward({torch::ones({1, 4}, torch::TensorOptions().dtype(c10::CppTypeToScalarType<T>::value))});
  }

private:
  torch::jit::script::Module model_;
  bool dbl_;
};

void decidedByTypes(const std::string &p) {
  ByMake<float>::make(p);
  ByMake<double>::make(p);
  ByDefault<float> f(p);
  ByDefault<double> d(p);
}
