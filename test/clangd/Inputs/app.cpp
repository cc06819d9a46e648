#include <torch/script.h>
#include <torch/torch.h>
#include <string>
#include <vector>

torch::Tensor loadPixels() {
  static std::vector<float> pixels(4, 0.5f);
  return torch::from_blob(pixels.data(), {1, 4});
}

double scale(int total) { return total / 2 * 1.0; }

void infer(const std::string &path) {
  torch::jit::script::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto input = loadPixels();
  auto out = model.forward({input});
}
