#include "pipeline/pipeline.h"

namespace pipeline {
torch::Tensor toFloat(std::vector<unsigned char> &bytes) {
  auto t = torch::from_blob(bytes.data(), {1, 4}, torch::kByte);
  return t.to(torch::kFloat);
}

torch::Tensor keep(const torch::Tensor &t) { return t.relu(); }

// Not callable from other files: never summarized.
static torch::Tensor hidden() { return torch::ones({2}); }
namespace {
torch::Tensor alsoHidden() { return hidden(); }
} // namespace
} // namespace pipeline
