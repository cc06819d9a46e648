// A macro before the library includes: the precompiled header of
// <torch/torch.h> was built without it, so this file must not use it.
#define SAMPLE_FEATURE 1
#include <torch/torch.h>

float firstElement() {
  auto t = torch::zeros({2}, torch::kDouble);
  return *t.data_ptr<float>();
}
