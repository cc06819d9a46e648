// gpu_classifier_buggy.cpp after torch-tidy's fix-it, which reuses the
// code's own device variable.
#include <torch/torch.h>
#include <iostream>

struct Classifier : torch::nn::Module {
  Classifier() : fc(register_module("fc", torch::nn::Linear(4, 2))) {}
  torch::Tensor forward(torch::Tensor x) { return fc(x); }
  torch::nn::Linear fc;
};

int main() {
  torch::Device device(torch::kCUDA, 0);
  auto net = std::make_shared<Classifier>();
  net->to(device);

  auto batch = torch::rand({8, 4});
  std::cout << net->forward(batch.to(device)) << "\n";
  return 0;
}
