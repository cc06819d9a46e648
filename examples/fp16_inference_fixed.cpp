// fp16_inference_buggy.cpp after torch-tidy's fix-it.
//   ./fp16_inference_fixed model.pt
#include <torch/script.h>
#include <torch/torch.h>
#include <iostream>
#include <vector>

int main(int argc, char **argv) {
  torch::jit::script::Module model = torch::jit::load(argv[1]);
  model.to(torch::kCUDA);
  model.to(torch::kHalf);

  std::vector<float> pixels(4, 0.5f);
  auto input = torch::from_blob(pixels.data(), {1, 4}).to(torch::kCUDA);
  auto out = model.forward({input.to(torch::kHalf)});
  std::cout << out.toTensor() << "\n";
  return 0;
}
