#include "pipeline/pipeline.h"

namespace pipeline {
torch::jit::script::Module loadHalf(const std::string &path) {
  auto m = torch::jit::load(path);
  m.to(torch::kHalf);
  return m;
}
} // namespace pipeline
