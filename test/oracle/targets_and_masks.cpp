// RUN: %oracle_bin/targets_and_masks
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %real_flags -I%S
// RUN: %python %S/engine_agrees.py %s
// Proves, with LibTorch 1.13 (CPU), which dtypes loss targets, masks,
// conditions and index arguments must have, and what the calls return:
//  - nll_loss takes a Long target, and a Byte one for inputs of one or two
//    dimensions; nll_loss2d (and nll_loss on a 4-d input, which calls it)
//    takes Long only; Float and Int throw "expected scalar type Long but
//    found Float" ("... Int", "... Byte").
//  - multi_margin_loss and multilabel_margin_loss take Long targets only.
//  - cross_entropy takes a Long (or Byte) target of class indices, or a
//    floating-point target of the input's shape (class probabilities, any
//    floating dtype); a Float target of class indices' shape throws
//    "expected scalar type Long but found Float". torch-tidy does not track
//    shapes, so it never flags a floating-point target.
//  - binary_cross_entropy does not promote: a target of another dtype than
//    the input (Double for a Float input, or Long) throws "Found dtype Double
//    but expected Float"; the result has the input's dtype.
//  - Not rules, because nothing throws where they are called:
//    mse_loss(Float, Double) returns Double (its backward pass throws "Found
//    dtype Double but expected Float" when the input requires grad);
//    l1_loss and smooth_l1_loss promote, and their backward passes run.
//  - masked_fill (and masked_fill_) fill where a Bool mask is true and
//    where an integer mask (Byte, with a deprecation warning; Char, Short,
//    Int, Long) is nonzero; with a floating-point mask LibTorch 1.13 fills
//    nothing and says nothing. The result keeps the tensor's dtype.
//  - masked_select takes a Bool or Byte mask; any other throws
//    "masked_select: expected BoolTensor or ByteTensor for mask".
//  - where's condition must be Bool (Byte is deprecated); Float, Int or
//    Long throw "where expected condition to be a boolean tensor, but got a
//    tensor with dtype Float". Tensor::where(condition, other) is the same
//    and promotes its values like torch::where. where(condition) alone
//    gives the indices of the nonzero elements, for a condition of any
//    dtype.
//  - index_fill, index_copy and take take Long indices only: an Int one
//    throws "index_fill_(): Expected dtype int64 for index", "index_copy_():
//    Expected a long tensor for index, but got Int", "take(): Expected a long
//    tensor for index, but got Int".
#include "oracle.h"

namespace F = torch::nn::functional;

ORACLE_TEST(nll_loss_targets) {
  auto logp = torch::log_softmax(torch::rand({4, 10}), 1);
  auto target = torch::zeros({4});
  EXPECT_THROWS(torch::nll_loss(logp, target), "expected scalar type Long but found Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'nll_loss' needs a Long or Byte target, but it is Float [torch-operand-dtype]
  EXPECT_DTYPE(torch::nll_loss(logp, target.to(torch::kLong)), torch::kFloat);
  EXPECT_NO_THROW(torch::nll_loss(logp, target.to(torch::kByte)));
  EXPECT_DTYPE(torch::nll_loss_nd(logp, torch::zeros({4}, torch::kLong)), torch::kFloat);

  auto logp4 = torch::log_softmax(torch::rand({2, 3, 4, 4}), 1);
  auto pixels = torch::zeros({2, 4, 4}, torch::kLong);
  EXPECT_DTYPE(torch::nll_loss2d(logp4, pixels), torch::kFloat);
  EXPECT_THROWS(torch::nll_loss2d(logp4, pixels.to(torch::kByte)), "expected scalar type Long but found Byte"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'nll_loss2d' needs a Long target, but it is Byte [torch-operand-dtype]
  EXPECT_THROWS(torch::nll_loss2d(logp4, pixels.to(torch::kInt)), "expected scalar type Long but found Int"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'nll_loss2d' needs a Long target, but it is Int [torch-operand-dtype]
  auto floatPixels = torch::zeros({2, 4, 4});
  EXPECT_THROWS(torch::nll_loss2d(logp4, floatPixels), "expected scalar type Long but found Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'nll_loss2d' needs a Long target, but it is Float [torch-operand-dtype]
  EXPECT_THROWS(F::nll_loss(logp4, floatPixels), "expected scalar type Long but found Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'nll_loss' needs a Long or Byte target, but it is Float [torch-operand-dtype]
  // nll_loss on a 4-d input calls nll_loss2d: Byte throws there too (the
  // rule lets Byte pass, so this is not flagged).
  EXPECT_THROWS(F::nll_loss(logp4, pixels.to(torch::kByte)), "expected scalar type Long but found Byte");
  EXPECT_THROWS(torch::nll_loss_nd(logp4, floatPixels), "expected scalar type Long but found Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'nll_loss_nd' needs a Long or Byte target, but it is Float [torch-operand-dtype]
}

ORACLE_TEST(margin_losses_take_long_targets) {
  auto scores = torch::rand({4, 10});
  auto target = torch::zeros({4});
  EXPECT_THROWS(torch::multi_margin_loss(scores, target), "expected scalar type Long but found Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'multi_margin_loss' needs a Long target, but it is Float [torch-operand-dtype]
  EXPECT_DTYPE(torch::multi_margin_loss(scores, target.to(torch::kLong)), torch::kFloat);
  auto labels = torch::zeros({4, 10}, torch::kInt);
  EXPECT_THROWS(F::multilabel_margin_loss(scores, labels), "expected scalar type Long but found Int"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'multilabel_margin_loss' needs a Long target, but it is Int [torch-operand-dtype]
  EXPECT_DTYPE(torch::multilabel_margin_loss(scores, labels.to(torch::kLong)), torch::kFloat);
  EXPECT_NO_THROW(F::multi_margin_loss(scores, target.to(torch::kLong)));
}

ORACLE_TEST(cross_entropy_targets) {
  auto logits = torch::rand({4, 10});
  // Class indices' shape: a Float target throws, but torch-tidy cannot tell
  // it from probabilities of the input's shape, which are right.
  EXPECT_THROWS(F::cross_entropy(logits, torch::zeros({4})), "expected scalar type Long but found Float");
  EXPECT_DTYPE(F::cross_entropy(logits, torch::rand({4, 10})), torch::kFloat);
  EXPECT_NO_THROW(F::cross_entropy(logits, torch::rand({4, 10}, torch::kDouble)));
  EXPECT_DTYPE(F::cross_entropy(logits, torch::zeros({4}, torch::kLong)), torch::kFloat);
  EXPECT_NO_THROW(F::cross_entropy(logits, torch::zeros({4}, torch::kByte)));
  auto ints = torch::zeros({4}, torch::kInt);
  EXPECT_THROWS(F::cross_entropy(logits, ints), "expected scalar type Long but found Int"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'cross_entropy' needs a Long, Byte, Float, Double, Half or BFloat16 target, but it is Int [torch-operand-dtype]
}

ORACLE_TEST(binary_cross_entropy_needs_the_input_dtype) {
  auto probs = torch::rand({4});
  auto target = torch::ones({4}, torch::kDouble);
  EXPECT_THROWS(torch::binary_cross_entropy(probs, target), "Found dtype Double but expected Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'binary_cross_entropy' needs operands of one dtype, but they are Float and Double [torch-operand-dtype]
  EXPECT_THROWS(F::binary_cross_entropy(probs, target), "Found dtype Double but expected Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'binary_cross_entropy' needs operands of one dtype, but they are Float and Double [torch-operand-dtype]
  auto labels = torch::ones({4}, torch::kLong);
  EXPECT_THROWS(torch::binary_cross_entropy(probs, labels), "Found dtype Long but expected Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'binary_cross_entropy' needs operands of one dtype, but they are Float and Long [torch-operand-dtype]
  EXPECT_THROWS(torch::binary_cross_entropy(target * 0.5, probs), "Found dtype Float but expected Double"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'binary_cross_entropy' needs operands of one dtype, but they are Double and Float [torch-operand-dtype]
  EXPECT_DTYPE(torch::binary_cross_entropy(probs, target.to(torch::kFloat)), torch::kFloat);
  EXPECT_DTYPE(F::binary_cross_entropy(probs.to(torch::kDouble), target), torch::kDouble);
}

ORACLE_TEST(regression_losses_promote) {
  auto pred = torch::rand({4});
  auto target = torch::ones({4}, torch::kDouble);
  EXPECT_DTYPE(torch::mse_loss(pred, target), torch::kDouble);
  EXPECT_DTYPE(torch::l1_loss(pred, target), torch::kDouble);
  EXPECT_DTYPE(torch::smooth_l1_loss(pred, target), torch::kDouble);
  auto x = torch::rand({4}, torch::requires_grad());
  EXPECT_THROWS(torch::mse_loss(x, target).backward(), "Found dtype Double but expected Float");
  EXPECT_NO_THROW(torch::l1_loss(x, target).backward());
  EXPECT_NO_THROW(torch::mse_loss(x, target.to(torch::kFloat)).backward());
}

// Sum of a 2x3 tensor of ones with {{1, 0, 1}, {0, 0, 1}} filled with 5:
// 3 * 5 + 3 * 1 = 18 when the mask is applied; 6 when it is not.
ORACLE_TEST(masked_fill_masks) {
  auto x = torch::ones({2, 3});
  auto m = torch::tensor({{1, 0, 1}, {0, 0, 1}});
  auto isFilled = [](const torch::Tensor &t) { return t.sum().item<float>() == 18; };
  EXPECT_TRUE(isFilled(x.masked_fill(m > 0, 5)));
  EXPECT_DTYPE(x.masked_fill(m > 0, 5), torch::kFloat);
  EXPECT_DTYPE(x.to(torch::kLong).masked_fill(m > 0, 5), torch::kLong);
  EXPECT_TRUE(isFilled(x.masked_fill(m.to(torch::kByte), 5)));
  EXPECT_TRUE(isFilled(x.masked_fill(m.to(torch::kChar), 5)));
  EXPECT_TRUE(isFilled(x.masked_fill(m.to(torch::kShort), 5)));
  EXPECT_TRUE(isFilled(x.masked_fill(m.to(torch::kInt), 5)));
  EXPECT_TRUE(isFilled(x.masked_fill(m, 5)));
  EXPECT_TRUE(isFilled(torch::masked_fill(x, m, 5)));
  auto floatMask = m.to(torch::kFloat);
  auto unfilled = x.masked_fill(floatMask, 5); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'masked_fill' needs a Bool, Byte, Char, Short, Int or Long mask, but it is Float [torch-operand-dtype]
  // CHECK-FIXES: auto unfilled = x.masked_fill(floatMask.to(torch::kBool), 5);
  EXPECT_TRUE(unfilled.sum().item<float>() == 6);
  EXPECT_DTYPE(unfilled, torch::kFloat);
  EXPECT_TRUE(isFilled(x.masked_fill(floatMask.to(torch::kBool), 5)));
  auto inPlace = torch::ones({2, 3});
  inPlace.masked_fill_(floatMask.to(torch::kDouble), 5); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'masked_fill_' needs a Bool, Byte, Char, Short, Int or Long mask, but it is Double [torch-operand-dtype]
  EXPECT_TRUE(inPlace.sum().item<float>() == 6);
  EXPECT_DTYPE(inPlace, torch::kFloat);
  auto halfMask = floatMask.to(torch::kHalf);
  EXPECT_TRUE(torch::masked_fill(x, halfMask, 5).sum().item<float>() == 6); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'masked_fill' needs a Bool, Byte, Char, Short, Int or Long mask, but it is Half [torch-operand-dtype]
}

ORACLE_TEST(masked_select_and_where_conditions) {
  auto x = torch::rand({2, 3});
  auto m = torch::tensor({{1, 0, 1}, {0, 0, 1}});
  EXPECT_TRUE(x.masked_select(m > 0).numel() == 3);
  EXPECT_DTYPE(x.masked_select(m > 0), torch::kFloat);
  EXPECT_TRUE(x.masked_select(m.to(torch::kByte)).numel() == 3);
  EXPECT_THROWS(x.masked_select(m), "masked_select: expected BoolTensor or ByteTensor for mask"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'masked_select' needs a Bool or Byte mask, but it is Long [torch-operand-dtype]
  auto f = m.to(torch::kFloat);
  EXPECT_THROWS(torch::masked_select(x, f), "masked_select: expected BoolTensor or ByteTensor for mask"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'masked_select' needs a Bool or Byte mask, but it is Float [torch-operand-dtype]

  auto d = torch::ones({2, 3}, torch::kDouble);
  EXPECT_DTYPE(torch::where(m > 0, x, d), torch::kDouble);
  EXPECT_DTYPE(x.where(m > 0, d), torch::kDouble);
  EXPECT_DTYPE(x.where(m > 0, x), torch::kFloat);
  EXPECT_NO_THROW(torch::where(m.to(torch::kByte), x, x));
  EXPECT_THROWS(torch::where(f, x, x), "where expected condition to be a boolean tensor, but got a tensor with dtype Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'where' needs a Bool or Byte condition, but it is Float [torch-operand-dtype]
  EXPECT_THROWS(torch::where(m, x, x), "where expected condition to be a boolean tensor, but got a tensor with dtype Long"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'where' needs a Bool or Byte condition, but it is Long [torch-operand-dtype]
  EXPECT_THROWS(x.where(m.to(torch::kInt), x), "where expected condition to be a boolean tensor, but got a tensor with dtype Int"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'where' needs a Bool or Byte condition, but it is Int [torch-operand-dtype]
  // where(condition) alone gives the indices of the nonzero elements, for
  // any dtype.
  auto indices = torch::where(f);
  EXPECT_TRUE(indices.size() == 2 && indices[0].numel() == 3);
}

ORACLE_TEST(index_fill_copy_and_take) {
  auto x = torch::rand({4, 3});
  auto il = torch::tensor({0, 2});
  auto ii = il.to(torch::kInt);
  EXPECT_DTYPE(x.index_fill(0, il, 1.5), torch::kFloat);
  EXPECT_THROWS(x.index_fill(0, ii, 1.5), "index_fill_(): Expected dtype int64 for index"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'index_fill' needs a Long index tensor, but it is Int [torch-operand-dtype]
  auto y = torch::zeros({4, 3});
  EXPECT_NO_THROW(y.index_fill_(0, il, 2));
  EXPECT_DTYPE(y, torch::kFloat);
  auto source = torch::ones({2, 3});
  EXPECT_DTYPE(x.index_copy(0, il, source), torch::kFloat);
  EXPECT_THROWS(x.index_copy(0, ii, source), "index_copy_(): Expected a long tensor for index, but got Int"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'index_copy' needs a Long index tensor, but it is Int [torch-operand-dtype]
  EXPECT_THROWS(y.index_copy_(0, ii, source), "index_copy_(): Expected a long tensor for index, but got Int"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'index_copy_' needs a Long index tensor, but it is Int [torch-operand-dtype]
  EXPECT_DTYPE(x.take(il), torch::kFloat);
  EXPECT_THROWS(x.take(ii), "take(): Expected a long tensor for index, but got Int"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'take' needs a Long index tensor, but it is Int [torch-operand-dtype]
}

ORACLE_MAIN()
