// MOCK of LibTorch 1.13: c10/util/Half.h
#pragma once
#include <c10/macros/Macros.h>

namespace c10 {

struct alignas(2) Half {
  unsigned short x;

  struct from_bits_t {};
  static constexpr from_bits_t from_bits() { return from_bits_t(); }

  Half() = default;
  constexpr Half(unsigned short bits, from_bits_t) : x(bits) {}
  inline Half(float value) : x(0) {}
  inline operator float() const { return 0.0f; }
};

} // namespace c10
