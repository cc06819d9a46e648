#include <torch/torch.h>

// Scales a byte image: the finding below was there before the change,
// which moves it and changes its indentation.
void scale() {
  auto img = torch::zeros({4}, torch::kByte);
    img.div_(255.0);
}
