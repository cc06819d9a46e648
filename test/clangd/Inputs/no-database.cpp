// No compile_commands.json or compile_flags.txt above this file: clangd
// falls back to default flags, which do not find the LibTorch headers.
#include <torch/torch.h>

void infer(torch::jit::script::Module &model) {
  model.to(torch::kHalf);
  model.forward({torch::ones({1, 4})});
}
