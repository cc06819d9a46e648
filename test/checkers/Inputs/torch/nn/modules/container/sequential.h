// MOCK of LibTorch 1.13:
// torch/csrc/api/include/torch/nn/modules/container/sequential.h
// DEVIATION: AnyModule / NamedAnyModule are not mocked, so the overloads and
// constructors that take them (push_back(AnyModule), the
// initializer_list<NamedAnyModule> constructors, extend, iteration) are
// omitted; the variadic constructor and the template push_back overloads keep
// their real signatures.
#pragma once
#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <type_traits>
#include <utility>
#include <torch/detail/static.h>
#include <torch/nn/cloneable.h>
#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>
#include <torch/types.h>

namespace torch {
namespace nn {

class SequentialImpl : public Cloneable<SequentialImpl> {
 public:
  SequentialImpl() = default;

  template <typename... Modules>
  explicit SequentialImpl(Modules&&... modules) {}

  std::shared_ptr<Module> clone(
      const optional<Device>& device = nullopt) const override;

  void reset() override {}

  void pretty_print(std::ostream& stream) const override {}

  template <typename ReturnType = Tensor, typename... InputTypes>
  ReturnType forward(InputTypes&&... inputs);

  template <typename ModuleType>
  void push_back(std::shared_ptr<ModuleType> module_ptr) {}

  template <typename ModuleType>
  void push_back(std::string name, std::shared_ptr<ModuleType> module_ptr) {}

  template <typename M, typename = torch::detail::enable_if_module_t<M>>
  void push_back(M&& module) {}

  template <typename M, typename = torch::detail::enable_if_module_t<M>>
  void push_back(std::string name, M&& module) {}

  template <typename M>
  void push_back(const ModuleHolder<M>& module_holder) {}

  template <typename M>
  void push_back(std::string name, const ModuleHolder<M>& module_holder) {}

  template <typename T>
  T& at(size_t index);

  template <typename T>
  const T& at(size_t index) const;

  std::shared_ptr<Module> ptr(size_t index) const;

  template <typename T>
  std::shared_ptr<T> ptr(size_t index) const;

  std::shared_ptr<Module> operator[](size_t index) const;

  size_t size() const noexcept;

  bool is_empty() const noexcept;
};

class Sequential : public torch::nn::ModuleHolder<SequentialImpl> {
 public:
  using torch::nn::ModuleHolder<SequentialImpl>::ModuleHolder;

  Sequential() : ModuleHolder() {}
};

} // namespace nn
} // namespace torch
