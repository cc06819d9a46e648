// double_model_buggy.cpp after torch-tidy's fix-it: the input is converted
// to the model's dtype where it enters the call.
//   ./double_model_fixed model.pt
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
  auto scores = model.forward({input.to(torch::kDouble)}).toTensor();
  std::cout << scores << "\n";
  return 0;
}
