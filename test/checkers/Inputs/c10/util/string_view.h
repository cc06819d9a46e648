// MOCK of LibTorch 1.13: c10/util/string_view.h (c10::basic_string_view, minimal)
#pragma once
#include <cstddef>
#include <string>
#include <c10/macros/Macros.h>

namespace c10 {

template <class CharT>
class basic_string_view final {
 public:
  using value_type = CharT;
  using size_type = std::size_t;

  constexpr basic_string_view() noexcept : begin_(nullptr), size_(0) {}
  constexpr basic_string_view(const CharT* str, size_type count)
      : begin_(str), size_(count) {}
  /* implicit */ basic_string_view(const CharT* str);
  /* implicit */ basic_string_view(const std::basic_string<CharT>& str)
      : basic_string_view(str.data(), str.size()) {}

  constexpr const CharT* data() const noexcept { return begin_; }
  constexpr size_type size() const noexcept { return size_; }

  explicit operator std::basic_string<CharT>() const {
    return std::basic_string<CharT>(data(), size());
  }

 private:
  const CharT* begin_;
  size_type size_;
};

using string_view = basic_string_view<char>;

} // namespace c10
