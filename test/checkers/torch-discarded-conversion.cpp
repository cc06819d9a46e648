// RUN: %check_torch_tidy %s torch-discarded-conversion %t -- %mock_flags
// RUN: %check_torch_tidy --plugin %s torch-discarded-conversion %t -- %mock_flags

#include <torch/torch.h>

struct Preprocessor {
  torch::Tensor mean_;
  void toGpu() {
    mean_.cuda();
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'cuda' does not change 'mean_' in place; the converted tensor it returns is discarded [torch-discarded-conversion]
    // CHECK-FIXES: mean_ = mean_.cuda();
  }
};

void conversionsAsStatements(torch::Tensor img) {
  img.to(torch::kHalf);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'to' does not change 'img' in place; the converted tensor it returns is discarded [torch-discarded-conversion]
  // CHECK-FIXES: img = img.to(torch::kHalf);
  img.contiguous();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'contiguous' does not change 'img' in place; the converted tensor it returns is discarded [torch-discarded-conversion]
  // CHECK-FIXES: img = img.contiguous();
  if (img.dim() == 3)
    img.toType(torch::kDouble);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'toType' does not change 'img' in place; the converted tensor it returns is discarded [torch-discarded-conversion]
  // CHECK-FIXES: img = img.toType(torch::kDouble);
  for (int i = 0; i < 2; ++i) {
    img.cpu();
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'cpu' does not change 'img' in place; the converted tensor it returns is discarded [torch-discarded-conversion]
    // CHECK-FIXES: img = img.cpu();
  }
}

// No fix-it where the result cannot be assigned back.
void constTensor(const torch::Tensor &t) {
  t.to(torch::kHalf);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'to' does not change 't' in place; the converted tensor it returns is discarded [torch-discarded-conversion]
  torch::ones({2}).to(torch::kHalf);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'to' does not change 'torch::ones({2})' in place; the converted tensor it returns is discarded [torch-discarded-conversion]
}

// --- Silent ---

void usedResults(torch::Tensor img, torch::nn::Linear fc) {
  img = img.to(torch::kHalf);
  auto x = img.contiguous();
  (void)img.cpu(); // discarded on purpose
  fc->to(torch::kHalf); // Module::to is in place
  img.add_(1);
}
