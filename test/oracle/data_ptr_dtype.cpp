// RUN: %oracle_bin/data_ptr_dtype
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %real_flags -I%S
// Proves that typed raw access checks the element type at run time:
//  - data_ptr<T>(), the deprecated data<T>(), accessor<T, N>(),
//    packed_accessor32<T, N>() and packed_accessor64<T, N>() throw
//    "expected scalar type X but found Y" when T is not the tensor's dtype
//    (Float/Double, Half, Byte vs int8_t, Long vs int, Bool), and do not throw
//    for the matching T (at::Half, uint8_t, int64_t and `long`, which is
//    int64_t here).
//  - LibTorch 1.13 has no mutable_data_ptr<T>() / const_data_ptr<T>() (absent
//    from ATen/core/TensorBase.h); the untyped data_ptr() never checks.
//  - item<T>() converts instead of checking: item<float>() on Double, Half,
//    Long, Bool and item<double>/item<int64_t>() on Float do not throw; it
//    throws only when the value overflows T ("value cannot be converted to
//    type int without overflow" for item<int>() of 3e9).
//  - Module outputs carry the module's parameter dtype: a C++-built
//    torch::jit::Module converted to Half or Double and called with an input
//    of that dtype returns forward(...).toTensor() of that dtype, and the
//    elements of a toTuple() output have it too, so data_ptr<float>() on them
//    throws. Elementwise `x * self.w` runs for Half on CPU; torch.mm does
//    not ("addmm_impl_cpu_" not implemented for 'Half'), but does for Double.
//    The same holds for torch::nn::Linear after ->to(torch::kDouble).
#include "oracle.h"

#include <torch/script.h>

#include <cstdint>

ORACLE_TEST(data_ptr_wrong_type) {
  auto d = torch::ones({2, 2}, torch::kDouble);
  EXPECT_THROWS(d.data_ptr<float>(), "expected scalar type Float but found Double"); // flagged: torch-data-ptr-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'data_ptr' reads a Double tensor as Float, which throws at run time [torch-data-ptr-dtype]
  EXPECT_NO_THROW(d.data_ptr<double>());
  auto f = torch::ones({2, 2}, torch::kFloat);
  EXPECT_THROWS(f.data_ptr<double>(), "expected scalar type Double but found Float"); // flagged: torch-data-ptr-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'data_ptr' reads a Float tensor as Double, which throws at run time [torch-data-ptr-dtype]
  EXPECT_NO_THROW(f.data_ptr<float>());
  auto h = torch::ones({2, 2}, torch::kHalf);
  EXPECT_THROWS(h.data_ptr<float>(), "expected scalar type Float but found Half"); // flagged: torch-data-ptr-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'data_ptr' reads a Half tensor as Float, which throws at run time [torch-data-ptr-dtype]
  EXPECT_NO_THROW(h.data_ptr<at::Half>());
  auto b = torch::ones({2, 2}, torch::kByte);
  EXPECT_THROWS(b.data_ptr<int8_t>(), "expected scalar type Char but found Byte"); // flagged: torch-data-ptr-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'data_ptr' reads a Byte tensor as Char, which throws at run time [torch-data-ptr-dtype]
  EXPECT_THROWS(b.data_ptr<float>(), "expected scalar type Float but found Byte"); // flagged: torch-data-ptr-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'data_ptr' reads a Byte tensor as Float, which throws at run time [torch-data-ptr-dtype]
  EXPECT_NO_THROW(b.data_ptr<uint8_t>());
  auto l = torch::ones({2, 2}, torch::kLong);
  EXPECT_THROWS(l.data_ptr<int>(), "expected scalar type Int but found Long"); // flagged: torch-data-ptr-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'data_ptr' reads a Long tensor as Int, which throws at run time [torch-data-ptr-dtype]
  EXPECT_NO_THROW(l.data_ptr<int64_t>());
  EXPECT_NO_THROW(l.data_ptr<long>());
  auto bo = torch::ones({2, 2}, torch::kBool);
  EXPECT_THROWS(bo.data_ptr<uint8_t>(), "expected scalar type Byte but found Bool"); // flagged: torch-data-ptr-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'data_ptr' reads a Bool tensor as Byte, which throws at run time [torch-data-ptr-dtype]
  EXPECT_NO_THROW(bo.data_ptr<bool>());
  // A conversion in the same expression decides the dtype.
  EXPECT_THROWS(f.to(torch::kDouble).data_ptr<float>(), "expected scalar type Float but found Double"); // flagged: torch-data-ptr-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'data_ptr' reads a Double tensor as Float, which throws at run time [torch-data-ptr-dtype]
  EXPECT_NO_THROW(d.to(torch::kFloat).data_ptr<float>());
  // The untyped pointer is never checked.
  EXPECT_NO_THROW(d.data_ptr());
}

ORACLE_TEST(deprecated_data_wrong_type) {
  auto d = torch::ones({2, 2}, torch::kDouble);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  EXPECT_THROWS(d.data<float>(), "expected scalar type Float but found Double"); // flagged: torch-data-ptr-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'data' reads a Double tensor as Float, which throws at run time [torch-data-ptr-dtype]
  EXPECT_NO_THROW(d.data<double>());
#pragma GCC diagnostic pop
}

ORACLE_TEST(accessors_wrong_type) {
  auto d = torch::ones({2, 2}, torch::kDouble);
  EXPECT_THROWS((d.accessor<float, 2>()), "expected scalar type Float but found Double"); // flagged: torch-data-ptr-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'accessor' reads a Double tensor as Float, which throws at run time [torch-data-ptr-dtype]
  EXPECT_NO_THROW((d.accessor<double, 2>()));
  EXPECT_THROWS((d.packed_accessor32<float, 2>()), "expected scalar type Float but found Double"); // flagged: torch-data-ptr-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'packed_accessor32' reads a Double tensor as Float, which throws at run time [torch-data-ptr-dtype]
  EXPECT_NO_THROW((d.packed_accessor32<double, 2>()));
  EXPECT_THROWS((d.packed_accessor64<float, 2>()), "expected scalar type Float but found Double"); // flagged: torch-data-ptr-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'packed_accessor64' reads a Double tensor as Float, which throws at run time [torch-data-ptr-dtype]
  EXPECT_NO_THROW((d.packed_accessor64<double, 2>()));
  auto h = torch::ones({2}, torch::kHalf);
  EXPECT_THROWS((h.accessor<float, 1>()), "expected scalar type Float but found Half"); // flagged: torch-data-ptr-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'accessor' reads a Half tensor as Float, which throws at run time [torch-data-ptr-dtype]
  EXPECT_NO_THROW((h.accessor<at::Half, 1>()));
  // The dimension is checked too, with its own message (not a dtype issue).
  EXPECT_THROWS((d.accessor<double, 1>()), "TensorAccessor expected 1 dims but tensor has 2");
}

ORACLE_TEST(item_converts) {
  auto d = torch::tensor(2.5, torch::kDouble);
  EXPECT_NO_THROW(d.item<float>());
  EXPECT_TRUE(d.item<float>() == 2.5f);
  auto h = torch::ones({1}, torch::kHalf);
  EXPECT_NO_THROW(h.item<float>());
  auto l = torch::ones({1}, torch::kLong);
  EXPECT_NO_THROW(l.item<float>());
  EXPECT_NO_THROW(l.item<int>());
  auto bo = torch::ones({1}, torch::kBool);
  EXPECT_NO_THROW(bo.item<float>());
  auto f = torch::full({1}, 3.75f, torch::kFloat);
  EXPECT_NO_THROW(f.item<double>());
  EXPECT_TRUE(f.item<int64_t>() == 3);
  EXPECT_TRUE(f.item().toFloat() == 3.75f);
  // Overflow is the only failure.
  auto big = torch::full({1}, 3e9, torch::kDouble);
  EXPECT_THROWS(big.item<int>(), "value cannot be converted to type int without overflow");
  EXPECT_NO_THROW(big.item<int64_t>());
}

ORACLE_TEST(jit_module_outputs_have_parameter_dtype) {
  torch::jit::Module hm("hm");
  hm.register_parameter("w", torch::ones({2, 2}), false);
  hm.define("def forward(self, x):\n    return x * self.w\n");
  hm.define("def pair(self, x):\n    return (x * self.w, x + self.w)\n");
  hm.define("def mmul(self, x):\n    return torch.mm(x, self.w)\n");
  hm.to(torch::kHalf);
  auto hx = torch::ones({2, 2}, torch::kHalf);
  auto hout = hm.forward({hx}).toTensor();
  EXPECT_DTYPE(hout, torch::kHalf);
  EXPECT_THROWS(hout.data_ptr<float>(), "expected scalar type Float but found Half"); // flagged: torch-data-ptr-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'data_ptr' reads a Half tensor as Float, which throws at run time [torch-data-ptr-dtype]
  EXPECT_NO_THROW(hout.data_ptr<at::Half>());
  torch::jit::Module hp("hp"); // the same, returning a tuple from forward
  hp.register_parameter("w", torch::ones({2, 2}), false);
  hp.define("def forward(self, x):\n    return (x * self.w, x + self.w)\n");
  hp.to(torch::kHalf);
  auto htuple = hp.forward({hx}).toTuple();
  auto hfirst = htuple->elements()[0].toTensor();
  auto hsecond = htuple->elements()[1].toTensor();
  EXPECT_DTYPE(hfirst, torch::kHalf);
  EXPECT_DTYPE(hsecond, torch::kHalf);
  EXPECT_THROWS(hfirst.data_ptr<float>(), "expected scalar type Float but found Half"); // flagged: torch-data-ptr-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'data_ptr' reads a Half tensor as Float, which throws at run time [torch-data-ptr-dtype]
  // Half matmul has no CPU kernel in LibTorch 1.13.
  EXPECT_THROWS(hm.run_method("mmul", hx), "The following operation failed in the TorchScript interpreter.");
  EXPECT_THROWS(hm.run_method("mmul", hx), "\"addmm_impl_cpu_\" not implemented for 'Half'");
  // A Float input promotes with the Half parameter elementwise: Float out.
  EXPECT_DTYPE(hm.forward({torch::ones({2, 2})}).toTensor(), torch::kFloat);

  torch::jit::Module dm("dm");
  dm.register_parameter("w", torch::ones({2, 2}), false);
  dm.define("def forward(self, x):\n    return torch.mm(x, self.w)\n");
  dm.define("def pair(self, x):\n    return (torch.mm(x, self.w), x + self.w)\n");
  dm.to(torch::kDouble);
  auto dx = torch::ones({2, 2}, torch::kDouble);
  auto dout = dm.forward({dx}).toTensor();
  EXPECT_DTYPE(dout, torch::kDouble);
  EXPECT_THROWS(dout.data_ptr<float>(), "expected scalar type Float but found Double"); // flagged: torch-data-ptr-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'data_ptr' reads a Double tensor as Float, which throws at run time [torch-data-ptr-dtype]
  EXPECT_NO_THROW(dout.data_ptr<double>());
  torch::jit::Module dp("dp");
  dp.register_parameter("w", torch::ones({2, 2}), false);
  dp.define("def forward(self, x):\n    return (torch.mm(x, self.w), x + self.w)\n");
  dp.to(torch::kDouble);
  auto dtuple = dp.forward({dx}).toTuple();
  auto dfirst = dtuple->elements()[0].toTensor();
  EXPECT_DTYPE(dfirst, torch::kDouble);
  EXPECT_DTYPE(dtuple->elements()[1].toTensor(), torch::kDouble);
  EXPECT_THROWS(dfirst.data_ptr<float>(), "expected scalar type Float but found Double"); // flagged: torch-data-ptr-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'data_ptr' reads a Double tensor as Float, which throws at run time [torch-data-ptr-dtype]
  EXPECT_NO_THROW(dfirst.data_ptr<double>());
}

ORACLE_TEST(nn_module_output_has_parameter_dtype) {
  torch::nn::Linear lin(2, 3);
  lin->to(torch::kDouble);
  auto out = lin->forward(torch::ones({1, 2}, torch::kDouble));
  EXPECT_DTYPE(out, torch::kDouble);
  EXPECT_THROWS(out.data_ptr<float>(), "expected scalar type Float but found Double"); // flagged: torch-data-ptr-dtype
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'data_ptr' reads a Double tensor as Float, which throws at run time [torch-data-ptr-dtype]
  EXPECT_NO_THROW(out.data_ptr<double>());
}

ORACLE_MAIN()
