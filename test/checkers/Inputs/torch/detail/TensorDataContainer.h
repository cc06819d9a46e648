// MOCK of LibTorch 1.13: torch/csrc/api/include/torch/detail/TensorDataContainer.h
// Constructors are the real AT_FORALL_SCALAR_TYPES_AND3(Bool, Half, BFloat16)
// + AT_FORALL_COMPLEX_TYPES expansions, written out.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <vector>
#include <c10/core/Scalar.h>
#include <c10/core/ScalarType.h>
#include <c10/core/TensorOptions.h>
#include <c10/util/ArrayRef.h>
#include <ATen/core/Tensor.h>

namespace torch {
namespace detail {

enum class TensorDataContainerType { Scalar, InitList, Tensor };

struct TensorDataContainer;

struct TensorDataContainer {
  TensorDataContainer() {}

  // TENSOR(T, S): TensorDataContainer(T value)
  TensorDataContainer(uint8_t value) {}
  TensorDataContainer(int8_t value) {}
  TensorDataContainer(int16_t value) {}
  TensorDataContainer(int value) {}
  TensorDataContainer(int64_t value) {}
  TensorDataContainer(float value) {}
  TensorDataContainer(double value) {}
  TensorDataContainer(bool value) {}
  TensorDataContainer(at::Half value) {}
  TensorDataContainer(at::BFloat16 value) {}
  TensorDataContainer(c10::complex<float> value) {}
  TensorDataContainer(c10::complex<double> value) {}

  TensorDataContainer(std::initializer_list<TensorDataContainer> init_list) {}

  // TENSOR(T, S): TensorDataContainer(at::ArrayRef<T> values)
  TensorDataContainer(at::ArrayRef<uint8_t> values) {}
  TensorDataContainer(at::ArrayRef<int8_t> values) {}
  TensorDataContainer(at::ArrayRef<int16_t> values) {}
  TensorDataContainer(at::ArrayRef<int> values) {}
  TensorDataContainer(at::ArrayRef<int64_t> values) {}
  TensorDataContainer(at::ArrayRef<float> values) {}
  TensorDataContainer(at::ArrayRef<double> values) {}
  TensorDataContainer(at::ArrayRef<bool> values) {}
  TensorDataContainer(at::ArrayRef<at::Half> values) {}
  TensorDataContainer(at::ArrayRef<at::BFloat16> values) {}
  TensorDataContainer(at::ArrayRef<c10::complex<float>> values) {}
  TensorDataContainer(at::ArrayRef<c10::complex<double>> values) {}

  // TENSOR(T, S): TensorDataContainer(const std::vector<T>& values)
  // (AT_FORALL_SCALAR_TYPES_AND2(Half, BFloat16): no std::vector<bool>)
  TensorDataContainer(const std::vector<uint8_t>& values) {}
  TensorDataContainer(const std::vector<int8_t>& values) {}
  TensorDataContainer(const std::vector<int16_t>& values) {}
  TensorDataContainer(const std::vector<int>& values) {}
  TensorDataContainer(const std::vector<int64_t>& values) {}
  TensorDataContainer(const std::vector<float>& values) {}
  TensorDataContainer(const std::vector<double>& values) {}
  TensorDataContainer(const std::vector<at::Half>& values) {}
  TensorDataContainer(const std::vector<at::BFloat16>& values) {}
  TensorDataContainer(const std::vector<c10::complex<float>>& values) {}
  TensorDataContainer(const std::vector<c10::complex<double>>& values) {}

  bool is_scalar() const;
  const c10::Scalar& scalar() const;
  bool is_init_list() const;
  const std::initializer_list<TensorDataContainer>& init_list() const;
  bool is_tensor() const;
  const at::Tensor& tensor() const;
  const std::vector<int64_t>& sizes() const;
  const c10::ScalarType& scalar_type() const;
  at::Tensor convert_to_tensor(at::TensorOptions options) const;
};

} // namespace detail
} // namespace torch
