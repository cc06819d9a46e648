// Tensors carried to modules in containers: std::vector and c10::List of
// tensors (whose state is the join of their elements'), std::vector<IValue>
// built from them, and tuples and pairs returned by helpers.
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %mock_flags
// RUN: %check_torch_tidy --plugin %s 'torch-*,-torch-debug-inspect' %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <opencv2/opencv.hpp>
#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

void tensorVectorIntoIValues(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  std::vector<torch::Tensor> crops{torch::rand({1, 3, 8, 8}),
                                   torch::zeros({1, 3, 8, 8})};
  std::vector<torch::jit::IValue> inputs(crops.begin(), crops.end());
  model.forward(inputs);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-6]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-6]]:36: note: input tensor is Float since here
}

void rangeForPushesIntoIValues(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  std::vector<torch::Tensor> crops;
  crops.push_back(torch::rand({1, 3, 8, 8}));
  crops.push_back(torch::rand({1, 3, 8, 8}));
  std::vector<torch::jit::IValue> inputs;
  for (const auto &crop : crops)
    inputs.push_back(crop);
  model.forward(inputs);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-9]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-8]]:19: note: input tensor is Float since here
  // CHECK-FIXES: inputs.push_back(crop.to(torch::kHalf));
}

void rangeForByValue(const std::string &path, int n) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  std::vector<torch::Tensor> crops;
  for (int i = 0; i < n; ++i)
    crops.emplace_back(torch::ones({1, 3, 8, 8}, torch::kDouble));
  std::vector<torch::jit::IValue> inputs;
  for (torch::Tensor crop : crops)
    inputs.emplace_back(crop);
  model.forward(inputs);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Double but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-9]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-7]]:24: note: input tensor is Double since here
  // CHECK-FIXES: inputs.emplace_back(crop.to(torch::kHalf));
}

void mixedHalfAndFloatStaysSilent(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  std::vector<torch::Tensor> crops;
  crops.push_back(torch::rand({1, 3, 8, 8}).to(torch::kHalf));
  crops.push_back(torch::rand({1, 3, 8, 8}));
  std::vector<torch::jit::IValue> inputs(crops.begin(), crops.end());
  model.forward(inputs);
  model.forward({crops[0]});
  model.forward({torch::cat(crops)});
}

// A helper fills a vector and returns it: the note points into the helper.
std::vector<torch::Tensor> loadBatch(float *pixels, int count) {
  std::vector<torch::Tensor> batch;
  for (int i = 0; i < count; ++i)
    batch.push_back(torch::from_blob(pixels + i * 48, {1, 3, 4, 4}));
  return batch;
}

void vectorFilledInAHelper(const std::string &path, float *pixels) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto batch = loadBatch(pixels, 4);
  std::vector<torch::jit::IValue> inputs(batch.begin(), batch.end());
  model.forward(inputs);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-5]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-12]]:21: note: input tensor is Float since here
}

void catAndStackOfOneDtype(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  std::vector<torch::Tensor> rows{torch::rand({1, 4}), torch::rand({1, 4})};
  auto batch = torch::cat(rows);
  model.forward({batch});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-5]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:16: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({batch.to(torch::kHalf)});
  auto a = torch::ones({4}, torch::kDouble), b = torch::zeros({4}, torch::kDouble);
  model.forward({torch::stack({a, b})});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Double but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-11]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: input tensor is Double since here
  // CHECK-FIXES: model.forward({torch::stack({a, b}).to(torch::kHalf)});
}

void catOfMixedDtypesStaysSilent(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto h = torch::ones({4}, torch::kHalf);
  auto f = torch::ones({4});
  model.forward({torch::cat({h, f})});
  std::vector<torch::Tensor> parts{h};
  parts.push_back(f);
  model.forward({torch::stack(parts)});
}

void elementReads(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  std::vector<torch::Tensor> crops(2);
  crops = {torch::rand({1, 3, 8, 8}), torch::rand({1, 3, 8, 8})};
  model.forward({crops.front()});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-5]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:12: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({crops.front().to(torch::kHalf)});
  const auto &last = crops.back();
  model.forward({last, crops[1].to(torch::kHalf)});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-11]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-10]]:12: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({last.to(torch::kHalf), crops[1].to(torch::kHalf)});
}

// Tuples and pairs returned by helpers.
std::tuple<torch::Tensor, torch::Tensor> imageAndMask(const cv::Mat &img) {
  auto image = torch::from_blob(img.data, {1, img.rows, img.cols, 3}, torch::kByte)
                   .permute({0, 3, 1, 2})
                   .to(torch::kFloat);
  auto mask = image.sum(1) > 0;
  return std::make_tuple(image, mask);
}

std::pair<torch::Tensor, torch::Tensor> halfAndDouble() {
  return {torch::ones({2}, torch::kHalf), torch::ones({2}, torch::kDouble)};
}

void tupleThroughStructuredBinding(const std::string &path, const cv::Mat &img) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto [image, mask] = imageAndMask(img);
  model.forward({image, mask});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-16]]:21: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({image.to(torch::kHalf), mask});
}

void tupleThroughStdGet(const std::string &path, const cv::Mat &img) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto both = imageAndMask(img);
  model.forward({std::get<0>(both)});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-27]]:21: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({std::get<0>(both).to(torch::kHalf)});
  model.forward({std::get<1>(halfAndDouble())});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Double but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-9]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-26]]:43: note: input tensor is Double since here
  auto pair = halfAndDouble();
  model.forward({pair.first});
  model.forward({pair.second});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Double but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-15]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-32]]:43: note: input tensor is Double since here
  // CHECK-FIXES: model.forward({pair.second.to(torch::kHalf)});
}

void bindingsReassigned(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto [half, dbl] = halfAndDouble();
  dbl = dbl.to(torch::kHalf);
  model.forward({half, dbl});
  half = half.to(torch::kDouble);
  model.forward({half});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Double but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-7]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-4]]:15: note: input tensor is Double since here
  // CHECK-FIXES: model.forward({half.to(torch::kHalf)});
}

void c10ListOfTensors(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  c10::List<at::Tensor> crops({torch::rand({1, 3, 8, 8})});
  crops.push_back(torch::rand({1, 3, 8, 8}));
  model.forward({crops.get(1)});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-5]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-5]]:32: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({crops.get(1).to(torch::kHalf)});
  torch::List<at::Tensor> halves;
  halves.push_back(torch::ones({2}, torch::kHalf));
  for (const at::Tensor &t : halves)
    model.forward({t});
  at::Tensor first = halves[0];
  model.forward({first});
  halves[0] = torch::ones({2});
  at::Tensor changed = halves[0];
  model.forward({changed});
}

void clearedVectorRefilled(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  std::vector<torch::Tensor> batch;
  batch.push_back(torch::rand({1, 4}).to(torch::kHalf));
  model.forward({torch::cat(batch)});
  batch.clear();
  batch.push_back(torch::rand({1, 4}));
  model.forward({torch::cat(batch)});
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-8]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: input tensor is Float since here
  // CHECK-FIXES: model.forward({torch::cat(batch).to(torch::kHalf)});
}

void shuffle(std::vector<torch::Tensor> &batch);

void changedBehindTheAnalysisStaysSilent(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  std::vector<torch::Tensor> a{torch::rand({4})};
  a.resize(3);
  model.forward({a[0]});
  std::vector<torch::Tensor> b{torch::rand({4})};
  shuffle(b);
  model.forward({b[0]});
  std::vector<torch::Tensor> c{torch::rand({4})};
  for (auto &t : c)
    t = t.to(torch::kHalf);
  model.forward({c[0]});
  std::vector<torch::Tensor> d{torch::rand({4})};
  std::transform(d.begin(), d.end(), d.begin(),
                 [](const torch::Tensor &t) { return t.to(torch::kHalf); });
  model.forward({d[0]});
  std::vector<torch::Tensor> e{torch::rand({4})};
  e[0] = e[0].to(torch::kHalf);
  model.forward({e[0]});
  c10::List<at::Tensor> f({torch::rand({4})});
  c10::List<at::Tensor> alias = f;
  alias.set(0, torch::rand({4}).to(torch::kHalf));
  model.forward({f.get(0)});
}

// An output parameter written by a helper makes the caller's tensor unknown.
void prepare(const cv::Mat &img, torch::Tensor &out) {
  out = torch::from_blob(img.data, {1, img.rows, img.cols, 3}, torch::kByte)
            .to(torch::kHalf);
}

void outputParameterStaysSilent(const std::string &path, const cv::Mat &img) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto input = torch::zeros({1, 3, 8, 8});
  prepare(img, input);
  model.forward({input});
}

void ivaluesPushedOnEitherBranch(const std::string &path, bool flip) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto a = torch::rand({1, 4});
  auto b = torch::ones({1, 4});
  std::vector<torch::jit::IValue> inputs;
  if (flip)
    inputs.push_back(a);
  else
    inputs.push_back(b.flip({1}));
  model.forward(inputs);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-10]]:9: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-10]]:12: note: input tensor is Float since here
}

void listOnAnotherDevice() {
  torch::nn::Linear head(4, 2);
  std::vector<torch::Tensor> rows;
  rows.push_back(torch::rand({1, 4}).to(torch::kCUDA));
  rows.push_back(torch::rand({1, 4}).to(torch::kCUDA));
  head(torch::cat(rows));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: input tensor is on cuda but the module is on cpu [torch-module-input-device]
  // CHECK-MESSAGES: :[[@LINE-6]]:21: note: module is on cpu since here
  // CHECK-MESSAGES: :[[@LINE-5]]:38: note: input tensor is on cuda since here
  // CHECK-FIXES: head(torch::cat(rows).to(torch::kCPU));
}
