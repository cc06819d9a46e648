// MOCK of LibTorch 1.13: ATen/core/ATen_fwd.h
#pragma once
#include <cstdint>
#include <c10/macros/Macros.h>
#include <c10/util/ArrayRef.h>
#include <c10/util/OptionalArrayRef.h>

namespace c10 {
template <typename T>
class IListRef;
class Scalar;
struct TensorOptions;
} // namespace c10

namespace at {

class Tensor;
class OptionalTensorRef;
struct Dimname;

using TensorList = c10::ArrayRef<Tensor>;
using ITensorListRef = c10::IListRef<Tensor>;
using DimnameList = c10::ArrayRef<Dimname>;
using IntArrayRef = c10::ArrayRef<int64_t>;
using OptionalIntArrayRef = c10::OptionalArrayRef<int64_t>;

using c10::Scalar;
using c10::TensorOptions;

} // namespace at
