#pragma once
#include <torch/script.h>
#include <torch/torch.h>

inline torch::Tensor runHalf(torch::jit::Module &model) {
  model.to(torch::kHalf);
  auto input = torch::ones({1, 4});
  return model.forward({input}).toTensor();
}
