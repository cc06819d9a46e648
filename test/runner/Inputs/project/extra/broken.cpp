#include <torch/torch.h>

// Does not compile: the name is misspelled.
torch::Tensor doubled(const torch::Tensor &t) { return t * two; }
