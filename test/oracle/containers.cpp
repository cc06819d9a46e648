// RUN: %oracle_bin/containers
// RUN: %python %S/engine_agrees.py %s
// Proves what the container model relies on: cat and stack of tensors of one
// dtype keep that dtype and the device (of mixed dtypes they promote, which
// the engine leaves unknown); a tensor read back from a std::vector, a
// c10::List, a std::tuple or a std::pair has the dtype it was stored with.
#include "oracle.h"

#include <tuple>
#include <utility>
#include <vector>

ORACLE_TEST(cat_and_stack_of_one_dtype) {
  std::vector<torch::Tensor> halves{torch::ones({2, 3}, torch::kHalf),
                                    torch::zeros({2, 3}, torch::kHalf)};
  EXPECT_DTYPE(torch::cat(halves), torch::kHalf);
  EXPECT_DTYPE(torch::cat(halves, 1), torch::kHalf);
  EXPECT_DTYPE(torch::stack(halves), torch::kHalf);
  EXPECT_DEVICE_CPU(torch::cat(halves));
  EXPECT_DEVICE_CPU(torch::stack(halves, 1));
  auto d = torch::ones({2}, torch::kDouble);
  EXPECT_DTYPE(torch::cat({d, d * 2}), torch::kDouble);
  EXPECT_DTYPE(torch::stack({d, d}, 1), torch::kDouble);
  std::vector<torch::Tensor> longs{torch::arange(3), torch::arange(3)};
  EXPECT_DTYPE(torch::stack(longs), torch::kLong);
  std::vector<torch::Tensor> masks{d > 0, d < 0};
  EXPECT_DTYPE(torch::cat(masks), torch::kBool);
  std::vector<torch::Tensor> bytes;
  bytes.push_back(torch::zeros({1, 4}, torch::kByte));
  EXPECT_DTYPE(torch::cat(bytes), torch::kByte);
}

ORACLE_TEST(cat_and_stack_of_mixed_dtypes_promote) {
  auto h = torch::ones({2}, torch::kHalf);
  auto f = torch::ones({2});
  std::vector<torch::Tensor> mixed{h, f};
  EXPECT_DTYPE(torch::cat(mixed), torch::kFloat);
  EXPECT_DTYPE(torch::stack(mixed), torch::kFloat);
  EXPECT_DTYPE(torch::cat({torch::ones({2}, torch::kInt), torch::arange(2)}),
               torch::kLong);
}

ORACLE_TEST(elements_of_lists) {
  std::vector<torch::Tensor> v;
  v.push_back(torch::ones({2}, torch::kBFloat16));
  v.emplace_back(torch::zeros({2}, torch::kBFloat16));
  EXPECT_DTYPE(v[0], torch::kBFloat16);
  EXPECT_DTYPE(v.at(1), torch::kBFloat16);
  EXPECT_DTYPE(v.front(), torch::kBFloat16);
  for (const auto &t : v)
    EXPECT_DTYPE(t, torch::kBFloat16);
  v.clear();
  v.push_back(torch::ones({2}, torch::kDouble));
  EXPECT_DTYPE(v.back(), torch::kDouble);
  EXPECT_DEVICE_CPU(v.back());

  c10::List<at::Tensor> l({torch::ones({2}, torch::kHalf)});
  l.push_back(torch::zeros({2}, torch::kHalf));
  EXPECT_DTYPE(l.get(1), torch::kHalf);
  const at::Tensor &first = l[0];
  EXPECT_DTYPE(first, torch::kHalf);
  for (at::Tensor t : l)
    EXPECT_DTYPE(t, torch::kHalf);
  EXPECT_DTYPE(torch::stack(l.vec()), torch::kHalf);
}

ORACLE_TEST(elements_of_tuples_and_pairs) {
  auto t = std::make_tuple(torch::ones({2}, torch::kHalf), torch::arange(2));
  EXPECT_DTYPE(std::get<0>(t), torch::kHalf);
  EXPECT_DTYPE(std::get<1>(t), torch::kLong);
  auto [h, l] = t;
  EXPECT_DTYPE(h, torch::kHalf);
  EXPECT_DTYPE(l, torch::kLong);
  std::pair<torch::Tensor, torch::Tensor> p{torch::ones({2}, torch::kDouble),
                                            torch::ones({2}) > 0};
  EXPECT_DTYPE(p.first, torch::kDouble);
  EXPECT_DTYPE(p.second, torch::kBool);
  EXPECT_DEVICE_CPU(p.first);
}

ORACLE_MAIN()
