// MOCK of LibTorch 1.13: ATen/core/Formatting.h
#pragma once
#include <cstdint>
#include <ostream>
#include <c10/core/Scalar.h>
#include <ATen/core/Tensor.h>

namespace c10 {
std::ostream& operator<<(std::ostream & out, Scalar s);
}
namespace at {
std::ostream& print(
    std::ostream& stream,
    const Tensor& tensor,
    int64_t linesize);
static inline std::ostream& operator<<(std::ostream & out, const Tensor & t) {
  return print(out,t,80);
}
void print(const Tensor & t, int64_t linesize=80);
}
