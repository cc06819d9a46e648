// torch-explain: with TorchExplain, a remark at each place a check compares
// states says whether all were known and, if not, the first reason; a
// summary per file counts them. Without the option it says nothing.
// RUN: %torch_tidy --checks='-*,torch-*' --config="{CheckOptions: {TorchExplain: true}}" %s -- -std=c++17 %mock_flags 2>&1 | FileCheck %s --implicit-check-not='remark:'
// RUN: %torch_tidy --checks='-*,torch-*' %s -- -std=c++17 %mock_flags 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
// OFF-NOT: remark:
// Only the module checks: their places alone are explained.
// RUN: %torch_tidy --checks='-*,torch-explain,torch-module-input-*' --config="{CheckOptions: {TorchExplain: true}}" %s -- -std=c++17 %mock_flags 2>&1 | FileCheck %s --check-prefix=SUMMARY
// SUMMARY: :1:1: remark: torch-tidy decided 2 of 13 places
// Remarks are not warnings: --warnings-as-errors leaves them, and the exit status, alone.
// RUN: %torch_tidy --checks='-*,torch-explain,torch-module-input-*' --warnings-as-errors='*' --config="{CheckOptions: {TorchExplain: true}}" %s -- -std=c++17 %mock_flags 2>&1 | FileCheck %s --check-prefix=SUMMARY
//
// CHECK: :1:1: remark: torch-tidy decided 2 of 14 places where states are compared; 12 undecided: 2x a member not followed across its class's methods; 2x two different values meet where paths join; 1x 'loadImage' is defined in another file [torch-explain]
#include <torch/script.h>
#include <torch/torch.h>
#include <vector>

torch::Tensor loadImage();            // defined in another file
void tweak(torch::Tensor &t);         // defined in another file

void decided() {
  torch::nn::Linear fc(4, 2);
  fc->to(torch::kHalf);
  fc(torch::ones({1, 4}).to(torch::kHalf));
// CHECK: :[[@LINE-1]]:3: remark: the call of module 'fc' is decided: the module's parameters Half on cpu, the input Half on cpu [torch-explain]
}

void joined(int batch) {
  torch::nn::Linear fc(4, 2);
  torch::Tensor x = torch::ones({1, 4});
  if (batch > 8)
    x = x.to(torch::kHalf);
  fc(x);
// CHECK: :[[@LINE-1]]:3: remark: the call of module 'fc' is undecided: the dtype of the input is unknown: two different values meet where paths join (set at lines [[@LINE-4]] and [[@LINE-2]])
}

void parameter(torch::Tensor x) {
  torch::nn::Linear fc(4, 2);
  fc(x);
// CHECK: :[[@LINE-1]]:3: remark: the call of module 'fc' is undecided: the dtype of the input is unknown: it is parameter 'x' of 'parameter'; calls that give it a state are checked for theirs
}

void elsewhere() {
  torch::nn::Linear fc(4, 2);
  fc(loadImage());
// CHECK: :[[@LINE-1]]:3: remark: the call of module 'fc' is undecided: the dtype of the input is unknown: 'loadImage' is defined in another file: state what it returns with an annotation or a rule
}

void written() {
  torch::nn::Linear fc(4, 2);
  torch::Tensor x = torch::ones({1, 4});
  tweak(x);
  fc(x);
// CHECK: :[[@LINE-1]]:3: remark: the call of module 'fc' is undecided: the dtype of the input is unknown: a call of 'tweak', which no rule describes, may have changed it (line [[@LINE-2]])
}

void escaped(std::vector<torch::Tensor *> &keep) {
  torch::nn::Linear fc(4, 2);
  torch::Tensor x = torch::ones({1, 4});
  keep.push_back(&x);
  fc(x);
// CHECK: :[[@LINE-1]]:3: remark: the call of module 'fc' is undecided: the dtype of the input is unknown: 'x' may change through a reference or pointer the analysis does not follow
}

void modelFile() {
  torch::jit::Module m = torch::jit::load("missing.pt");
  m.forward({torch::ones({1, 4})});
// CHECK: :[[@LINE-1]]:5: remark: the call of module 'm' is undecided: the dtype of the module's parameters is unknown: model file 'missing.pt' not found (looked for '{{.*}}missing.pt'): parameters unknown
}

void operands(torch::Tensor y) {
  torch::Tensor x = torch::ones({4});
  x.add_(y);
// CHECK: :[[@LINE-1]]:5: remark: 'add_' is undecided: the dtype of an operand is unknown: it is parameter 'y' of 'operands'; calls that give it a state are checked for theirs
}

void oneLine(int batch) {
  torch::nn::Linear fc(4, 2);
  auto x = torch::ones({1, 4}, batch > 8 ? torch::kHalf : torch::kFloat);
  fc(x);
// CHECK: :[[@LINE-1]]:3: remark: the call of module 'fc' is undecided: the dtype of the input is unknown: two different values meet where paths join (set at line [[@LINE-2]], columns 44 and 59)
}

// A dtype chosen once: the analysis follows it as itself.
void chosen(int batch) {
  torch::nn::Linear fc(4, 2);
  auto dtype = batch > 8 ? torch::kHalf : torch::kFloat;
  fc->to(dtype);
  fc(torch::ones({1, 4}, dtype));
// CHECK: :[[@LINE-1]]:3: remark: the call of module 'fc' is decided: the module's parameters whatever 'dtype' holds on cpu, the input whatever 'dtype' holds on cpu
}

// Next to a fixed dtype a choice is compared value by value
// (checkers/local-settings.cpp), unless a later branch may depend on it.
void chosenThenTested(int batch) {
  torch::nn::Linear fc(4, 2);
  auto dtype = batch > 8 ? torch::kHalf : torch::kFloat;
  fc->to(dtype);
  auto x = torch::ones({1, 4});
  if (batch > 8)
    x = x.to(torch::kHalf);
  fc(x.to(torch::kFloat));
// CHECK: :[[@LINE-1]]:3: remark: the call of module 'fc' is undecided: the dtype of the module's parameters is unknown: it is whatever 'dtype' holds, chosen at run time, and the analysis cannot tell which of its values reach here (a branch may depend on the choice, or a value it may hold is not a constant)
}

// Two choices: nothing says how they relate.
void twoChosen(int batch, int size) {
  torch::nn::Linear fc(4, 2);
  auto dtype = batch > 8 ? torch::kHalf : torch::kFloat;
  auto inputDtype = size > 8 ? torch::kHalf : torch::kFloat;
  fc->to(dtype);
  fc(torch::ones({1, 4}, inputDtype));
// CHECK: :[[@LINE-1]]:3: remark: the call of module 'fc' is undecided: the dtype of the input is unknown: it is whatever 'inputDtype' holds, and another is whatever 'dtype' holds: two choices made at run time
}

// One tensor and a number: nothing for its dtype or device to agree with,
// so no place (and no remark).
torch::Tensor scaled() { return torch::ones({4}) / 2; }

// The summary counts a class's members together.
struct Net : torch::nn::Module {
  torch::nn::Linear fc{nullptr}, out{nullptr};
  torch::Tensor forward(torch::Tensor x) { return out(fc(x)); }
// CHECK: :[[@LINE-1]]:51: remark: the call of module 'out' is undecided: the dtype of the module's parameters is unknown: member 'Net::out' is not followed across its class's methods (it is public, its class an nn::Module or open to others: see across-functions.md)
// CHECK: :[[@LINE-2]]:55: remark: the call of module 'fc' is undecided: the dtype of the module's parameters is unknown: member 'Net::fc' is not followed across its class's methods (it is public, its class an nn::Module or open to others: see across-functions.md)
};
