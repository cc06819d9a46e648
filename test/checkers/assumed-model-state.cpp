// TorchAssumedModelState: what models hold whose file the code does not
// show (a path from the command line, a file not found). Off by default:
// without it these models are unknown and nothing is reported.
// RUN: %check_torch_tidy --config="{CheckOptions: {TorchAssumedModelState: 'Float cpu', TorchModelPaths: '%S/../modelfile/Inputs'}}" %s 'torch-module-input-*,torch-data-ptr-dtype,torch-operand-dtype' %t -- %mock_flags
// RUN: %torch_tidy --checks='-*,torch-module-input-*,torch-data-ptr-dtype' --config="{CheckOptions: {TorchModelPaths: '%S/../modelfile/Inputs'}}" %s -- -std=c++17 %mock_flags 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
// OFF-NOT: {{warning|error}}:
// RUN: not %torch_tidy --checks='-*,torch-*' --config="{CheckOptions: {TorchAssumedModelState: 'Float gpu'}}" %s -- -std=c++17 %mock_flags 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: error: invalid TorchAssumedModelState 'Float gpu': 'gpu' is not a dtype or a device, or says one twice; expected a dtype, a device or both, such as 'Float cpu'
// RUN: %torch_tidy --checks='-*,torch-*' --config="{CheckOptions: {TorchExplain: true}}" %s -- -std=c++17 %mock_flags 2>&1 | FileCheck %s --check-prefix=WHY

#include <torch/script.h>
#include <torch/torch.h>
#include <vector>

// Features computed in double precision, fed to a model loaded from the
// command line: Double input, Float parameters, on every run with a Float
// model. (Integer inputs stay silent: a scripted model may take them.)
void doubleFeatures(char **argv, const std::vector<double> &features) {
  torch::jit::Module model = torch::jit::load(argv[1]);
  auto input = torch::from_blob(const_cast<double *>(features.data()),
                                {1, 4}, torch::kDouble);
  model.forward({input});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Double but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-5]]:30: note: module parameters are assumed Float here, as TorchAssumedModelState says
  // CHECK-MESSAGES: :[[@LINE-5]]:16: note: input tensor is Double since here
  // CHECK-FIXES: model.forward({input.to(torch::kFloat)});
}

// The output of such a model read as Double.
void outputReadAsDouble(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  auto out = model.forward({torch::ones({1, 4})}).toTensor();
  double *p = out.data_ptr<double>();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'data_ptr' reads a Float tensor as Double, which throws at run time [torch-data-ptr-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: the module returns Float tensors, like the parameters TorchAssumedModelState assumes, here
  (void)p;
}

// What the code converts the model to is no longer an assumption, and a
// file the code names and that exists says what it holds.
void convertedOrNamed(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  model.forward({torch::ones({1, 4}).to(torch::kHalf)});
  torch::jit::Module named = torch::jit::load("jit_half.pt");
  named.forward({torch::ones({1, 4}).to(torch::kHalf)});
}

// The explain check says the option would decide the site.
void whySilent(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.forward({torch::ones({1, 4}, torch::kDouble)});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Double but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:30: note: module parameters are assumed Float here, as TorchAssumedModelState says
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: input tensor is Double since here
  // CHECK-FIXES: model.forward({torch::ones({1, 4}, torch::kDouble).to(torch::kFloat)});
  // WHY: :[[@LINE-5]]:9: remark: {{.*}}the TorchAssumedModelState option can say what such models hold
}

// A model may return integer indices or a Bool mask: its output's assumed
// dtype says nothing about an index.
void indexByOutput(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  auto idx = model.forward({torch::ones({1, 4})}).toTensor();
  auto table = torch::ones({4, 3});
  table.index_select(0, idx);
}
