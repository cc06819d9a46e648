// MOCK of LibTorch 1.13: torch/csrc/jit/api/method.h
#pragma once
#include <cstddef>
#include <string>
#include <vector>
#include <ATen/core/function.h>
#include <ATen/core/ivalue.h>
#include <ATen/core/stack.h>
#include <c10/util/intrusive_ptr.h>
#include <torch/imethod.h>
#include <torch/csrc/jit/api/compilation_unit.h>

namespace c10 {
namespace ivalue {
struct Object;
} // namespace ivalue
} // namespace c10

namespace torch {
namespace jit {

using ObjectPtr = c10::intrusive_ptr<c10::ivalue::Object>;

struct Module;

// A method in a module, e.g. f in:
//
// class M(ScriptModule):
//   @script_method
//   def f(self, x):
//     ...
// Note: because Method/Module are exposed to python these
// classes use python method naming conventions
struct Method : public torch::IMethod {
  Method(ObjectPtr owner, Function* function);

  // the module that contains this method.
  Module owner() const;
  void run(Stack& stack);
  void run(Stack&& stack) {
    run(stack);
  }

  c10::IValue operator()(
      std::vector<c10::IValue> stack,
      const Kwargs& kwargs = Kwargs()) const override;

  const std::string& name() const override;

  size_t num_inputs() const;

  Function& function() const;

 private:
  void setArgumentNames(std::vector<std::string>&) const override;
};

} // namespace jit
} // namespace torch
