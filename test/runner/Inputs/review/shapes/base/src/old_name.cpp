// Helpers, renamed by the change.
#include <torch/script.h>
#include <torch/torch.h>
#include <string>

void scale() {
  auto img = torch::zeros({4}, torch::kByte);
  img.div_(255.0);
}

torch::Tensor renamed(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto input = torch::ones({1, 4});
  return model.forward({input.to(torch::kHalf)}).toTensor();
}
