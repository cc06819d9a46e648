// detector_class_buggy.cpp after torch-tidy's fix-it: the input is
// converted to the model's dtype where it enters the call.
//   ./detector_class_fixed model.pt
#include <torch/script.h>
#include <torch/torch.h>
#include <iostream>
#include <string>
#include <vector>

torch::Tensor toTensor(std::vector<float> &pixels) {
  return torch::from_blob(pixels.data(), {1, 4});
}

class Detector {
public:
  explicit Detector(const std::string &path) {
    module_ = torch::jit::load(path);
    module_.to(torch::kDouble);
    module_.eval();
  }

  torch::Tensor run(std::vector<float> &pixels) {
    auto input = toTensor(pixels);
    return module_.forward({input.to(torch::kDouble)}).toTensor();
  }

private:
  torch::jit::script::Module module_;
};

int main(int argc, char **argv) {
  Detector detector(argv[1]);
  std::vector<float> pixels = {0.1f, 0.2f, 0.3f, 0.4f};
  std::cout << detector.run(pixels) << "\n";
  return 0;
}
