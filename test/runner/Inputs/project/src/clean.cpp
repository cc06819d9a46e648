// Nothing to report.
#include <torch/torch.h>

torch::Tensor twice(const torch::Tensor &t) { return t * 2; }
