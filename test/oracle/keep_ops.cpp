// RUN: %oracle_bin/keep_ops
// RUN: %python %S/engine_agrees.py %s
// Proves that shape/view ops, elementwise math, softmax, clamp, pow and the
// full reductions sum/mean/max keep the input dtype, and that in-place ops
// (add_, mul_, copy_, requires_grad_) never change the dtype of the tensor
// they modify, even when the other operand has a wider dtype. Shape ops and
// abs/neg/pow are checked on a Half input; LibTorch 1.13 has no CPU Half
// kernel for exp/log/sqrt/relu/sigmoid/tanh/softmax/clamp (proved at the end),
// so those are checked on a Double input, which is equally "not the default
// dtype".
#include "oracle.h"

ORACLE_TEST(shape_ops_keep_half) {
  auto h = torch::ones({2, 3}, torch::kHalf);
  EXPECT_DTYPE(h.view({3, 2}), torch::kHalf);
  EXPECT_DTYPE(h.reshape({6}), torch::kHalf);
  EXPECT_DTYPE(h.permute({1, 0}), torch::kHalf);
  EXPECT_DTYPE(h.transpose(0, 1), torch::kHalf);
  EXPECT_DTYPE(h.t(), torch::kHalf);
  EXPECT_DTYPE(h.t().contiguous(), torch::kHalf);
  EXPECT_DTYPE(h.clone(), torch::kHalf);
  EXPECT_DTYPE(h.detach(), torch::kHalf);
  EXPECT_DTYPE(h.unsqueeze(0).squeeze(), torch::kHalf);
  EXPECT_DTYPE(h.unsqueeze(0), torch::kHalf);
  EXPECT_DTYPE(h.flatten(), torch::kHalf);
  EXPECT_DTYPE(h.narrow(1, 0, 2), torch::kHalf);
  EXPECT_DTYPE(h.select(0, 1), torch::kHalf);
  EXPECT_DTYPE(h.slice(1, 0, 2), torch::kHalf);
  EXPECT_DTYPE(h.index({0}), torch::kHalf);
  EXPECT_DTYPE(h.unsqueeze(0).expand({4, 2, 3}), torch::kHalf);
  EXPECT_DTYPE(h.repeat({2, 1}), torch::kHalf);
  EXPECT_DTYPE(h.flip({0}), torch::kHalf);
  EXPECT_DEVICE_CPU(h.view({3, 2}));
}

ORACLE_TEST(math_ops_keep_half) {
  auto h = torch::ones({2, 3}, torch::kHalf);
  EXPECT_DTYPE(h.abs(), torch::kHalf);
  EXPECT_DTYPE(h.neg(), torch::kHalf);
  EXPECT_DTYPE(h.pow(2), torch::kHalf);
}

ORACLE_TEST(math_ops_keep_double) {
  auto d = torch::ones({2, 3}, torch::kDouble);
  EXPECT_DTYPE(d.abs(), torch::kDouble);
  EXPECT_DTYPE(d.neg(), torch::kDouble);
  EXPECT_DTYPE(d.exp(), torch::kDouble);
  EXPECT_DTYPE(d.log(), torch::kDouble);
  EXPECT_DTYPE(d.sqrt(), torch::kDouble);
  EXPECT_DTYPE(d.relu(), torch::kDouble);
  EXPECT_DTYPE(torch::relu(d), torch::kDouble);
  EXPECT_DTYPE(d.sigmoid(), torch::kDouble);
  EXPECT_DTYPE(d.tanh(), torch::kDouble);
  EXPECT_DTYPE(d.softmax(1), torch::kDouble);
  EXPECT_DTYPE(torch::softmax(d, 1), torch::kDouble);
  EXPECT_DTYPE(d.clamp(0, 1), torch::kDouble);
  EXPECT_DTYPE(d.pow(2), torch::kDouble);
}

ORACLE_TEST(reductions_keep_double) {
  auto d = torch::ones({2, 3}, torch::kDouble);
  EXPECT_DTYPE(d.sum(), torch::kDouble);
  EXPECT_DTYPE(d.mean(), torch::kDouble);
  EXPECT_DTYPE(d.max(), torch::kDouble);
  EXPECT_DTYPE(std::get<0>(d.max(1)), torch::kDouble);
}

ORACLE_TEST(in_place_ops_keep_self_dtype) {
  auto d = torch::ones({2, 3}, torch::kDouble);
  EXPECT_DTYPE(d.add_(1), torch::kDouble);
  EXPECT_DTYPE(d, torch::kDouble);

  auto f = torch::ones({2, 3});
  EXPECT_DTYPE(f.add_(torch::ones({2, 3}, torch::kDouble)), torch::kFloat);
  EXPECT_DTYPE(f, torch::kFloat);
  EXPECT_DTYPE(f.mul_(2), torch::kFloat);
  EXPECT_DTYPE(f.copy_(torch::ones({2, 3}, torch::kDouble)), torch::kFloat);
  EXPECT_DTYPE(f, torch::kFloat);

  auto h = torch::ones({2, 3}, torch::kHalf);
  EXPECT_DTYPE(h.requires_grad_(), torch::kHalf);
  EXPECT_DTYPE(h, torch::kHalf);
}

// Why the math checks above use Double: these CPU kernels are missing for
// Half in LibTorch 1.13 (the message names the kernel).
ORACLE_TEST(half_math_missing_on_cpu) {
  auto h = torch::ones({2, 3}, torch::kHalf);
  EXPECT_THROWS(h.exp(), "not implemented for 'Half'");
  EXPECT_THROWS(h.log(), "not implemented for 'Half'");
  EXPECT_THROWS(h.sqrt(), "not implemented for 'Half'");
  EXPECT_THROWS(h.relu(), "not implemented for 'Half'");
  EXPECT_THROWS(h.sigmoid(), "not implemented for 'Half'");
  EXPECT_THROWS(h.tanh(), "not implemented for 'Half'");
  EXPECT_THROWS(h.softmax(1), "not implemented for 'Half'");
  EXPECT_THROWS(h.clamp(0, 1), "not implemented for 'Half'");
}

ORACLE_MAIN()
