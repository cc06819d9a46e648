// What torch-tidy writes with TorchExportSummaries: the functions of the
// main file other files can call, with what they return (a constant, or an
// argument's state), and the project's functions the file calls without
// their bodies. run-torch-tidy reads it (test/runner/across-files.test).
// RUN: %torch_tidy --checks='-*,torch-*' --config="{CheckOptions: {TorchExportSummaries: '%t.json'}}" %s -- -std=c++17 %mock_flags
// RUN: FileCheck %s --input-file=%t.json --implicit-check-not='"name"'

#include <torch/script.h>
#include <torch/torch.h>

namespace app {
torch::Tensor elsewhere(const torch::Tensor &t);
void alsoElsewhere();

// CHECK:      "calls": [
// CHECK-NEXT:   "app::alsoElsewhere",
// CHECK-NEXT:   "app::elsewhere"
// CHECK-NEXT: ],

// CHECK:      "device": "cpu",
// CHECK-NEXT: "dtype": "Float",
// CHECK-NEXT: "kind": "tensor",
// CHECK-NEXT: "line": [[@LINE+3]],
// CHECK-NEXT: "name": "app::pixels",
// CHECK-NEXT: "rank": "dims"
torch::Tensor pixels() { return torch::ones({2, 3}); }

// CHECK:      "device": "arg1",
// CHECK-NEXT: "dtype": "Half",
// CHECK-NEXT: "kind": "tensor",
// CHECK-NEXT: "line": [[@LINE+3]],
// CHECK-NEXT: "name": "app::halfOf",
// CHECK-NEXT: "rank": "arg1"
torch::Tensor halfOf(int unused, const torch::Tensor &t) {
  return t.to(torch::kHalf);
}

// CHECK:      "device": "arg0",
// CHECK-NEXT: "dtype": "arg0",
// CHECK-NEXT: "kind": "tensor",
// CHECK-NEXT: "line": [[@LINE+3]],
// CHECK-NEXT: "name": "app::same",
// CHECK-NEXT: "rank": "arg0"
torch::Tensor same(torch::Tensor t) { return t.relu(); }

struct Loader {
  torch::jit::script::Module load(const std::string &path);
  virtual torch::Tensor input();
  Loader();
};

// CHECK:      "device": null,
// CHECK-NEXT: "dtype": "Half",
// CHECK-NEXT: "kind": "module",
// CHECK-NEXT: "line": [[@LINE+3]],
// CHECK-NEXT: "name": "app::Loader::load",
// CHECK-NEXT: "rank": null
torch::jit::script::Module Loader::load(const std::string &path) {
  auto m = torch::jit::load(path);
  m.to(torch::kHalf);
  return m;
}

// What a flag decides is unknown; what both ways agree on is not.
// CHECK:      "device": "cpu",
// CHECK-NEXT: "dtype": null,
// CHECK-NEXT: "kind": "tensor",
// CHECK-NEXT: "line": [[@LINE+3]],
// CHECK-NEXT: "name": "app::chosen",
// CHECK-NEXT: "rank": "dims"
torch::Tensor chosen(bool half) {
  return half ? torch::ones({2}, torch::kHalf) : torch::ones({2});
}

// Not summarized: a virtual method (a call may run an override), a
// constructor, what another file's function returns, what other files
// cannot call, a template and its specialization.
torch::Tensor Loader::input() { return torch::ones({2}); }
Loader::Loader() {}
torch::Tensor passedOn(const torch::Tensor &t) { return elsewhere(t); }
static torch::Tensor internal() { return torch::ones({2}); }
namespace {
torch::Tensor anonymous() { return internal(); }
} // namespace
template <typename T> torch::Tensor typed() { return torch::ones({2}); }
template <> torch::Tensor typed<double>() { return torch::ones({2}); }
void uses() {
  alsoElsewhere();
  anonymous();
  typed<float>();
}
} // namespace app
