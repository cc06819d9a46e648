// Modules in the shapes production code uses: an Embedding member fed a
// Float tensor, a Sequential converted to Double and fed Float, a user's
// nn::Module fed a Byte tensor its Linear rejects.
// RUN: %check_torch_tidy %s torch-module-input-dtype %t -- %mock_flags

#include <torch/torch.h>
#include <memory>

class Tagger {
public:
  Tagger() : emb_(torch::nn::EmbeddingOptions(100, 16)) {}
  torch::Tensor run() { return emb_(torch::rand({4})); }
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: input tensor is Float but the module takes Long or Int indices [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-2]]:37: note: input tensor is Float since here
  // CHECK-FIXES: torch::Tensor run() { return emb_(torch::rand({4}).to(torch::kLong)); }
  torch::Tensor ids() { return emb_(torch::randint(100, {4})); }

private:
  torch::nn::Embedding emb_;
};

void sequentialConvertedToDouble() {
  torch::nn::Sequential s(torch::nn::Linear(4, 4), torch::nn::ReLU());
  s->to(torch::kDouble);
  s->forward(torch::rand({2, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: input tensor is Float but the module's parameters are Double [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: module parameters are Double since here
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: input tensor is Float since here
  // CHECK-FIXES: s->forward(torch::rand({2, 4}).to(torch::kDouble));
  s->forward(torch::rand({2, 4}, torch::kDouble));
}

void sequentialGrownByPushBack() {
  // A ReLU holds no parameters: the Sequential's are its Linears'.
  torch::nn::Sequential r(torch::nn::Linear(4, 4), torch::nn::ReLU());
  r->push_back(torch::nn::ReLU());
  r->forward(torch::rand({2, 4}, torch::kDouble));
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: input tensor is Double but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:27: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: input tensor is Double since here
  // CHECK-FIXES: r->forward(torch::rand({2, 4}, torch::kDouble).to(torch::kFloat));
  // fc is kept by s, and converting one converts the other, which the
  // analysis does not follow: both are undecided, and silent.
  torch::nn::Linear fc(4, 4);
  fc->to(torch::kHalf);
  torch::nn::Sequential s(fc);
  s->push_back(torch::nn::ReLU());
  s->forward(torch::rand({2, 4}));
  fc->forward(torch::rand({2, 4}));
  torch::nn::Sequential t(torch::nn::Linear(4, 4));
  t->push_back(torch::nn::Linear(4, 2));
  t->to(torch::kHalf);
  t->forward(torch::rand({2, 4}, torch::kHalf));
}

struct Net : torch::nn::Module {
  Net() { fc = register_module("fc", torch::nn::Linear(4, 2)); }
  torch::Tensor forward(torch::Tensor x) { return fc(x); }
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: input tensor is Byte but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE+7]]:14: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE+7]]:16: note: input tensor is Byte since here
  // CHECK-MESSAGES: :[[@LINE+6]]:8: note: in the call to 'forward' here
  torch::nn::Linear fc{nullptr};
};

void userModuleFedBytes() {
  auto net = std::make_shared<Net>();
  net->forward(torch::ones({2, 4}, torch::kByte));
  net->forward(torch::ones({2, 4}));
  auto wide = std::make_shared<Net>();
  wide->to(torch::kDouble);
  wide->forward(torch::ones({2, 4}, torch::kDouble));
}
