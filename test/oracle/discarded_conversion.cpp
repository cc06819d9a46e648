// RUN: %oracle_bin/discarded_conversion
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %real_flags -I%S
// Proves that Tensor conversions return a new tensor and leave the receiver
// alone, so a conversion used as a statement does nothing:
//  - `t.to(torch::kHalf);`, `t.to(torch::kDouble);`, `t.to(options);`,
//    `t.toType(torch::kDouble);` leave t Float; `t.contiguous();` leaves a
//    transposed t non-contiguous; `t.to(torch::kCPU);` and `t.cpu();` return
//    t itself when it is already on the CPU (nothing is lost, but nothing
//    happens either). `x.cuda()` / `x.to(torch::kCUDA)` cannot run on this
//    CPU-only build and are not exercised.
//  - Assigning the result (`t = t.to(torch::kHalf);`, `t = t.contiguous();`)
//    changes t.
//  - Module conversions are in place: torch::nn::Linear's `->to(kDouble)`
//    and torch::jit::Module's `.to(kDouble)` make the parameters Double with
//    the result discarded (they return void).
//  - In-place tensor ops with a trailing underscore do change the receiver:
//    t.t_() transposes t.
#include "oracle.h"

#include <torch/script.h>

#include <type_traits>

ORACLE_TEST(discarded_dtype_conversions) {
  auto t = torch::ones({2, 3}, torch::kFloat);
  t.to(torch::kHalf); // flagged: torch-discarded-conversion
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'to' does not change 't' in place; the converted tensor it returns is discarded [torch-discarded-conversion]
  // CHECK-FIXES: t = t.to(torch::kHalf);
  EXPECT_DTYPE(t, torch::kFloat);
  t.to(torch::kDouble); // flagged: torch-discarded-conversion
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'to' does not change 't' in place; the converted tensor it returns is discarded [torch-discarded-conversion]
  // CHECK-FIXES: t = t.to(torch::kDouble);
  EXPECT_DTYPE(t, torch::kFloat);
  t.to(torch::TensorOptions().dtype(torch::kHalf)); // flagged: torch-discarded-conversion
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'to' does not change 't' in place; the converted tensor it returns is discarded [torch-discarded-conversion]
  // CHECK-FIXES: t = t.to(torch::TensorOptions().dtype(torch::kHalf));
  EXPECT_DTYPE(t, torch::kFloat);
  t.toType(torch::kDouble); // flagged: torch-discarded-conversion
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'toType' does not change 't' in place; the converted tensor it returns is discarded [torch-discarded-conversion]
  // CHECK-FIXES: t = t.toType(torch::kDouble);
  EXPECT_DTYPE(t, torch::kFloat);
  t.to(torch::kCPU, torch::kHalf); // flagged: torch-discarded-conversion
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'to' does not change 't' in place; the converted tensor it returns is discarded [torch-discarded-conversion]
  // CHECK-FIXES: t = t.to(torch::kCPU, torch::kHalf);
  EXPECT_DTYPE(t, torch::kFloat);
  t = t.to(torch::kHalf);
  EXPECT_DTYPE(t, torch::kHalf);
  auto u = torch::ones({2, 3}, torch::kFloat);
  auto v = u.toType(torch::kDouble);
  EXPECT_DTYPE(u, torch::kFloat);
  EXPECT_DTYPE(v, torch::kDouble);
}

ORACLE_TEST(discarded_contiguous) {
  auto t = torch::ones({2, 3}, torch::kFloat).t();
  EXPECT_TRUE(!t.is_contiguous());
  t.contiguous(); // flagged: torch-discarded-conversion
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'contiguous' does not change 't' in place; the converted tensor it returns is discarded [torch-discarded-conversion]
  // CHECK-FIXES: t = t.contiguous();
  EXPECT_TRUE(!t.is_contiguous());
  t = t.contiguous();
  EXPECT_TRUE(t.is_contiguous());
}

ORACLE_TEST(discarded_device_conversions_on_cpu) {
  auto t = torch::ones({2, 3}, torch::kFloat);
  // On the CPU these return t itself (same storage): nothing changes, with or
  // without the assignment. x.cuda() cannot run here.
  EXPECT_TRUE(t.to(torch::kCPU).data_ptr() == t.data_ptr());
  EXPECT_TRUE(t.cpu().data_ptr() == t.data_ptr());
  EXPECT_DEVICE(t, "cpu");
}

ORACLE_TEST(in_place_ops_change_the_receiver) {
  auto t = torch::ones({2, 3}, torch::kFloat);
  t.t_();
  EXPECT_TRUE(t.size(0) == 3 && t.size(1) == 2);
  t.unsqueeze_(0);
  EXPECT_TRUE(t.dim() == 3);
}

ORACLE_TEST(nn_module_to_is_in_place) {
  torch::nn::Linear lin(2, 3);
  EXPECT_DTYPE(lin->weight, torch::kFloat);
  EXPECT_TRUE((std::is_void<decltype(lin->to(torch::kDouble))>::value));
  lin->to(torch::kDouble);
  EXPECT_DTYPE(lin->weight, torch::kDouble);
  EXPECT_DTYPE(lin->bias, torch::kDouble);
  for (const auto &p : lin->parameters())
    EXPECT_DTYPE(p, torch::kDouble);
  EXPECT_DTYPE(lin->forward(torch::ones({1, 2}, torch::kDouble)), torch::kDouble);
}

ORACLE_TEST(jit_module_to_is_in_place) {
  torch::jit::Module m("m");
  m.register_parameter("w", torch::ones({2, 2}), false);
  m.define("def forward(self, x):\n    return torch.mm(x, self.w)\n");
  EXPECT_TRUE((std::is_void<decltype(m.to(torch::kDouble))>::value));
  m.to(torch::kDouble);
  EXPECT_DTYPE(m.attr("w").toTensor(), torch::kDouble);
  for (const auto &p : m.parameters())
    EXPECT_DTYPE(p, torch::kDouble);
}

ORACLE_MAIN()
