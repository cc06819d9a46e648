// MOCK of LibTorch 1.13: ATen/core/Generator.h (at::Generator, minimal)
#pragma once
#include <cstdint>
#include <c10/core/Device.h>

namespace at {

struct Generator {
  Generator() {}
  void set_current_seed(uint64_t seed);
  uint64_t current_seed() const;
  uint64_t seed();
  Device device() const;
};

} // namespace at
