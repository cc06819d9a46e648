// Whether tensors have dimensions, and LibTorch's result types where that
// decides them (test/oracle/ranks.cpp and promotion_ranks.cpp prove them).
// RUN: %check_torch_tidy %s torch-debug-inspect %t -- %mock_flags

#include <torch/torch.h>
#include <torch_tidy_debug.h>

void ranksOfFactories() {
  torch_tidy_inspect(torch::ones({2, 3}));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cpu rank=1+
  torch_tidy_inspect(torch::ones({}));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cpu rank=0
  torch_tidy_inspect(torch::tensor({0.5, 0.25}));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cpu rank=1+
  torch_tidy_inspect(torch::tensor(0.5));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cpu rank=0
  std::vector<int64_t> sizes{2, 2};
  torch_tidy_inspect(torch::zeros(sizes));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cpu [torch-debug-inspect]
}

void ranksThroughViewsAndConversions() {
  auto s = torch::tensor(1.5, torch::kDouble);
  torch_tidy_inspect(s.to(torch::kHalf).cuda());
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cuda rank=0
  torch_tidy_inspect(s.unsqueeze(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Double device=cpu rank=1+
  torch_tidy_inspect(torch::ones({4}).reshape({}));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cpu rank=0
  torch_tidy_inspect(torch::ones({4}).select(0, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cpu [torch-debug-inspect]
}

void promotionWithKnownRanks() {
  auto img = torch::rand({1, 3, 8, 8});
  auto mean = torch::tensor({0.485, 0.456, 0.406}, torch::kFloat64).view({1, 3, 1, 1});
  auto stdv = torch::tensor({0.229, 0.224, 0.225}, torch::kFloat64).view({1, 3, 1, 1});
  torch_tidy_inspect((img - mean) / stdv);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Double device=cpu rank=1+
  auto m0 = torch::tensor(0.5, torch::kFloat64);
  torch_tidy_inspect(img - m0);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cpu rank=1+
  torch_tidy_inspect(torch::ones({2}, torch::kLong) + torch::tensor(0.5));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cpu rank=1+
  torch_tidy_inspect(torch::ones({2}, torch::kInt) + torch::tensor(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Int device=cpu rank=1+
}

void promotionWithAnUnknownRank(torch::Tensor unknownRank) {
  // Float with a Double of unknown rank: Float if it is zero-dimensional,
  // Double if not.
  auto d = unknownRank.to(torch::kDouble);
  torch_tidy_inspect(torch::rand({2}) + d);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
  // Long with a Float of unknown rank: Float either way.
  auto f = unknownRank.to(torch::kFloat);
  torch_tidy_inspect(torch::ones({2}, torch::kLong) + f);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=unknown
}
