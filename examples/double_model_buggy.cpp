// A model converted to double precision, fed the float pixels of an image.
// LibTorch throws at run time:
//   RuntimeError: expected scalar type Float but found Double
// torch-tidy reports it on the forward line, with where each dtype was set.
//   ./double_model_buggy model.pt
#include <torch/script.h>
#include <torch/torch.h>
#include <iostream>
#include <vector>

int main(int argc, char **argv) {
  torch::jit::script::Module model = torch::jit::load(argv[1]);
  model.to(torch::kDouble);
  model.eval();

  std::vector<float> pixels = {0.1f, 0.2f, 0.3f, 0.4f};
  auto input = torch::from_blob(pixels.data(), {1, 4});
  auto scores = model.forward({input}).toTensor();
  std::cout << scores << "\n";
  return 0;
}
