// MOCK of LibTorch 1.13: c10/core/Scalar.h
// Implicit constructors are the real AT_FORALL_SCALAR_TYPES_AND3(Half,
// BFloat16, ComplexHalf) + AT_FORALL_COMPLEX_TYPES list, written out; the
// accessors are the real AT_FORALL_SCALAR_TYPES_WITH_COMPLEX list.
// Omitted: SymInt/SymFloat constructors and accessors.
#pragma once
#include <cstdint>
#include <type_traits>
#include <c10/core/ScalarType.h>
#include <c10/util/BFloat16.h>
#include <c10/util/Half.h>
#include <c10/util/complex.h>

namespace c10 {

class Scalar {
 public:
  Scalar() : Scalar(int64_t(0)) {}

  ~Scalar() {}

  Scalar(uint8_t vv) {}
  Scalar(int8_t vv) {}
  Scalar(int16_t vv) {}
  Scalar(int vv) {}
  Scalar(int64_t vv) {}
  Scalar(at::Half vv) {}
  Scalar(float vv) {}
  Scalar(double vv) {}
  Scalar(at::BFloat16 vv) {}
  Scalar(c10::complex<c10::Half> vv) {}
  Scalar(c10::complex<float> vv) {}
  Scalar(c10::complex<double> vv) {}

  template <
      typename T,
      typename std::enable_if<std::is_same<T, bool>::value, bool>::type* =
          nullptr>
  Scalar(T vv) {}

  uint8_t toByte() const;
  int8_t toChar() const;
  int16_t toShort() const;
  int toInt() const;
  int64_t toLong() const;
  at::Half toHalf() const;
  float toFloat() const;
  double toDouble() const;
  c10::complex<float> toComplexFloat() const;
  c10::complex<double> toComplexDouble() const;
  bool toBool() const;
  at::BFloat16 toBFloat16() const;

  template <typename T>
  T to() const = delete;

  const void* data_ptr() const;

  bool isFloatingPoint() const;
  bool isIntegral(bool includeBool) const;
  bool isComplex() const;
  bool isBoolean() const;

  Scalar& operator=(Scalar&& other);
  Scalar& operator=(const Scalar& other);

  Scalar operator-() const;
  Scalar conj() const;
  Scalar log() const;

  template <
      typename T,
      typename std::enable_if<!c10::is_complex<T>::value, int>::type = 0>
  bool equal(T num) const;
  template <
      typename T,
      typename std::enable_if<c10::is_complex<T>::value, int>::type = 0>
  bool equal(T num) const;
  bool equal(bool num) const;

  ScalarType type() const;

  Scalar(Scalar&& rhs) noexcept {}
  Scalar(const Scalar& rhs) {}
};

// Explicit specializations of Scalar::to<T>() exist for the same types.
template <> inline int64_t Scalar::to<int64_t>() const { return toLong(); }
template <> inline int Scalar::to<int>() const { return toInt(); }
template <> inline float Scalar::to<float>() const { return toFloat(); }
template <> inline double Scalar::to<double>() const { return toDouble(); }
template <> inline bool Scalar::to<bool>() const { return toBool(); }
template <> inline uint8_t Scalar::to<uint8_t>() const { return toByte(); }
template <> inline int8_t Scalar::to<int8_t>() const { return toChar(); }
template <> inline int16_t Scalar::to<int16_t>() const { return toShort(); }
template <> inline at::Half Scalar::to<at::Half>() const { return toHalf(); }
template <> inline at::BFloat16 Scalar::to<at::BFloat16>() const { return toBFloat16(); }

} // namespace c10
