// RUN: %oracle_bin/module_shapes
// RUN: %python %S/engine_agrees.py %s
// RUN: %python %S/classes_constructed.py %S/../../rules/libtorch.yaml parameters=none %s
// Proves what the module shapes of production code do: an Embedding takes
// Long or Int indices and throws on others whatever its weight's dtype; a
// Sequential built from modules, or grown by push_back, holds their
// parameters, converts them all with to(), and passes its input to its
// first module, which throws on another dtype; a user's nn::Module
// converts the submodules it registered, and its forward throws where it
// passes a Byte input to a Float Linear. Activations, dropouts, poolings,
// paddings and reshapes hold no parameters and no buffers, so they add
// nothing to a Sequential's state.
#include "oracle.h"

ORACLE_TEST(embedding_takes_long_or_int_indices) {
  torch::nn::Embedding emb(10, 3);
  EXPECT_DTYPE(emb(torch::ones({4}, torch::kLong)), torch::kFloat);
  EXPECT_DTYPE(emb(torch::ones({4}, torch::kInt)), torch::kFloat);
  EXPECT_THROWS(emb(torch::ones({4})), "Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int");
  emb->to(torch::kDouble);
  EXPECT_THROWS(emb(torch::ones({4}, torch::kDouble)), "'indices'");
  EXPECT_DTYPE(emb(torch::ones({4}, torch::kLong)), torch::kDouble);
}

ORACLE_TEST(sequential_holds_and_converts_its_modules) {
  torch::nn::Sequential seq(torch::nn::Linear(4, 4), torch::nn::ReLU());
  EXPECT_DTYPE(seq->parameters()[0], torch::kFloat);
  seq->to(torch::kDouble);
  EXPECT_DTYPE(seq->parameters()[0], torch::kDouble);
  EXPECT_THROWS(seq->forward(torch::rand({2, 4})), "mat1 and mat2 must have the same dtype");
  EXPECT_DTYPE(seq->forward(torch::rand({2, 4}, torch::kDouble)), torch::kDouble);
  torch::nn::Sequential grown;
  grown->push_back(torch::nn::Linear(4, 2));
  grown->to(torch::kHalf);
  EXPECT_DTYPE(grown->parameters()[0], torch::kHalf);
}

// Each module the rules call parameterless, asked what it holds.
#define HOLDS_NOTHING(holder)                                                  \
  EXPECT_TRUE((holder)->parameters().empty() && (holder)->buffers().empty())

ORACLE_TEST(parameterless_modules_hold_nothing) {
  namespace nn = torch::nn;
  HOLDS_NOTHING(nn::ELU());
  HOLDS_NOTHING(nn::SELU());
  HOLDS_NOTHING(nn::CELU());
  HOLDS_NOTHING(nn::GELU());
  HOLDS_NOTHING(nn::GLU());
  HOLDS_NOTHING(nn::SiLU());
  HOLDS_NOTHING(nn::Mish());
  HOLDS_NOTHING(nn::ReLU());
  HOLDS_NOTHING(nn::ReLU6());
  HOLDS_NOTHING(nn::RReLU());
  HOLDS_NOTHING(nn::LeakyReLU());
  HOLDS_NOTHING(nn::Hardtanh());
  HOLDS_NOTHING(nn::Hardshrink());
  HOLDS_NOTHING(nn::Softshrink());
  HOLDS_NOTHING(nn::Tanhshrink());
  HOLDS_NOTHING(nn::Threshold(0.1, 20));
  HOLDS_NOTHING(nn::Sigmoid());
  HOLDS_NOTHING(nn::LogSigmoid());
  HOLDS_NOTHING(nn::Tanh());
  HOLDS_NOTHING(nn::Softplus());
  HOLDS_NOTHING(nn::Softsign());
  HOLDS_NOTHING(nn::Softmax(1));
  HOLDS_NOTHING(nn::Softmin(1));
  HOLDS_NOTHING(nn::LogSoftmax(1));
  HOLDS_NOTHING(nn::Softmax2d());
  HOLDS_NOTHING(nn::Dropout());
  HOLDS_NOTHING(nn::Dropout2d());
  HOLDS_NOTHING(nn::Dropout3d());
  HOLDS_NOTHING(nn::AlphaDropout());
  HOLDS_NOTHING(nn::FeatureAlphaDropout());
  HOLDS_NOTHING(nn::MaxPool1d(2));
  HOLDS_NOTHING(nn::MaxPool2d(2));
  HOLDS_NOTHING(nn::MaxPool3d(2));
  HOLDS_NOTHING(nn::AvgPool1d(2));
  HOLDS_NOTHING(nn::AvgPool2d(2));
  HOLDS_NOTHING(nn::AvgPool3d(2));
  HOLDS_NOTHING(nn::AdaptiveMaxPool1d(1));
  HOLDS_NOTHING(nn::AdaptiveMaxPool2d(1));
  HOLDS_NOTHING(nn::AdaptiveMaxPool3d(1));
  HOLDS_NOTHING(nn::AdaptiveAvgPool1d(1));
  HOLDS_NOTHING(nn::AdaptiveAvgPool2d(1));
  HOLDS_NOTHING(nn::AdaptiveAvgPool3d(1));
  HOLDS_NOTHING(nn::Identity());
  HOLDS_NOTHING(nn::Flatten());
  HOLDS_NOTHING(nn::Unflatten(1, std::vector<int64_t>{2, 2}));
  HOLDS_NOTHING(nn::Upsample());
  HOLDS_NOTHING(nn::ZeroPad2d(1));
  HOLDS_NOTHING(nn::ReflectionPad1d(1));
  HOLDS_NOTHING(nn::ReflectionPad2d(1));
  HOLDS_NOTHING(nn::ReflectionPad3d(1));
  HOLDS_NOTHING(nn::ReplicationPad1d(1));
  HOLDS_NOTHING(nn::ReplicationPad2d(1));
  HOLDS_NOTHING(nn::ReplicationPad3d(1));
  HOLDS_NOTHING(nn::ConstantPad1d(1, 0.0));
  HOLDS_NOTHING(nn::ConstantPad2d(1, 0.0));
  HOLDS_NOTHING(nn::ConstantPad3d(1, 0.0));
  // One that does: PReLU holds its slope.
  EXPECT_TRUE(nn::PReLU()->parameters().size() == 1);
}

ORACLE_TEST(sequential_of_modules_without_parameters_has_its_linears_state) {
  torch::nn::Sequential seq(torch::nn::Linear(4, 4), torch::nn::ReLU(),
                            torch::nn::Dropout(), torch::nn::Linear(4, 2));
  EXPECT_TRUE(seq->parameters().size() == 4);
  EXPECT_DTYPE(seq->parameters()[0], torch::kFloat);
  EXPECT_THROWS(seq->forward(torch::ones({2, 4}, torch::kDouble)), "must have the same dtype");
}

struct Net : torch::nn::Module {
  Net() { fc = register_module("fc", torch::nn::Linear(4, 2)); }
  torch::Tensor forward(torch::Tensor x) { return fc(x); }
  torch::nn::Linear fc{nullptr};
};

ORACLE_TEST(user_module_converts_its_registered_submodules) {
  auto net = std::make_shared<Net>();
  EXPECT_THROWS(net->forward(torch::ones({2, 4}, torch::kByte)), "must have the same dtype");
  net->to(torch::kDouble);
  EXPECT_DTYPE(net->fc->weight, torch::kDouble);
  EXPECT_DTYPE(net->forward(torch::ones({2, 4}, torch::kDouble)), torch::kDouble);
}

ORACLE_MAIN()
