// RUN: %oracle_bin/operand_device
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %real_flags -I%S
// Proves, on a CPU-only LibTorch 1.13, which mixes of devices an op rejects,
// using the `meta` device (tensors with shape and dtype but no data) as the
// second device. CUDA cannot run here; its messages name cuda:N instead of
// meta and are not proved by this program.
//  - Elementwise ops (add, mul, operator+, operator*, add_) between a CPU
//    tensor and a meta tensor throw "Expected all tensors to be on the same
//    device, but found at least two devices, meta and cpu!" (meta is named
//    first in both argument orders).
//  - The zero-dim CPU exception: a meta tensor op a zero-dim CPU tensor runs
//    (result on meta), in both orders and in place (meta.add_(cpu0d)). The
//    reverse is not allowed: a CPU tensor op a zero-dim META tensor throws
//    the same-device message.
//  - matmul/mm/bmm/addmm/linear/cat with one CPU and one meta operand
//    do NOT throw on meta: they return a meta tensor (mv(meta, cpu) even
//    returns a CPU one). The meta kernels of these ops skip the device check,
//    so this program cannot prove what CUDA does for them.
//  - matmul with a zero-dim operand throws "both arguments to matmul need to
//    be at least 1D" whatever the devices.
//  - dot, where, index_select and conv2d (aten::_slow_conv2d_forward) have no
//    meta kernel ("Could not run 'aten::dot' with arguments from the 'Meta'
//    backend"), so a CPU/meta mix of them proves nothing about devices;
//    copy_ from meta to CPU throws "Cannot copy out of meta tensor; no data!".
#include "oracle.h"

namespace F = torch::nn::functional;

static const char *kSameDevice =
    "Expected all tensors to be on the same device, but found at least two "
    "devices, meta and cpu!";

ORACLE_TEST(elementwise_cpu_and_meta_throw) {
  auto c = torch::ones({2, 2}, torch::kFloat);
  auto m = torch::ones({2, 2}, torch::TensorOptions().dtype(torch::kFloat).device(torch::kMeta));
  EXPECT_DEVICE(m, "meta");
  EXPECT_THROWS(torch::add(c, m), kSameDevice); // not flagged: the CPU operand could be zero-dim
  EXPECT_THROWS(torch::add(m, c), kSameDevice); // not flagged: the CPU operand could be zero-dim
  EXPECT_THROWS(torch::mul(c, m), kSameDevice); // not flagged: the CPU operand could be zero-dim
  EXPECT_THROWS(c + m, kSameDevice); // not flagged: the CPU operand could be zero-dim
  EXPECT_THROWS(m * c, kSameDevice); // not flagged: the CPU operand could be zero-dim
  EXPECT_THROWS(c.add(m), kSameDevice); // not flagged: the CPU operand could be zero-dim
  EXPECT_THROWS(c.add_(m), kSameDevice); // not flagged: the CPU operand could be zero-dim
  EXPECT_THROWS(m.add_(c), kSameDevice); // not flagged: the CPU operand could be zero-dim
  auto c2 = torch::ones({2, 2}, torch::kFloat);
  EXPECT_NO_THROW(torch::add(c, c2));
  EXPECT_NO_THROW(torch::add(c.to(torch::kMeta), m));
  EXPECT_DEVICE(torch::add(c.to(torch::kMeta), m), "meta");
}

ORACLE_TEST(zero_dim_cpu_operand_is_allowed) {
  auto m = torch::ones({2, 2}, torch::TensorOptions().device(torch::kMeta));
  auto c0 = torch::tensor(2.0f);
  EXPECT_TRUE(c0.dim() == 0);
  EXPECT_NO_THROW(torch::mul(m, c0));
  EXPECT_NO_THROW(torch::add(m, c0));
  EXPECT_NO_THROW(m + c0);
  EXPECT_NO_THROW(c0 + m);
  EXPECT_NO_THROW(m.add_(c0));
  EXPECT_DEVICE(m + c0, "meta");
  EXPECT_DEVICE(c0 + m, "meta");
  // Only a CPU zero-dim tensor gets that exception.
  auto c = torch::ones({2, 2}, torch::kFloat);
  auto m0 = torch::tensor(2.0f, torch::TensorOptions().device(torch::kMeta));
  EXPECT_TRUE(m0.dim() == 0);
  EXPECT_THROWS(torch::mul(c, m0), kSameDevice); // not flagged: the CPU operand could be zero-dim
  EXPECT_THROWS(c + m0, kSameDevice); // not flagged: the CPU operand could be zero-dim
}

ORACLE_TEST(matrix_products_on_meta_skip_the_device_check) {
  // Not proved here: on CUDA these mixes are expected to throw, but the meta
  // kernels run them and return a meta tensor.
  auto c = torch::ones({2, 2}, torch::kFloat);
  auto m = torch::ones({2, 2}, torch::TensorOptions().device(torch::kMeta));
  EXPECT_NO_THROW(torch::matmul(c, m));
  EXPECT_DEVICE(torch::matmul(c, m), "meta");
  EXPECT_DEVICE(torch::matmul(m, c), "meta");
  EXPECT_DEVICE(torch::mm(c, m), "meta");
  EXPECT_DEVICE(torch::mm(m, c), "meta");
  EXPECT_DEVICE(torch::bmm(m.unsqueeze(0), c.unsqueeze(0)), "meta");
  EXPECT_DEVICE(torch::addmm(c, m, m), "meta");
  EXPECT_DEVICE(F::linear(c, m), "meta");
  EXPECT_DEVICE(F::linear(m, c), "meta");
  EXPECT_DEVICE(torch::cat({c, m}), "meta");
  auto cv = torch::ones({2}, torch::kFloat);
  EXPECT_DEVICE(torch::mv(m, cv), "cpu");
}

ORACLE_TEST(matmul_with_zero_dim_operand) {
  auto m = torch::ones({2, 2}, torch::TensorOptions().device(torch::kMeta));
  auto c = torch::ones({2, 2}, torch::kFloat);
  auto c0 = torch::tensor(2.0f);
  EXPECT_THROWS(torch::matmul(m, c0), "both arguments to matmul need to be at least 1D, but they are 2D and 0D");
  EXPECT_THROWS(torch::matmul(c0, m), "both arguments to matmul need to be at least 1D, but they are 0D and 2D");
  EXPECT_THROWS(torch::matmul(c, c0), "both arguments to matmul need to be at least 1D, but they are 2D and 0D");
}

ORACLE_TEST(ops_without_meta_kernels) {
  auto c = torch::ones({2}, torch::kFloat);
  auto m = torch::ones({2}, torch::TensorOptions().device(torch::kMeta));
  EXPECT_THROWS(torch::dot(m, c), "Could not run 'aten::dot' with arguments from the 'Meta' backend");
  EXPECT_THROWS(torch::where(m > 0, m, c), "Could not run 'aten::where.self' with arguments from the 'Meta' backend");
  EXPECT_THROWS(m.index_select(0, torch::zeros({1}, torch::kLong)), "Could not run 'aten::index_select' with arguments from the 'Meta' backend");
  // conv2d(cpu input, meta weight) dispatches to the meta backend too.
  auto x = torch::ones({1, 1, 5, 5}, torch::kFloat);
  auto wm = torch::ones({2, 1, 3, 3}, torch::TensorOptions().device(torch::kMeta));
  EXPECT_THROWS(F::conv2d(x, wm), "Could not run 'aten::_slow_conv2d_forward' with arguments from the 'Meta' backend");
  auto dst = torch::zeros({2}, torch::kFloat);
  EXPECT_THROWS(dst.copy_(m), "Cannot copy out of meta tensor; no data!");
}

ORACLE_MAIN()
