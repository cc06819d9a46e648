// The warm-up converted under the same flag as run()'s input: right with
// and without --double.
//   ./precision_flag_fixed model.pt --double
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
    torch::Tensor warmUp = torch::zeros({1, 4});
    if (precise_)
      warmUp = warmUp.to(torch::kDouble);
    model_.forward({warmUp});
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
