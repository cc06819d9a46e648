// RUN: %oracle_bin/state_tests
// RUN: %python %S/engine_agrees.py %s
// Proves what branches on a tensor's own state tell (rules/FORMAT.md,
// "Branches on a tensor's state"): is_cuda() and is_cpu() are true exactly
// on that kind of device, for tensors and their devices; dtype() and
// scalar_type() compare equal to a ScalarType exactly when the tensor has
// it; a CPU tensor's device compares equal to torch::Device(torch::kCPU).
// The meta device stands in for an accelerator. The engine's states inside
// each branch are checked against the run by engine_agrees.py: the tensors
// are made in a loop, so the engine knows nothing of them but the tests.
#include "oracle.h"

ORACLE_TEST(device_kind_tests) {
  auto cpu = torch::ones({2});
  auto meta = cpu.to(torch::kMeta);
  EXPECT_TRUE(cpu.is_cpu() && !cpu.is_cuda());
  EXPECT_TRUE(cpu.device().is_cpu() && !cpu.device().is_cuda());
  EXPECT_TRUE(!meta.is_cpu() && !meta.is_cuda());
  EXPECT_TRUE(cpu.device() == torch::Device(torch::kCPU));
  EXPECT_TRUE(cpu.device() == torch::kCPU);
  EXPECT_TRUE(meta.device() != torch::Device(torch::kCPU));
}

ORACLE_TEST(dtype_comparisons) {
  for (auto dt : {torch::kHalf, torch::kFloat, torch::kDouble, torch::kLong}) {
    auto t = torch::ones({2}, dt);
    EXPECT_TRUE((t.scalar_type() == torch::kHalf) == (dt == torch::kHalf));
    EXPECT_TRUE((t.dtype() == torch::kHalf) == (dt == torch::kHalf));
    EXPECT_TRUE((torch::kDouble != t.dtype()) == (dt != torch::kDouble));
  }
}

ORACLE_TEST(states_inside_branches) {
  for (auto dt : {torch::kHalf, torch::kFloat}) {
    for (bool onMeta : {false, true}) {
      auto t = torch::ones({2}, dt);
      if (onMeta)
        t = t.to(torch::kMeta);
      if (t.scalar_type() == torch::kHalf) {
        EXPECT_DTYPE(t, torch::kHalf);
      } else {
        t = t.to(torch::kHalf);
      }
      EXPECT_DTYPE(t, torch::kHalf);
      if (t.dtype() != torch::kFloat)
        t = t.to(torch::kFloat);
      EXPECT_DTYPE(t, torch::kFloat);
      if (t.is_cpu()) {
        EXPECT_DEVICE(t, "cpu");
      }
      if (!t.device().is_cpu())
        t = torch::zeros({2}); // a meta tensor cannot be copied out
      EXPECT_DEVICE(t, "cpu");
    }
  }
}

ORACLE_MAIN()
