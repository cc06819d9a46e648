// MOCK of LibTorch 1.13: c10/util/typeid.h (caffe2::TypeMeta only)
#pragma once
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <c10/core/ScalarType.h>
#include <c10/util/string_view.h>

namespace caffe2 {

class TypeMeta final {
 public:
  TypeMeta() noexcept;
  TypeMeta(const TypeMeta& src) noexcept = default;
  TypeMeta& operator=(const TypeMeta& src) noexcept = default;
  TypeMeta(TypeMeta&& rhs) noexcept = default;
  inline TypeMeta& operator=(ScalarType scalar_type) noexcept { return *this; }

  inline size_t itemsize() const noexcept { return 0; }
  c10::string_view name() const noexcept;

  friend bool operator==(const TypeMeta lhs, const TypeMeta rhs) noexcept;

  template <typename T>
  bool Match() const noexcept;

  template <class T>
  static TypeMeta Make();

  static inline caffe2::TypeMeta fromScalarType(ScalarType scalar_type) { return {}; }
  inline ScalarType toScalarType() { return ScalarType::Undefined; }
  inline bool isScalarType() const noexcept { return false; }
  inline bool isScalarType(ScalarType scalar_type) const noexcept { return false; }
};

inline bool operator==(const TypeMeta lhs, const TypeMeta rhs) noexcept {
  return false;
}
inline bool operator!=(const TypeMeta lhs, const TypeMeta rhs) noexcept {
  return !operator==(lhs, rhs);
}

std::ostream& operator<<(std::ostream& stream, caffe2::TypeMeta typeMeta);

} // namespace caffe2
