// Modules loaded from saved model files get the parameter dtype and device
// the file holds (checker/docs/model-files.md). The runner analyzes a copy of
// this file in the build tree, so the fixtures are found through the
// TorchModelPaths option; model-files-next-to-source.test covers the lookup
// next to the source file.
// RUN: %check_torch_tidy --config="{CheckOptions: {TorchRuleFiles: '%S/Inputs/models/user-loader.yaml', TorchModelPaths: '%S/../modelfile/Inputs;%S/../modelfile/Inputs/damaged'}}" %s 'torch-module-input-*' %t -- %mock_flags
// RUN: %check_torch_tidy --plugin --config="{CheckOptions: {TorchRuleFiles: '%S/Inputs/models/user-loader.yaml', TorchModelPaths: '%S/../modelfile/Inputs;%S/../modelfile/Inputs/damaged'}}" %s 'torch-module-input-*' %t -- %mock_flags
// Without the search path nothing is found, and nothing is said.
// RUN: %torch_tidy --checks='-*,torch-module-input-*' %s -- -std=c++17 %mock_flags 2>&1 | FileCheck %s --check-prefix=NOPATH --implicit-check-not='{{warning|error|remark}}:'
// With TorchModelFileNotes, each load says what its file gave, once for
// both checks.
// RUN: %torch_tidy --checks='-*,torch-module-input-*' --config="{CheckOptions: {TorchModelFileNotes: true, TorchRuleFiles: '%S/Inputs/models/user-loader.yaml', TorchModelPaths: '%S/../modelfile/Inputs;%S/../modelfile/Inputs/damaged'}}" %s -- -std=c++17 %mock_flags 2>&1 | FileCheck %s --check-prefix=NOTES

#include <torch/script.h>
#include <torch/torch.h>
#include <string>
#include <vector>

namespace mylib {
void load_weights(torch::nn::Linear &module, const std::string &path);
}

void halfModelFedFloat() {
  auto model = torch::jit::load("jit_half.pt");
  model.forward({torch::ones({1, 3, 8, 8})});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({torch::ones({1, 3, 8, 8}).to(torch::kHalf)});
}
// NOTES: :[[@LINE-7]]:16: remark: model file '{{.*}}jit_half.pt': Half on cpu (9 storages: Half x8, Long x1) [torch-module-input-device,torch-module-input-dtype]

void halfModelFedHalf() {
  auto model = torch::jit::load("jit_half.pt");
  model.forward({torch::ones({1, 3, 8, 8}, torch::kHalf)});
}

void floatModelFedFloat() {
  torch::jit::script::Module model = torch::jit::load("jit_float.pt");
  auto x = torch::rand({1, 3, 8, 8});
  model.forward({x});
}

void bfloat16ModelFedFloat() {
  auto model = torch::jit::load("jit_bfloat16.pt");
  auto x = torch::rand({1, 3, 8, 8});
  model.forward({x});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are BFloat16 [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:16: note: module parameters are BFloat16 since here
  // CHECK-FIXES: model.forward({x.to(torch::kBFloat16)});
}

void doubleModelFedFloat() {
  auto model = torch::jit::load("jit_double.pt");
  std::vector<torch::jit::IValue> inputs;
  inputs.push_back(torch::zeros({1, 3, 8, 8}));
  model.forward(inputs);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-5]]:16: note: module parameters are Double since here
}

// The file's dtype holds until the code converts the module.
void convertedAfterLoading() {
  auto model = torch::jit::load("jit_half.pt");
  model.to(torch::kFloat);
  model.forward({torch::ones({1, 3, 8, 8})});
  model.to(torch::kDouble);
  model.forward({torch::ones({1, 3, 8, 8})});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: module parameters are Double since here
  // NOPATH: :[[@LINE-3]]:9: warning: input tensor is Float but the module's parameters are Double
  // CHECK-FIXES: model.forward({torch::ones({1, 3, 8, 8}).to(torch::kDouble)});
}

// jit_float_cuda.pt holds its storages on cuda:0; that is where torch::jit::load
// puts the parameters unless a device argument says otherwise.
void cudaSavedModelFedCpuTensor() {
  auto model = torch::jit::load("jit_float_cuda.pt");
  auto x = torch::ones({1, 3, 8, 8});
  model.forward({x});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is on cpu but the module is on cuda:0 [torch-module-input-device]
  // CHECK-MESSAGES: :[[@LINE-4]]:16: note: module is on cuda:0 since here
  // CHECK-MESSAGES: :[[@LINE-4]]:12: note: input tensor is on cpu since here
  // CHECK-FIXES: model.forward({x.to(torch::Device("cuda:0"))});
}
// NOTES: :[[@LINE-8]]:16: remark: model file '{{.*}}jit_float_cuda.pt': Float on cuda:0

void cudaSavedModelLoadedOnCpu() {
  auto model = torch::jit::load("jit_float_cuda.pt", torch::kCPU);
  model.forward({torch::ones({1, 3, 8, 8})});
  auto other = torch::jit::load("jit_float_cuda.pt", torch::Device("cpu"));
  other.forward({torch::ones({1, 3, 8, 8})});
}

void cudaSavedModelLoadedOnCpuFedHalf() {
  auto model = torch::jit::load("jit_float_cuda.pt", torch::kCPU);
  model.forward({torch::ones({1, 3, 8, 8}, torch::kHalf)});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Half but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: module parameters are Float since here
  // CHECK-FIXES: model.forward({torch::ones({1, 3, 8, 8}, torch::kHalf).to(torch::kFloat)});
}

void pathInAConstString() {
  const std::string path = "jit_half.pt";
  auto model = torch::jit::load(path);
  model.forward({torch::ones({1, 3, 8, 8})});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: module parameters are Half since here
  // CHECK-FIXES: model.forward({torch::ones({1, 3, 8, 8}).to(torch::kHalf)});
}

// torch::load(module, file) reads the saved values into the module's own
// parameters, which keep their dtype on the same device (test/oracle/
// model_files.cpp): the file says nothing certain, the module is unknown.
void torchLoadIntoAnNnModule() {
  torch::nn::Linear fc(3, 4);
  torch::load(fc, "jit_half.pt");
  fc(torch::ones({2, 3}, torch::kHalf));
}

// A loader of the user's own that converts the module to what the file
// holds: `path-arg` names the file, `writes` the module (user-loader.yaml).
void userLoaderThatWritesItsArgument() {
  torch::nn::Linear fc(3, 4);
  mylib::load_weights(fc, "jit_bfloat16.pt");
  fc(torch::ones({2, 3}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: input tensor is Float but the module's parameters are BFloat16 [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: module parameters are BFloat16 since here
  // CHECK-FIXES: fc(torch::ones({2, 3}).to(torch::kBFloat16));
}
// NOTES: :[[@LINE-6]]:3: remark: model file '{{.*}}jit_bfloat16.pt': BFloat16 on cpu

// What the file does not settle stays unknown, and unknown never warns.
void mixedPrecisionModel() {
  auto model = torch::jit::load("jit_mixed.pt");
  model.forward({torch::ones({1, 3, 8, 8})});
  model.forward({torch::ones({1, 3, 8, 8}, torch::kHalf)});
}
// NOTES: :[[@LINE-4]]:16: remark: model file '{{.*}}jit_mixed.pt': unknown dtype on cpu (9 storages: Float x2, Half x6, Long x1)

void modelWithoutFloatingParameters() {
  auto model = torch::jit::load("jit_long_only.pt");
  model.forward({torch::ones({4}, torch::kHalf)});
}

void damagedModels() {
  auto a = torch::jit::load("not_a_zip.pt");
  a.forward({torch::ones({1, 3, 8, 8})});
  auto b = torch::jit::load("bad_crc.pt");
  b.forward({torch::ones({1, 3, 8, 8})});
  auto c = torch::jit::load("truncated_pickle.pt");
  c.forward({torch::ones({1, 3, 8, 8})});
  auto d = torch::jit::load("legacy_float.pt");
  d.forward({torch::ones({1, 3, 8, 8}, torch::kHalf)});
}
// NOTES: :[[@LINE-9]]:12: remark: cannot read model file '{{.*}}not_a_zip.pt': {{.+}}: parameters unknown
// NOTES: :[[@LINE-8]]:12: remark: cannot read model file '{{.*}}bad_crc.pt': {{.+}}: parameters unknown
// NOTES: :[[@LINE-7]]:12: remark: cannot read model file '{{.*}}truncated_pickle.pt': {{.+}}: parameters unknown
// NOTES: :[[@LINE-6]]:12: remark: cannot read model file '{{.*}}legacy_float.pt': {{.+}}: parameters unknown

void missingModel() {
  auto model = torch::jit::load("no_such_model.pt");
  model.forward({torch::ones({1, 3, 8, 8})});
}
// NOTES: :[[@LINE-3]]:16: remark: model file 'no_such_model.pt' not found (looked for '{{.*}}no_such_model.pt', {{.*}}): parameters unknown

void pathNotKnownHere(const std::string &path) {
  auto model = torch::jit::load(path);
  model.forward({torch::ones({1, 3, 8, 8})});
  std::string mutablePath = "jit_half.pt";
  auto other = torch::jit::load(mutablePath);
  other.forward({torch::ones({1, 3, 8, 8})});
}
// NOTES: :[[@LINE-6]]:16: remark: the model file's path is not a string literal or a constant initialized with one: parameters unknown
// NOTES: :[[@LINE-4]]:16: remark: the model file's path is not a string literal
