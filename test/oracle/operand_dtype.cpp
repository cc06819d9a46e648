// RUN: %oracle_bin/operand_dtype
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %real_flags -I%S
// Proves which LibTorch 1.13 (CPU) ops demand operands of one dtype, and
// which index dtypes the indexing ops accept, with the exact messages.
//  - Matrix products do not promote: matmul, mm, bmm, mv with Double/Float or
//    Float/Half throw "expected scalar type <first> but found <second>";
//    addmm throws "mat1 and mat2 must have the same dtype" (mat1/mat2 differ)
//    or "self and mat2 must have the same dtype" (self differs); dot throws
//    "dot : expected both vectors to have same dtype, but found Double and
//    Float". When the FIRST operand is Half, the CPU kernel is missing and
//    that message comes first: "\"addmm_impl_cpu_\" not implemented for
//    'Half'" (matmul, mm, linear), "\"bmm\" not implemented for 'Half'",
//    "\"addmv_impl_cpu\" not implemented for 'Half'", "\"dot\" not
//    implemented for 'Half'" (Half/Half throws the same). BFloat16 has CPU
//    kernels: BFloat16/BFloat16 runs, BFloat16/Float throws the dtype message.
//  - nn::functional::linear(input, weight[, bias]) and conv2d(input, weight)
//    throw "expected scalar type X but found Y"; a bias of another dtype gives
//    "self and mat2 must have the same dtype"; Half input to conv2d:
//    "\"slow_conv2d_cpu\" not implemented for 'Half'".
//  - batch_norm with a Double input and Float weight/running stats throws
//    "mixed dtype (CPU): expect input to have scalar type of BFloat16"; Float
//    input with a Double weight: "mixed dtype (CPU): expect parameter to have
//    scalar type of Float"; Float input and weight with Double running_mean:
//    "expected scalar type Float but found Double"; Half input: "\"batch_norm\"
//    not implemented for 'Half'". A BFloat16 input with Float parameters is
//    the one mix CPU batch_norm accepts.
//  - Index dtypes accepted (everything else throws):
//      index_select, index_add_, embedding: Long, Int
//      gather, scatter, scatter_, scatter_add_, one_hot: Long only
//      index / index_put_ with a tensor index: Long, or a Bool/Byte mask
//        (Byte is deprecated with a warning); Int throws "tensors used as
//        indices must be long, byte or bool tensors"
//      nll_loss / cross_entropy class targets: Long, and also Byte; Int
//        throws "expected scalar type Long but found Int"
//  - Elementwise ops promote instead of throwing: add, mul, operator+, where,
//    cat on Double/Float or Half/Float.
#include "oracle.h"

namespace F = torch::nn::functional;

ORACLE_TEST(matrix_products_double_float) {
  auto d = torch::ones({2, 2}, torch::kDouble);
  auto f = torch::ones({2, 2}, torch::kFloat);
  EXPECT_THROWS(torch::matmul(d, f), "expected scalar type Double but found Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'matmul' needs operands of one dtype, but they are Double and Float [torch-operand-dtype]
  EXPECT_THROWS(torch::matmul(f, d), "expected scalar type Float but found Double"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'matmul' needs operands of one dtype, but they are Float and Double [torch-operand-dtype]
  EXPECT_THROWS(f.matmul(d), "expected scalar type Float but found Double"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'matmul' needs operands of one dtype, but they are Float and Double [torch-operand-dtype]
  EXPECT_NO_THROW(torch::matmul(f, d.to(torch::kFloat)));
  EXPECT_THROWS(torch::mm(d, f), "expected scalar type Double but found Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'mm' needs operands of one dtype, but they are Double and Float [torch-operand-dtype]
  EXPECT_THROWS(f.mm(d), "expected scalar type Float but found Double"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'mm' needs operands of one dtype, but they are Float and Double [torch-operand-dtype]
  EXPECT_NO_THROW(torch::mm(d, f.to(torch::kDouble)));
  auto d3 = torch::ones({2, 2, 2}, torch::kDouble);
  auto f3 = torch::ones({2, 2, 2}, torch::kFloat);
  EXPECT_THROWS(torch::bmm(d3, f3), "expected scalar type Double but found Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'bmm' needs operands of one dtype, but they are Double and Float [torch-operand-dtype]
  EXPECT_NO_THROW(torch::bmm(d3, f3.to(torch::kDouble)));
  EXPECT_THROWS(torch::addmm(f, d, f), "mat1 and mat2 must have the same dtype"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'addmm' needs operands of one dtype, but they are Float and Double [torch-operand-dtype]
  EXPECT_THROWS(torch::addmm(d, f, f), "self and mat2 must have the same dtype"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'addmm' needs operands of one dtype, but they are Double and Float [torch-operand-dtype]
  EXPECT_THROWS(torch::addmm(f, f, d), "self and mat2 must have the same dtype"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'addmm' needs operands of one dtype, but they are Float and Double [torch-operand-dtype]
  EXPECT_NO_THROW(torch::addmm(f, f, f));
  auto dv = torch::ones({2}, torch::kDouble);
  auto fv = torch::ones({2}, torch::kFloat);
  EXPECT_THROWS(torch::mv(d, fv), "expected scalar type Double but found Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'mv' needs operands of one dtype, but they are Double and Float [torch-operand-dtype]
  EXPECT_THROWS(torch::mv(f, dv), "expected scalar type Float but found Double"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'mv' needs operands of one dtype, but they are Float and Double [torch-operand-dtype]
  EXPECT_NO_THROW(torch::mv(f, fv));
  EXPECT_THROWS(torch::dot(dv, fv), "dot : expected both vectors to have same dtype, but found Double and Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'dot' needs operands of one dtype, but they are Double and Float [torch-operand-dtype]
  EXPECT_NO_THROW(torch::dot(dv, dv));
}

ORACLE_TEST(matrix_products_half_float) {
  auto h = torch::ones({2, 2}, torch::kHalf);
  auto f = torch::ones({2, 2}, torch::kFloat);
  // Float first: the dtype check fires.
  EXPECT_THROWS(torch::matmul(f, h), "expected scalar type Float but found Half"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'matmul' needs operands of one dtype, but they are Float and Half [torch-operand-dtype]
  EXPECT_THROWS(torch::mm(f, h), "expected scalar type Float but found Half"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'mm' needs operands of one dtype, but they are Float and Half [torch-operand-dtype]
  // Half first: CPU has no Half kernel, and says so before comparing dtypes.
  EXPECT_THROWS(torch::matmul(h, f), "\"addmm_impl_cpu_\" not implemented for 'Half'"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'matmul' needs operands of one dtype, but they are Half and Float [torch-operand-dtype]
  EXPECT_THROWS(torch::mm(h, f), "\"addmm_impl_cpu_\" not implemented for 'Half'"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'mm' needs operands of one dtype, but they are Half and Float [torch-operand-dtype]
  EXPECT_THROWS(torch::matmul(h, h), "\"addmm_impl_cpu_\" not implemented for 'Half'");
  auto h3 = torch::ones({2, 2, 2}, torch::kHalf);
  auto f3 = torch::ones({2, 2, 2}, torch::kFloat);
  EXPECT_THROWS(torch::bmm(f3, h3), "expected scalar type Float but found Half"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'bmm' needs operands of one dtype, but they are Float and Half [torch-operand-dtype]
  EXPECT_THROWS(torch::bmm(h3, f3), "\"bmm\" not implemented for 'Half'"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'bmm' needs operands of one dtype, but they are Half and Float [torch-operand-dtype]
  EXPECT_THROWS(torch::addmm(f, h, f), "mat1 and mat2 must have the same dtype"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'addmm' needs operands of one dtype, but they are Float and Half [torch-operand-dtype]
  EXPECT_THROWS(torch::addmm(h, f, f), "self and mat2 must have the same dtype"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'addmm' needs operands of one dtype, but they are Half and Float [torch-operand-dtype]
  auto hv = torch::ones({2}, torch::kHalf);
  auto fv = torch::ones({2}, torch::kFloat);
  EXPECT_THROWS(torch::mv(f, hv), "expected scalar type Float but found Half"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'mv' needs operands of one dtype, but they are Float and Half [torch-operand-dtype]
  EXPECT_THROWS(torch::mv(h, fv), "\"addmv_impl_cpu\" not implemented for 'Half'"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'mv' needs operands of one dtype, but they are Half and Float [torch-operand-dtype]
  EXPECT_THROWS(torch::dot(hv, fv), "dot : expected both vectors to have same dtype, but found Half and Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'dot' needs operands of one dtype, but they are Half and Float [torch-operand-dtype]
  EXPECT_THROWS(torch::dot(fv, hv), "dot : expected both vectors to have same dtype, but found Float and Half"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'dot' needs operands of one dtype, but they are Float and Half [torch-operand-dtype]
  EXPECT_THROWS(torch::dot(hv, hv), "\"dot\" not implemented for 'Half'");
}

ORACLE_TEST(matrix_products_bfloat16_float) {
  auto bf = torch::ones({2, 2}, torch::kBFloat16);
  auto f = torch::ones({2, 2}, torch::kFloat);
  EXPECT_NO_THROW(torch::mm(bf, bf));
  EXPECT_THROWS(torch::mm(bf, f), "expected scalar type BFloat16 but found Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'mm' needs operands of one dtype, but they are BFloat16 and Float [torch-operand-dtype]
  EXPECT_THROWS(torch::matmul(f, bf), "expected scalar type Float but found BFloat16"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'matmul' needs operands of one dtype, but they are Float and BFloat16 [torch-operand-dtype]
}

ORACLE_TEST(functional_linear_and_conv2d) {
  auto f = torch::ones({2, 2}, torch::kFloat);
  auto d = torch::ones({2, 2}, torch::kDouble);
  auto h = torch::ones({2, 2}, torch::kHalf);
  auto w = torch::ones({3, 2}, torch::kFloat);
  auto wd = torch::ones({3, 2}, torch::kDouble);
  auto b = torch::ones({3}, torch::kFloat);
  auto bd = torch::ones({3}, torch::kDouble);
  EXPECT_THROWS(F::linear(d, w), "expected scalar type Double but found Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'linear' needs operands of one dtype, but they are Double and Float [torch-operand-dtype]
  EXPECT_THROWS(F::linear(f, wd), "expected scalar type Float but found Double"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'linear' needs operands of one dtype, but they are Float and Double [torch-operand-dtype]
  EXPECT_THROWS(F::linear(h, w), "\"addmm_impl_cpu_\" not implemented for 'Half'"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'linear' needs operands of one dtype, but they are Half and Float [torch-operand-dtype]
  EXPECT_THROWS(F::linear(f, w, bd), "self and mat2 must have the same dtype"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'linear' needs operands of one dtype, but they are Float and Double [torch-operand-dtype]
  EXPECT_THROWS(F::linear(d, wd, b), "self and mat2 must have the same dtype"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'linear' needs operands of one dtype, but they are Double and Float [torch-operand-dtype]
  EXPECT_THROWS(torch::linear(d, w), "expected scalar type Double but found Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'linear' needs operands of one dtype, but they are Double and Float [torch-operand-dtype]
  EXPECT_NO_THROW(F::linear(f, w, b));
  EXPECT_NO_THROW(F::linear(d, wd, bd));
  EXPECT_DTYPE(F::linear(d, wd, bd), torch::kDouble);

  auto x = torch::ones({1, 1, 5, 5}, torch::kFloat);
  auto xd = torch::ones({1, 1, 5, 5}, torch::kDouble);
  auto xh = torch::ones({1, 1, 5, 5}, torch::kHalf);
  auto cw = torch::ones({2, 1, 3, 3}, torch::kFloat);
  auto cwd = torch::ones({2, 1, 3, 3}, torch::kDouble);
  auto cwh = torch::ones({2, 1, 3, 3}, torch::kHalf);
  EXPECT_THROWS(F::conv2d(xd, cw), "expected scalar type Double but found Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'conv2d' needs operands of one dtype, but they are Double and Float [torch-operand-dtype]
  EXPECT_THROWS(F::conv2d(x, cwd), "expected scalar type Float but found Double"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'conv2d' needs operands of one dtype, but they are Float and Double [torch-operand-dtype]
  EXPECT_THROWS(F::conv2d(x, cwh), "expected scalar type Float but found Half"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'conv2d' needs operands of one dtype, but they are Float and Half [torch-operand-dtype]
  EXPECT_THROWS(F::conv2d(xh, cw), "\"slow_conv2d_cpu\" not implemented for 'Half'"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'conv2d' needs operands of one dtype, but they are Half and Float [torch-operand-dtype]
  EXPECT_THROWS(torch::conv2d(xd, cw), "expected scalar type Double but found Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'conv2d' needs operands of one dtype, but they are Double and Float [torch-operand-dtype]
  EXPECT_NO_THROW(F::conv2d(x, cw));
  EXPECT_NO_THROW(F::conv2d(xd, cwd));
}

ORACLE_TEST(batch_norm_explicit_tensors) {
  auto x = torch::ones({2, 3}, torch::kFloat);
  auto xd = torch::ones({2, 3}, torch::kDouble);
  auto xh = torch::ones({2, 3}, torch::kHalf);
  auto xbf = torch::ones({2, 3}, torch::kBFloat16);
  auto w = torch::ones({3}, torch::kFloat);
  auto wd = torch::ones({3}, torch::kDouble);
  auto mean = torch::zeros({3}, torch::kFloat);
  auto meand = torch::zeros({3}, torch::kDouble);
  auto var = torch::ones({3}, torch::kFloat);
  EXPECT_THROWS(torch::batch_norm(xd, w, w, mean, var, false, 0.1, 1e-5, false), "mixed dtype (CPU): expect input to have scalar type of BFloat16"); // not flagged: batch_norm's dtype rules are not modeled
  EXPECT_THROWS(torch::batch_norm(xd, w, w, mean, var, true, 0.1, 1e-5, false), "mixed dtype (CPU): expect input to have scalar type of BFloat16"); // not flagged: batch_norm's dtype rules are not modeled
  EXPECT_THROWS(torch::batch_norm(x, wd, w, mean, var, false, 0.1, 1e-5, false), "mixed dtype (CPU): expect parameter to have scalar type of Float"); // not flagged: batch_norm's dtype rules are not modeled
  EXPECT_THROWS(torch::batch_norm(x, w, w, meand, var, false, 0.1, 1e-5, false), "expected scalar type Float but found Double"); // not flagged: batch_norm's dtype rules are not modeled
  EXPECT_THROWS(torch::batch_norm(xh, w, w, mean, var, false, 0.1, 1e-5, false), "\"batch_norm\" not implemented for 'Half'"); // not flagged: batch_norm's dtype rules are not modeled
  EXPECT_THROWS(F::batch_norm(xd, mean, var, F::BatchNormFuncOptions().weight(w).bias(w)), "mixed dtype (CPU): expect input to have scalar type of BFloat16"); // not flagged: batch_norm's dtype rules are not modeled
  EXPECT_THROWS(F::batch_norm(xd, mean, var), "mixed dtype (CPU): expect input to have scalar type of BFloat16"); // not flagged: batch_norm's dtype rules are not modeled
  EXPECT_NO_THROW(torch::batch_norm(x, w, w, mean, var, false, 0.1, 1e-5, false));
  EXPECT_NO_THROW(F::batch_norm(xd, meand, meand.add(1)));
  // The one mix CPU batch_norm accepts: BFloat16 input, Float parameters.
  EXPECT_NO_THROW(torch::batch_norm(xbf, w, w, mean, var, false, 0.1, 1e-5, false));
  EXPECT_DTYPE(torch::batch_norm(xbf, w, w, mean, var, false, 0.1, 1e-5, false), torch::kBFloat16);
}

ORACLE_TEST(index_select_and_index_add_accept_long_and_int) {
  auto src = torch::rand({3, 2});
  auto il = torch::zeros({2}, torch::kLong);
  auto ii = torch::zeros({2}, torch::kInt);
  auto is = torch::zeros({2}, torch::kShort);
  auto ib = torch::zeros({2}, torch::kByte);
  auto ic = torch::zeros({2}, torch::kChar);
  auto ibool = torch::zeros({2}, torch::kBool);
  auto ifl = torch::zeros({2}, torch::kFloat);
  EXPECT_NO_THROW(src.index_select(0, il));
  EXPECT_NO_THROW(torch::index_select(src, 0, ii));
  EXPECT_THROWS(src.index_select(0, is), "index_select(): Expected dtype int32 or int64 for index"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'index_select' needs a Long or Int index tensor, but it is Short [torch-operand-dtype]
  EXPECT_THROWS(src.index_select(0, ib), "index_select(): Expected dtype int32 or int64 for index"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'index_select' needs a Long or Int index tensor, but it is Byte [torch-operand-dtype]
  EXPECT_THROWS(src.index_select(0, ic), "index_select(): Expected dtype int32 or int64 for index"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'index_select' needs a Long or Int index tensor, but it is Char [torch-operand-dtype]
  EXPECT_THROWS(src.index_select(0, ibool), "index_select(): Expected dtype int32 or int64 for index"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'index_select' needs a Long or Int index tensor, but it is Bool [torch-operand-dtype]
  EXPECT_THROWS(torch::index_select(src, 0, ifl), "index_select(): Expected dtype int32 or int64 for index"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'index_select' needs a Long or Int index tensor, but it is Float [torch-operand-dtype]

  auto ones = torch::ones({2, 2}, torch::kFloat);
  auto a = torch::zeros({3, 2}, torch::kFloat);
  EXPECT_NO_THROW(a.index_add_(0, il, ones));
  EXPECT_NO_THROW(a.index_add_(0, ii, ones));
  EXPECT_THROWS(a.index_add_(0, is, ones), "index_add_(): Expected dtype int32/int64 for index but got: Short"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'index_add_' needs a Long or Int index tensor, but it is Short [torch-operand-dtype]
  EXPECT_THROWS(a.index_add_(0, ifl, ones), "index_add_(): Expected dtype int32/int64 for index but got: Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'index_add_' needs a Long or Int index tensor, but it is Float [torch-operand-dtype]
}

ORACLE_TEST(gather_and_scatter_accept_long_only) {
  auto src = torch::rand({3, 2});
  auto il = torch::zeros({3, 2}, torch::kLong);
  auto ii = torch::zeros({3, 2}, torch::kInt);
  auto ib = torch::zeros({3, 2}, torch::kByte);
  auto ifl = torch::zeros({3, 2}, torch::kFloat);
  auto val = torch::ones({3, 2}, torch::kFloat);
  EXPECT_NO_THROW(src.gather(0, il));
  EXPECT_THROWS(src.gather(0, ii), "gather(): Expected dtype int64 for index"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'gather' needs a Long index tensor, but it is Int [torch-operand-dtype]
  EXPECT_THROWS(torch::gather(src, 1, ib), "gather(): Expected dtype int64 for index"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'gather' needs a Long index tensor, but it is Byte [torch-operand-dtype]
  EXPECT_THROWS(torch::gather(src, 1, ifl), "gather(): Expected dtype int64 for index"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'gather' needs a Long index tensor, but it is Float [torch-operand-dtype]
  EXPECT_NO_THROW(src.scatter(0, il, val));
  EXPECT_THROWS(src.scatter(0, ii, val), "scatter(): Expected dtype int64 for index"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'scatter' needs a Long index tensor, but it is Int [torch-operand-dtype]
  auto s = torch::zeros({3, 2}, torch::kFloat);
  EXPECT_NO_THROW(s.scatter_(0, il, val));
  EXPECT_NO_THROW(s.scatter_(0, il, 1.0));
  EXPECT_THROWS(s.scatter_(0, ii, val), "scatter(): Expected dtype int64 for index"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'scatter_' needs a Long index tensor, but it is Int [torch-operand-dtype]
  EXPECT_THROWS(s.scatter_(0, ii, 1.0), "scatter(): Expected dtype int64 for index"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'scatter_' needs a Long index tensor, but it is Int [torch-operand-dtype]
  EXPECT_NO_THROW(s.scatter_add_(0, il, val));
  EXPECT_THROWS(s.scatter_add_(0, ii, val), "scatter(): Expected dtype int64 for index"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'scatter_add_' needs a Long index tensor, but it is Int [torch-operand-dtype]

  auto ohl = torch::zeros({2}, torch::kLong);
  auto ohi = torch::zeros({2}, torch::kInt);
  EXPECT_NO_THROW(torch::one_hot(ohl, 5));
  EXPECT_DTYPE(torch::one_hot(ohl, 5), torch::kLong);
  EXPECT_THROWS(torch::one_hot(ohi, 5), "one_hot is only applicable to index tensor."); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'one_hot' needs a Long index tensor, but it is Int [torch-operand-dtype]
}

ORACLE_TEST(tensor_indexing_accepts_long_and_masks) {
  auto src = torch::rand({3, 2});
  auto il = torch::zeros({2}, torch::kLong);
  auto ii = torch::zeros({2}, torch::kInt);
  auto ifl = torch::zeros({2}, torch::kFloat);
  auto mask = torch::tensor({true, false, true});
  auto bmask = torch::tensor({1, 0, 1}, torch::kByte);
  auto v = torch::tensor(1.0f);
  EXPECT_NO_THROW(src.index({il}));
  EXPECT_THROWS(src.index({ii}), "tensors used as indices must be long, byte or bool tensors"); // not flagged: index() and index_put_() take index lists, not modeled
  EXPECT_THROWS(src.index({ifl}), "tensors used as indices must be long, byte or bool tensors"); // not flagged: index() and index_put_() take index lists, not modeled
  EXPECT_NO_THROW(src.index({mask}));
  EXPECT_NO_THROW(src.index({bmask})); // deprecated: warns about torch.uint8
  EXPECT_TRUE(src.index({mask}).size(0) == 2);
  auto p = torch::zeros({3, 2}, torch::kFloat);
  EXPECT_NO_THROW(p.index_put_({il}, v));
  EXPECT_THROWS(p.index_put_({ii}, v), "tensors used as indices must be long, byte or bool tensors"); // not flagged: index() and index_put_() take index lists, not modeled
  EXPECT_NO_THROW(p.index_put_({mask}, v));
  EXPECT_NO_THROW(p.index_put_({bmask}, v));
  // A Byte (or Bool) index is a mask, never a list of positions.
  auto notMask = torch::zeros({2}, torch::kByte);
  EXPECT_THROWS(src.index({notMask}), "The shape of the mask [2] at index 0 does not match the shape of the indexed tensor [3, 2] at index 0");
}

ORACLE_TEST(embedding_accepts_long_and_int) {
  auto weight = torch::rand({5, 4});
  auto il = torch::zeros({2}, torch::kLong);
  auto ii = torch::zeros({2}, torch::kInt);
  auto is = torch::zeros({2}, torch::kShort);
  auto ifl = torch::zeros({2}, torch::kFloat);
  EXPECT_NO_THROW(torch::embedding(weight, il));
  EXPECT_NO_THROW(torch::embedding(weight, ii));
  EXPECT_NO_THROW(F::embedding(ii, weight));
  EXPECT_THROWS(torch::embedding(weight, is), "Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got CPUShortType instead"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'embedding' needs a Long or Int index tensor, but it is Short [torch-operand-dtype]
  EXPECT_THROWS(F::embedding(ifl, weight), "Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got CPUFloatType instead"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'embedding' needs a Long or Int index tensor, but it is Float [torch-operand-dtype]
}

ORACLE_TEST(class_targets_accept_long_and_byte) {
  auto logits = torch::rand({2, 5});
  auto tl = torch::zeros({2}, torch::kLong);
  auto ti = torch::zeros({2}, torch::kInt);
  auto tb = torch::zeros({2}, torch::kByte);
  auto tfl = torch::zeros({2}, torch::kFloat);
  EXPECT_NO_THROW(F::nll_loss(logits, tl));
  EXPECT_NO_THROW(F::cross_entropy(logits, tl));
  EXPECT_NO_THROW(torch::nll_loss(logits, tb));
  EXPECT_NO_THROW(F::cross_entropy(logits, tb));
  EXPECT_THROWS(F::nll_loss(logits, ti), "expected scalar type Long but found Int"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'nll_loss' needs a Long or Byte target, but it is Int [torch-operand-dtype]
  EXPECT_THROWS(F::cross_entropy(logits, ti), "expected scalar type Long but found Int"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'cross_entropy' needs a Long, Byte, Float, Double, Half or BFloat16 target, but it is Int [torch-operand-dtype]
  EXPECT_THROWS(torch::nll_loss(logits, ti), "expected scalar type Long but found Int"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'nll_loss' needs a Long or Byte target, but it is Int [torch-operand-dtype]
  EXPECT_THROWS(torch::cross_entropy_loss(logits, ti), "expected scalar type Long but found Int"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'cross_entropy_loss' needs a Long, Byte, Float, Double, Half or BFloat16 target, but it is Int [torch-operand-dtype]
  // A Float target of class indices' shape is neither class indices nor
  // probabilities of the input's shape.
  EXPECT_THROWS(F::nll_loss(logits, tfl), "expected scalar type Long but found Float"); // flagged: torch-operand-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'nll_loss' needs a Long or Byte target, but it is Float [torch-operand-dtype]
}

ORACLE_TEST(elementwise_ops_promote) {
  auto d = torch::ones({2, 2}, torch::kDouble);
  auto f = torch::ones({2, 2}, torch::kFloat);
  auto h = torch::ones({2, 2}, torch::kHalf);
  EXPECT_NO_THROW(torch::add(d, f));
  EXPECT_DTYPE(torch::add(d, f), torch::kDouble);
  EXPECT_DTYPE(torch::mul(h, f), torch::kFloat);
  EXPECT_DTYPE(d + f, torch::kDouble);
  EXPECT_DTYPE(h * f, torch::kFloat);
  EXPECT_DTYPE(torch::where(f > 0, d, f), torch::kDouble);
  EXPECT_DTYPE(torch::where(f > 0, h, f), torch::kFloat);
  EXPECT_DTYPE(torch::cat({h, f}), torch::kFloat);
}

ORACLE_MAIN()
