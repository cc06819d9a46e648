// RUN: %check_torch_tidy %s 'torch-module-input-*,torch-annotation' %t -- %mock_flags
// RUN: %check_torch_tidy --plugin %s 'torch-module-input-*,torch-annotation' %t -- %mock_flags

// [[clang::annotate("torch-tidy:...")]] states a dtype or device where the
// code cannot show one; the analysis takes it as the declaration's state.

#include <torch/script.h>
#include <torch/torch.h>
#include <string>

void annotatedModuleFedFloat(const std::string &path) {
  [[clang::annotate("torch-tidy:dtype=half,device=cuda")]]
  torch::jit::script::Module model = torch::jit::load(path);
  auto input = torch::ones({1, 4}).to(torch::kCUDA);
  model.forward({input});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-5]]:33: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:16: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({input.to(torch::kHalf)});
}

void annotatedParameterFedToAHalfModule(
    [[clang::annotate("torch-tidy:dtype=float")]] torch::Tensor x,
    const std::string &path) {
  auto model = torch::jit::load(path);
  model.to(torch::kHalf);
  model.forward({x});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-7]]:35: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({x.to(torch::kHalf)});
}

[[clang::annotate("torch-tidy:dtype=double")]] torch::Tensor loadFeatures();

void annotatedFunctionResult() {
  torch::nn::Linear fc(4, 2);
  fc(loadFeatures());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: input tensor is Double but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-7]]:31: note: input tensor is Double since here
  // CHECK-FIXES: fc(loadFeatures().to(torch::kFloat));
}

struct Reader {
  [[clang::annotate("torch-tidy: dtype = bfloat16 ")]] torch::Tensor next();
};

void annotatedMethodResult(Reader &r, const std::string &path) {
  auto model = torch::jit::load(path);
  model.to(torch::kFloat);
  model.forward({r.next()});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is BFloat16 but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-9]]:34: note: input tensor is BFloat16 since here
  // CHECK-FIXES: model.forward({r.next().to(torch::kFloat)});
}

// For the components it states, the annotation wins over what the body
// says; the others (the device here) come from the body.
[[clang::annotate("torch-tidy:dtype=half")]] torch::Tensor decodeFrame();
torch::Tensor decodeFrame() { return torch::ones({4}).to(torch::kCUDA); }

void annotationWinsOverTheBody(const std::string &path) {
  auto model = torch::jit::load(path);
  model.to(torch::kFloat);
  model.to(torch::kCUDA);
  model.forward({decodeFrame()});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Half but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-10]]:31: note: input tensor is Half since here
  // CHECK-FIXES: model.forward({decodeFrame().to(torch::kFloat)});
}

// A call made before the annotated redeclaration is seen still reads it.
torch::Tensor annotatedLater();

void callBeforeTheAnnotation(const std::string &path) {
  auto model = torch::jit::load(path);
  model.to(torch::kHalf);
  model.forward({annotatedLater()});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Double but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE+3]]:31: note: input tensor is Double since here
  // CHECK-FIXES: model.forward({annotatedLater().to(torch::kHalf)});
}
[[clang::annotate("torch-tidy:dtype=double")]] torch::Tensor annotatedLater();

void deviceAnnotation(
    [[clang::annotate("torch-tidy:device=cuda:1")]] torch::Tensor x,
    const std::string &path) {
  auto model = torch::jit::load(path);
  model.to(torch::kCPU);
  model.forward({x});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is on cuda:1 but the module is on cpu [torch-module-input-device]
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module is on cpu since here
  // CHECK-MESSAGES: :[[@LINE-7]]:35: note: input tensor is on cuda:1 since here
  // CHECK-FIXES: model.forward({x.to(torch::kCPU)});
}

// A dtype-only annotation keeps the device the initializer gives.
void dtypeOnlyKeepsTheDeviceFromCode(const std::string &path) {
  [[clang::annotate("torch-tidy:dtype=half")]]
  torch::Tensor x = torch::ones({4}).to(torch::kCUDA);
  auto model = torch::jit::load(path);
  model.to(torch::kCPU);
  model.to(torch::kHalf);
  model.forward({x});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is on cuda but the module is on cpu [torch-module-input-device]
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: module is on cpu since here
  // CHECK-MESSAGES: :[[@LINE-7]]:38: note: input tensor is on cuda since here
  // CHECK-FIXES: model.forward({x.to(torch::kCPU)});
}

// The annotation is the state at the declaration; later code changes it.
void laterConversionOverrides(const std::string &path) {
  [[clang::annotate("torch-tidy:dtype=half")]]
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kDouble);
  [[clang::annotate("torch-tidy:dtype=half")]] torch::Tensor x = torch::ones({2});
  x = x.to(torch::kFloat);
  model.forward({x});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-5]]:9: note: module parameters are Double since here
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({x.to(torch::kDouble)});
}

[[clang::annotate("torch-tidy:dtype=half,device=cuda")]]
torch::jit::Module globalModel;

void annotatedGlobal() {
  globalModel.forward({torch::ones({2}).to(torch::kCUDA)});
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-6]]:31: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:24: note: input tensor is Float since here
  // CHECK-FIXES: globalModel.forward({torch::ones({2}).to(torch::kCUDA).to(torch::kHalf)});
}

// A helper's annotated parameter: a caller's argument, when its state is
// known, is what the helper computes with; an unknown one takes the
// annotation.
torch::Tensor doubled(
    [[clang::annotate("torch-tidy:dtype=half")]] const torch::Tensor &t) {
  return t * 2;
}

void parameterAnnotationInAHelper(const std::string &path, torch::Tensor any) {
  auto model = torch::jit::load(path);
  model.to(torch::kFloat);
  model.forward({doubled(torch::ones({2}))});
  model.forward({doubled(any)});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Half but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-10]]:12: note: input tensor is Half since here
  // CHECK-FIXES: model.forward({doubled(any).to(torch::kFloat)});
}

void annotatedLambdaParameter(const std::string &path) {
  auto run = []([[clang::annotate("torch-tidy:dtype=double")]] torch::Tensor t) {
    torch::nn::Linear fc(2, 2);
    return fc(t);
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: input tensor is Double but the module's parameters are Float [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-3]]:23: note: module parameters are Float since here
    // CHECK-MESSAGES: :[[@LINE-5]]:47: note: input tensor is Double since here
    // CHECK-FIXES: return fc(t.to(torch::kFloat));
  };
}

// A parameter annotated on the function's declaration only.
void inferDeclared([[clang::annotate("torch-tidy:dtype=double")]] torch::Tensor x);
void inferDeclared(torch::Tensor x) {
  torch::nn::Linear fc(2, 2);
  fc(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: input tensor is Double but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-6]]:50: note: input tensor is Double since here
  // CHECK-FIXES: fc(x.to(torch::kFloat));
}

// On a reference, what the referred-to value is known to be wins (it may
// have changed since the reference was declared); the annotation fills in
// what is unknown.
void annotatedReference(torch::Tensor unknown) {
  torch::nn::Linear fc(2, 2);
  [[clang::annotate("torch-tidy:dtype=double")]] const torch::Tensor &r = unknown;
  fc(r);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: input tensor is Double but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:21: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-4]]:33: note: input tensor is Double since here
  // CHECK-FIXES: fc(r.to(torch::kFloat));
  auto x = torch::ones({2});
  [[clang::annotate("torch-tidy:dtype=double")]] const torch::Tensor &known = x;
  fc(known);
}

// --- Silent ---

void annotationAgrees(const std::string &path) {
  [[clang::annotate("torch-tidy:dtype=Half,device=cuda")]]
  torch::jit::Module model = torch::jit::load(path);
  auto x = torch::ones({2}).to(torch::kCUDA).to(torch::kHalf);
  model.forward({x});
}

void otherToolsAnnotationsAreIgnored(const std::string &path) {
  [[clang::annotate("other-tool:dtype=half")]]
  torch::jit::Module a = torch::jit::load(path);
  a.forward({torch::ones({2})});
  [[clang::annotate("torch-tidy")]] torch::jit::Module b = torch::jit::load(path);
  b.forward({torch::ones({2})});
  __attribute__((annotate("TORCH-TIDY:dtype=half"))) torch::jit::Module c =
      torch::jit::load(path);
  c.forward({torch::ones({2})});
}

// A lambda reads a captured copy as unknown, not as the annotation says:
// the variable may have changed since its declaration.
void capturedLocalIsNotReannotated() {
  [[clang::annotate("torch-tidy:dtype=half")]] torch::Tensor x = torch::ones({2});
  x = x.to(torch::kFloat);
  auto run = [x] {
    torch::nn::Linear fc(2, 2);
    return fc(x);
  };
}

// A malformed annotation states nothing.
void malformedAnnotationStatesNothing(const std::string &path) {
  [[clang::annotate("torch-tidy:dtype=half16")]]
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: unknown dtype 'half16' in torch-tidy annotation; expected a LibTorch scalar type such as half, float or bfloat16 [torch-annotation]
  torch::jit::Module model = torch::jit::load(path);
  model.forward({torch::ones({2})});
}
