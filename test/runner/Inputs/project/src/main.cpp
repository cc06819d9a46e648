// Begins with torch, then the project's header.
#include <torch/torch.h>
#include "vision/detector.h"

int main() {
  auto t = torch::ones({2});
  t.to(torch::kHalf);
  Detector d("model.pt");
  d.run({1, 2, 3, 4});
  return 0;
}
