// MOCK of LibTorch 1.13: torch/csrc/jit/api/module.h
// Public API of torch::jit::Module verbatim (declarations only); slot lists
// reduced to begin/end/size. Omitted: clone(with ignored sets), dump*,
// _save_for_mobile, create_class, fusion strategy APIs.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>
#include <ATen/core/function.h>
#include <ATen/core/ivalue.h>
#include <ATen/core/stack.h>
#include <c10/util/Optional.h>
#include <torch/csrc/jit/api/compilation_unit.h>
#include <torch/csrc/jit/api/method.h>
#include <torch/csrc/jit/api/object.h>
#include <torch/ordered_dict.h>

namespace torch {
namespace jit {

using ::c10::QualifiedName;
// Map which stores filename to content.
using ExtraFilesMap = std::unordered_map<std::string, std::string>;

using ModulePtr = c10::intrusive_ptr<c10::ivalue::Object>;

struct Module;

template <typename T>
struct Named {
  std::string name;
  T value;
};

using NameModule = Named<Module>;
using NameValue = Named<IValue>;
using NameTensor = Named<at::Tensor>;

namespace detail {
struct ModulePolicy;
struct ParameterPolicy;
struct AttributePolicy;
struct BufferPolicy;
template <typename P>
struct NamedPolicy;
} // namespace detail

template <typename Policy>
struct slot_iterator_impl;
template <typename Policy>
struct slot_list_impl;

using module_list = slot_list_impl<detail::ModulePolicy>;
using named_module_list =
    slot_list_impl<detail::NamedPolicy<detail::ModulePolicy>>;

using parameter_list = slot_list_impl<detail::ParameterPolicy>;
using named_parameter_list =
    slot_list_impl<detail::NamedPolicy<detail::ParameterPolicy>>;

using attribute_list = slot_list_impl<detail::AttributePolicy>;
using named_attribute_list =
    slot_list_impl<detail::NamedPolicy<detail::AttributePolicy>>;

using buffer_list = slot_list_impl<detail::BufferPolicy>;
using named_buffer_list =
    slot_list_impl<detail::NamedPolicy<detail::BufferPolicy>>;

using ModuleLookup = std::function<Module(const std::vector<std::string>&)>;

struct Module : public Object {
  explicit Module(c10::QualifiedName class_name);
  Module(std::shared_ptr<CompilationUnit> cu, const c10::ClassTypePtr& type);
  Module() = default;
  Module(
      c10::QualifiedName,
      std::shared_ptr<CompilationUnit> cu,
      bool shouldMangle = false);
  Module(ModulePtr module_value) : Object(std::move(module_value)) {}
  ~Module() = default;

  void set_optimized(bool o);

  bool is_optimized() const;

  IValue forward(std::vector<IValue> inputs, const Kwargs& kwargs = Kwargs()) {
    return get_method("forward")(std::move(inputs), kwargs);
  }

  // In script modules, buffers are Tensors attribute that are _not_
  // registered as parameters. This is different than in nn.Module where there
  // is a special register_buffer method. With this simplification, we only
  // need to track whether a slot is a parameter to be able to classify it.
  void register_buffer(const std::string& name, at::Tensor v);

  void register_parameter(
      const std::string& name,
      at::Tensor v,
      bool is_buffer);

  void register_attribute(
      const std::string& name,
      const c10::TypePtr& t,
      IValue v,
      bool is_param = false,
      bool is_buffer = false);

  void register_module(const std::string& name, const Module& module);

  void apply(const std::function<void(Module&)>& fn);

  buffer_list buffers(bool recurse = true) const;
  named_buffer_list named_buffers(bool recurse = true) const;

  module_list children() const; // direct modules
  named_module_list named_children() const;
  module_list modules() const; // all modules, including this one, recursively
  named_module_list named_modules() const;

  // all tensors involved in gradient optimization
  parameter_list parameters(bool recurse = true) const;
  named_parameter_list named_parameters(bool recurse = true) const;

  // all members of the object, similar to iterating over dir(obj) in python
  attribute_list attributes(bool recurse = true) const;
  named_attribute_list named_attributes(bool recurse = true) const;

  void train(bool on = true);
  void eval() {
    train(/*on=*/false);
  }
  bool is_training() const {
    return attr("training", true).toBool();
  }

  /// Recursively casts all parameters to the given `dtype` and `device`.
  void to(at::Device device, at::ScalarType dtype, bool non_blocking = false);

  /// Recursively casts all parameters to the given dtype.
  void to(at::ScalarType dtype, bool non_blocking = false);

  /// Recursively moves all parameters to the given device.
  void to(at::Device device, bool non_blocking = false);

  void save(
      std::ostream& out,
      const ExtraFilesMap& extra_files = ExtraFilesMap()) const;

  void save(
      const std::string& filename,
      const ExtraFilesMap& extra_files = ExtraFilesMap()) const;

  Module copy() const;

  Module deepcopy() const;

  // Clones both the underlying `ClassType` and the module instance(data), this
  // function creates a new `ClassType` and returns a new instance that has the
  // same data as the current instance but with the new type, shared ClassType
  // will be preserved as well
  Module clone(bool inplace = false) const;

  void clone_method(const Module& orig, const std::string& name);

  IValue operator()(std::vector<IValue> inputs);

  inline bool operator==(const Module& y) const noexcept {
    return this == &y;
  }

  void set_delete_memory(std::shared_ptr<char> delete_mem);
};

// C++ equivalent api of `torch.jit.freeze`. See documentation there for
// details.
Module freeze(
    const Module& module,
    c10::optional<std::vector<std::string>> preserved_attrs = c10::nullopt,
    bool optimize_numerics = true);

// C++ equivalent api of `torch.jit.optimize_for_inference`. See documentation
// there for details.
Module optimize_for_inference(
    Module& module,
    const std::vector<std::string>& other_methods = {});

template <typename Policy>
struct slot_iterator_impl {
  using value_type = typename Policy::value_type;
  slot_iterator_impl(
      Module root,
      bool recurse, // if true, do a depth-first search, otherwise, just look at
                    // slots of root
      bool return_module); // if true include root itself as the first thing
                           // visited (used in modules())
  // empty cursors_, represents end of iteration
  slot_iterator_impl();
  value_type operator*() const;
  value_type operator->() const;
  slot_iterator_impl& operator++();
  slot_iterator_impl operator++(int);

  friend inline bool operator!=(
      const slot_iterator_impl<Policy>& a,
      const slot_iterator_impl<Policy>& b) {
    return true;
  }
};

template <typename Policy>
struct slot_list_impl {
  using iterator = slot_iterator_impl<Policy>;
  using const_iterator = slot_iterator_impl<Policy>;
  using value_type = typename iterator::value_type;
  slot_iterator_impl<Policy> begin() const;
  slot_iterator_impl<Policy> end() const;
  size_t size() const;

  slot_list_impl(Module module, bool recurse, bool return_module);
};

namespace detail {

struct ModulePolicy {
  using value_type = Module;
  static constexpr bool all_slots = false;
};

struct ParameterPolicy {
  using value_type = at::Tensor;
  static constexpr bool all_slots = false;
};

struct BufferPolicy {
  using value_type = at::Tensor;
  static constexpr bool all_slots = false;
};

struct AttributePolicy {
  using value_type = IValue;
  static constexpr bool all_slots = true;
};

// take a Policy object, and make a version of it that returns the slot.
// along with the fully qualified name of that slot. This is used for the named_
// variants like named_parameters().
template <typename Policy>
struct NamedPolicy {
  using value_type = Named<typename Policy::value_type>;
  static constexpr bool all_slots = Policy::all_slots;
};

} // namespace detail

bool& getInlineEverythingMode();

namespace script {
// We once had a `script::` namespace that was deleted. This is for backcompat
// of the public API; new code should not use this type alias.
using Module = ::torch::jit::Module;
using ExtraFilesMap = ::torch::jit::ExtraFilesMap;
} // namespace script

} // namespace jit
} // namespace torch
