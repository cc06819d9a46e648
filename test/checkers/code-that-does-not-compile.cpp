// A function with errors gets no torch-* warning, however certain it looks.
// RUN: not %torch_tidy --checks='-*,torch-*' %s -- -std=c++17 %mock_flags 2>&1 | FileCheck %s --implicit-check-not='[torch-'
// CHECK: error: no member named 'unknown_method_of_mine'

#include <torch/script.h>
#include <torch/torch.h>
#include <string>

void broken(const std::string &path) {
  auto module = torch::jit::load(path);
  module.to(torch::kHalf);
  auto x = torch::ones({2});
  module.forward({x.unknown_method_of_mine()});
  module.forward({x});
}
