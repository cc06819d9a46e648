// RUN: %oracle_bin/settings
// RUN: %check_torch_tidy %s 'torch-*,-torch-debug-inspect' %t -- %real_flags -I%S
// Proves the runtime facts behind settings (checker/docs/configuration-
// flags.md, "Settings"): a module converted with a dtype chosen at run
// time accepts inputs converted with the same dtype, whatever it is, and
// throws for a fixed-dtype input when the choice differs; from_blob with
// options whose dtype is chosen at run time reads the buffer's bytes as
// that dtype, so a double buffer read with a Float choice is garbage.
#include "oracle.h"

#include <vector>

namespace {

class Model {
public:
  explicit Model(bool precise)
      : dtype_(precise ? torch::kDouble : torch::kFloat), fc_(4, 2) {
    fc_->to(dtype_);
  }
  torch::Tensor converted(const torch::Tensor &x) { return fc_(x.to(dtype_)); }
  torch::Tensor fixed(const torch::Tensor &x) { return fc_(x); }
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: when 'dtype_' is Double, input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-6]]:26: note: 'dtype_' is set to Double here
  // CHECK-MESSAGES: :[[@LINE-6]]:13: note: module parameters are converted with 'dtype_' here
  // CHECK-MESSAGES: :[[@LINE+20]]:14: note: input tensor is Float since here
  // CHECK-MESSAGES: :[[@LINE+22]]:23: note: in the call to 'fixed' here
  torch::Tensor read(std::vector<double> &xyz) {
    return torch::from_blob(xyz.data(), {2, 2}, torch::TensorOptions().dtype(dtype_));
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: when 'dtype_' is Float, 'from_blob' reads a buffer of Double elements as Float; the tensor holds garbage [torch-from-blob-element-type]
    // CHECK-MESSAGES: :[[@LINE-13]]:43: note: 'dtype_' is set to Float here
    // CHECK-MESSAGES: :[[@LINE-3]]:29: note: the buffer holds Double elements since here
    // CHECK-MESSAGES: :[[@LINE-4]]:12: note: read the buffer as Double and convert the tensor with '.to(dtype_)'
  }

private:
  torch::ScalarType dtype_;
  torch::nn::Linear fc_;
};

} // namespace

ORACLE_TEST(setting_chosen_at_run_time) {
  for (bool precise : {false, true}) {
    Model m(precise);
    auto x = torch::ones({1, 4});
    EXPECT_DTYPE(m.converted(x), precise ? torch::kDouble : torch::kFloat);
    if (precise)
      EXPECT_THROWS(m.fixed(x), "");
    else
      EXPECT_DTYPE(m.fixed(x), torch::kFloat);
  }
}

ORACLE_TEST(from_blob_with_a_dtype_chosen_at_run_time) {
  std::vector<double> xyz{1.5, -2.0, 3.25, 4.0};
  EXPECT_TRUE(torch::equal(Model(true).read(xyz),
                           torch::tensor({1.5, -2.0, 3.25, 4.0}, torch::kDouble)
                               .view({2, 2})));
  auto garbage = Model(false).read(xyz);
  EXPECT_DTYPE(garbage, torch::kFloat);
  EXPECT_TRUE(!torch::equal(garbage, torch::tensor({1.5f, -2.0f, 3.25f, 4.0f})
                                         .view({2, 2})));
}

ORACLE_MAIN()
