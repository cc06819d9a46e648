#include "pipeline/pipeline.h"

namespace pipeline {
torch::Tensor scale(const torch::Tensor &t, double factor) {
  return t.to(torch::kFloat) * factor;
}
} // namespace pipeline
