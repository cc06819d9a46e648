// MOCK of LibTorch 1.13: torch/csrc/api/include/torch/imethod.h
#pragma once
#include <string>
#include <unordered_map>
#include <vector>
#include <ATen/core/ivalue.h>

namespace torch {

class IMethod {
 public:
  using IValueList = std::vector<c10::IValue>;
  using IValueMap = std::unordered_map<std::string, at::IValue>;

  virtual ~IMethod() = default;

  virtual c10::IValue operator()(
      std::vector<c10::IValue> args,
      const IValueMap& kwargs = IValueMap()) const = 0;

  virtual const std::string& name() const = 0;

  const std::vector<std::string>& getArgumentNames() const;

 protected:
  virtual void setArgumentNames(
      std::vector<std::string>& argumentNames) const = 0;
};

} // namespace torch
