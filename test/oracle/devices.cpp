// RUN: %oracle_bin/devices
// RUN: %python %S/engine_agrees.py %s
// Proves the tensor device rules on a CPU-only libtorch, with the meta
// device standing in for an accelerator: to(device), to(Device), to(options),
// factory device options and _like factories move or keep the device as the
// rules say, and operations keep their operands' device. Modules cannot be
// moved to meta (set_data refuses), so module devices are proved only where
// a CUDA machine is at hand.
#include "oracle.h"

ORACLE_TEST(tensor_devices) {
  auto cpu = torch::ones({2, 2});
  EXPECT_DEVICE(cpu, "cpu");
  EXPECT_DEVICE(cpu.to(torch::kMeta), "meta");
  EXPECT_DEVICE(cpu.to(torch::Device("meta")), "meta");
  EXPECT_DEVICE(cpu.to(torch::Device(torch::kMeta)), "meta");
  EXPECT_DEVICE(cpu.to(torch::TensorOptions().device(torch::kMeta)), "meta");
  auto meta = cpu.to(torch::kMeta);
  EXPECT_DEVICE(meta.to(torch::kHalf), "meta");
  EXPECT_DEVICE(meta.to(torch::dtype(torch::kDouble)), "meta");
  EXPECT_DEVICE(cpu.cpu(), "cpu");
  EXPECT_DEVICE(meta.to(torch::kHalf).to(torch::kMeta), "meta");
  // Copying out of a meta tensor throws (it has no data), so moves back to
  // the CPU are proved on CPU tensors only.
  EXPECT_THROWS(meta.cpu(), "Cannot copy out of meta tensor");
  EXPECT_DEVICE(torch::zeros({2}, torch::device(torch::kMeta)), "meta");
  EXPECT_DEVICE(torch::zeros({2}, torch::TensorOptions().device("meta")), "meta");
  EXPECT_DEVICE(torch::zeros_like(meta), "meta");
  EXPECT_DEVICE(meta + meta, "meta");
  EXPECT_DEVICE(meta.view({4}), "meta");
  EXPECT_DEVICE(meta.sum(), "meta");
  EXPECT_DEVICE(meta > 0, "meta");
}

// Device strings: an index is digits without a leading zero.
ORACLE_TEST(device_strings) {
  EXPECT_THROWS(torch::Device("cuda:-1"), "Invalid device string");
  EXPECT_THROWS(torch::Device("cuda:01"), "Invalid device string");
}

ORACLE_MAIN()
