// The classic fp16 deployment bug: the model is moved to the GPU and made
// Half, the input is made from float pixels. On a CUDA machine LibTorch
// throws: Input type (CUDAFloatType) and weight type (CUDAHalfType) should
// be the same.
//   ./fp16_inference_buggy model.pt
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
  auto out = model.forward({input});
  std::cout << out.toTensor() << "\n";
  return 0;
}
