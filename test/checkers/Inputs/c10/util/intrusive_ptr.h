// MOCK of LibTorch 1.13: c10/util/intrusive_ptr.h (minimal)
#pragma once
#include <cstddef>
#include <utility>
#include <c10/macros/Macros.h>

namespace c10 {

class intrusive_ptr_target {
 protected:
  virtual ~intrusive_ptr_target() = default;
};

namespace detail {
template <class TTarget>
struct intrusive_target_default_null_type final {
  static constexpr TTarget* singleton() noexcept { return nullptr; }
};
} // namespace detail

template <
    class TTarget,
    class NullType = detail::intrusive_target_default_null_type<TTarget>>
class intrusive_ptr final {
 public:
  using element_type = TTarget;

  intrusive_ptr() noexcept;
  intrusive_ptr(const intrusive_ptr& rhs);
  intrusive_ptr(intrusive_ptr&& rhs) noexcept;
  ~intrusive_ptr() noexcept;
  intrusive_ptr& operator=(const intrusive_ptr& rhs) &;
  intrusive_ptr& operator=(intrusive_ptr&& rhs) & noexcept;

  TTarget* get() const noexcept;
  TTarget& operator*() const noexcept;
  TTarget* operator->() const noexcept;
  operator bool() const noexcept;
  bool defined() const noexcept;
  size_t use_count() const noexcept;

  template <class... Args>
  static intrusive_ptr make(Args&&... args);
};

template <class TTarget, class NullType = detail::intrusive_target_default_null_type<TTarget>, class... Args>
inline intrusive_ptr<TTarget, NullType> make_intrusive(Args&&... args) {
  return intrusive_ptr<TTarget, NullType>::make(std::forward<Args>(args)...);
}

} // namespace c10
