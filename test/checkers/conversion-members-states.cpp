// The conversions of LibTorch's C++ API besides to(): the _cast_ functions,
// meta() and chalf() (test/oracle/conversion_members.cpp proves them).
// RUN: %check_torch_tidy %s torch-debug-inspect %t -- %mock_flags

#include <torch/torch.h>
#include <torch_tidy_debug.h>

void castFunctions() {
  auto f = torch::ones({2}).cuda();
  torch_tidy_inspect(at::_cast_Half(f));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cuda
  torch_tidy_inspect(torch::_cast_Long(f));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Long device=cuda
  torch_tidy_inspect(at::_cast_Byte(torch::ones({2}, torch::kDouble)));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Byte device=cpu
}

void metaAndChalf() {
  auto d = torch::ones({2}, torch::kDouble);
  torch_tidy_inspect(d.meta());
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Double device=meta
  torch_tidy_inspect(d.chalf());
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=ComplexHalf device=cpu
}
