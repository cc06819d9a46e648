// A detector whose precision is a setting: with --double the constructor
// converts the model, then warms it up with a Float tensor. LibTorch throws
// at run time, but only with the flag:
//   RuntimeError: expected scalar type Float but found Double
// run() converts its input under the same flag, and is right either way.
// torch-tidy reports the warm-up "when 'precise_' is true".
//   ./precision_flag_buggy model.pt --double
#include <torch/script.h>
#include <torch/torch.h>
#include <iostream>
#include <string>

class Detector {
public:
  Detector(const std::string &path, bool precise)
      : model_(torch::jit::load(path)), precise_(precise) {
    if (precise_)
      model_.to(torch::kDouble);
    model_.eval();
    model_.forward({torch::zeros({1, 4})});
  }

  torch::Tensor run(torch::Tensor input) {
    if (precise_)
      input = input.to(torch::kDouble);
    return model_.forward({input}).toTensor();
  }

private:
  torch::jit::script::Module model_;
  bool precise_;
};

int main(int argc, char **argv) {
  bool precise = argc > 2 && std::string(argv[2]) == "--double";
  Detector detector(argv[1], precise);
  std::cout << detector.run(torch::ones({1, 4})) << "\n";
  return 0;
}
