// MOCK of LibTorch 1.13: torch/csrc/api/include/torch/nn/modules/activation.h
// (ReLU only, + ReLUOptions from torch/nn/options/activation.h).
#pragma once
#include <ostream>
#include <torch/arg.h>
#include <torch/nn/cloneable.h>
#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>
#include <torch/types.h>

namespace torch {
namespace nn {

struct ReLUOptions {
  /* implicit */ ReLUOptions(bool inplace = false);

  TORCH_ARG(bool, inplace);
};

class ReLUImpl : public torch::nn::Cloneable<ReLUImpl> {
 public:
  explicit ReLUImpl(const ReLUOptions& options_ = {});

  Tensor forward(Tensor input);

  void reset() override;

  void pretty_print(std::ostream& stream) const override;

  ReLUOptions options;
};

TORCH_MODULE(ReLU);

} // namespace nn
} // namespace torch
