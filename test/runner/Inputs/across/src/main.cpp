#include "pipeline/pipeline.h"

int main() {
  auto model = pipeline::loadHalf("net.pt");
  std::vector<unsigned char> bytes(4);
  auto x = pipeline::toFloat(bytes);
  model.forward({pipeline::keep(x)});
  model.forward({x.to(torch::kHalf)});
  model.forward({pipeline::scale(x)});
  model.forward({pipeline::ping(3)});
  model.forward({pipeline::keep(x, 2)});
  pipeline::classify(x);
  pipeline::classify(x.to(torch::kHalf));
  return 0;
}
