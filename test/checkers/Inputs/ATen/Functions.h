// MOCK of LibTorch 1.13: ATen/Functions.h, i.e. the at:: free functions of
// ATen/ops/{_cast_*,matmul,mm,bmm,cat,stack,argmax,argmin,softmax,log_softmax,relu,
// sigmoid,tanh,exp,log,sqrt,abs,where,max,min,sum,mean,clamp,pow,
// nll_loss,nll_loss2d,nll_loss_nd,multi_margin_loss,binary_cross_entropy,
// masked_fill,masked_select,take,
// zeros,ones,empty,rand,randn,randint,randperm,full,eye,arange,linspace,
// *_like,from_blob}.h (subset, signatures verbatim).
// Omitted: *_out/*_outf variants, symint variants, unpacked-options
// overloads of rand/randn/randint/randperm/full/eye/arange/linspace/*_like.
#pragma once
#include <cstdint>
#include <functional>
#include <tuple>
#include <vector>
#include <c10/core/Scalar.h>
#include <c10/core/TensorOptions.h>
#include <c10/util/Optional.h>
#include <ATen/core/Dimname.h>
#include <ATen/core/Generator.h>
#include <ATen/core/IListRef.h>
#include <ATen/core/Reduction.h>
#include <ATen/core/Tensor.h>

namespace at {

// ---- ops ----
inline at::Tensor matmul(const at::Tensor & self, const at::Tensor & other) { return {}; }
inline at::Tensor mm(const at::Tensor & self, const at::Tensor & mat2) { return {}; }
inline at::Tensor bmm(const at::Tensor & self, const at::Tensor & mat2) { return {}; }
inline at::Tensor cat(const at::ITensorListRef & tensors, int64_t dim=0) { return {}; }
inline at::Tensor stack(at::TensorList tensors, int64_t dim=0) { return {}; }
inline at::Tensor argmax(const at::Tensor & self, c10::optional<int64_t> dim=c10::nullopt, bool keepdim=false) { return {}; }
inline at::Tensor argmin(const at::Tensor & self, c10::optional<int64_t> dim=c10::nullopt, bool keepdim=false) { return {}; }
inline at::Tensor softmax(const at::Tensor & self, int64_t dim, c10::optional<at::ScalarType> dtype=c10::nullopt) { return {}; }
inline at::Tensor log_softmax(const at::Tensor & self, int64_t dim, c10::optional<at::ScalarType> dtype=c10::nullopt) { return {}; }
inline at::Tensor relu(const at::Tensor & self) { return {}; }
inline at::Tensor sigmoid(const at::Tensor & self) { return {}; }
inline at::Tensor tanh(const at::Tensor & self) { return {}; }
inline at::Tensor exp(const at::Tensor & self) { return {}; }
inline at::Tensor log(const at::Tensor & self) { return {}; }
inline at::Tensor sqrt(const at::Tensor & self) { return {}; }
inline at::Tensor abs(const at::Tensor & self) { return {}; }
inline at::Tensor _cast_Byte(const at::Tensor & self, bool non_blocking=false) { return {}; }
inline at::Tensor _cast_Char(const at::Tensor & self, bool non_blocking=false) { return {}; }
inline at::Tensor _cast_Short(const at::Tensor & self, bool non_blocking=false) { return {}; }
inline at::Tensor _cast_Int(const at::Tensor & self, bool non_blocking=false) { return {}; }
inline at::Tensor _cast_Long(const at::Tensor & self, bool non_blocking=false) { return {}; }
inline at::Tensor _cast_Half(const at::Tensor & self, bool non_blocking=false) { return {}; }
inline at::Tensor _cast_Float(const at::Tensor & self, bool non_blocking=false) { return {}; }
inline at::Tensor _cast_Double(const at::Tensor & self, bool non_blocking=false) { return {}; }
inline at::Tensor where(const at::Tensor & condition, const at::Tensor & self, const at::Tensor & other) { return {}; }
inline at::Tensor where(const at::Tensor & condition, const at::Scalar & self, const at::Tensor & other) { return {}; }
inline at::Tensor where(const at::Tensor & condition, const at::Tensor & self, const at::Scalar & other) { return {}; }
inline at::Tensor where(const at::Tensor & condition, const at::Scalar & self, const at::Scalar & other) { return {}; }
inline ::std::vector<at::Tensor> where(const at::Tensor & condition) { return {}; }
inline ::std::tuple<at::Tensor,at::Tensor> max(const at::Tensor & self, int64_t dim, bool keepdim=false) { return {}; }
inline at::Tensor max(const at::Tensor & self) { return {}; }
inline at::Tensor max(const at::Tensor & self, const at::Tensor & other) { return {}; }
inline ::std::tuple<at::Tensor,at::Tensor> min(const at::Tensor & self, int64_t dim, bool keepdim=false) { return {}; }
inline at::Tensor min(const at::Tensor & self) { return {}; }
inline at::Tensor min(const at::Tensor & self, const at::Tensor & other) { return {}; }
inline at::Tensor sum(const at::Tensor & self, c10::optional<at::ScalarType> dtype=c10::nullopt) { return {}; }
inline at::Tensor sum(const at::Tensor & self, at::OptionalIntArrayRef dim, bool keepdim=false, c10::optional<at::ScalarType> dtype=c10::nullopt) { return {}; }
inline at::Tensor mean(const at::Tensor & self, c10::optional<at::ScalarType> dtype=c10::nullopt) { return {}; }
inline at::Tensor mean(const at::Tensor & self, at::OptionalIntArrayRef dim, bool keepdim=false, c10::optional<at::ScalarType> dtype=c10::nullopt) { return {}; }
inline at::Tensor clamp(const at::Tensor & self, const c10::optional<at::Scalar> & min, const c10::optional<at::Scalar> & max=c10::nullopt) { return {}; }
inline at::Tensor clamp(const at::Tensor & self, const c10::optional<at::Tensor> & min={}, const c10::optional<at::Tensor> & max={}) { return {}; }
inline at::Tensor pow(const at::Tensor & self, const at::Tensor & exponent) { return {}; }
inline at::Tensor pow(const at::Scalar & self, const at::Tensor & exponent) { return {}; }
inline at::Tensor pow(const at::Tensor & self, const at::Scalar & exponent) { return {}; }
inline at::Tensor nll_loss(const at::Tensor & self, const at::Tensor & target, const c10::optional<at::Tensor> & weight={}, int64_t reduction=at::Reduction::Mean, int64_t ignore_index=-100) { return {}; }
inline at::Tensor nll_loss2d(const at::Tensor & self, const at::Tensor & target, const c10::optional<at::Tensor> & weight={}, int64_t reduction=at::Reduction::Mean, int64_t ignore_index=-100) { return {}; }
inline at::Tensor nll_loss_nd(const at::Tensor & self, const at::Tensor & target, const c10::optional<at::Tensor> & weight={}, int64_t reduction=at::Reduction::Mean, int64_t ignore_index=-100) { return {}; }
inline at::Tensor multi_margin_loss(const at::Tensor & self, const at::Tensor & target, const at::Scalar & p=1, const at::Scalar & margin=1, const c10::optional<at::Tensor> & weight={}, int64_t reduction=at::Reduction::Mean) { return {}; }
inline at::Tensor binary_cross_entropy(const at::Tensor & self, const at::Tensor & target, const c10::optional<at::Tensor> & weight={}, int64_t reduction=at::Reduction::Mean) { return {}; }
inline at::Tensor masked_fill(const at::Tensor & self, const at::Tensor & mask, const at::Scalar & value) { return {}; }
inline at::Tensor masked_fill(const at::Tensor & self, const at::Tensor & mask, const at::Tensor & value) { return {}; }
inline at::Tensor masked_select(const at::Tensor & self, const at::Tensor & mask) { return {}; }
inline at::Tensor take(const at::Tensor & self, const at::Tensor & index) { return {}; }

inline at::Tensor cat(at::TensorList tensors, at::Dimname dim) { return {}; }
inline at::Tensor softmax(const at::Tensor & self, at::Dimname dim, c10::optional<at::ScalarType> dtype=c10::nullopt) { return {}; }
inline at::Tensor log_softmax(const at::Tensor & self, at::Dimname dim, c10::optional<at::ScalarType> dtype=c10::nullopt) { return {}; }
inline ::std::tuple<at::Tensor,at::Tensor> max(const at::Tensor & self, at::Dimname dim, bool keepdim=false) { return {}; }
inline ::std::tuple<at::Tensor,at::Tensor> min(const at::Tensor & self, at::Dimname dim, bool keepdim=false) { return {}; }
inline at::Tensor sum(const at::Tensor & self, at::DimnameList dim, bool keepdim=false, c10::optional<at::ScalarType> dtype=c10::nullopt) { return {}; }
inline at::Tensor mean(const at::Tensor & self, at::DimnameList dim, bool keepdim=false, c10::optional<at::ScalarType> dtype=c10::nullopt) { return {}; }

// ---- factories (at:: flavour: no autograd wrapping) ----
inline at::Tensor zeros(at::IntArrayRef size, c10::optional<at::DimnameList> names, at::TensorOptions options={}) { return {}; }
inline at::Tensor ones(at::IntArrayRef size, c10::optional<at::DimnameList> names, at::TensorOptions options={}) { return {}; }
inline at::Tensor empty(at::IntArrayRef size, c10::optional<at::DimnameList> names, at::TensorOptions options={}, c10::optional<at::MemoryFormat> memory_format=c10::nullopt) { return {}; }
inline at::Tensor rand(at::IntArrayRef size, c10::optional<at::DimnameList> names, at::TensorOptions options={}) { return {}; }
inline at::Tensor rand(at::IntArrayRef size, c10::optional<at::Generator> generator, c10::optional<at::DimnameList> names, at::TensorOptions options={}) { return {}; }
inline at::Tensor randn(at::IntArrayRef size, c10::optional<at::DimnameList> names, at::TensorOptions options={}) { return {}; }
inline at::Tensor randn(at::IntArrayRef size, c10::optional<at::Generator> generator, c10::optional<at::DimnameList> names, at::TensorOptions options={}) { return {}; }
inline at::Tensor full(at::IntArrayRef size, const at::Scalar & fill_value, c10::optional<at::DimnameList> names, at::TensorOptions options={}) { return {}; }
inline at::Tensor zeros(at::IntArrayRef size, at::TensorOptions options={}) { return {}; }
inline at::Tensor zeros(at::IntArrayRef size, c10::optional<at::ScalarType> dtype, c10::optional<at::Layout> layout, c10::optional<at::Device> device, c10::optional<bool> pin_memory) { return {}; }
inline at::Tensor ones(at::IntArrayRef size, at::TensorOptions options={}) { return {}; }
inline at::Tensor ones(at::IntArrayRef size, c10::optional<at::ScalarType> dtype, c10::optional<at::Layout> layout, c10::optional<at::Device> device, c10::optional<bool> pin_memory) { return {}; }
inline at::Tensor empty(at::IntArrayRef size, at::TensorOptions options={}, c10::optional<at::MemoryFormat> memory_format=c10::nullopt) { return {}; }
inline at::Tensor empty(at::IntArrayRef size, c10::optional<at::ScalarType> dtype, c10::optional<at::Layout> layout, c10::optional<at::Device> device, c10::optional<bool> pin_memory, c10::optional<at::MemoryFormat> memory_format) { return {}; }
inline at::Tensor rand(at::IntArrayRef size, at::TensorOptions options={}) { return {}; }
inline at::Tensor rand(at::IntArrayRef size, c10::optional<at::Generator> generator, at::TensorOptions options={}) { return {}; }
inline at::Tensor randn(at::IntArrayRef size, at::TensorOptions options={}) { return {}; }
inline at::Tensor randn(at::IntArrayRef size, c10::optional<at::Generator> generator, at::TensorOptions options={}) { return {}; }
inline at::Tensor randint(int64_t high, at::IntArrayRef size, at::TensorOptions options=at::kLong) { return {}; }
inline at::Tensor randint(int64_t low, int64_t high, at::IntArrayRef size, at::TensorOptions options=at::kLong) { return {}; }
inline at::Tensor randperm(int64_t n, at::TensorOptions options=at::kLong) { return {}; }
inline at::Tensor full(at::IntArrayRef size, const at::Scalar & fill_value, at::TensorOptions options={}) { return {}; }
inline at::Tensor eye(int64_t n, at::TensorOptions options={}) { return {}; }
inline at::Tensor eye(int64_t n, int64_t m, at::TensorOptions options={}) { return {}; }
inline at::Tensor arange(const at::Scalar & end, at::TensorOptions options={}) { return {}; }
inline at::Tensor arange(const at::Scalar & start, const at::Scalar & end, at::TensorOptions options={}) { return {}; }
inline at::Tensor arange(const at::Scalar & start, const at::Scalar & end, const at::Scalar & step, at::TensorOptions options={}) { return {}; }
inline at::Tensor linspace(const at::Scalar & start, const at::Scalar & end, int64_t steps, at::TensorOptions options={}) { return {}; }
inline at::Tensor zeros_like(const at::Tensor & self, at::TensorOptions options={}, c10::optional<at::MemoryFormat> memory_format=c10::nullopt) { return {}; }
inline at::Tensor ones_like(const at::Tensor & self, at::TensorOptions options={}, c10::optional<at::MemoryFormat> memory_format=c10::nullopt) { return {}; }
inline at::Tensor empty_like(const at::Tensor & self, at::TensorOptions options={}, c10::optional<at::MemoryFormat> memory_format=c10::nullopt) { return {}; }
inline at::Tensor rand_like(const at::Tensor & self, at::TensorOptions options={}, c10::optional<at::MemoryFormat> memory_format=c10::nullopt) { return {}; }
inline at::Tensor randn_like(const at::Tensor & self, at::TensorOptions options={}, c10::optional<at::MemoryFormat> memory_format=c10::nullopt) { return {}; }
inline at::Tensor full_like(const at::Tensor & self, const at::Scalar & fill_value, at::TensorOptions options={}, c10::optional<at::MemoryFormat> memory_format=c10::nullopt) { return {}; }

// ---- ATen/ops/from_blob.h ----
inline Tensor from_blob(
    void* data,
    IntArrayRef sizes,
    IntArrayRef strides,
    const std::function<void(void*)>& deleter,
    const TensorOptions& options = {},
    const c10::optional<Device> target_device = c10::nullopt) { return {}; }

inline Tensor from_blob(
    void* data,
    IntArrayRef sizes,
    IntArrayRef strides,
    int64_t storage_offset,
    const std::function<void(void*)>& deleter,
    const TensorOptions& options = {},
    const c10::optional<Device> target_device = c10::nullopt) { return {}; }

inline Tensor from_blob(
    void* data,
    IntArrayRef sizes,
    const std::function<void(void*)>& deleter,
    const TensorOptions& options = {}) { return {}; }

inline Tensor from_blob(
    void* data,
    IntArrayRef sizes,
    IntArrayRef strides,
    const TensorOptions& options = {}) { return {}; }

inline Tensor from_blob(
    void* data,
    IntArrayRef sizes,
    const TensorOptions& options = {}) { return {}; }

} // namespace at
