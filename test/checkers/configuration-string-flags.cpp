// Precision chosen by a string compared with literals (`datatype ==
// "fp16"`): each literal the function compares the string with is one run,
// so a mismatch is reported with the text it needs, and correlated
// branches stay silent.
// RUN: %check_torch_tidy %s 'torch-module-input-dtype' %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <string>

// The configuration string kept in a member: the constructor converts the
// model for "fp16" and warms it up with a Float tensor.
class Detector {
public:
  Detector(const std::string &path, const std::string &datatype)
      : model_(torch::jit::load(path)), datatype_(datatype) {
    if (datatype_ == "fp16")
      model_.to(torch::kHalf);
    model_.forward({torch::ones({1, 3, 8, 8})});
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: when 'datatype_' is "fp16", input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-4]]:9: note: assuming 'datatype_' is "fp16"
    // CHECK-MESSAGES: :[[@LINE-4]]:14: note: module parameters are Half since here
    // CHECK-MESSAGES: :[[@LINE-4]]:21: note: input tensor is Float since here
  }

  // The same comparison decides the input: right for every value.
  torch::Tensor infer(torch::Tensor input) {
    if (datatype_ == "fp16")
      input = input.to(torch::kHalf);
    return model_.forward({input}).toTensor();
  }

private:
  torch::jit::script::Module model_;
  std::string datatype_;
};

// A parameter, the literal on either side, `!=`: "fp64" converts the module
// and the input alike; "fp16" forgets the input.
void run(const std::string &precision) {
  torch::nn::Linear fc(4, 2);
  auto x = torch::ones({1, 4});
  if ("fp16" == precision)
    fc->to(torch::kHalf);
  if (precision != "fp64") {
  } else {
    fc->to(torch::kDouble);
    x = x.to(torch::kDouble);
  }
  fc(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: when 'precision' is "fp16", input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-9]]:7: note: assuming 'precision' is "fp16"
  // CHECK-MESSAGES: :[[@LINE-9]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-12]]:12: note: input tensor is Float since here
}

// A helper given a literal goes that way: "fp32" is silent, "fp16" is not.
void runWith(torch::nn::Linear &fc, const std::string &precision) {
  if (precision == "fp16")
    fc->to(torch::kHalf);
  fc(torch::ones({1, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: input tensor is Float since here
  // CHECK-MESSAGES: :[[@LINE+4]]:3: note: in the call to 'runWith' here
}
void callers() {
  torch::nn::Linear fc(4, 2), g(4, 2);
  runWith(fc, "fp16");
  runWith(g, "fp32");
}

// Silent: a string initialized with a literal is no configuration, and a
// string compared with another string, or passed on, is not a flag.
void fixed() {
  const std::string mode = "fp32";
  torch::nn::Linear fc(4, 2);
  if (mode == "fp16")
    fc->to(torch::kHalf);
  fc(torch::ones({1, 4}));
}
void comparedWithVariable(const std::string &precision, const std::string &half) {
  torch::nn::Linear fc(4, 2);
  if (precision == half)
    fc->to(torch::kHalf);
  fc(torch::ones({1, 4}));
}
void log(const std::string &);
void passedOn(const std::string &precision) {
  torch::nn::Linear fc(4, 2);
  log(precision);
  if (precision == "fp16")
    fc->to(torch::kHalf);
  fc(torch::ones({1, 4}));
}
// A literal is compared as a C string, up to its first NUL: both tests are
// `d == "fp16"`, and the branches agree.
torch::Tensor embeddedNul(const std::string &d, torch::Tensor x) {
  torch::nn::Linear fc(3, 3);
  if (d == "fp16")
    fc->to(torch::kHalf);
  if (d == "fp16\0x")
    x = x.to(torch::kHalf);
  return fc(x);
}
