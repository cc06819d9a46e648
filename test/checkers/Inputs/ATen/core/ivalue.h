// MOCK of LibTorch 1.13: ATen/core/ivalue.h (+ ivalue::Tuple/TupleElements
// from ATen/core/ivalue_inl.h), reduced to the common constructors and
// accessors, and the c10::List<at::Tensor> conversions. Omitted: Dict/Future/
// Object/Generator/Stream/etc.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>
#include <c10/core/Device.h>
#include <c10/core/Layout.h>
#include <c10/core/MemoryFormat.h>
#include <c10/core/Scalar.h>
#include <c10/core/ScalarType.h>
#include <c10/util/ArrayRef.h>
#include <c10/util/Optional.h>
#include <c10/util/intrusive_ptr.h>
#include <c10/util/string_view.h>
#include <ATen/core/List.h>
#include <ATen/core/TensorBody.h>

namespace torch {
class CustomClassHolder : public c10::intrusive_ptr_target {};
} // namespace torch

namespace c10 {

struct IValue;

namespace ivalue {
struct Tuple;
} // namespace ivalue

struct IValue final {
  IValue(const IValue& rhs) {}
  IValue(IValue&& rhs) noexcept {}
  ~IValue() {}

  IValue& operator=(IValue&& rhs) & noexcept;
  IValue& operator=(IValue const& rhs) &;

  bool isAliasOf(const IValue& rhs) const;
  size_t use_count() const noexcept;

  // Tensor
  IValue(at::TensorBase t) {}
  bool isTensor() const;
  at::Tensor toTensor() &&;
  at::Tensor& toTensor() &;
  const at::Tensor& toTensor() const&;

  const IValue& toIValue() const { return *this; }
  IValue& toIValue() { return *this; }

  // Tuple
  IValue(c10::intrusive_ptr<ivalue::Tuple> v);

  template <
      typename... Args,
      std::enable_if_t<
          !std::disjunction<
              std::is_lvalue_reference<Args>...,
              std::negation<std::is_constructible<IValue, Args>>...>::value,
          std::nullptr_t> = nullptr>
  IValue(const std::tuple<Args...>& t);
  bool isTuple() const;
  c10::intrusive_ptr<ivalue::Tuple> toTuple() &&;
  c10::intrusive_ptr<ivalue::Tuple> toTuple() const&;

  // Double
  IValue(double d) {}
  bool isDouble() const;
  double toDouble() const;

  // Int
  IValue(int64_t i) {}
  IValue(int32_t i) : IValue(static_cast<int64_t>(i)) {}
  bool isInt() const;
  int64_t toInt() const;

  // Bool
  bool isBool() const;
  bool toBool() const;
  IValue(bool b) {}

  // String
  IValue(std::string v);
  IValue(const char* v) : IValue(std::string(v)) {}
  IValue(c10::string_view v) : IValue(std::string(v)) {};
  bool isString() const;
  const std::string& toStringRef() const;

  // Lists
  bool isIntList() const;
  std::vector<int64_t> toIntVector() const;
  bool isDoubleList() const;
  std::vector<double> toDoubleVector() const;
  bool isTensorList() const;
  c10::List<at::Tensor> toTensorList() &&;
  c10::List<at::Tensor> toTensorList() const&;
  std::vector<at::Tensor> toTensorVector() const;
  bool isList() const;

  template <class T>
  using enable_if_list_is_ivalue_constructible =
      std::enable_if_t<std::is_constructible<IValue, T>::value, std::nullptr_t>;

  template <class T, enable_if_list_is_ivalue_constructible<T> = nullptr>
  IValue(c10::List<T>&& v);
  template <class T, enable_if_list_is_ivalue_constructible<T> = nullptr>
  IValue(const c10::List<T>& v);
  template <class T, enable_if_list_is_ivalue_constructible<T> = nullptr>
  IValue(at::ArrayRef<T> v);
  template <class T, enable_if_list_is_ivalue_constructible<T> = nullptr>
  IValue(const std::vector<T>& v);

  // None
  template <class T, enable_if_list_is_ivalue_constructible<T> = nullptr>
  IValue(c10::optional<T> v);
  IValue(c10::nullopt_t);
  IValue() {}
  bool isNone() const;

  // Scalar
  IValue(const at::Scalar& s) : IValue() {}
  bool isScalar() const;
  at::Scalar toScalar() const;

  // Device
  IValue(c10::Device d) {}
  bool isDevice() const;
  c10::Device toDevice() const;

  // ScalarType / Layout / MemoryFormat
  IValue(ScalarType t)
      : IValue(static_cast<std::underlying_type<ScalarType>::type>(t)) {}
  at::ScalarType toScalarType() const;
  IValue(Layout l)
      : IValue(static_cast<std::underlying_type<Layout>::type>(l)) {}
  at::Layout toLayout() const;
  IValue(MemoryFormat m)
      : IValue(static_cast<std::underlying_type<MemoryFormat>::type>(m)) {}
  at::MemoryFormat toMemoryFormat() const;

  template <typename T>
  T to() &&;
  template <typename T>
  T to() const&;

  std::string tagKind() const;
  bool isSameIdentity(const IValue& rhs) const;
};

namespace ivalue {

struct TupleElements {
  size_t size() const;
  bool empty() const;
  const IValue& operator[](size_t idx) const;
  IValue& operator[](size_t idx);
  const IValue& at(size_t idx) const;
  const IValue* begin() const;
  const IValue* end() const;
  std::vector<IValue> vec() const &;
};

struct Tuple : c10::intrusive_ptr_target {
  const TupleElements& elements() const&;
  TupleElements elements() &&;
  size_t size() const;
};

} // namespace ivalue

} // namespace c10
