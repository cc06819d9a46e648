// The engine's answers for marked expressions (the oracle suite checks the
// same answers against libtorch at run time).
// RUN: %check_torch_tidy %s torch-debug-inspect %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <torch_tidy_debug.h>
#include <vector>

void valuesThatCarryDtypes(bool flag) {
  torch_tidy_inspect(torch::kHalf);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=unknown
  torch_tidy_inspect(c10::ScalarType::BFloat16);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=BFloat16 device=unknown
  auto d = torch::kDouble;
  torch_tidy_inspect(d);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Double device=unknown
  // Chosen once and never changed: a setting, whatever it holds.
  auto e = flag ? torch::kHalf : torch::kFloat;
  torch_tidy_inspect(e);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=as 'e' device=unknown
}

void valuesThatCarryDevices(int index) {
  torch_tidy_inspect(torch::Device(torch::kCUDA, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=cuda:1
  torch_tidy_inspect(torch::Device("cuda:2"));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=cuda:2
  torch::Device dev(torch::kCUDA, index);
  torch_tidy_inspect(dev);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=as 'dev'
  torch::Device cpu = torch::kCPU;
  torch_tidy_inspect(cpu);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=cpu
  torch_tidy_inspect(torch::Device("gpu"));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
  const std::string name = "cuda:3";
  torch_tidy_inspect(torch::Device(name));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=cuda:3
}

void tensorOptions() {
  auto opts = torch::TensorOptions().dtype(torch::kHalf);
  torch_tidy_inspect(opts);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=unset
  opts = opts.device(torch::kCUDA);
  torch_tidy_inspect(opts);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cuda
  torch_tidy_inspect(torch::empty({2}, opts));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cuda
  torch_tidy_inspect(torch::empty({2}, torch::dtype(torch::kInt)));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Int device=cpu
  auto x = torch::ones({2}, torch::kDouble).to(torch::kCUDA);
  torch_tidy_inspect(x.to(torch::dtype(torch::kHalf)));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cuda
  torch_tidy_inspect(x.options());
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Double device=cuda
  torch_tidy_inspect(torch::zeros({2}, x.options()));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Double device=cuda
  torch_tidy_inspect(torch::ones({2}).to(x.dtype()));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Double device=cpu
}

void joins(bool flag, int n) {
  auto x = torch::ones({2});
  if (flag)
    x = x.to(torch::kCUDA);
  torch_tidy_inspect(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=unknown
  auto y = torch::ones({2}, torch::kHalf);
  while (n-- > 0)
    y = y * 2;
  torch_tidy_inspect(y);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cpu
  for (int i = 0; i < n; ++i)
    y = y.to(torch::kFloat);
  torch_tidy_inspect(y);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=cpu
}

void parametersAreUnknown(torch::Tensor t, torch::jit::Module &m) {
  torch_tidy_inspect(t);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
  torch_tidy_inspect(m);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
  m.to(torch::kHalf);
  torch_tidy_inspect(m);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=unknown
  torch_tidy_inspect(t.to(torch::kCPU));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=cpu
}

void modulesAndHolders() {
  torch::nn::Linear fc(2, 2);
  torch_tidy_inspect(fc);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cpu
  fc->to(torch::kCUDA, torch::kHalf);
  torch_tidy_inspect(fc);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cuda
  torch_tidy_inspect(fc->weight);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cuda
  torch::nn::Linear empty{nullptr};
  torch_tidy_inspect(empty);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
  fc->eval();
  torch_tidy_inspect(fc);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Half device=cuda
}

void refill(torch::Tensor &t);

void unknownWritersMakeUnknown() {
  auto x = torch::ones({2});
  auto *p = &x;
  torch_tidy_inspect(x);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
  auto y = torch::ones({2});
  refill(y);
  torch_tidy_inspect(y);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=unknown device=unknown
  auto z = torch::ones({2});
  z.add_(1);
  torch_tidy_inspect(z);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cpu
}

// A byte buffer is no device string: from_blob over it is on the CPU.
void byteBufferIsNoDevice(unsigned char *pixels, const char *name) {
  torch_tidy_inspect(torch::from_blob(pixels, {4}, torch::kByte));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Byte device=cpu
  torch_tidy_inspect(torch::ones({2}, torch::TensorOptions().device("cuda:1")));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: dtype=Float device=cuda:1
}
