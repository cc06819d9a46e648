// MOCK of LibTorch 1.13: c10/core/TensorOptions.h
// Setters/getters have the real names, parameter types, return types,
// const/noexcept qualifiers and overloads; bodies and storage are omitted.
// Omitted: set_* private helpers, computeDispatchKey & friends.
#pragma once
#include <cstdint>
#include <ostream>
#include <string>
#include <type_traits>
#include <utility>
#include <c10/core/Device.h>
#include <c10/core/Layout.h>
#include <c10/core/MemoryFormat.h>
#include <c10/core/ScalarType.h>
#include <c10/core/ScalarTypeToTypeMeta.h>
#include <c10/util/Optional.h>
#include <c10/util/typeid.h>

namespace c10 {

struct TensorOptions {
  TensorOptions() {}

  /* implicit */ TensorOptions(Layout layout) : TensorOptions() {}

  template <
      typename T,
      typename = std::enable_if_t<std::is_same<std::decay_t<T>, Device>::value>>
  /* implicit */ TensorOptions(T&& device) : TensorOptions() {}

  template <
      typename... Args,
      typename =
          std::enable_if_t<std::is_constructible<Device, Args&&...>::value>>
  /* implicit */ TensorOptions(Args&&... args)
      : TensorOptions(Device(std::forward<Args>(args)...)) {}

  /* implicit */ TensorOptions(caffe2::TypeMeta dtype) : TensorOptions() {}

  /* implicit */ TensorOptions(ScalarType dtype) : TensorOptions() {}

  /* implicit */ TensorOptions(MemoryFormat memory_format) : TensorOptions() {}

  TensorOptions device(c10::optional<Device> device) const noexcept;

  template <typename... Args>
  TensorOptions device(Args&&... args) const noexcept {
    return device(
        c10::optional<Device>(c10::in_place, std::forward<Args>(args)...));
  }

  TensorOptions device_index(c10::DeviceIndex device_index) const noexcept;

  TensorOptions dtype(c10::optional<caffe2::TypeMeta> dtype) const noexcept;

  TensorOptions dtype(c10::optional<ScalarType> dtype) const noexcept;

  template <typename T>
  TensorOptions& dtype();

  TensorOptions layout(c10::optional<Layout> layout) const noexcept;

  TensorOptions requires_grad(c10::optional<bool> requires_grad) const noexcept;

  TensorOptions pinned_memory(c10::optional<bool> pinned_memory) const noexcept;

  TensorOptions memory_format(
      c10::optional<MemoryFormat> memory_format) const noexcept;

  Device device() const noexcept;
  bool has_device() const noexcept;
  c10::optional<Device> device_opt() const noexcept;
  int32_t device_index() const noexcept;

  caffe2::TypeMeta dtype() const noexcept;
  bool has_dtype() const noexcept;
  c10::optional<caffe2::TypeMeta> dtype_opt() const noexcept;

  Layout layout() const noexcept;
  bool has_layout() const noexcept;
  c10::optional<Layout> layout_opt() const noexcept;

  bool requires_grad() const noexcept;
  bool has_requires_grad() const noexcept;
  c10::optional<bool> requires_grad_opt() const noexcept;

  bool pinned_memory() const noexcept;
  bool has_pinned_memory() const noexcept;
  bool is_sparse() const;
  bool is_sparse_csr() const;
  bool type_equal(const TensorOptions& other) const;
  c10::optional<bool> pinned_memory_opt() const noexcept;

  bool has_memory_format() const noexcept;
  c10::optional<MemoryFormat> memory_format_opt() const noexcept;

  TensorOptions merge_in(TensorOptions options) const noexcept;
  TensorOptions merge_memory_format(
      c10::optional<MemoryFormat> optional_memory_format) const noexcept;
};

inline TensorOptions dtype(caffe2::TypeMeta dtype) {
  return TensorOptions().dtype(dtype);
}

inline TensorOptions dtype(ScalarType dtype) {
  return TensorOptions().dtype(dtype);
}

inline TensorOptions layout(Layout layout) {
  return TensorOptions().layout(layout);
}

inline TensorOptions device(Device device) {
  return TensorOptions().device(device);
}

inline TensorOptions device_index(int16_t device_index) {
  return TensorOptions().device_index(
      static_cast<c10::DeviceIndex>(device_index));
}

inline TensorOptions requires_grad(bool requires_grad = true) {
  return TensorOptions().requires_grad(requires_grad);
}

inline TensorOptions memory_format(MemoryFormat memory_format) {
  return TensorOptions().memory_format(memory_format);
}

std::ostream& operator<<(std::ostream& stream, const TensorOptions& options);

template <typename T>
inline TensorOptions dtype() {
  return dtype(caffe2::TypeMeta::Make<T>());
}

inline std::string toString(const TensorOptions options) {
  return {};
}

} // namespace c10
