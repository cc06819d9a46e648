#include <torch/script.h>
#include <torch/torch.h>
#include <string>

torch::Tensor outside(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto input = torch::ones({1, 4});
  input = input.to(torch::kHalf);
  return model.forward({input}).toTensor();
}
