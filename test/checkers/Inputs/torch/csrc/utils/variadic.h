// MOCK of LibTorch 1.13: torch/csrc/utils/variadic.h (type utilities only)
#pragma once
#include <type_traits>

namespace torch {

template <bool value, typename T = void>
using enable_if_t = typename std::enable_if<value, T>::type;

template <bool value, typename T = void>
using disable_if_t = enable_if_t<!value, T>;

template <typename T>
using decay_t = typename std::decay<T>::type;

} // namespace torch
