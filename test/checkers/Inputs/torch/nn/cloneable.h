// MOCK of LibTorch 1.13: torch/csrc/api/include/torch/nn/cloneable.h
#pragma once
#include <memory>
#include <torch/nn/module.h>
#include <torch/types.h>

namespace torch {
namespace nn {

template <typename Derived>
class Cloneable : public virtual Module {
 public:
  using Module::Module;

  virtual void reset() = 0;

  std::shared_ptr<Module> clone(
      const optional<Device>& device = nullopt) const override {
    return std::make_shared<Derived>(static_cast<const Derived&>(*this));
  }

 private:
  void clone_(Module& other, const optional<Device>& device) final {}
};

} // namespace nn
} // namespace torch
