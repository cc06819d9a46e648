// Values followed through calls to functions defined in the same file: the
// callee is analyzed with its parameters seeded from the arguments, and its
// returns give the call's value.
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %mock_flags
// RUN: %check_torch_tidy --plugin %s 'torch-*,-torch-debug-inspect' %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <opencv2/opencv.hpp>
#include <string>
#include <vector>

// An 8-bit image read as Float by from_blob, in a helper: found inside the
// helper for the caller's image, with a note at the call. No fix-it: the
// helper serves every caller, and other callers may pass other depths.
// CHECK-MESSAGES: :[[@LINE+5]]:10: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
// CHECK-MESSAGES: :[[@LINE+12]]:17: note: the buffer holds Byte elements since here
// CHECK-MESSAGES: :[[@LINE+3]]:10: note: to get Float values, read the buffer as Byte and convert the tensor with '.to(torch::kFloat)'
// CHECK-MESSAGES: :[[@LINE+11]]:16: note: in the call to 'preprocess' here
torch::Tensor preprocess(const cv::Mat &img) {
  return torch::from_blob(img.data, {1, img.rows, img.cols, 3})
      .permute({0, 3, 1, 2});
}

void runPreprocessedImage(const std::string &modelPath,
                          const std::string &imagePath) {
  torch::jit::Module model = torch::jit::load(modelPath);
  model.to(torch::kHalf);
  cv::Mat img = cv::imread(imagePath);
  auto input = preprocess(img);
  model.forward({input});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-5]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-13]]:10: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({input.to(torch::kHalf)});
}

// Two helpers deep: the note still points where the tensor became Float.
torch::Tensor batched(const cv::Mat &img) { return preprocess(img).contiguous(); }

void twoHelpersDeep(const std::string &modelPath, const cv::Mat &img) {
  torch::jit::Module model = torch::jit::load(modelPath);
  model.to(torch::kHalf);
  model.forward({batched(img)});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-26]]:10: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({batched(img).to(torch::kHalf)});
}

// A helper that converts maps whatever it is given to Half.
torch::Tensor toHalf(const torch::Tensor &t) { return t.to(torch::kHalf); }

void convertingHelperIsFine(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  std::vector<float> pixels(16);
  auto x = toHalf(torch::from_blob(pixels.data(), {4, 4}));
  model.forward({x});
}

void convertingHelperBeforeAFloatModel(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kFloat);
  model.forward({toHalf(torch::ones({4}))});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Half but the module's parameters are Float
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-16]]:57: note: input tensor is Half since here
  // CHECK-FIXES: model.forward({toHalf(torch::ones({4})).to(torch::kFloat)});
}

// A helper that passes its argument through keeps the caller's origin.
torch::Tensor passThrough(torch::Tensor t) { return t; }

void passThroughKeepsCallerOrigin(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto x = torch::ones({4});
  model.forward({passThrough(x)});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:12: note: input tensor is Float since here
}

// What the helper returns depends on a flag known only at run time.
torch::Tensor maybeHalf(const torch::Tensor &t, bool half) {
  if (half)
    return t.to(torch::kHalf);
  return t;
}

void resultDependsOnAFlag(const std::string &path, bool half) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  model.forward({maybeHalf(torch::ones({4}), half)});
}

// A module loaded and converted by a helper.
torch::jit::Module loadHalf(const std::string &path) {
  torch::jit::Module m = torch::jit::load(path);
  m.to(torch::kHalf);
  return m;
}

void moduleFromAHelper(const std::string &path) {
  auto model = loadHalf(path);
  model.forward({torch::ones({2})});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-8]]:5: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({torch::ones({2}).to(torch::kHalf)});
}

void lambdaCalledDirectly(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto x = [](const torch::Tensor &t) { return t.to(torch::kDouble); }(
      torch::ones({4}));
  model.forward({x});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Double but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-5]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-5]]:50: note: input tensor is Double since here
}

void lambdaThroughAVariable(const std::string &path, const std::string &image) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto prep = [](const cv::Mat &m) {
    return torch::from_blob(m.data, {1, m.rows, m.cols, 3});
  };
  cv::Mat img = cv::imread(image);
  model.forward({prep(img)});
  // CHECK-MESSAGES: :[[@LINE-4]]:12: warning: 'from_blob' reads a buffer of Byte elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: the buffer holds Byte elements since here
  // CHECK-MESSAGES: :[[@LINE-6]]:12: note: to get Float values, read the buffer as Byte and convert the tensor with '.to(torch::kFloat)'
  // CHECK-MESSAGES: :[[@LINE-4]]:18: note: in the call to the lambda here
  // CHECK-MESSAGES: :[[@LINE-5]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-11]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-10]]:12: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({prep(img).to(torch::kHalf)});
}

// A function template, at its instantiation.
template <typename T> torch::Tensor widen(const T &x) {
  return x.to(torch::kDouble);
}

void functionTemplate(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  model.forward({widen(torch::ones({4}))});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Double but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-9]]:12: note: input tensor is Double since here
}

// Static methods and methods of other objects.
struct Preprocessor {
  static torch::Tensor blank() { return torch::zeros({4}, torch::kDouble); }
  torch::Tensor scale(const torch::Tensor &t) const { return t * 2; }
};

void methodsOfOtherObjects(const std::string &path, const Preprocessor &p) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  model.forward({Preprocessor::blank()});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Double but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-10]]:41: note: input tensor is Double since here
  model.forward({p.scale(torch::ones({4}, torch::kHalf))});
}

// A virtual method may run an override: unknown.
struct Source {
  virtual ~Source() = default;
  virtual torch::Tensor next() { return torch::ones({4}); }
};

void virtualCallIsUnknown(const std::string &path, Source &s) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  model.forward({s.next()});
}

// Recursion, direct and mutual, is unknown.
torch::Tensor repeatFloat(const torch::Tensor &t, int n) {
  return n == 0 ? t.to(torch::kFloat) : repeatFloat(t, n - 1);
}
torch::Tensor pong(const torch::Tensor &t, int n);
torch::Tensor ping(const torch::Tensor &t, int n) {
  return n == 0 ? t.to(torch::kFloat) : pong(t, n - 1);
}
torch::Tensor pong(const torch::Tensor &t, int n) { return ping(t, n); }

void recursionIsUnknown(const std::string &path, int n) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  model.forward({repeatFloat(torch::ones({4}), n)});
  model.forward({ping(torch::ones({4}), n)});
}

// A helper that takes the tensor by non-const reference may change it.
torch::Tensor convertInPlace(torch::Tensor &t) {
  t = t.to(torch::kFloat);
  return t;
}

void nonConstReferenceArgument(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kFloat);
  auto x = torch::ones({4}, torch::kHalf);
  auto y = convertInPlace(x);
  model.forward({x});
  model.forward({y});
}

// Helpers whose body is not visible, or that do not compile, stay unknown.
torch::Tensor elsewhere(const torch::Tensor &t);

void declaredOnly(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  model.forward({elsewhere(torch::ones({4}))});
}

// Const references read the variable they name, as it is now.
void constReferenceToALocal(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto x = torch::ones({4});
  const auto &r = x;
  model.forward({r});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-5]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-5]]:12: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({r.to(torch::kHalf)});
}

void constReferenceSeesLaterChanges(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto x = torch::ones({4});
  const torch::Tensor &r = x;
  x = x.to(torch::kHalf);
  model.forward({r});
}

void constReferenceToATemporary(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  const torch::Tensor &t = torch::ones({4}, torch::kDouble);
  model.forward({t});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Double but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:28: note: input tensor is Double since here
}

void constReferenceToAHelpersResult(const std::string &path, const cv::Mat &img) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  const auto &in = preprocess(img);
  model.forward({in});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-244]]:10: note: input tensor is Float since here
}

void nonConstReferenceIsNotFollowed(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto x = torch::ones({4});
  auto &r = x;
  model.forward({r});
  model.forward({x});
}

// A helper that tests its argument's own state before the module call is
// not checked with the caller's state: the analysis does not know which
// way the test goes (here the module call runs only for a CUDA tensor).
torch::Tensor onlyOnTheGpu(const torch::Tensor &x) {
  torch::nn::Linear fc(4, 2);
  fc->to(torch::kCUDA);
  if (x.is_cuda())
    return fc(x);
  return x;
}

void guardedByTheHelper() { onlyOnTheGpu(torch::ones({2, 4})); }

// Called through std::invoke: a call of the lambda, with the arguments
// after it.
void lambdaInvoked(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto widen = [](const torch::Tensor &t) { return t.to(torch::kDouble); };
  auto keep = [](const torch::Tensor &t) { return t.to(torch::kHalf); };
  model.forward({std::invoke(widen, torch::ones({4}))});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Double but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-5]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-5]]:54: note: input tensor is Double since here
  // CHECK-FIXES: model.forward({std::invoke(widen, torch::ones({4})).to(torch::kHalf)});
  model.forward({std::invoke(std::cref(keep), torch::ones({4}))});
}

// A module handle captured by copy shares the caller's module: the
// lambda's conversion converts it too, and it is no longer followed.
void lambdaConvertsACopy(const std::string &path) {
  torch::nn::Linear fc(4, 4);
  auto toHalf = [fc]() mutable { fc->to(torch::kHalf); };
  toHalf();
  fc(torch::ones({4}).to(torch::kHalf));
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kFloat);
  auto convert = [model]() mutable { model.to(torch::kHalf); };
  std::invoke(convert);
  model.forward({torch::ones({4}).to(torch::kHalf)});
}
