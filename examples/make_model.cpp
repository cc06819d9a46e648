// Writes a small TorchScript model (a 4 -> 2 linear layer) to the path
// given, so the other examples have a real model file to load:
//   ./make_model model.pt
#include <torch/script.h>
#include <torch/torch.h>
#include <iostream>

int main(int argc, char **argv) {
  if (argc != 2) {
    std::cerr << "usage: make_model OUTPUT.pt\n";
    return 2;
  }
  torch::jit::Module model("Classifier");
  model.register_parameter("weight", torch::randn({4, 2}), false);
  model.register_parameter("bias", torch::zeros({2}), false);
  model.define(R"(
def forward(self, x):
    return torch.mm(x, self.weight) + self.bias
)");
  model.save(argv[1]);
  std::cout << "wrote " << argv[1] << "\n";
  return 0;
}
