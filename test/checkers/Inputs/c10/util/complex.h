// MOCK of LibTorch 1.13: c10/util/complex.h (c10::complex<T>, minimal)
// and c10/util/complex_utils.h (c10::is_complex; std::complex case omitted).
#pragma once
#include <type_traits>
#include <c10/macros/Macros.h>

namespace c10 {

template <typename T>
struct alignas(sizeof(T) * 2) complex {
  using value_type = T;

  T real_ = T(0);
  T imag_ = T(0);

  constexpr complex() = default;
  constexpr complex(const T& re, const T& im = T()) : real_(re), imag_(im) {}

  constexpr T real() const { return real_; }
  constexpr T imag() const { return imag_; }
};

template <typename T>
struct is_complex : public std::false_type {};

template <typename T>
struct is_complex<c10::complex<T>> : public std::true_type {};

} // namespace c10
