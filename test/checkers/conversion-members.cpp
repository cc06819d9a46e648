// meta() and chalf() return converted copies, like to(): dropping their
// result is a bug.
// RUN: %check_torch_tidy %s torch-discarded-conversion %t -- %mock_flags

#include <torch/torch.h>

void droppedConversions(torch::Tensor t) {
  t.chalf();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'chalf' does not change 't' in place; the converted tensor it returns is discarded [torch-discarded-conversion]
  // CHECK-FIXES: t = t.chalf();
  t.meta();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'meta' does not change 't' in place; the converted tensor it returns is discarded [torch-discarded-conversion]
  // CHECK-FIXES: t = t.meta();
}

void keptConversions(torch::Tensor t) {
  t = t.chalf();
  auto m = t.meta();
  auto h = at::_cast_Half(t);
}
