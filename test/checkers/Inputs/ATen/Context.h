// MOCK of LibTorch 1.13: ATen/Context.h (at::manual_seed, hasCUDA only)
#pragma once
#include <cstdint>
#include <c10/macros/Macros.h>

namespace at {

static inline bool hasCUDA() { return false; }

static inline void manual_seed(uint64_t seed) {}

} // namespace at
