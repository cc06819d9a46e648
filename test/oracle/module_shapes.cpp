// RUN: %oracle_bin/module_shapes
// RUN: %python %S/engine_agrees.py %s
// Proves what the module shapes of production code do: an Embedding takes
// Long or Int indices and throws on others whatever its weight's dtype; a
// Sequential built from modules, or grown by push_back, holds their
// parameters, converts them all with to(), and passes its input to its
// first module, which throws on another dtype; a user's nn::Module
// converts the submodules it registered, and its forward throws where it
// passes a Byte input to a Float Linear.
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
