// Local settings: a dtype or device local chosen at the top of a function
// (`dtype = half ? torch::kHalf : torch::kFloat`) stands for whatever it
// was chosen to be, where loops keep flags from being followed: a model
// and an input converted with it agree, and a tensor of a fixed dtype fed
// to a model converted with it is reported for the first choice that
// disagrees, unless a later branch may be tied to the choice.
// RUN: %check_torch_tidy %s 'torch-module-input-dtype,torch-module-input-device,torch-operand-device,torch-from-blob-element-type' %t -- %mock_flags
// torch-explain calls the places the checks compare choice by choice decided:
// RUN: %torch_tidy --checks='-*,torch-explain,torch-module-input-dtype' --config="{CheckOptions: {TorchExplain: true}}" %s -- -std=c++17 %mock_flags 2>&1 | FileCheck %s --check-prefix=EXPLAIN

#include <torch/torch.h>
#include <string>
#include <vector>

// The batch is converted; the warm-up input is not.
torch::Tensor classify(bool half, const std::vector<torch::Tensor> &batch) {
  torch::ScalarType dtype = half ? torch::kHalf : torch::kFloat;
  torch::nn::Linear fc(4, 2);
  fc->to(dtype);
  auto warm = torch::ones({1, 4});
  torch::Tensor out = fc(warm);
  // EXPLAIN: :[[@LINE-1]]:23: remark: the call of module 'fc' is decided: the module's parameters whatever 'dtype' holds, the input Float
  // CHECK-MESSAGES: :[[@LINE-2]]:23: warning: when 'dtype' is Half, input tensor is Float but the module's parameters are Half [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-7]]:36: note: 'dtype' is set to Half here
  // CHECK-MESSAGES: :[[@LINE-6]]:10: note: module parameters are converted with 'dtype' here
  // CHECK-MESSAGES: :[[@LINE-6]]:15: note: input tensor is Float since here
  // CHECK-FIXES: torch::Tensor out = fc(warm.to(dtype));
  for (const auto &x : batch)
    out = fc(x.to(dtype));
  // EXPLAIN: :[[@LINE-1]]:11: remark: the call of module 'fc' is decided: the module's parameters whatever 'dtype' holds, the input whatever 'dtype' holds
  return out;
}

// Chosen by assignments from a string; a loop over the inputs.
void server(const std::string &precision, int steps) {
  torch::ScalarType dtype = torch::kFloat;
  if (precision == "fp64")
    dtype = torch::kDouble;
  torch::nn::Linear fc(4, 2);
  fc->to(dtype);
  for (int i = 0; i < steps; ++i) {
    fc(torch::rand({1, 4}).to(dtype));
    fc(torch::rand({1, 4}));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: when 'dtype' is Double, input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
    // CHECK-MESSAGES: :[[@LINE-7]]:13: note: 'dtype' is set to Double here
    // CHECK-MESSAGES: :[[@LINE-6]]:10: note: module parameters are converted with 'dtype' here
    // CHECK-MESSAGES: :[[@LINE-4]]:8: note: input tensor is Float since here
  }
}

// A device chosen once: the input is left on the CPU.
void onDevice(int steps) {
  torch::Device device = torch::cuda::is_available() ? torch::kCUDA : torch::kCPU;
  torch::nn::Linear fc(4, 2);
  fc->to(device);
  for (int i = 0; i < steps; ++i)
    fc(torch::ones({1, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: when 'device' is cuda, input tensor is on cpu but the module is on cuda [torch-module-input-device]
  // CHECK-MESSAGES: :[[@LINE-6]]:56: note: 'device' is set to cuda here
  // CHECK-MESSAGES: :[[@LINE-5]]:10: note: module is moved with 'device' here
  // CHECK-MESSAGES: :[[@LINE-4]]:8: note: input tensor is on cpu since here
}

// A buffer of doubles read with the chosen dtype.
torch::Tensor positions(bool single, const std::vector<double> &xyz) {
  torch::ScalarType dtype = single ? torch::kFloat : torch::kDouble;
  auto options = torch::TensorOptions().dtype(dtype);
  for (int i = 0; i < 2; ++i)
    (void)i;
  return torch::from_blob(const_cast<double *>(xyz.data()), {3}, options);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: when 'dtype' is Float, 'from_blob' reads a buffer of Double elements as Float; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-6]]:38: note: 'dtype' is set to Float here
  // CHECK-MESSAGES: :[[@LINE-3]]:27: note: the buffer holds Double elements since here
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: read the buffer as Double and convert the tensor with '.to(dtype)'
}

// Silent: every input is converted with the same local.
torch::Tensor consistent(bool half, const std::vector<torch::Tensor> &batch) {
  torch::ScalarType dtype = half ? torch::kHalf : torch::kFloat;
  torch::nn::Linear fc(4, 2);
  fc->to(dtype);
  torch::Tensor out;
  for (const auto &x : batch)
    out = fc(x.to(dtype));
  return fc(torch::ones({1, 4}, torch::TensorOptions().dtype(dtype)));
}

// Silent: a later branch tests the flag that chose it.
torch::Tensor tiedLater(bool half, int n) {
  torch::ScalarType dtype = torch::kFloat;
  if (half)
    dtype = torch::kHalf;
  torch::nn::Linear fc(4, 2);
  fc->to(dtype);
  torch::Tensor out;
  for (int i = 0; i < n; ++i)
    if (!half)
      out = fc(torch::ones({1, 4}));
  return out;
}

// Silent: what the choice computed is tested later.
torch::Tensor tiedThrough(bool half, int n) {
  torch::ScalarType dtype = half ? torch::kHalf : torch::kFloat;
  bool full = !half;
  torch::nn::Linear fc(4, 2);
  fc->to(dtype);
  torch::Tensor out;
  for (int i = 0; i < n; ++i)
    if (full)
      out = fc(torch::ones({1, 4}));
  return out;
}

// Silent: a loop around the reads runs only for one choice.
void loopedOnFlag(bool half) {
  torch::ScalarType dtype = half ? torch::kHalf : torch::kFloat;
  while (half) {
    torch::nn::Linear fc(4, 2);
    fc->to(dtype);
    fc(torch::ones({1, 4}).to(torch::kHalf));
  }
}

// Silent: written again after a read, and written in a loop.
void rewritten(bool half, int n) {
  torch::ScalarType dtype = half ? torch::kHalf : torch::kFloat;
  torch::nn::Linear fc(4, 2);
  fc->to(dtype);
  dtype = torch::kFloat;
  for (int i = 0; i < n; ++i)
    fc(torch::ones({1, 4}));
}
void writtenInLoop(bool half, int n) {
  torch::ScalarType dtype = torch::kFloat;
  for (int i = 0; i < n; ++i)
    if (half && i == 0)
      dtype = torch::kHalf;
  torch::nn::Linear fc(4, 2);
  fc->to(dtype);
  fc(torch::ones({1, 4}));
}

// Silent: its address is taken, and a choice that is no constant.
void setDtype(torch::ScalarType *out);
void escapes(int n) {
  torch::ScalarType dtype = torch::kFloat;
  setDtype(&dtype);
  torch::nn::Linear fc(4, 2);
  fc->to(dtype);
  for (int i = 0; i < n; ++i)
    fc(torch::ones({1, 4}));
}
void fromTensor(const torch::Tensor &reference, int n) {
  torch::ScalarType dtype = reference.scalar_type();
  torch::nn::Linear fc(4, 2);
  fc->to(dtype);
  for (int i = 0; i < n; ++i)
    fc(torch::ones({1, 4}));
}

// Silent: the choosing condition calls, and so does a later one.
bool wantsHalf();
void calls(int n) {
  torch::ScalarType dtype = wantsHalf() ? torch::kHalf : torch::kFloat;
  torch::nn::Linear fc(4, 2);
  fc->to(dtype);
  while (wantsHalf())
    fc(torch::ones({1, 4}).to(torch::kHalf));
}

// Silent: chosen under a condition that declares, tested again later.
struct Config {
  bool half;
};
void declared(const Config &cfg, int n) {
  torch::ScalarType dtype = torch::kFloat;
  if (bool half = cfg.half)
    dtype = torch::kHalf;
  torch::nn::Linear fc(4, 2);
  fc->to(dtype);
  for (int i = 0; i < n; ++i)
    if (!cfg.half)
      fc(torch::ones({1, 4}));
}

// Silent: a way out before the first read keeps a choice from reaching it.
void returnsFirst(bool half, int n) {
  if (half)
    return;
  torch::ScalarType dtype = half ? torch::kHalf : torch::kFloat;
  torch::nn::Linear fc(4, 2);
  fc->to(dtype);
  for (int i = 0; i < n; ++i)
    fc(torch::ones({1, 4}));
}
void returnsAfterChoosing(int n) {
  torch::Device device = torch::cuda::is_available() ? torch::kCUDA : torch::kCPU;
  if (torch::cuda::is_available())
    return;
  torch::nn::Linear fc(4, 2);
  fc->to(device);
  for (int i = 0; i < n; ++i)
    fc(torch::ones({1, 4}));
}

// Options chosen once: their dtype stands for the choice.
torch::Tensor optionsChosen(bool fp16, const std::vector<double> &xyz) {
  auto options = torch::TensorOptions().dtype(fp16 ? torch::kHalf : torch::kFloat);
  for (int i = 0; i < 2; ++i)
    (void)i;
  return torch::from_blob(const_cast<double *>(xyz.data()), {3}, options);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: when 'options' has dtype Half, 'from_blob' reads a buffer of Double elements as Half; the tensor holds garbage [torch-from-blob-element-type]
  // CHECK-MESSAGES: :[[@LINE-5]]:54: note: 'options' is given dtype Half here
  // CHECK-MESSAGES: :[[@LINE-3]]:27: note: the buffer holds Double elements since here
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: read the buffer as Double and convert the tensor with '.to(options)'
}

// Silent: read as its own dtype, then converted with the options.
torch::Tensor optionsAfter(bool fp16, const std::vector<double> &xyz) {
  auto options = torch::TensorOptions().dtype(fp16 ? torch::kHalf : torch::kFloat);
  for (int i = 0; i < 2; ++i)
    (void)i;
  return torch::from_blob(const_cast<double *>(xyz.data()), {3}, torch::kDouble).to(options);
}
