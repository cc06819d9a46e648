// RUN: %oracle_bin/modules
// RUN: %python %S/engine_agrees.py %s
// Proves how module parameters follow conversions: torch::nn modules
// (built-in and user-defined via register_module) start with Float CPU
// parameters and Module::to(dtype) / to(device, dtype) converts every
// parameter; a torch::jit::Module built in C++ is converted by to(dtype),
// keeps Double parameters through save/load, lands on the CPU with
// load(path, kCPU), and keeps its dtype across eval()/train(); that
// parameters() lists tensors of the module's state, and buffers() may hold
// Long ones. Also checks that an Embedding accepts a Long index tensor and
// that a Float Linear rejects a Long input.
#include "oracle.h"

#include <torch/script.h>

#include <cstdio>
#include <string>
#include <unistd.h>

namespace {

struct Net : torch::nn::Module {
  Net() { fc = register_module("fc", torch::nn::Linear(2, 2)); }
  torch::nn::Linear fc{nullptr};
};

torch::jit::Module makeJitModule() {
  torch::jit::Module m("m");
  m.register_parameter("w", torch::randn({3, 3}), false);
  m.define("def forward(self, x):\n    return torch.mm(x, self.w)\n");
  return m;
}

std::string tempPath() {
  return "/tmp/torch_tidy_oracle_" + std::to_string(::getpid()) + ".pt";
}

} // namespace

ORACLE_TEST(nn_linear) {
  torch::nn::Linear l(3, 4);
  EXPECT_DTYPE(l->weight, torch::kFloat);
  EXPECT_DEVICE_CPU(l->weight);
  EXPECT_DTYPE(l->bias, torch::kFloat);
  l->to(torch::kHalf);
  EXPECT_DTYPE(l->weight, torch::kHalf);
  EXPECT_DTYPE(l->bias, torch::kHalf);
  l->to(torch::kDouble);
  EXPECT_DTYPE(l->weight, torch::kDouble);

  torch::nn::Linear l2(3, 4);
  l2->to(torch::kCPU, torch::kDouble);
  EXPECT_DTYPE(l2->weight, torch::kDouble);
  EXPECT_DEVICE_CPU(l2->weight);
}

ORACLE_TEST(nn_conv2d) {
  torch::nn::Conv2d conv(torch::nn::Conv2dOptions(1, 2, 3));
  EXPECT_TRUE(conv->parameters().size() == 2);
  for (const auto &p : conv->parameters()) {
    EXPECT_DTYPE(p, torch::kFloat);
    EXPECT_DEVICE_CPU(p);
  }
}

ORACLE_TEST(user_module) {
  auto net = std::make_shared<Net>();
  EXPECT_TRUE(net->parameters().size() == 2);
  for (const auto &p : net->parameters())
    EXPECT_DTYPE(p, torch::kFloat);
  net->to(torch::kDouble);
  for (const auto &p : net->parameters())
    EXPECT_DTYPE(p, torch::kDouble);
  EXPECT_DTYPE(net->fc->weight, torch::kDouble);
}

// parameters() lists tensors with the module's dtype and device, which
// code reads to record the module's precision.
ORACLE_TEST(parameters_have_the_module_state) {
  torch::nn::Linear l(3, 4);
  EXPECT_DTYPE(l->parameters()[0], torch::kFloat);
  EXPECT_DTYPE(l->parameters().front(), torch::kFloat);
  l->to(torch::kHalf);
  EXPECT_DTYPE(*l->parameters().begin(), torch::kHalf);
  EXPECT_TRUE(l->parameters()[0].scalar_type() == torch::kHalf);

  auto m = makeJitModule();
  m.to(torch::kDouble);
  EXPECT_DTYPE(*m.parameters().begin(), torch::kDouble);
  EXPECT_DEVICE_CPU(*m.parameters().begin());
  EXPECT_TRUE((*m.parameters().begin()).scalar_type() == torch::kDouble);
}

// buffers() may hold integers: BatchNorm counts its batches in a Long one.
ORACLE_TEST(buffers_may_be_integers) {
  torch::nn::BatchNorm1d bn(4);
  bool SawLong = false;
  for (const auto &b : bn->buffers())
    SawLong |= b.scalar_type() == torch::kLong;
  EXPECT_TRUE(SawLong);
}

ORACLE_TEST(nn_embedding) {
  torch::nn::Embedding emb(10, 3);
  EXPECT_DTYPE(emb->weight, torch::kFloat);
  auto idx = torch::tensor({1, 2, 3}); // Long
  EXPECT_DTYPE(idx, torch::kLong);
  EXPECT_NO_THROW(emb->forward(idx));
  EXPECT_DTYPE(emb->forward(idx), torch::kFloat);
}

ORACLE_TEST(nn_linear_rejects_long_input) {
  torch::nn::Linear l(3, 4);
  auto x = torch::ones({2, 3}, torch::kLong);
  EXPECT_THROWS(l->forward(x), "mat1 and mat2 must have the same dtype");
}

ORACLE_TEST(jit_module) {
  auto m = makeJitModule();
  EXPECT_DTYPE(m.attr("w").toTensor(), torch::kFloat);
  m.to(torch::kDouble);
  EXPECT_DTYPE(m.attr("w").toTensor(), torch::kDouble);
  EXPECT_TRUE(m.parameters().size() == 1);
  for (const auto &p : m.parameters())
    EXPECT_DTYPE(p, torch::kDouble);

  m.eval();
  EXPECT_DTYPE(m.attr("w").toTensor(), torch::kDouble);
  m.train();
  EXPECT_DTYPE(m.attr("w").toTensor(), torch::kDouble);

  const std::string path = tempPath();
  m.save(path);
  {
    auto loaded = torch::jit::load(path);
    EXPECT_TRUE(loaded.parameters().size() == 1);
    for (const auto &p : loaded.parameters()) {
      EXPECT_DTYPE(p, torch::kDouble);
      EXPECT_DEVICE_CPU(p);
    }
  }
  {
    auto loaded = torch::jit::load(path, torch::kCPU);
    EXPECT_TRUE(loaded.parameters().size() == 1);
    for (const auto &p : loaded.parameters()) {
      EXPECT_DTYPE(p, torch::kDouble);
      EXPECT_DEVICE_CPU(p);
    }
  }
  std::remove(path.c_str());
}

ORACLE_MAIN()
