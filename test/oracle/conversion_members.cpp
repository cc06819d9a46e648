// RUN: %oracle_bin/conversion_members
// RUN: %python %S/engine_agrees.py --all-modeled %s
// Proves the conversions LibTorch 1.13's C++ API has besides to(), toType(),
// type_as(), cpu() and cuda() (conversions.cpp): the at::_cast_<Dtype>
// functions give their dtype and keep the device; meta() moves to the meta
// device and keeps the dtype; chalf() gives ComplexHalf. (Python's half(),
// float(), double() and bfloat16() are no members of at::Tensor in C++:
// conversions.cpp proves that half() does not compile.) The engine must
// know every component these checks assert (--all-modeled).
#include "oracle.h"

ORACLE_TEST(cast_functions) {
  auto f = torch::ones({2, 2}); // Float
  auto l = torch::ones({2, 2}, torch::kLong);
  EXPECT_DTYPE(at::_cast_Half(f), torch::kHalf);
  EXPECT_DTYPE(at::_cast_Double(f), torch::kDouble);
  EXPECT_DTYPE(at::_cast_Float(l), torch::kFloat);
  EXPECT_DTYPE(at::_cast_Long(f), torch::kLong);
  EXPECT_DTYPE(at::_cast_Int(f), torch::kInt);
  EXPECT_DTYPE(at::_cast_Short(f), torch::kShort);
  EXPECT_DTYPE(at::_cast_Char(f), torch::kChar);
  EXPECT_DTYPE(at::_cast_Byte(f), torch::kByte);
  EXPECT_DEVICE_CPU(at::_cast_Half(f));
  // torch:: names the same functions.
  EXPECT_DTYPE(torch::_cast_Half(f), torch::kHalf);
}

ORACLE_TEST(meta_member) {
  auto d = torch::ones({2, 2}, torch::kDouble);
  EXPECT_DTYPE(d.meta(), torch::kDouble);
  EXPECT_DEVICE(d.meta(), "meta");
}

ORACLE_TEST(chalf_member) {
  auto f = torch::ones({2, 2});
  EXPECT_DTYPE(f.chalf(), torch::kComplexHalf);
  EXPECT_DEVICE_CPU(f.chalf());
}

ORACLE_MAIN()
