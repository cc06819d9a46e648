#include <torch/torch.h>
#include <vector>

inline torch::Tensor loadPixels() {
  static std::vector<float> pixels(4, 0.5f);
  return torch::from_blob(pixels.data(), {1, 4});
}

[[clang::annotate("torch-tidy:dtype=float,device=cpu")]]
inline torch::Tensor loadAnnotatedPixels() {
  static std::vector<float> pixels(4, 0.5f);
  return torch::from_blob(pixels.data(), {1, 4});
}
