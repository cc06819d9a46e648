// MOCK of LibTorch 1.13: c10/util/BFloat16.h
#pragma once
#include <cstdint>
#include <c10/macros/Macros.h>

namespace c10 {

struct alignas(2) BFloat16 {
  uint16_t x;

  BFloat16() = default;

  struct from_bits_t {};
  static constexpr from_bits_t from_bits() { return from_bits_t(); }

  constexpr BFloat16(unsigned short bits, from_bits_t) : x(bits) {}
  inline BFloat16(float value) : x(0) {}
  inline operator float() const { return 0.0f; }
};

} // namespace c10
