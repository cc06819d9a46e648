// Begins with the project's own header, which begins with torch.
#include "vision/detector.h"

Detector::Detector(const std::string &path) : model_(torch::jit::load(path)) {
  model_.to(torch::kHalf);
}

torch::Tensor Detector::run(const std::vector<float> &pixels) {
  auto input = torch::from_blob(const_cast<float *>(pixels.data()), {1, 4});
  return model_.forward({input}).toTensor();
}

void standalone(const std::string &path) {
  torch::jit::Module m = torch::jit::load(path);
  m.to(torch::kHalf);
  m.forward({torch::ones({2})});
}
