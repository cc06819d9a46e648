// RUN: %oracle_bin/factories
// RUN: %python %S/engine_agrees.py %s
// Proves the dtype and device of tensors made by LibTorch factory functions:
// without options every floating factory yields Float on the CPU, integer or
// boolean fill values / ranges infer Long or Bool, random-integer factories
// default to Long, from_blob never infers a dtype from the pointer type (it
// uses the options, Float by default), an explicit dtype in any spelling
// (bare ScalarType, torch::dtype(), TensorOptions().dtype()) wins,
// torch::tensor maps floating literals to the default dtype (Float) and integer
// literals to Long, and the *_like factories copy the source dtype unless one
// is given.
#include "oracle.h"

#include <cstdint>

ORACLE_TEST(no_options_factories) {
  EXPECT_DTYPE(torch::zeros({2}), torch::kFloat);
  EXPECT_DEVICE_CPU(torch::zeros({2}));
  EXPECT_DTYPE(torch::ones({2}), torch::kFloat);
  EXPECT_DEVICE_CPU(torch::ones({2}));
  EXPECT_DTYPE(torch::empty({2}), torch::kFloat);
  EXPECT_DEVICE_CPU(torch::empty({2}));
  EXPECT_DTYPE(torch::rand({2}), torch::kFloat);
  EXPECT_DEVICE_CPU(torch::rand({2}));
  EXPECT_DTYPE(torch::randn({2}), torch::kFloat);
  EXPECT_DEVICE_CPU(torch::randn({2}));
  EXPECT_DTYPE(torch::full({2}, 1.5), torch::kFloat);
  EXPECT_DEVICE_CPU(torch::full({2}, 1.5));
  EXPECT_DTYPE(torch::full({2}, 7), torch::kLong);
  EXPECT_DTYPE(torch::full({2}, true), torch::kBool);
  EXPECT_DTYPE(torch::eye(3), torch::kFloat);
  EXPECT_DEVICE_CPU(torch::eye(3));
  EXPECT_DTYPE(torch::linspace(0, 1, 5), torch::kFloat);
  EXPECT_DTYPE(torch::logspace(0, 1, 5), torch::kFloat);
  EXPECT_DEVICE_CPU(torch::linspace(0, 1, 5));
}

ORACLE_TEST(random_integer_factories) {
  // The rules leave these open; the values asserted are the observed ones.
  ORACLE_NOTE("randint(10,{3})", torch::randint(10, {3}).scalar_type());
  ORACLE_NOTE("randint(0,10,{3})", torch::randint(0, 10, {3}).scalar_type());
  EXPECT_DTYPE(torch::randint(10, {3}), torch::kLong);
  EXPECT_DTYPE(torch::randint(0, 10, {3}), torch::kLong);
  EXPECT_DEVICE_CPU(torch::randint(10, {3}));
  EXPECT_DTYPE(torch::randperm(5), torch::kLong);
  EXPECT_DEVICE_CPU(torch::randperm(5));
}

ORACLE_TEST(from_blob_factories) {
  float floats[4] = {1, 2, 3, 4};
  // 16 bytes, so viewing it as 4 Float elements stays inside the buffer.
  alignas(float) uint8_t bytes[16] = {1, 2, 3, 4};
  double doubles[4] = {1, 2, 3, 4};
  int32_t ints[4] = {1, 2, 3, 4};

  EXPECT_DTYPE(torch::from_blob(floats, {4}), torch::kFloat);
  EXPECT_DEVICE_CPU(torch::from_blob(floats, {4}));
  // The pointer type is ignored: the bytes are reinterpreted as Float.
  EXPECT_NO_THROW(torch::from_blob(bytes, {4}));
  EXPECT_DTYPE(torch::from_blob(bytes, {4}), torch::kFloat);
  EXPECT_DTYPE(torch::from_blob(bytes, {4}, torch::kByte), torch::kByte);
  EXPECT_DTYPE(torch::from_blob(doubles, {4},
                                torch::TensorOptions().dtype(torch::kDouble)),
               torch::kDouble);
  bool deleted = false;
  {
    auto t = torch::from_blob(
        ints, {4}, [&deleted](void *) { deleted = true; }, torch::kInt);
    EXPECT_DTYPE(t, torch::kInt);
    EXPECT_DEVICE_CPU(t);
  }
  ORACLE_NOTE("from_blob deleter ran after tensor died", deleted);
}

ORACLE_TEST(explicit_dtype_factories) {
  EXPECT_DTYPE(torch::zeros({2}, torch::kHalf), torch::kHalf);
  EXPECT_DTYPE(torch::zeros({2}, torch::dtype(torch::kDouble)), torch::kDouble);
  EXPECT_DTYPE(torch::zeros({2}, torch::TensorOptions().dtype(torch::kInt)),
               torch::kInt);
  EXPECT_DTYPE(torch::ones({2}, torch::device(torch::kCPU)), torch::kFloat);
  EXPECT_DEVICE_CPU(torch::ones({2}, torch::device(torch::kCPU)));
}

ORACLE_TEST(tensor_literals) {
  EXPECT_DTYPE(torch::tensor({1.0, 2.0}), torch::kFloat);
  EXPECT_DTYPE(torch::tensor({1, 2}), torch::kLong);
  EXPECT_DTYPE(torch::tensor({true, false}), torch::kBool);
  EXPECT_DTYPE(torch::tensor(2.5), torch::kFloat);
  EXPECT_DTYPE(torch::tensor(3), torch::kLong);
  EXPECT_DTYPE(torch::tensor({1.0, 2.0}, torch::kHalf), torch::kHalf);
  EXPECT_DEVICE_CPU(torch::tensor({1.0, 2.0}));
  // Int and Long make Long, Float and Double Float; the smaller integers
  // keep their own dtype.
  EXPECT_DTYPE(torch::tensor({int64_t(1), int64_t(2)}), torch::kLong);
  EXPECT_DTYPE(torch::tensor({1.0f, 2.0f}), torch::kFloat);
  EXPECT_DTYPE(torch::tensor({uint8_t(1), uint8_t(2)}), torch::kByte);
  EXPECT_DTYPE(torch::tensor({int8_t(1), int8_t(2)}), torch::kChar);
  EXPECT_DTYPE(torch::tensor({int16_t(1), int16_t(2)}), torch::kShort);
  EXPECT_DTYPE(torch::tensor(int16_t(3)), torch::kShort);
  EXPECT_DTYPE(torch::tensor({{uint8_t(1)}, {uint8_t(2)}}), torch::kByte);
  // The template overload of dtype() names the dtype by C++ type.
  EXPECT_DTYPE(torch::zeros({2}, torch::dtype<double>()), torch::kDouble);
  EXPECT_DTYPE(torch::zeros({2}, torch::dtype<int16_t>()), torch::kShort);
}

ORACLE_TEST(arange_factories) {
  EXPECT_DTYPE(torch::arange(5), torch::kLong);
  EXPECT_DTYPE(torch::arange(5.0), torch::kFloat);
  EXPECT_DTYPE(torch::arange(0, 10, 2), torch::kLong);
  EXPECT_DTYPE(torch::arange(0., 1., 0.1), torch::kFloat);
  EXPECT_DTYPE(torch::arange(5, torch::kFloat), torch::kFloat);
  EXPECT_DEVICE_CPU(torch::arange(5));
}

ORACLE_TEST(like_factories) {
  auto half = torch::ones({2, 2}, torch::kHalf);
  EXPECT_DTYPE(torch::zeros_like(half), torch::kHalf);
  EXPECT_DTYPE(torch::ones_like(half), torch::kHalf);
  EXPECT_DTYPE(torch::empty_like(half), torch::kHalf);
  EXPECT_DTYPE(torch::rand_like(half), torch::kHalf);
  EXPECT_DTYPE(torch::randn_like(half), torch::kHalf);
  EXPECT_DTYPE(torch::full_like(half, 1), torch::kHalf);
  EXPECT_DTYPE(torch::zeros_like(half, torch::kFloat), torch::kFloat);
  EXPECT_DEVICE_CPU(torch::zeros_like(half));
}

ORACLE_MAIN()
