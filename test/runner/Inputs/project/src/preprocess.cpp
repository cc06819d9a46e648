// A helper: image bytes to a tensor.
#include <torch/torch.h>
#include <vector>

torch::Tensor toTensor(std::vector<unsigned char> &bytes) {
  return torch::from_blob(bytes.data(), {4});
}

// For the tests with other clang-tidy checks: `shape` is copied for
// nothing (performance-unnecessary-value-param), `verbose` is unused
// (misc-unused-parameters).
int64_t elements(std::vector<int64_t> shape, bool verbose) {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  return n;
}
