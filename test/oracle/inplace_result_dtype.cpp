// RUN: %oracle_bin/inplace_result_dtype
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %real_flags -I%S
// Proves which in-place ops LibTorch 1.13 rejects because the promoted result
// type cannot be cast back to self (canCast: floating -> integral, complex ->
// non-complex and non-bool -> bool are refused), with the exact messages.
//  Throw "result type <R> can't be cast to the desired output type <self>":
//    byte.div_(255.0), byte.div_(2) (div is true division: the result is
//    Float even for an integer divisor), byte.div_(Long tensor),
//    long.add_(Float tensor), long.add_(zero-dim Float tensor), long.add_(
//    zero-dim Double tensor) (R = Double), long.mul_(0.5), int.sub_(1.5)
//    (self = Int), long.div_(2.5, "floor"), long.true_divide_(2),
//    long.remainder_(1.5), long.fmod_(1.5), long.mul_/sub_/div_(Float
//    tensor), long.addcmul_(long, float), unary float ops on Long (sqrt_,
//    exp_, sigmoid_), float.add_(ComplexFloat tensor) and float.mul_(complex
//    scalar) (R = ComplexFloat), bool.add_(1) and bool.mul_(2) (R = Long,
//    self = Bool).
//    clamp_ promotes in 1.13 and names self by its C++ type:
//    long.clamp_(0.0, 1.0) -> "result type Float can't be cast to the
//    desired output type long int", byte.clamp_(0.5) -> "... unsigned char".
//    long.pow_(0.5) throws with another message: "Found dtype Long but
//    expected Float".
//    The compound operators are the same ops: b /= 255.0, l += 0.5,
//    l -= float tensor, i *= 1.5, l /= 2 all throw.
//  Do not throw (the result is cast down to self, or no promotion leaves the
//  category): float.add_(Double tensor), float.add_(1), long.add_(2),
//  half.add_(Float tensor) (stays Half), byte.mul_(2), byte.sub_(1),
//  f.copy_(d) and l.copy_(f) (copy_ always converts), long.div_(2, "floor")
//  and long.div_(2, "trunc") (rounding_mode exists in 1.13 and keeps Long),
//  long.floor_divide_(2), long.clamp_(0, 1), long.pow_(2), long.fill_(0.5),
//  long.masked_fill_(mask, 0.5), bool.add_(true), bool.add_(bool tensor),
//  l += 2, f /= 2. The out-of-place long.clamp(0.0, 1.0) returns Float.
#include "oracle.h"

#include <c10/util/complex.h>

ORACLE_TEST(floating_result_into_integral_self) {
  auto b = torch::ones({2}, torch::kByte);
  EXPECT_THROWS(b.div_(255.0), "result type Float can't be cast to the desired output type Byte"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'div_' cannot store its Float result in a Byte tensor, which throws at run time; use the out-of-place 'div' [torch-inplace-result-dtype]
  EXPECT_THROWS(b.div_(2), "result type Float can't be cast to the desired output type Byte"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'div_' cannot store its Float result in a Byte tensor, which throws at run time; use the out-of-place 'div' [torch-inplace-result-dtype]
  auto two = torch::tensor(2, torch::kLong);
  EXPECT_THROWS(b.div_(two), "result type Float can't be cast to the desired output type Byte"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'div_' cannot store its Float result in a Byte tensor, which throws at run time; use the out-of-place 'div' [torch-inplace-result-dtype]
  auto bf = b.to(torch::kFloat);
  EXPECT_NO_THROW(bf.div_(255.0));
  EXPECT_DTYPE(bf, torch::kFloat);

  auto l = torch::ones({2}, torch::kLong);
  auto f = torch::ones({2}, torch::kFloat);
  auto f0 = torch::tensor(1.5f);
  auto d0 = torch::tensor(1.5, torch::kDouble);
  EXPECT_THROWS(l.add_(f), "result type Float can't be cast to the desired output type Long"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'add_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'add' [torch-inplace-result-dtype]
  EXPECT_THROWS(l.add_(f0), "result type Float can't be cast to the desired output type Long"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'add_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'add' [torch-inplace-result-dtype]
  EXPECT_THROWS(l.add_(d0), "result type Double can't be cast to the desired output type Long"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'add_' cannot store its Double result in a Long tensor, which throws at run time; use the out-of-place 'add' [torch-inplace-result-dtype]
  EXPECT_THROWS(l.mul_(0.5), "result type Float can't be cast to the desired output type Long"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'mul_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'mul' [torch-inplace-result-dtype]
  EXPECT_THROWS(l.mul_(f), "result type Float can't be cast to the desired output type Long"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'mul_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'mul' [torch-inplace-result-dtype]
  EXPECT_THROWS(l.sub_(f), "result type Float can't be cast to the desired output type Long"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'sub_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'sub' [torch-inplace-result-dtype]
  EXPECT_THROWS(l.div_(f), "result type Float can't be cast to the desired output type Long"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'div_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'div' [torch-inplace-result-dtype]
  EXPECT_THROWS(l.div_(2.5, "floor"), "result type Float can't be cast to the desired output type Long"); // not flagged: div_ with a rounding mode is not modeled
  EXPECT_THROWS(l.true_divide_(2), "result type Float can't be cast to the desired output type Long"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'true_divide_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'true_divide' [torch-inplace-result-dtype]
  EXPECT_THROWS(l.remainder_(1.5), "result type Float can't be cast to the desired output type Long"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'remainder_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'remainder' [torch-inplace-result-dtype]
  EXPECT_THROWS(l.fmod_(1.5), "result type Float can't be cast to the desired output type Long"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'fmod_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'fmod' [torch-inplace-result-dtype]
  EXPECT_THROWS(l.addcmul_(l, f), "result type Float can't be cast to the desired output type Long"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'addcmul_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'addcmul' [torch-inplace-result-dtype]
  EXPECT_THROWS(l.sqrt_(), "result type Float can't be cast to the desired output type Long"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'sqrt_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'sqrt' [torch-inplace-result-dtype]
  EXPECT_THROWS(l.exp_(), "result type Float can't be cast to the desired output type Long"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'exp_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'exp' [torch-inplace-result-dtype]
  EXPECT_THROWS(l.sigmoid_(), "result type Float can't be cast to the desired output type Long"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'sigmoid_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'sigmoid' [torch-inplace-result-dtype]
  EXPECT_NO_THROW(l.to(torch::kFloat).add_(f));

  auto i = torch::ones({2}, torch::kInt);
  EXPECT_THROWS(i.sub_(1.5), "result type Float can't be cast to the desired output type Int"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'sub_' cannot store its Float result in a Int tensor, which throws at run time; use the out-of-place 'sub' [torch-inplace-result-dtype]
  EXPECT_NO_THROW(i.sub_(1));
}

ORACLE_TEST(clamp_and_pow_on_integral_self) {
  auto l = torch::ones({2}, torch::kLong);
  EXPECT_THROWS(l.clamp_(0.0, 1.0), "result type Float can't be cast to the desired output type long int"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'clamp_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'clamp' [torch-inplace-result-dtype]
  EXPECT_NO_THROW(l.clamp_(0, 1));
  EXPECT_DTYPE(l.clamp(0.0, 1.0), torch::kFloat);
  auto b = torch::ones({2}, torch::kByte);
  EXPECT_THROWS(b.clamp_(0.5), "result type Float can't be cast to the desired output type unsigned char"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'clamp_' cannot store its Float result in a Byte tensor, which throws at run time; use the out-of-place 'clamp' [torch-inplace-result-dtype]
  EXPECT_THROWS(l.pow_(0.5), "Found dtype Long but expected Float"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'pow_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'pow' [torch-inplace-result-dtype]
  EXPECT_NO_THROW(l.pow_(2));
  EXPECT_DTYPE(l, torch::kLong);
}

ORACLE_TEST(complex_result_into_real_self) {
  auto f = torch::ones({2}, torch::kFloat);
  auto cf = torch::ones({2}, torch::kComplexFloat);
  auto l = torch::ones({2}, torch::kLong);
  EXPECT_THROWS(f.add_(cf), "result type ComplexFloat can't be cast to the desired output type Float"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'add_' cannot store its ComplexFloat result in a Float tensor, which throws at run time; use the out-of-place 'add' [torch-inplace-result-dtype]
  EXPECT_THROWS(l.add_(cf), "result type ComplexFloat can't be cast to the desired output type Long"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'add_' cannot store its ComplexFloat result in a Long tensor, which throws at run time; use the out-of-place 'add' [torch-inplace-result-dtype]
  EXPECT_THROWS(f.mul_(c10::complex<double>(1, 1)), "result type ComplexFloat can't be cast to the desired output type Float"); // not flagged: complex numbers are not modeled
  EXPECT_NO_THROW(cf.add_(f));
}

ORACLE_TEST(non_bool_result_into_bool_self) {
  auto bo = torch::ones({2}, torch::kBool);
  EXPECT_THROWS(bo.add_(1), "result type Long can't be cast to the desired output type Bool"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: in-place 'add_' cannot store its Long result in a Bool tensor, which throws at run time; use the out-of-place 'add' [torch-inplace-result-dtype]
  EXPECT_THROWS(bo.mul_(2), "result type Long can't be cast to the desired output type Bool"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: in-place 'mul_' cannot store its Long result in a Bool tensor, which throws at run time; use the out-of-place 'mul' [torch-inplace-result-dtype]
  EXPECT_NO_THROW(bo.add_(true));
  auto bo2 = torch::ones({2}, torch::kBool);
  EXPECT_NO_THROW(bo.add_(bo2));
  EXPECT_DTYPE(bo, torch::kBool);
}

ORACLE_TEST(compound_assignment_operators) {
  auto b = torch::ones({2}, torch::kByte);
  EXPECT_THROWS(b /= 255.0, "result type Float can't be cast to the desired output type Byte"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'operator/=' cannot store its Float result in a Byte tensor, which throws at run time; use the out-of-place 'operator/' [torch-inplace-result-dtype]
  auto l = torch::ones({2}, torch::kLong);
  auto f = torch::ones({2}, torch::kFloat);
  EXPECT_THROWS(l += 0.5, "result type Float can't be cast to the desired output type Long"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'operator+=' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'operator+' [torch-inplace-result-dtype]
  EXPECT_THROWS(l -= f, "result type Float can't be cast to the desired output type Long"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'operator-=' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'operator-' [torch-inplace-result-dtype]
  EXPECT_THROWS(l /= 2, "result type Float can't be cast to the desired output type Long"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'operator/=' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'operator/' [torch-inplace-result-dtype]
  auto i = torch::ones({2}, torch::kInt);
  EXPECT_THROWS(i *= 1.5, "result type Float can't be cast to the desired output type Int"); // flagged: torch-inplace-result-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: in-place 'operator*=' cannot store its Float result in a Int tensor, which throws at run time; use the out-of-place 'operator*' [torch-inplace-result-dtype]
  EXPECT_NO_THROW(l += 2);
  EXPECT_DTYPE(l, torch::kLong);
  EXPECT_NO_THROW(f /= 2);
  EXPECT_DTYPE(f, torch::kFloat);
  auto d = torch::ones({2}, torch::kDouble);
  EXPECT_NO_THROW(f += d);
  EXPECT_DTYPE(f, torch::kFloat);
}

ORACLE_TEST(results_cast_down_to_self) {
  auto f = torch::ones({2}, torch::kFloat);
  auto d = torch::ones({2}, torch::kDouble);
  EXPECT_NO_THROW(f.add_(d));
  EXPECT_NO_THROW(f.add_(1));
  EXPECT_DTYPE(f, torch::kFloat);
  auto l = torch::ones({2}, torch::kLong);
  EXPECT_NO_THROW(l.add_(2));
  EXPECT_NO_THROW(l.div_(2, "floor"));
  EXPECT_NO_THROW(l.div_(2, "trunc"));
  EXPECT_NO_THROW(l.floor_divide_(2));
  EXPECT_NO_THROW(l.fill_(0.5));
  EXPECT_NO_THROW(l.masked_fill_(l >= 0, 0.5));
  EXPECT_DTYPE(l, torch::kLong);
  auto h = torch::ones({2}, torch::kHalf);
  EXPECT_NO_THROW(h.add_(f));
  EXPECT_DTYPE(h, torch::kHalf);
  auto b = torch::ones({2}, torch::kByte);
  EXPECT_NO_THROW(b.mul_(2));
  EXPECT_NO_THROW(b.sub_(1));
  EXPECT_DTYPE(b, torch::kByte);
  EXPECT_NO_THROW(f.copy_(d));
  EXPECT_NO_THROW(l.copy_(f));
  EXPECT_DTYPE(f, torch::kFloat);
  EXPECT_DTYPE(l, torch::kLong);
}

ORACLE_MAIN()
