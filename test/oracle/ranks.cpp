// RUN: %oracle_bin/ranks
// RUN: %python %S/engine_agrees.py %s
// Proves which calls give zero-dimensional tensors and which give tensors
// with dimensions (the `rank` of rules/libtorch.yaml): factories by their
// sizes (`{}` is zero-dimensional), torch::tensor by its data (a list, or
// a lone number), conversions and elementwise math keep the rank, views
// take the sizes they are given, unsqueeze and flatten always give
// dimensions, and arithmetic has dimensions when an operand has them.
#include "oracle.h"

ORACLE_TEST(factories_by_their_sizes) {
  EXPECT_RANK(torch::zeros({2, 3}), 1);
  EXPECT_RANK(torch::zeros({}), 0);
  EXPECT_RANK(torch::ones({}), 0);
  EXPECT_RANK(torch::rand({4}), 1);
  EXPECT_RANK(torch::randn({}), 0);
  EXPECT_RANK(torch::empty({2}), 1);
  EXPECT_RANK(torch::randint(10, {3}), 1);
  EXPECT_RANK(torch::empty_strided({2}, {1}), 1);
  EXPECT_RANK(torch::full({2}, 1.5), 1);
  EXPECT_RANK(torch::full({}, 1.5), 0);
  EXPECT_RANK(torch::eye(3), 1);
  EXPECT_RANK(torch::linspace(0, 1, 5), 1);
  EXPECT_RANK(torch::logspace(0, 1, 5), 1);
  EXPECT_RANK(torch::randperm(5), 1);
  EXPECT_RANK(torch::arange(5), 1);
  EXPECT_RANK(torch::scalar_tensor(2.0), 0);
  std::vector<float> buf(4);
  EXPECT_RANK(torch::from_blob(buf.data(), {4}), 1);
  EXPECT_RANK(torch::from_blob(buf.data(), {}), 0);
}

ORACLE_TEST(tensor_by_its_data) {
  EXPECT_RANK(torch::tensor({0.485, 0.456, 0.406}), 1);
  EXPECT_RANK(torch::tensor({1}), 1);
  EXPECT_RANK(torch::tensor(1.5), 0);
  EXPECT_RANK(torch::tensor(3), 0);
  EXPECT_RANK(torch::tensor(std::vector<double>{1.0, 2.0}), 1);
  EXPECT_RANK(torch::tensor({0.5, 0.5}, torch::kFloat64), 1);
}

ORACLE_TEST(like_factories_and_conversions_keep_the_rank) {
  auto s = torch::tensor(2.5);     // zero-dimensional
  auto v = torch::ones({3});       // with dimensions
  EXPECT_RANK(torch::zeros_like(s), 0);
  EXPECT_RANK(torch::ones_like(v), 1);
  EXPECT_RANK(s.to(torch::kHalf), 0);
  EXPECT_RANK(v.to(torch::kDouble), 1);
  EXPECT_RANK(s.toType(torch::kLong), 0);
  EXPECT_RANK(s.type_as(v), 0);
  EXPECT_RANK(v.cpu(), 1);
  EXPECT_RANK(s.meta(), 0);
  EXPECT_RANK(at::_cast_Double(s), 0);
  EXPECT_RANK(at::_cast_Half(v), 1);
}

ORACLE_TEST(elementwise_math_keeps_the_rank) {
  auto s = torch::tensor(2.5);
  auto v = torch::ones({3});
  EXPECT_RANK(s.clone(), 0);
  EXPECT_RANK(s.detach(), 0);
  EXPECT_RANK(s.abs(), 0);
  EXPECT_RANK(s.exp(), 0);
  EXPECT_RANK(s.relu(), 0);
  EXPECT_RANK(s.sigmoid(), 0);
  EXPECT_RANK(s.clamp(0, 1), 0);
  EXPECT_RANK(s.pow(2), 0);
  EXPECT_RANK(s.t(), 0);
  EXPECT_RANK(torch::tanh(s), 0);
  EXPECT_RANK(v.flip({0}), 1);
  EXPECT_RANK(v.softmax(0), 1);
  EXPECT_RANK(v.narrow(0, 0, 2), 1);
}

ORACLE_TEST(views_take_their_sizes) {
  auto v = torch::ones({1});
  auto s = torch::tensor(2.5);
  EXPECT_RANK(v.view({1}), 1);
  EXPECT_RANK(v.view({1, 1}), 1);
  EXPECT_RANK(v.reshape({}), 0);
  EXPECT_RANK(s.reshape({1}), 1);
  EXPECT_RANK(s.expand({3}), 1);
  EXPECT_RANK(s.repeat({2}), 1);
  EXPECT_RANK(s.unsqueeze(0), 1);
  EXPECT_RANK(s.flatten(), 1);
  EXPECT_RANK(torch::flatten(s), 1);
  EXPECT_RANK(s.view_as(v), 1);
  EXPECT_RANK(v.reshape_as(s), 0);
  EXPECT_RANK(s.expand_as(v), 1);
}

ORACLE_TEST(arithmetic_has_dimensions_when_an_operand_has_them) {
  auto s = torch::tensor(2.5);
  auto v = torch::ones({3});
  EXPECT_RANK(s + v, 1);
  EXPECT_RANK(v - s, 1);
  EXPECT_RANK(s * s, 0);
  EXPECT_RANK(s / 2, 0);
  EXPECT_RANK(v / s, 1);
  EXPECT_RANK(s > 0, 0);
  EXPECT_RANK(v == s, 1);
  EXPECT_RANK(torch::cat({v, v}), 1);
  EXPECT_RANK(torch::stack({s, s}), 1);
  EXPECT_RANK(s.add_(1), 0);
}

ORACLE_MAIN()
