#include <torch/script.h>
#include <torch/torch.h>
#include <string>

// Half-typed, as in an editor: the parser recovers at the next function.
void typing(const std::string &path) {
  auto module = torch::jit::load(path);
  module.to(torch::kHalf
}

void finished(const std::string &path) {
  torch::jit::script::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto out = model.forward({torch::ones({1, 4})});
}
