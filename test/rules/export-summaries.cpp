// What torch-tidy writes with TorchExportSummaries: every function of the
// main file other files can call, with what it returns (a constant, or one
// argument's state), the arguments it passes to modules, and the project's
// functions the file calls without their bodies. run-torch-tidy reads it
// (test/runner/across-files.test).
// RUN: %torch_tidy --checks='-*,torch-*' --config="{CheckOptions: {TorchExportSummaries: '%t.json'}}" %s -- -std=c++17 %mock_flags
// RUN: FileCheck %s --input-file=%t.json

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
// CHECK-NEXT: "feeds": [],
// CHECK-NEXT: "kind": "tensor",
// CHECK-NEXT: "line": [[@LINE+4]],
// CHECK-NEXT: "name": "app::pixels",
// CHECK-NEXT: "rank": "dims",
// CHECK-NEXT: "signature": "()"
torch::Tensor pixels() { return torch::ones({2, 3}); }

// CHECK:      "device": "arg1",
// CHECK-NEXT: "dtype": "Half",
// CHECK:      "name": "app::halfOf",
// CHECK-NEXT: "rank": "arg1",
// CHECK-NEXT: "signature": "(int, const at::Tensor &)"
torch::Tensor halfOf(int unused, const torch::Tensor &t) {
  return t.to(torch::kHalf);
}

// CHECK:      "device": "arg0",
// CHECK-NEXT: "dtype": "arg0",
// CHECK:      "name": "app::same",
torch::Tensor same(torch::Tensor t) { return t.relu(); }

// What a flag decides is unknown; what both ways agree on is not.
// CHECK:      "device": "cpu",
// CHECK-NEXT: "dtype": null,
// CHECK:      "name": "app::chosen",
torch::Tensor chosen(bool half) {
  return half ? torch::ones({2}, torch::kHalf) : torch::ones({2});
}

// Either argument may be the result: neither is followed.
// CHECK:      "device": null,
// CHECK-NEXT: "dtype": null,
// CHECK:      "name": "app::pick",
torch::Tensor pick(const torch::Tensor &a, const torch::Tensor &b, bool first) {
  return first ? a : b;
}

// The first argument reaches a Half module unchanged: a caller must pass
// a Half tensor.
// CHECK:      "device": null,
// CHECK-NEXT: "dtype": null,
// CHECK-NEXT: "feeds": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "arg": 0,
// CHECK-NEXT:     "device": "cpu",
// CHECK-NEXT:     "dtype": "Half",
// CHECK-NEXT:     "input-dtype": "exact"
// CHECK-NEXT:   }
// CHECK-NEXT: ],
// CHECK-NEXT: "kind": "other",
// CHECK-NEXT: "line": [[@LINE+3]],
// CHECK-NEXT: "name": "app::classify",
// CHECK-NEXT: "rank": null,
void classify(const torch::Tensor &x, int classes) {
  torch::nn::Linear fc(4, classes);
  fc->to(torch::kHalf);
  fc(x);
}

// A module call on some paths only (after a flag, or a guard such as
// `if (x.is_cuda())`) is no requirement on the argument.
// CHECK:      "feeds": [],
// CHECK:      "name": "app::maybeClassify",
torch::Tensor maybeClassify(const torch::Tensor &x, bool use) {
  torch::nn::Linear fc(4, 2);
  fc->to(torch::kHalf);
  if (use)
    return fc(x);
  return x;
}

// Nothing about the arguments when one may alias another (`f(x, x)`).
// CHECK:      "device": null,
// CHECK-NEXT: "dtype": null,
// CHECK-NEXT: "feeds": [],
// CHECK:      "name": "app::keepFirst",
torch::Tensor keepFirst(const torch::Tensor &a, torch::Tensor &out) {
  out = out.to(torch::kHalf);
  return a;
}

// Nothing from a variable that outlives the call, or through a reference.
// CHECK:      "device": null,
// CHECK-NEXT: "dtype": null,
// CHECK:      "name": "app::shared",
torch::nn::Linear shared() {
  static torch::nn::Linear m(4, 4);
  return m;
}
// CHECK:      "device": null,
// CHECK-NEXT: "dtype": null,
// CHECK:      "name": "app::cached",
torch::Tensor &cached() {
  static torch::Tensor t = torch::zeros({2});
  return t;
}

struct Loader {
  torch::jit::script::Module load(const std::string &path);
  virtual torch::Tensor input();
  Loader();
};

// CHECK:      "device": null,
// CHECK-NEXT: "dtype": "Half",
// CHECK-NEXT: "feeds": [],
// CHECK-NEXT: "kind": "module",
// CHECK-NEXT: "line": [[@LINE+4]],
// CHECK-NEXT: "name": "app::Loader::load",
// CHECK-NEXT: "rank": null,
// CHECK-NEXT: "signature": "(const std::basic_string<char> &)"
torch::jit::script::Module Loader::load(const std::string &path) {
  auto m = torch::jit::load(path);
  m.to(torch::kHalf);
  return m;
}

// Listed with nothing known: what another file's function returns.
// CHECK:      "device": null,
// CHECK-NEXT: "dtype": null,
// CHECK:      "name": "app::passedOn",
torch::Tensor passedOn(const torch::Tensor &t) { return elsewhere(t); }
// CHECK:      "name": "app::uses",
// CHECK-NOT: "name"
void uses();

// Not listed: a virtual method (a call may run an override), a
// constructor, what other files cannot call, templates, their
// specializations and the classes in them.
torch::Tensor Loader::input() { return torch::ones({2}); }
Loader::Loader() {}
static torch::Tensor internal() { return torch::ones({2}); }
namespace {
torch::Tensor anonymous() { return internal(); }
} // namespace
template <typename T> torch::Tensor typed() { return torch::ones({2}); }
template <> torch::Tensor typed<double>() { return torch::ones({2}); }
template <typename T> struct Codec { struct Impl { torch::Tensor decode(); }; };
template <> struct Codec<int> { struct Impl { torch::Tensor decode(); }; };
torch::Tensor Codec<int>::Impl::decode() { return torch::ones({2}); }
void uses() {
  alsoElsewhere();
  anonymous();
  typed<float>();
}
} // namespace app
