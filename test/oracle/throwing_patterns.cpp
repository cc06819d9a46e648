// RUN: %oracle_bin/throwing_patterns
// RUN: %check_torch_tidy %s torch-module-input-dtype %t -- %real_flags -I%S
// torch-tidy flags each module call that throws below, and none that runs.
// Proves which dtype mismatches LibTorch rejects at run time, and with what
// message: matmul of Double and Float, nn::Linear / nn::Conv2d whose
// parameters differ in dtype from the input (both directions, and Half), a
// C++-built TorchScript module converted to Double called with Float input,
// in-place ops whose promoted result cannot be cast back to self (Byte/255.0,
// Long+Float), typed raw access (data_ptr<T>, accessor<T,N>) with the wrong
// T, and index_select with a Float index. The matching-dtype counterparts
// (jit forward with Double input, item<float>() on Double, index_select with a
// Long index) are proved not to throw.
#include "oracle.h"

#include <torch/script.h>

#include <stdexcept>

ORACLE_TEST(matmul_mixed_dtypes) {
  auto d = torch::ones({2, 2}, torch::kDouble);
  auto f = torch::ones({2, 2}, torch::kFloat);
  EXPECT_THROWS(torch::matmul(d, f),
                "expected scalar type Double but found Float");
}

ORACLE_TEST(nn_modules_with_mismatched_input) {
  torch::nn::Linear lin(3, 4); // Float
  EXPECT_THROWS(lin->forward(torch::ones({2, 3}, torch::kDouble)),
                "mat1 and mat2 must have the same dtype");
  // CHECK-MESSAGES: :[[@LINE-2]]:22: warning: input tensor is Double but the module's parameters are Float [torch-module-input-dtype]
  EXPECT_THROWS(lin->forward(torch::ones({2, 3}, torch::kHalf)),
                "mat1 and mat2 must have the same dtype");
  // CHECK-MESSAGES: :[[@LINE-2]]:22: warning: input tensor is Half but the module's parameters are Float [torch-module-input-dtype]
  EXPECT_NO_THROW(lin->forward(torch::ones({2, 3})));

  torch::nn::Conv2d conv(torch::nn::Conv2dOptions(1, 2, 3)); // Float
  EXPECT_THROWS(conv->forward(torch::ones({1, 1, 5, 5}, torch::kDouble)),
                "Input type (double) and bias type (float) should be the same");
  // CHECK-MESSAGES: :[[@LINE-2]]:23: warning: input tensor is Double but the module's parameters are Float [torch-module-input-dtype]
  EXPECT_NO_THROW(conv->forward(torch::ones({1, 1, 5, 5})));

  torch::nn::Linear dlin(3, 4);
  dlin->to(torch::kDouble);
  EXPECT_THROWS(dlin->forward(torch::ones({2, 3})),
                "mat1 and mat2 must have the same dtype");
  // CHECK-MESSAGES: :[[@LINE-2]]:23: warning: input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
  EXPECT_NO_THROW(dlin->forward(torch::ones({2, 3}, torch::kDouble)));
}

ORACLE_TEST(jit_module_with_mismatched_input) {
  torch::jit::Module m("m");
  m.register_parameter("w", torch::randn({3, 3}), false);
  m.define("def forward(self, x):\n    return torch.mm(x, self.w)\n");
  m.to(torch::kDouble);
  // First line: "The following operation failed in the TorchScript
  // interpreter."; the TorchScript traceback follows, and the last line is
  // "RuntimeError: expected scalar type Float but found Double".
  EXPECT_THROWS(
      m.forward({torch::ones({2, 3})}),
      "The following operation failed in the TorchScript interpreter.");
  // CHECK-MESSAGES: :[[@LINE-2]]:9: warning: input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
  EXPECT_THROWS(m.forward({torch::ones({2, 3})}),
                "RuntimeError: expected scalar type Float but found Double");
  // CHECK-MESSAGES: :[[@LINE-2]]:19: warning: input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
  // The interpreter rethrows it as a plain std::runtime_error, so a
  // catch (const c10::Error &) handler does not see it.
  bool isC10Error = false, isRuntimeError = false;
  try {
    m.forward({torch::ones({2, 3})});
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
    // CHECK-FIXES: m.forward({torch::ones({2, 3}).to(torch::kDouble)});
  } catch (const c10::Error &) {
    isC10Error = true;
  } catch (const std::runtime_error &) {
    isRuntimeError = true;
  }
  EXPECT_TRUE(!isC10Error && isRuntimeError);
  EXPECT_NO_THROW(m.forward({torch::ones({2, 3}, torch::kDouble)}));
  EXPECT_DTYPE(m.forward({torch::ones({2, 3}, torch::kDouble)}).toTensor(),
               torch::kDouble);
}

ORACLE_TEST(in_place_result_cannot_be_cast_back) {
  auto b = torch::ones({2}, torch::kByte);
  EXPECT_THROWS(
      b.div_(255.0),
      "result type Float can't be cast to the desired output type Byte");
  auto l = torch::ones({2}, torch::kLong);
  EXPECT_THROWS(
      l.add_(torch::ones({2}, torch::kFloat)),
      "result type Float can't be cast to the desired output type Long");
}

ORACLE_TEST(typed_raw_access) {
  auto b = torch::ones({2}, torch::kByte);
  EXPECT_THROWS(b.data_ptr<float>(),
                "expected scalar type Float but found Byte");
  auto d = torch::ones({2, 2}, torch::kDouble);
  EXPECT_THROWS((d.accessor<float, 2>()),
                "expected scalar type Float but found Double");
  EXPECT_NO_THROW(d.sum().item<float>());
  EXPECT_NO_THROW(torch::tensor(1.0, torch::kDouble).item<float>());
}

ORACLE_TEST(index_select_index_dtype) {
  auto f = torch::rand({3, 2});
  EXPECT_THROWS(f.index_select(0, torch::tensor({0.0, 1.0})),
                "index_select(): Expected dtype int32 or int64 for index");
  EXPECT_NO_THROW(f.index_select(0, torch::tensor({0, 1})));
  EXPECT_DTYPE(f.index_select(0, torch::tensor({0, 1})), torch::kFloat);
}

ORACLE_MAIN()
