#include "pipeline/pipeline.h"

void show(torch::jit::script::Module &m, std::vector<unsigned char> &bytes) {
  m.to(torch::kHalf);
  m.forward({pipeline::prepared(bytes)});
}
