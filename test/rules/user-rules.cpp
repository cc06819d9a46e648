// A user's rule file layered on the built-in rules: their own loader, and
// the precision of their fp16 model files.
// RUN: %check_torch_tidy --config="{CheckOptions: {TorchRuleFiles: '%S/Inputs/user-rules.yaml'}}" %s torch-module-input-dtype %t -- %mock_flags

#include <torch/script.h>
#include <torch/torch.h>
#include <string>

namespace vision {
torch::Tensor load_image(const std::string &path);
}

void ownLoader(const std::string &model, const std::string &image) {
  auto module = torch::jit::load(model);
  module.to(torch::kFloat);
  auto pixels = vision::load_image(image);
  module.forward({pixels.to(torch::kHalf)});
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: input tensor is Half but the module's parameters are Float [torch-module-input-dtype]
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: module parameters are Float since here
  // CHECK-MESSAGES: :[[@LINE-3]]:26: note: input tensor is Half since here
  // CHECK-FIXES: module.forward({pixels.to(torch::kHalf).to(torch::kFloat)});
  module.forward({pixels.to(torch::kFloat)});
}

void fp16ModelFiles() {
  auto half = torch::jit::load("models/detector_fp16.pt");
  half.forward({torch::rand({1, 3, 8, 8})});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: input tensor is Float but the module's parameters are Half
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: module parameters are Half since here
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: input tensor is Float since here
  // CHECK-FIXES: half.forward({torch::rand({1, 3, 8, 8}).to(torch::kHalf)});
  const std::string path = "models/detector_fp16.pt";
  auto viaConstant = torch::jit::load(path, torch::kCUDA);
  viaConstant.forward({torch::rand({1, 3, 8, 8}, torch::kHalf).cuda()});
  auto plain = torch::jit::load("models/detector.pt");
  plain.forward({torch::rand({1, 3, 8, 8})});
}
