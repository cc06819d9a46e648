// MOCK of LibTorch 1.13: ATen/TensorIndexing.h (Slice, TensorIndex, None, Ellipsis)
#pragma once
#include <cstdint>
#include <c10/util/Optional.h>
#include <ATen/core/TensorBody.h>

namespace at {
namespace indexing {

enum class TensorIndexType { None, Ellipsis, Integer, Boolean, Slice, Tensor };

constexpr c10::nullopt_t None = c10::nullopt;

struct EllipsisIndexType final {
  EllipsisIndexType() {}
};
extern const EllipsisIndexType Ellipsis;

struct Slice final {
 public:
  Slice(
      c10::optional<int64_t> start_index = c10::nullopt,
      c10::optional<int64_t> stop_index = c10::nullopt,
      c10::optional<int64_t> step_index = c10::nullopt) {}

  inline int64_t start() const { return 0; }
  inline int64_t stop() const { return 0; }
  inline int64_t step() const { return 0; }
};

struct TensorIndex final {
  TensorIndex(c10::nullopt_t) {}
  TensorIndex(at::indexing::EllipsisIndexType) {}
  TensorIndex(const char* str) : TensorIndex(at::indexing::Ellipsis) {}
  TensorIndex(int64_t integer) {}
  TensorIndex(int integer) : TensorIndex((int64_t)integer) {}
  template <
      class T,
      class = typename std::enable_if<std::is_same<bool, T>::value>::type>
  TensorIndex(T boolean) {}
  TensorIndex(Slice slice) {}
  TensorIndex(Tensor tensor) {}

  inline bool is_none() const { return false; }
  inline bool is_ellipsis() const { return false; }
  inline bool is_integer() const { return false; }
  inline bool is_boolean() const { return false; }
  inline bool is_slice() const { return false; }
  inline bool is_tensor() const { return false; }
};

} // namespace indexing
} // namespace at
