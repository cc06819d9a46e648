// The sample project of the run-torch-tidy tests: a detector class in its
// own header and source, helpers, main. The header begins with the library
// includes, so the files that include it first share a precompiled header.
#pragma once
#include <torch/script.h>
#include <torch/torch.h>
#include <string>
#include <vector>

class Detector {
public:
  explicit Detector(const std::string &path);
  torch::Tensor run(const std::vector<float> &pixels);

private:
  torch::jit::Module model_;
};

// Reported in every file that includes this header when the header filter
// selects it; run-torch-tidy prints it once.
inline void scaleInPlace() {
  auto img = torch::zeros({4}, torch::kByte);
  img.div_(255.0);
}
