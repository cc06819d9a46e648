// MOCK of LibTorch 1.13: ATen/core/TensorBase.h
// Omitted: impl_/intrusive_ptr plumbing, packed accessors, hooks, sym_* APIs,
// named-tensor and quantization queries.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <c10/core/Device.h>
#include <c10/core/Layout.h>
#include <c10/core/MemoryFormat.h>
#include <c10/core/ScalarType.h>
#include <c10/core/ScalarTypeToTypeMeta.h>
#include <c10/core/TensorOptions.h>
#include <c10/util/ArrayRef.h>
#include <c10/util/typeid.h>
#include <ATen/core/ATen_fwd.h>
#include <ATen/core/TensorAccessor.h>

namespace at {

class Tensor;

class TensorBase {
 public:
  struct unsafe_borrow_t { explicit unsafe_borrow_t() = default; };

 public:
  TensorBase() = default;
  TensorBase(const TensorBase&) = default;
  TensorBase(TensorBase&&) = default;

  int64_t dim() const;
  int64_t storage_offset() const;

  TensorBase contiguous(MemoryFormat memory_format=MemoryFormat::Contiguous) const;

  bool is_complex() const;
  bool is_floating_point() const;
  bool is_signed() const;

  int64_t size(int64_t dim) const;
  int64_t stride(int64_t dim) const;

  bool defined() const;
  void reset();

  TensorBase& operator=(const TensorBase& x) &;
  TensorBase& operator=(TensorBase&& x) &;
  TensorBase& operator=(const TensorBase&) && = delete;
  TensorBase& operator=(TensorBase&&) && = delete;

  bool is_same(const TensorBase& other) const noexcept;
  size_t use_count() const noexcept;
  size_t weak_use_count() const noexcept;

  std::string toString() const;

  IntArrayRef sizes() const;
  IntArrayRef strides() const;
  int64_t ndimension() const;

  bool is_contiguous(at::MemoryFormat memory_format=at::MemoryFormat::Contiguous) const;
  bool is_non_overlapping_and_dense() const;

  size_t nbytes() const;
  int64_t numel() const;
  size_t itemsize() const;
  int64_t element_size() const;

  bool has_storage() const;
  ScalarType scalar_type() const;
  Layout layout() const;
  caffe2::TypeMeta dtype() const;
  inline Device device() const { return Device(DeviceType::CPU); }
  int64_t get_device() const;

  bool is_cpu() const;
  bool is_cuda() const;
  bool is_ipu() const;
  bool is_xpu() const;
  bool is_xla() const;
  bool is_hpu() const;
  bool is_lazy() const;
  bool is_hip() const;
  bool is_ve() const;
  bool is_sparse() const;
  bool is_sparse_csr() const;
  bool is_mkldnn() const;
  bool is_mps() const;
  bool is_ort() const;
  bool is_vulkan() const;
  bool is_metal() const;
  bool is_quantized() const;
  bool is_meta() const;
  bool is_inference() const;

  TensorOptions options() const;

  void* data_ptr() const;

  template <typename T>
  T * data_ptr() const;

  void print() const;

  template<typename T, size_t N>
  TensorAccessor<T,N> accessor() const& {
    return TensorAccessor<T,N>(data_ptr<T>(),sizes().data(),strides().data());
  }
  template<typename T, size_t N>
  TensorAccessor<T,N> accessor() && = delete;

  TensorBase data() const;

  const TensorBase& set_requires_grad(bool requires_grad) const;
  bool requires_grad() const;

  bool is_leaf() const;
  int64_t output_nr() const;
  int64_t _version() const;
  void retain_grad() const;
  bool retains_grad() const;
  const TensorBase& requires_grad_(bool _requires_grad=true) const;
  bool is_view() const;
  const TensorBase& _base() const;
  const std::string& name() const;
};

} // namespace at
