// MOCK of LibTorch 1.13: c10/core/ScalarType.h
// (+ the quantized element structs of c10/util/qint8.h, quint8.h, qint32.h,
// quint4x2.h, quint2x4.h, reduced to their names and storage member).
// The enumerators and the kXxx constants are written out in the order the
// real AT_FORALL_SCALAR_TYPES_WITH_COMPLEX_AND_QINTS macro produces them.
#pragma once
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <type_traits>
#include <c10/macros/Macros.h>
#include <c10/util/BFloat16.h>
#include <c10/util/Half.h>
#include <c10/util/complex.h>

namespace c10 {

struct alignas(1) qint8 { using underlying = int8_t; int8_t val_; };
struct alignas(1) quint8 { using underlying = uint8_t; uint8_t val_; };
struct alignas(4) qint32 { using underlying = int32_t; int32_t val_; };
struct alignas(1) quint4x2 { using underlying = uint8_t; uint8_t val_; };
struct alignas(1) quint2x4 { using underlying = uint8_t; uint8_t val_; };

enum class ScalarType : int8_t {
  Byte, // 0  uint8_t
  Char, // 1  int8_t
  Short, // 2  int16_t
  Int, // 3  int
  Long, // 4  int64_t
  Half, // 5  at::Half
  Float, // 6  float
  Double, // 7  double
  ComplexHalf, // 8  c10::complex<c10::Half>
  ComplexFloat, // 9  c10::complex<float>
  ComplexDouble, // 10 c10::complex<double>
  Bool, // 11 bool
  QInt8, // 12 c10::qint8
  QUInt8, // 13 c10::quint8
  QInt32, // 14 c10::qint32
  BFloat16, // 15 at::BFloat16
  QUInt4x2, // 16 c10::quint4x2
  QUInt2x4, // 17 c10::quint2x4
  Undefined,
  NumOptions
};

constexpr uint16_t NumScalarTypes =
    static_cast<uint16_t>(ScalarType::NumOptions);

template <typename T>
struct CppTypeToScalarType;

#define MOCK_SPECIALIZE_CppTypeToScalarType(cpp_type, scalar_type)             \
  template <>                                                                  \
  struct CppTypeToScalarType<cpp_type>                                         \
      : std::integral_constant<c10::ScalarType, c10::ScalarType::scalar_type> { \
  };
MOCK_SPECIALIZE_CppTypeToScalarType(uint8_t, Byte)
MOCK_SPECIALIZE_CppTypeToScalarType(int8_t, Char)
MOCK_SPECIALIZE_CppTypeToScalarType(int16_t, Short)
MOCK_SPECIALIZE_CppTypeToScalarType(int, Int)
MOCK_SPECIALIZE_CppTypeToScalarType(int64_t, Long)
MOCK_SPECIALIZE_CppTypeToScalarType(c10::Half, Half)
MOCK_SPECIALIZE_CppTypeToScalarType(float, Float)
MOCK_SPECIALIZE_CppTypeToScalarType(double, Double)
MOCK_SPECIALIZE_CppTypeToScalarType(bool, Bool)
#undef MOCK_SPECIALIZE_CppTypeToScalarType

constexpr ScalarType kByte = ScalarType::Byte;
constexpr ScalarType kChar = ScalarType::Char;
constexpr ScalarType kShort = ScalarType::Short;
constexpr ScalarType kInt = ScalarType::Int;
constexpr ScalarType kLong = ScalarType::Long;
constexpr ScalarType kHalf = ScalarType::Half;
constexpr ScalarType kFloat = ScalarType::Float;
constexpr ScalarType kDouble = ScalarType::Double;
constexpr ScalarType kComplexHalf = ScalarType::ComplexHalf;
constexpr ScalarType kComplexFloat = ScalarType::ComplexFloat;
constexpr ScalarType kComplexDouble = ScalarType::ComplexDouble;
constexpr ScalarType kBool = ScalarType::Bool;
constexpr ScalarType kQInt8 = ScalarType::QInt8;
constexpr ScalarType kQUInt8 = ScalarType::QUInt8;
constexpr ScalarType kQInt32 = ScalarType::QInt32;
constexpr ScalarType kBFloat16 = ScalarType::BFloat16;
constexpr ScalarType kQUInt4x2 = ScalarType::QUInt4x2;
constexpr ScalarType kQUInt2x4 = ScalarType::QUInt2x4;

static inline const char* toString(ScalarType t) { return ""; }
static inline size_t elementSize(ScalarType t) { return {}; }
static inline bool isIntegralType(ScalarType t, bool includeBool) { return false; }
static inline bool isFloatingType(ScalarType t) { return false; }
static inline bool isComplexType(ScalarType t) { return false; }
static inline bool isQIntType(ScalarType t) { return false; }
static inline bool isSignedType(ScalarType t) { return false; }
static inline ScalarType toRealValueType(ScalarType t) { return {}; }
static inline ScalarType toComplexType(ScalarType t) { return {}; }
static inline bool canCast(const ScalarType from, const ScalarType to) { return false; }
static inline ScalarType promoteTypes(ScalarType a, ScalarType b) { return {}; }

inline std::ostream& operator<<(
    std::ostream& stream,
    at::ScalarType scalar_type) {
  return stream << toString(scalar_type);
}

} // namespace c10
