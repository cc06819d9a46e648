// RUN: %oracle_bin/templates
// RUN: %python %S/engine_agrees.py --all-modeled %s
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %real_flags -I%S
// Proves the runtime facts torch-tidy uses in a template's instantiations:
// c10::CppTypeToScalarType<T>::value and caffe2::TypeMeta::Make<T>() are
// the dtype of T, so from_blob with
// it reads a std::vector<T> right; a dtype chosen with std::is_same_v is
// the one chosen; a Float layer fed the double instantiation's tensor
// throws and the float one's does not; reading a Float output with
// accessor<double, 2> throws.
#include "oracle.h"

#include <cmath>
#include <type_traits>
#include <vector>

namespace {

template <typename T> torch::Tensor wrap(std::vector<T> &buf) {
  return torch::from_blob(buf.data(), {2, 2},
                          torch::TensorOptions().dtype(c10::CppTypeToScalarType<T>::value));
}

template <typename T> torch::Tensor wrapMeta(std::vector<T> &buf) {
  return torch::from_blob(buf.data(), {2, 2},
                          torch::TensorOptions().dtype(caffe2::TypeMeta::Make<T>()));
}

template <typename T> torch::Tensor layer(std::vector<T> &buf) {
  torch::nn::Linear fc(2, 2);
  auto x = wrap(buf);
  return fc(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: input tensor is Double but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:21: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-15]]:10: note: input tensor is Double since here
  // CHECK-MESSAGES: :[[@LINE+41]]:17: note: in the instantiation of 'layer<double>' required here
}

template <typename T> T firstOutput() {
  torch::nn::Linear fc(2, 2);
  auto out = fc(torch::ones({2, 2}));
  return out.template accessor<T, 2>()[0][0];
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'accessor' reads a Float tensor as Double, which throws at run time [torch-data-ptr-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: the module returns Float tensors, like its parameters, here
  // CHECK-MESSAGES: :[[@LINE+34]]:17: note: in the instantiation of 'firstOutput<double>' required here
}

} // namespace

ORACLE_TEST(cpp_type_to_scalar_type) {
  std::vector<float> f{1.5f, 2, 3, 4};
  std::vector<double> d{1.5, 2, 3, 4};
  EXPECT_DTYPE(wrap(f), torch::kFloat);
  EXPECT_DTYPE(wrap(d), torch::kDouble);
  EXPECT_TRUE(wrap(d)[0][0].item<double>() == 1.5);
  EXPECT_DTYPE(torch::ones({1}, c10::CppTypeToScalarType<int64_t>::value), torch::kLong);
  constexpr auto Chosen = std::is_same_v<double, float> ? torch::kFloat : torch::kDouble;
  EXPECT_DTYPE(torch::ones({1}, Chosen), torch::kDouble);
}

ORACLE_TEST(type_meta) {
  std::vector<float> f{1.5f, 2, 3, 4};
  std::vector<double> d{1.5, 2, 3, 4};
  EXPECT_DTYPE(wrapMeta(f), torch::kFloat);
  EXPECT_DTYPE(wrapMeta(d), torch::kDouble);
  EXPECT_TRUE(wrapMeta(d)[0][0].item<double>() == 1.5);
  EXPECT_DTYPE(torch::ones({1}, torch::TensorOptions().dtype(caffe2::TypeMeta::Make<int64_t>())),
               torch::kLong);
  EXPECT_DTYPE(torch::ones({1}, torch::TensorOptions().dtype(caffe2::TypeMeta::Make<at::Half>())),
               torch::kHalf);
}

ORACLE_TEST(instantiations) {
  std::vector<float> f{1, 2, 3, 4};
  std::vector<double> d{1, 2, 3, 4};
  EXPECT_DTYPE(layer(f), torch::kFloat);
  EXPECT_THROWS(layer(d), "");
  EXPECT_TRUE(std::isfinite(firstOutput<float>()));
  EXPECT_THROWS(firstOutput<double>(), "");
}

ORACLE_MAIN()
