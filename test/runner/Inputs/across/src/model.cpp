#include "pipeline/pipeline.h"

namespace pipeline {
torch::jit::script::Module loadHalf(const std::string &path) {
  auto m = torch::jit::load(path);
  m.to(torch::kHalf);
  return m;
}

void classify(const torch::Tensor &x) {
  torch::nn::Linear fc(4, 2);
  fc->to(torch::kHalf);
  fc(x);
}
} // namespace pipeline
