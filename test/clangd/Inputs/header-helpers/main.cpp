#include <torch/script.h>
#include "helpers.h"

void infer(torch::jit::script::Module &model) {
  model.to(torch::kHalf);
  model.forward({loadPixels()});
  model.forward({loadAnnotatedPixels()});
}
