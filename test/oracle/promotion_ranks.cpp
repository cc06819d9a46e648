// RUN: %oracle_bin/promotion_ranks
// RUN: %python %S/engine_agrees.py --all-modeled %s
// Proves LibTorch's result_type where the operands' ranks are known:
// tensors with dimensions decide over zero-dimensional tensors, which
// decide over numbers, and a lower class lifts the result only to a higher
// category (Float + a zero-dimensional Double is Float; Long + a
// zero-dimensional Float is Float); for every pair of real dtypes, what two
// tensors with dimensions promote to; and complex operands, whose parts
// take the wider precision. The engine must know every result
// (--all-modeled).
#include "oracle.h"

ORACLE_TEST(dimensions_decide_over_zero_dimensional_tensors) {
  auto f = torch::rand({2});
  auto d = torch::rand({2}, torch::kDouble);
  auto h = torch::rand({2}, torch::kHalf);
  auto l = torch::ones({2}, torch::kLong);
  auto i = torch::ones({2}, torch::kInt);
  auto b = torch::ones({2}, torch::kBool);
  auto d0 = torch::tensor(1.5, torch::kDouble);
  auto f0 = torch::tensor(1.5);
  auto l0 = torch::tensor(2);
  EXPECT_DTYPE(f + d0, torch::kFloat);
  EXPECT_DTYPE(d0 * f, torch::kFloat);
  EXPECT_DTYPE(f + d, torch::kDouble);
  EXPECT_DTYPE(h - f0, torch::kHalf);
  EXPECT_DTYPE(l + f0, torch::kFloat);
  EXPECT_DTYPE(i + l0, torch::kInt);
  EXPECT_DTYPE(i + l, torch::kLong);
  EXPECT_DTYPE(b + l0, torch::kLong);
  EXPECT_DTYPE(f0 + d0, torch::kDouble);
  EXPECT_DTYPE(l0 + 2.5, torch::kFloat);
  EXPECT_DTYPE(h / 255, torch::kHalf);
  EXPECT_DTYPE(l / l0, torch::kFloat);
}

ORACLE_TEST(normalization_with_double_statistics) {
  // The augmentation pipeline of a Detectron2 report: a Float image
  // normalized by Double mean and std with dimensions becomes Double.
  auto img = torch::rand({1, 3, 8, 8});
  auto mean = torch::tensor({0.485, 0.456, 0.406}, torch::kFloat64).view({1, 3, 1, 1});
  auto stdv = torch::tensor({0.229, 0.224, 0.225}, torch::kFloat64).view({1, 3, 1, 1});
  EXPECT_DTYPE((img - mean) / stdv, torch::kDouble);
  // Zero-dimensional statistics leave it Float.
  auto m0 = torch::tensor(0.5, torch::kFloat64);
  EXPECT_DTYPE((img - m0) / m0, torch::kFloat);
}

ORACLE_TEST(promote_types_of_tensors_with_dimensions) {
  auto tBool = torch::ones({2}, torch::kBool);
  auto tByte = torch::ones({2}, torch::kByte);
  auto tChar = torch::ones({2}, torch::kChar);
  auto tShort = torch::ones({2}, torch::kShort);
  auto tInt = torch::ones({2}, torch::kInt);
  auto tLong = torch::ones({2}, torch::kLong);
  auto tHalf = torch::ones({2}, torch::kHalf);
  auto tBFloat16 = torch::ones({2}, torch::kBFloat16);
  auto tFloat = torch::ones({2}, torch::kFloat);
  auto tDouble = torch::ones({2}, torch::kDouble);
  EXPECT_DTYPE(tBool + tBool, torch::kBool);
  EXPECT_DTYPE(tBool + tByte, torch::kByte);
  EXPECT_DTYPE(tBool + tChar, torch::kChar);
  EXPECT_DTYPE(tBool + tShort, torch::kShort);
  EXPECT_DTYPE(tBool + tInt, torch::kInt);
  EXPECT_DTYPE(tBool + tLong, torch::kLong);
  EXPECT_DTYPE(tBool + tHalf, torch::kHalf);
  EXPECT_DTYPE(tBool + tFloat, torch::kFloat);
  EXPECT_DTYPE(tBool + tDouble, torch::kDouble);
  EXPECT_DTYPE(tByte + tByte, torch::kByte);
  EXPECT_DTYPE(tByte + tChar, torch::kShort);
  EXPECT_DTYPE(tByte + tShort, torch::kShort);
  EXPECT_DTYPE(tByte + tInt, torch::kInt);
  EXPECT_DTYPE(tByte + tLong, torch::kLong);
  EXPECT_DTYPE(tByte + tHalf, torch::kHalf);
  EXPECT_DTYPE(tByte + tFloat, torch::kFloat);
  EXPECT_DTYPE(tByte + tDouble, torch::kDouble);
  EXPECT_DTYPE(tChar + tChar, torch::kChar);
  EXPECT_DTYPE(tChar + tShort, torch::kShort);
  EXPECT_DTYPE(tChar + tInt, torch::kInt);
  EXPECT_DTYPE(tChar + tLong, torch::kLong);
  EXPECT_DTYPE(tChar + tHalf, torch::kHalf);
  EXPECT_DTYPE(tChar + tFloat, torch::kFloat);
  EXPECT_DTYPE(tChar + tDouble, torch::kDouble);
  EXPECT_DTYPE(tShort + tShort, torch::kShort);
  EXPECT_DTYPE(tInt + tShort, torch::kInt);
  EXPECT_DTYPE(tInt + tInt, torch::kInt);
  EXPECT_DTYPE(tInt + tLong, torch::kLong);
  EXPECT_DTYPE(tLong + tShort, torch::kLong);
  EXPECT_DTYPE(tLong + tLong, torch::kLong);
  EXPECT_DTYPE(tHalf + tShort, torch::kHalf);
  EXPECT_DTYPE(tHalf + tInt, torch::kHalf);
  EXPECT_DTYPE(tHalf + tLong, torch::kHalf);
  EXPECT_DTYPE(tHalf + tHalf, torch::kHalf);
  EXPECT_DTYPE(tBFloat16 + tBool, torch::kBFloat16);
  EXPECT_DTYPE(tBFloat16 + tByte, torch::kBFloat16);
  EXPECT_DTYPE(tBFloat16 + tChar, torch::kBFloat16);
  EXPECT_DTYPE(tBFloat16 + tShort, torch::kBFloat16);
  EXPECT_DTYPE(tBFloat16 + tInt, torch::kBFloat16);
  EXPECT_DTYPE(tBFloat16 + tLong, torch::kBFloat16);
  EXPECT_DTYPE(tBFloat16 + tHalf, torch::kFloat);
  EXPECT_DTYPE(tBFloat16 + tBFloat16, torch::kBFloat16);
  EXPECT_DTYPE(tBFloat16 + tFloat, torch::kFloat);
  EXPECT_DTYPE(tBFloat16 + tDouble, torch::kDouble);
  EXPECT_DTYPE(tFloat + tShort, torch::kFloat);
  EXPECT_DTYPE(tFloat + tInt, torch::kFloat);
  EXPECT_DTYPE(tFloat + tLong, torch::kFloat);
  EXPECT_DTYPE(tFloat + tHalf, torch::kFloat);
  EXPECT_DTYPE(tFloat + tFloat, torch::kFloat);
  EXPECT_DTYPE(tDouble + tShort, torch::kDouble);
  EXPECT_DTYPE(tDouble + tInt, torch::kDouble);
  EXPECT_DTYPE(tDouble + tLong, torch::kDouble);
  EXPECT_DTYPE(tDouble + tHalf, torch::kDouble);
  EXPECT_DTYPE(tDouble + tFloat, torch::kDouble);
  EXPECT_DTYPE(tDouble + tDouble, torch::kDouble);
}

ORACLE_TEST(complex_operands) {
  auto cf = torch::ones({2}, torch::kComplexFloat);
  auto cd = torch::ones({2}, torch::kComplexDouble);
  auto f = torch::ones({2}, torch::kFloat);
  auto d = torch::ones({2}, torch::kDouble);
  auto h = torch::ones({2}, torch::kHalf);
  auto l = torch::ones({2}, torch::kLong);
  auto b = torch::ones({2}, torch::kBool);
  auto cf0 = torch::ones({}, torch::kComplexFloat);
  auto cd0 = torch::ones({}, torch::kComplexDouble);
  auto d0 = torch::ones({}, torch::kDouble);
  // Both with dimensions: the complex type of the wider parts.
  EXPECT_DTYPE(cf + f, torch::kComplexFloat);
  EXPECT_DTYPE(cf + d, torch::kComplexDouble);
  EXPECT_DTYPE(h * cf, torch::kComplexFloat);
  EXPECT_DTYPE(cf - cd, torch::kComplexDouble);
  EXPECT_DTYPE(l + cf, torch::kComplexFloat);
  EXPECT_DTYPE(cd + b, torch::kComplexDouble);
  // A zero-dimensional complex tensor: the complex type of a floating
  // tensor's own precision, or itself next to an integral one.
  EXPECT_DTYPE(f + cd0, torch::kComplexFloat);
  EXPECT_DTYPE(d * cf0, torch::kComplexDouble);
  EXPECT_DTYPE(h + cf0, torch::kComplexHalf);
  EXPECT_DTYPE(l + cd0, torch::kComplexDouble);
  // A complex tensor with dimensions decides over a zero-dimensional one.
  EXPECT_DTYPE(cf + d0, torch::kComplexFloat);
  EXPECT_DTYPE(cf + cd0, torch::kComplexFloat);
}

ORACLE_MAIN()
