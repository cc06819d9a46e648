// The model is a member of a class: the constructor loads it and converts
// it to double precision, run() feeds it the float tensor a helper makes
// from the pixels. LibTorch throws at run time:
//   RuntimeError: expected scalar type Float but found Double
// torch-tidy reports it in run(), with notes in the constructor (where the
// parameters became Double) and in the helper (where the input became Float).
//   ./detector_class_buggy model.pt
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
    return module_.forward({input}).toTensor();
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
