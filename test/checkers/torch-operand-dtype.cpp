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

// --- Silent ---

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
