// RUN: %check_torch_tidy %s torch-operand-dtype %t -- %mock_flags
// RUN: %check_torch_tidy --plugin %s torch-operand-dtype %t -- %mock_flags

#include <torch/torch.h>

void matrixProductsDoNotPromote() {
  auto d = torch::ones({2, 2}, torch::kDouble);
  auto f = torch::ones({2, 2});
  auto r = torch::matmul(d, f);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'matmul' needs operands of one dtype, but they are Double and Float [torch-operand-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:12: note: operand is Double since here
  // CHECK-MESSAGES: :[[@LINE-4]]:12: note: operand is Float since here
  auto m = f.mm(d);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'mm' needs operands of one dtype, but they are Float and Double [torch-operand-dtype]
  // CHECK-MESSAGES: :[[@LINE-7]]:12: note: operand is Float since here
  // CHECK-MESSAGES: :[[@LINE-9]]:12: note: operand is Double since here
  auto h = f.to(torch::kHalf);
  auto b = torch::bmm(h.unsqueeze(0), f.unsqueeze(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'bmm' needs operands of one dtype, but they are Half and Float [torch-operand-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: operand is Half since here
  // CHECK-MESSAGES: :[[@LINE-13]]:12: note: operand is Float since here
  auto a = f.addmm(f, d);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'addmm' needs operands of one dtype, but they are Float and Double [torch-operand-dtype]
  // CHECK-MESSAGES: :[[@LINE-16]]:12: note: operand is Float since here
  // CHECK-MESSAGES: :[[@LINE-18]]:12: note: operand is Double since here
}

void explicitWeights(const torch::Tensor &bias) {
  auto w = torch::randn({4, 3});
  auto x = torch::ones({2, 3}, torch::kDouble);
  auto y = torch::nn::functional::linear(x, w, bias);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'linear' needs operands of one dtype, but they are Double and Float [torch-operand-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: operand is Double since here
  // CHECK-MESSAGES: :[[@LINE-5]]:12: note: operand is Float since here
}

void indexTensors() {
  auto src = torch::rand({3, 2});
  auto fi = torch::tensor({0.0, 1.0});
  auto s = src.index_select(0, fi);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'index_select' needs a Long or Int index tensor, but it is Float [torch-operand-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:13: note: index is Float since here
  // CHECK-FIXES: auto s = src.index_select(0, fi.to(torch::kLong));
  auto ii = torch::tensor({0, 1}).to(torch::kInt);
  auto g = src.gather(0, ii);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'gather' needs a Long index tensor, but it is Int [torch-operand-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:35: note: index is Int since here
  // CHECK-FIXES: auto g = src.gather(0, ii.to(torch::kLong));
  src.scatter_(0, ii, src);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'scatter_' needs a Long index tensor, but it is Int [torch-operand-dtype]
  // CHECK-MESSAGES: :[[@LINE-7]]:35: note: index is Int since here
  // CHECK-FIXES: src.scatter_(0, ii.to(torch::kLong), src);
}

void lossTargets(const torch::Tensor &logits) {
  auto logp = torch::log_softmax(logits, 1);
  auto target = torch::zeros({4});
  auto l = torch::nll_loss(logp, target);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'nll_loss' needs a Long or Byte target, but it is Float [torch-operand-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: target is Float since here
  // CHECK-FIXES: auto l = torch::nll_loss(logp, target.to(torch::kLong));
  auto pixels = torch::zeros({2, 4, 4}, torch::kByte);
  auto p = torch::nll_loss2d(logp, pixels);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'nll_loss2d' needs a Long target, but it is Byte [torch-operand-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: target is Byte since here
  // CHECK-FIXES: auto p = torch::nll_loss2d(logp, pixels.to(torch::kLong));
  auto m = torch::multi_margin_loss(logits, target);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'multi_margin_loss' needs a Long target, but it is Float [torch-operand-dtype]
}

void targetOfAnotherDtype() {
  auto probs = torch::rand({4});
  auto labels = torch::ones({4}, torch::kDouble);
  auto b = torch::binary_cross_entropy(probs, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'binary_cross_entropy' needs operands of one dtype, but they are Float and Double [torch-operand-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:16: note: operand is Float since here
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: operand is Double since here
  // CHECK-FIXES: auto b = torch::binary_cross_entropy(probs, labels.to(torch::kFloat));
}

void masksAndConditions(const torch::Tensor &x) {
  auto mask = torch::ones({4, 10});
  auto f = x.masked_fill(mask, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'masked_fill' needs a Bool, Byte, Char, Short, Int or Long mask, but it is Float [torch-operand-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: mask is Float since here
  // CHECK-FIXES: auto f = x.masked_fill(mask.to(torch::kBool), 0);
  auto s = torch::masked_select(x, mask.to(torch::kInt));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'masked_select' needs a Bool or Byte mask, but it is Int [torch-operand-dtype]
  // CHECK-FIXES: auto s = torch::masked_select(x, mask.to(torch::kInt).to(torch::kBool));
  auto w = torch::where(mask, x, x);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'where' needs a Bool or Byte condition, but it is Float [torch-operand-dtype]
  // CHECK-FIXES: auto w = torch::where(mask.to(torch::kBool), x, x);
  auto t = x.where(mask, x);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'where' needs a Bool or Byte condition, but it is Float [torch-operand-dtype]
}

void indexArgumentsThatMustBeLong(torch::Tensor x) {
  auto ii = torch::tensor({0, 1}).to(torch::kInt);
  auto f = x.index_fill(0, ii, 1.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'index_fill' needs a Long index tensor, but it is Int [torch-operand-dtype]
  // CHECK-FIXES: auto f = x.index_fill(0, ii.to(torch::kLong), 1.0);
  x.index_copy_(0, ii, x);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'index_copy_' needs a Long index tensor, but it is Int [torch-operand-dtype]
  auto t = x.take(ii);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'take' needs a Long index tensor, but it is Int [torch-operand-dtype]
}

// --- Silent ---

void rightTargetsAndMasks(const torch::Tensor &x, const torch::Tensor &unknown) {
  auto logp = torch::log_softmax(x, 1);
  auto l = torch::nll_loss(logp, torch::zeros({4}, torch::kLong));
  auto b = torch::nll_loss(logp, torch::zeros({4}, torch::kByte));
  auto p = torch::nll_loss2d(logp, torch::zeros({2, 4, 4}).to(torch::kLong));
  auto probs = torch::rand({4});
  auto e = torch::binary_cross_entropy(probs, torch::ones({4}));
  auto u = torch::binary_cross_entropy(probs, unknown);
  auto mask = x > 0;
  auto f = x.masked_fill(mask, 0);
  auto i = x.masked_fill(torch::ones({4, 10}, torch::kInt), 0);
  auto s = x.masked_select(mask);
  auto w = torch::where(mask, x, x.to(torch::kDouble));
  auto t = x.take(torch::tensor({0, 1}));
  // where(condition) alone is nonzero's indices, for any dtype.
  auto nonzero = torch::where(torch::ones({4}));
}

void agreeingOperands(const torch::Tensor &unknown) {
  auto d = torch::ones({2, 2}, torch::kDouble);
  auto f = torch::ones({2, 2});
  auto r = torch::matmul(d, f.to(torch::kDouble));
  auto m = f.mm(f);
  auto u = torch::matmul(unknown, f);
  auto w = torch::randn({4, 2});
  auto y = torch::nn::functional::linear(f, w);
}

void elementwiseOpsPromote() {
  auto d = torch::ones({2, 2}, torch::kDouble);
  auto f = torch::ones({2, 2});
  auto s = d + f;
  auto p = d * f;
  auto q = f.add(d);
}

void rightIndices() {
  auto src = torch::rand({3, 2});
  auto l = torch::tensor({0, 1});
  auto s = src.index_select(0, l);
  auto i = src.index_select(0, l.to(torch::kInt));
  auto g = src.gather(0, l);
  src.index_add_(0, l.to(torch::kInt), src);
}
