// MOCK of LibTorch 1.13: c10/util/Optional.h (+ c10/util/in_place.h)
// c10::optional is c10's own class in 1.13 (not an alias of std::optional).
// Storage is omitted: the mock is for parsing only.
#pragma once
#include <type_traits>
#include <utility>
#include <c10/macros/Macros.h>

namespace c10 {

struct in_place_t {
  explicit in_place_t() = default;
};
constexpr in_place_t in_place{};

struct nullopt_t {
  constexpr explicit nullopt_t(int) {}
};
constexpr nullopt_t nullopt{0};

template <class T>
class optional {
 public:
  typedef T value_type;

  constexpr optional() noexcept {}
  constexpr optional(nullopt_t) noexcept {}
  optional(const optional& rhs) = default;
  optional(optional&& rhs) = default;

  template <
      typename U = T,
      typename std::enable_if<
          std::is_constructible<T, U&&>::value &&
              !std::is_same<typename std::decay<U>::type, in_place_t>::value &&
              !std::is_same<typename std::decay<U>::type, optional<T>>::value &&
              std::is_convertible<U&&, T>::value,
          bool>::type = false>
  constexpr optional(U&& u) {}

  template <
      typename U = T,
      typename std::enable_if<
          std::is_constructible<T, U&&>::value &&
              !std::is_same<typename std::decay<U>::type, in_place_t>::value &&
              !std::is_same<typename std::decay<U>::type, optional<T>>::value &&
              !std::is_convertible<U&&, T>::value,
          bool>::type = false>
  explicit constexpr optional(U&& u) {}

  template <class... Args>
  explicit constexpr optional(in_place_t, Args&&... args) {
    // The real constructor builds T in place, so a T that is not
    // constructible from Args is a hard error there too.
    static_assert(std::is_constructible<T, Args&&...>::value,
                  "c10::optional in_place: T not constructible from Args");
  }

  optional& operator=(nullopt_t) noexcept;
  optional& operator=(const optional& rhs) = default;
  optional& operator=(optional&& rhs) = default;

  explicit constexpr operator bool() const noexcept { return false; }
  constexpr bool has_value() const noexcept { return false; }

  T const* operator->() const;
  T* operator->();
  T const& operator*() const&;
  T& operator*() &;
  T&& operator*() &&;

  T const& value() const&;
  T& value() &;
  T&& value() &&;

  template <class V>
  constexpr T value_or(V&& v) const& {
    return static_cast<T>(std::forward<V>(v));
  }
  template <class V>
  constexpr T value_or(V&& v) && {
    return static_cast<T>(std::forward<V>(v));
  }

  void reset() noexcept;
  template <class... Args>
  void emplace(Args&&... args);
};

template <class T>
constexpr optional<typename std::decay<T>::type> make_optional(T&& v) {
  return optional<typename std::decay<T>::type>(std::forward<T>(v));
}

} // namespace c10
