#include "pipeline/pipeline.h"

namespace pipeline {
torch::Tensor scale(const torch::Tensor &t) { return t.to(torch::kFloat); }
} // namespace pipeline
