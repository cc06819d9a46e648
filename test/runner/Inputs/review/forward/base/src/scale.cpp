#include <torch/torch.h>

void scale() {
  auto img = torch::zeros({4}, torch::kByte);
  img.div_(255.0);
}
