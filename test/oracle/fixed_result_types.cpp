// RUN: %oracle_bin/fixed_result_types
// RUN: %python %S/engine_agrees.py %s
// Proves the ops whose result dtype does not follow the input: index-returning
// ops (argmax, argmin, nonzero, argsort and the index halves of max(dim),
// topk and sort) give Long; comparisons and isnan give Bool; sum() over an
// integral or Bool tensor is promoted to Long while sum() over Float stays
// Float.
#include "oracle.h"

ORACLE_TEST(index_results_are_long) {
  auto f = torch::rand({3, 4});
  EXPECT_DTYPE(torch::argmax(f, 1), torch::kLong);
  EXPECT_DTYPE(f.argmax(), torch::kLong);
  EXPECT_DTYPE(torch::argmin(f, 1), torch::kLong);
  EXPECT_DTYPE(f.argmin(), torch::kLong);
  EXPECT_DTYPE(f.nonzero(), torch::kLong);
  EXPECT_DTYPE(f.argsort(), torch::kLong);
  EXPECT_DTYPE(std::get<1>(f.max(1)), torch::kLong);
  EXPECT_DTYPE(std::get<1>(f.topk(2)), torch::kLong);
  EXPECT_DTYPE(std::get<1>(f.sort()), torch::kLong);
  // The value halves keep the input dtype.
  EXPECT_DTYPE(std::get<0>(f.max(1)), torch::kFloat);
  EXPECT_DTYPE(std::get<0>(f.topk(2)), torch::kFloat);
  EXPECT_DTYPE(std::get<0>(f.sort()), torch::kFloat);
}

ORACLE_TEST(comparisons_are_bool) {
  auto f = torch::rand({3, 4});
  auto g = torch::rand({3, 4});
  EXPECT_DTYPE(f > 0, torch::kBool);
  EXPECT_DTYPE(f.eq(g), torch::kBool);
  EXPECT_DTYPE(f.ne(g), torch::kBool);
  EXPECT_DTYPE(f.lt(g), torch::kBool);
  EXPECT_DTYPE(f.le(g), torch::kBool);
  EXPECT_DTYPE(f.gt(g), torch::kBool);
  EXPECT_DTYPE(f.ge(g), torch::kBool);
  EXPECT_DTYPE(f == g, torch::kBool);
  EXPECT_DTYPE(torch::isnan(f), torch::kBool);
}

ORACLE_TEST(sum_promotes_integral_to_long) {
  EXPECT_DTYPE(torch::ones({3}, torch::kByte).sum(), torch::kLong);
  EXPECT_DTYPE(torch::ones({3}, torch::kInt).sum(), torch::kLong);
  EXPECT_DTYPE(torch::ones({3}, torch::kBool).sum(), torch::kLong);
  EXPECT_DTYPE(torch::ones({3}, torch::kFloat).sum(), torch::kFloat);
}

ORACLE_MAIN()
