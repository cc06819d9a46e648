// RUN: %check_torch_tidy %s torch-inplace-result-dtype %t -- %mock_flags
// RUN: %check_torch_tidy --plugin %s torch-inplace-result-dtype %t -- %mock_flags

#include <torch/torch.h>

// The everyday one: normalizing a Byte image in place.
void normalizeBytesInPlace() {
  auto img = torch::zeros({3, 4, 4}, torch::kByte);
  img.div_(255.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: in-place 'div_' cannot store its Float result in a Byte tensor, which throws at run time; use the out-of-place 'div' [torch-inplace-result-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: tensor is Byte since here
}

void compoundOperators() {
  auto b = torch::zeros({2}, torch::kByte);
  b /= 255.0;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: in-place 'operator/=' cannot store its Float result in a Byte tensor, which throws at run time; use the out-of-place 'operator/' [torch-inplace-result-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: tensor is Byte since here
  auto l = torch::zeros({2}, torch::kLong);
  l += torch::ones({2});
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: in-place 'operator+=' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'operator+' [torch-inplace-result-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: tensor is Long since here
}

void integerDivisionIsTrueDivision() {
  auto l = torch::arange(4);
  l.div_(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: in-place 'div_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'div' [torch-inplace-result-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: tensor is Long since here
  auto b = torch::ones({2}, torch::kByte);
  b.div_(l);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: in-place 'div_' cannot store its Float result in a Byte tensor, which throws at run time; use the out-of-place 'div' [torch-inplace-result-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: tensor is Byte since here
}

void mathOnIntegers() {
  auto l = torch::ones({2}, torch::kLong);
  l.sqrt_();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: in-place 'sqrt_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'sqrt' [torch-inplace-result-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: tensor is Long since here
  l.mul_(0.5);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: in-place 'mul_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'mul' [torch-inplace-result-dtype]
  // CHECK-MESSAGES: :[[@LINE-6]]:12: note: tensor is Long since here
  l.clamp_(0.0, 1.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: in-place 'clamp_' cannot store its Float result in a Long tensor, which throws at run time; use the out-of-place 'clamp' [torch-inplace-result-dtype]
  // CHECK-MESSAGES: :[[@LINE-9]]:12: note: tensor is Long since here
}

void boolTensors() {
  auto mask = torch::ones({2}, torch::kBool);
  mask.add_(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: in-place 'add_' cannot store its Long result in a Bool tensor, which throws at run time; use the out-of-place 'add' [torch-inplace-result-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: tensor is Bool since here
}

// --- Silent: the result can be cast back, or nobody knows. ---

void castableResults(const torch::Tensor &unknown) {
  auto f = torch::ones({2});
  f.add_(torch::ones({2}, torch::kDouble)); // Double result cast to Float
  f.add_(1);
  f /= 2;
  auto h = torch::ones({2}, torch::kHalf);
  h.add_(f);
  auto l = torch::ones({2}, torch::kLong);
  l.add_(2);
  l.clamp_(0, 1);
  l.pow_(2);
  l.div_(2, "floor"); // a rounding mode keeps integers
  auto b = torch::ones({2}, torch::kByte);
  b.mul_(2);
  b.copy_(f);
  unknown.div_(255.0);
  auto mask = torch::ones({2}, torch::kBool);
  mask.add_(true);
}

void outOfPlaceIsFine() {
  auto img = torch::zeros({3, 4, 4}, torch::kByte);
  auto x = img.div(255.0);
  auto y = img.to(torch::kFloat).div_(255.0);
}
