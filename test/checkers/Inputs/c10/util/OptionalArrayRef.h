// MOCK of LibTorch 1.13: c10/util/OptionalArrayRef.h
#pragma once
#include <initializer_list>
#include <type_traits>
#include <utility>
#include <c10/util/ArrayRef.h>
#include <c10/util/Optional.h>

namespace c10 {

template <typename T>
class OptionalArrayRef final {
 public:
  constexpr OptionalArrayRef() noexcept {}
  constexpr OptionalArrayRef(nullopt_t) noexcept {}
  OptionalArrayRef(const OptionalArrayRef& other) = default;
  OptionalArrayRef(OptionalArrayRef&& other) = default;
  constexpr OptionalArrayRef(const optional<ArrayRef<T>>& other) noexcept {}
  constexpr OptionalArrayRef(optional<ArrayRef<T>>&& other) noexcept {}
  constexpr OptionalArrayRef(const T& value) noexcept {}

  template <
      typename U = ArrayRef<T>,
      std::enable_if_t<
          !std::is_same<std::decay_t<U>, OptionalArrayRef>::value &&
              !std::is_same<std::decay_t<U>, in_place_t>::value &&
              std::is_constructible<ArrayRef<T>, U&&>::value &&
              std::is_convertible<U&&, ArrayRef<T>>::value &&
              !std::is_convertible<U&&, T>::value,
          bool> = false>
  constexpr OptionalArrayRef(U&& value) noexcept {}

  template <
      typename U = ArrayRef<T>,
      std::enable_if_t<
          !std::is_same<std::decay_t<U>, OptionalArrayRef>::value &&
              !std::is_same<std::decay_t<U>, in_place_t>::value &&
              std::is_constructible<ArrayRef<T>, U&&>::value &&
              !std::is_convertible<U&&, ArrayRef<T>>::value,
          bool> = false>
  constexpr explicit OptionalArrayRef(U&& value) noexcept {}

  constexpr OptionalArrayRef(const std::initializer_list<T>& Vec) {}

  ~OptionalArrayRef() = default;

  OptionalArrayRef& operator=(const OptionalArrayRef& other) = default;
  OptionalArrayRef& operator=(OptionalArrayRef&& other) = default;

  constexpr bool has_value() const noexcept {
    return wrapped_opt_array_ref.has_value();
  }
  constexpr explicit operator bool() const noexcept {
    return wrapped_opt_array_ref.has_value();
  }
  constexpr const ArrayRef<T>& operator*() const& noexcept {
    return wrapped_opt_array_ref.value();
  }
  constexpr const ArrayRef<T>* operator->() const noexcept {
    return &wrapped_opt_array_ref.value();
  }
  constexpr const ArrayRef<T>& value() const& {
    return wrapped_opt_array_ref.value();
  }

 private:
  optional<ArrayRef<T>> wrapped_opt_array_ref;
};

} // namespace c10
