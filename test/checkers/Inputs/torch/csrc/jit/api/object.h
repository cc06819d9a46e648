// MOCK of LibTorch 1.13: torch/csrc/jit/api/object.h
// Omitted: properties, _ivalue()/type() accessors.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>
#include <ATen/core/ivalue.h>
#include <c10/util/Optional.h>
#include <torch/csrc/jit/api/compilation_unit.h>
#include <torch/csrc/jit/api/method.h>

namespace torch {
namespace jit {

struct Object {
  Object() = default;
  Object(ObjectPtr _ivalue) {}
  Object(std::shared_ptr<CompilationUnit> cu, const c10::ClassTypePtr& type);
  Object(
      c10::QualifiedName,
      std::shared_ptr<CompilationUnit> cu,
      bool shouldMangle = false);

  void setattr(const std::string& name, c10::IValue v);

  c10::IValue attr(const std::string& name) const;

  c10::IValue attr(const std::string& name, c10::IValue or_else) const;

  bool hasattr(const std::string& name) const;

  // each object owns its methods. The reference returned here
  // is guarenteed to stay valid until this module has been destroyed
  Method get_method(const std::string& name) const;

  const std::vector<Method> get_methods() const;

  bool has_property(const std::string& name) const;

  c10::optional<Method> find_method(const std::string& basename) const;

  /// Run a method from this module.
  template <typename... Types>
  IValue run_method(const std::string& method_name, Types&&... args) {
    return get_method(method_name)({IValue(std::forward<Types>(args))...});
  }

  // so that C++ users can easily add methods
  void define(const std::string& src, const ResolverPtr& resolver = nullptr);

  size_t num_slots() const;
};

} // namespace jit
} // namespace torch
