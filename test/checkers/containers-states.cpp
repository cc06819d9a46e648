// The states the engine infers for tensor lists (the join of their
// elements'), their elements, tuples and pairs of tensors, and cat/stack.
// RUN: %check_torch_tidy %s torch-debug-inspect %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <torch_tidy_debug.h>
#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

void listIsTheJoinOfItsElements() {
  std::vector<torch::Tensor> v;
  torch_tidy_inspect(v);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=bottom device=bottom
  v.push_back(torch::ones({2}, torch::kHalf).cuda());
  torch_tidy_inspect(v);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cuda
  v.emplace_back(torch::zeros({2}, torch::kHalf));
  torch_tidy_inspect(v);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=unknown
  v.clear();
  torch_tidy_inspect(v);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=bottom device=bottom
  v = {torch::ones({2}, torch::kLong), torch::arange(5)};
  torch_tidy_inspect(v);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Long device=cpu
  v.insert(v.begin(), torch::ones({2}));
  torch_tidy_inspect(v);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=cpu
  std::vector<torch::Tensor> w{torch::ones({2}, torch::kLong)};
  w.erase(w.end() - 1);
  w.insert(w.end(), v.begin(), v.end());
  torch_tidy_inspect(w);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=cpu
  std::vector<torch::Tensor> u;
  u.insert(u.end(), w.begin(), w.end());
  torch_tidy_inspect(u);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=cpu
}

void listsInBranchesAndLoops(bool flag, int n) {
  std::vector<torch::Tensor> v;
  if (flag)
    v.push_back(torch::ones({2}, torch::kDouble));
  torch_tidy_inspect(v);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Double device=cpu
  std::vector<torch::Tensor> w;
  for (int i = 0; i < n; ++i)
    w.push_back(i == 0 ? torch::ones({2}) : torch::zeros({2}, torch::kHalf));
  torch_tidy_inspect(w);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=cpu
}

void elementReads() {
  std::vector<torch::Tensor> v{torch::ones({2}, torch::kHalf)};
  torch_tidy_inspect(v[0]);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cpu
  torch_tidy_inspect(v.at(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cpu
  torch_tidy_inspect(v.front().to(torch::kCUDA));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cuda
  const auto &last = v.back();
  torch_tidy_inspect(last);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cpu
  for (const auto &t : v)
    torch_tidy_inspect(t);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Half device=cpu
  for (torch::Tensor t : v)
    torch_tidy_inspect(t);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Half device=cpu
  const std::vector<torch::Tensor> copy = v;
  torch_tidy_inspect(copy[0]);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cpu
}

void elementWrites() {
  std::vector<torch::Tensor> v{torch::ones({2}, torch::kHalf)};
  v[0] = torch::ones({2}, torch::kHalf);
  torch_tidy_inspect(v);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cpu
  v.front() = v.front().to(torch::kFloat);
  torch_tidy_inspect(v);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=cpu
  std::vector<torch::Tensor> w{torch::ones({2}, torch::kHalf)};
  w.back().bernoulli_(0.5); // an in-place method no rule describes
  torch_tidy_inspect(w);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
  std::vector<torch::Tensor> u{torch::ones({2}, torch::kHalf)};
  u[0].div_(2);
  torch_tidy_inspect(u);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cpu
}

void writesBehindTheAnalysis(torch::Tensor &out) {
  std::vector<torch::Tensor> byReference{torch::ones({2})};
  torch::Tensor &first = byReference[0];
  first = first.to(torch::kHalf);
  torch_tidy_inspect(byReference);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
  std::vector<torch::Tensor> byPointer{torch::ones({2})};
  torch::Tensor *data = byPointer.data();
  *data = data->to(torch::kHalf);
  torch_tidy_inspect(byPointer);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
  std::vector<torch::Tensor> byIterator{torch::ones({2})};
  std::fill(byIterator.begin(), byIterator.end(), torch::ones({2}, torch::kHalf));
  torch_tidy_inspect(byIterator);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
  std::vector<torch::Tensor> swapped{torch::ones({2})};
  std::swap(swapped[0], out);
  torch_tidy_inspect(swapped);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
  std::vector<torch::Tensor> resized{torch::ones({2})};
  resized.resize(4);
  torch_tidy_inspect(resized);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
  std::vector<torch::Tensor> kept{torch::ones({2})};
  kept.reserve(8);
  std::vector<torch::Tensor> other(kept.cbegin(), kept.cend());
  torch_tidy_inspect(kept);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cpu
  torch_tidy_inspect(other);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cpu
  std::vector<torch::Tensor> viewed{torch::ones({2})};
  at::TensorList view = viewed;
  viewed.push_back(torch::ones({2}, torch::kHalf));
  torch_tidy_inspect(torch::cat(view));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
}

void catAndStack(bool flag) {
  auto a = torch::ones({2}, torch::kDouble).cuda();
  auto b = torch::zeros({2}, torch::kDouble).cuda();
  std::vector<torch::Tensor> v{a, b};
  torch_tidy_inspect(torch::cat(v));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Double device=cuda
  torch_tidy_inspect(torch::stack(v, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Double device=cuda
  torch_tidy_inspect(torch::cat({a, b}));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Double device=cuda
  torch_tidy_inspect(torch::stack({a, b.to(torch::kHalf)}));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=cuda
  std::vector<torch::Tensor> none;
  torch_tidy_inspect(torch::cat(none));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
  torch_tidy_inspect(torch::cat(a.chunk(2)));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
}

std::tuple<torch::Tensor, torch::Tensor, int> threeThings() {
  return std::make_tuple(torch::ones({2}, torch::kHalf),
                         torch::zeros({2}, torch::kLong), 3);
}

std::pair<torch::Tensor, std::vector<torch::Tensor>> imageAndCrops() {
  auto image = torch::rand({3, 8, 8}).cuda();
  std::vector<torch::Tensor> crops{image, image};
  return {image, crops};
}

void tuplesAndPairs(bool flag) {
  auto t = threeThings();
  torch_tidy_inspect(std::get<0>(t));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cpu
  torch_tidy_inspect(std::get<1>(threeThings()));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Long device=cpu
  auto [half, ids, count] = threeThings();
  torch_tidy_inspect(half);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cpu
  torch_tidy_inspect(ids);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Long device=cpu
  auto p = imageAndCrops();
  torch_tidy_inspect(p.first);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cuda
  torch_tidy_inspect(p.second[1]);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cuda
  const auto &[image, crops] = imageAndCrops();
  for (const auto &crop : crops)
    torch_tidy_inspect(crop);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: dtype=Float device=cuda
  auto q = std::make_pair(torch::ones({2}), flag ? torch::ones({2}) : torch::ones({2}, torch::kHalf));
  torch_tidy_inspect(q.first);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cpu
  torch_tidy_inspect(q.second);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=cpu
}

void tupleWrites() {
  auto t = threeThings();
  std::get<0>(t) = torch::ones({2}, torch::kDouble);
  torch_tidy_inspect(std::get<0>(t));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Double device=cpu
  auto p = imageAndCrops();
  p.second.push_back(torch::ones({2}));
  torch_tidy_inspect(p.second[0]);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
  torch_tidy_inspect(p.first);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cuda
  auto [a, b, n] = threeThings();
  auto toDouble = [&] { a = a.to(torch::kDouble); };
  toDouble();
  torch_tidy_inspect(a);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
  torch::Tensor x, y;
  std::tie(x, y) = std::make_tuple(torch::ones({2}), torch::ones({2}));
  torch_tidy_inspect(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
}

void libraryTuplesAreUnknown(const torch::Tensor &scores) {
  auto best = torch::ones({2, 3}).max(1);
  torch_tidy_inspect(std::get<0>(best));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
  auto [values, indices] = torch::ones({2, 3}).max(1);
  torch_tidy_inspect(indices);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
}

void c10Lists() {
  c10::List<at::Tensor> l({torch::ones({2}, torch::kBFloat16)});
  torch_tidy_inspect(l.get(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=BFloat16 device=cpu
  at::Tensor first = l[0];
  torch_tidy_inspect(first);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=BFloat16 device=cpu
  l.set(0, torch::ones({2}, torch::kBFloat16));
  l.append(l.copy());
  torch_tidy_inspect(l.vec());
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=BFloat16 device=cpu
  c10::List<at::Tensor> shared({torch::ones({2})});
  torch::jit::IValue boxed(shared);
  torch_tidy_inspect(shared.get(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
}

// A helper that reads a list it is given.
torch::Tensor batchOf(const std::vector<torch::Tensor> &images) {
  return torch::stack(images).to(torch::kCUDA);
}

void listsGivenToHelpers() {
  std::vector<torch::Tensor> images{torch::rand({3, 4, 4}, torch::kHalf)};
  torch_tidy_inspect(batchOf(images));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cuda
}
