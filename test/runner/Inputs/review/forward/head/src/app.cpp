// Inference with a half-precision model, on the CPU.
#include <torch/script.h>
#include <torch/torch.h>
#include <string>

torch::Tensor infer(const std::string &path) {
  torch::jit::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto input = torch::ones({1, 4});
  return model.forward({input}).toTensor();
}
