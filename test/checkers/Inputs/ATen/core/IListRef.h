// MOCK of LibTorch 1.13: ATen/core/IListRef.h (c10::IListRef, unboxed case only)
// Omitted: the boxed (c10::List) and materialized constructors and the
// iterator machinery; the unboxed type is ArrayRef<T> as for T = at::Tensor.
#pragma once
#include <cstddef>
#include <initializer_list>
#include <type_traits>
#include <utility>
#include <c10/util/ArrayRef.h>

namespace c10 {

template <typename T>
class IListRef {
 public:
  using unboxed_type = c10::ArrayRef<T>;

  IListRef() {}

  IListRef(const unboxed_type& unboxed) {}

  IListRef(const std::initializer_list<T>& list) {}

  template <
      typename... UnboxedConstructorArgs,
      typename = std::enable_if_t<
          std::is_constructible<unboxed_type, UnboxedConstructorArgs...>::value>>
  IListRef(UnboxedConstructorArgs&&... args) {}

  size_t size() const;
  bool empty() const;
};

} // namespace c10
