// For model-files-next-to-source.test: copied next to jit_half.pt.
#include <torch/script.h>
#include <torch/torch.h>

void halfModelFedFloat() {
  auto model = torch::jit::load("jit_half.pt");
  model.forward({torch::ones({1, 3, 8, 8})});
}

void inASubdirectory() {
  auto model = torch::jit::load("models/jit_double.pt");
  model.forward({torch::ones({1, 3, 8, 8})});
}
