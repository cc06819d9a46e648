//===- ModuleCallSite.h - A call that feeds tensors to a module -*- C++ -*-===//
//
// One answer, for the module checks and for torch-explain, to what a module
// call compares: the module's parameter state, what it requires of its
// inputs, and the inputs' states.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_MODULECALLSITE_H
#define TORCH_TIDY_MODULECALLSITE_H

#include "solver/FunctionView.h"
#include <optional>

namespace torch_tidy {

/// A call that feeds tensors to a module: `model.forward({x})`, `fc(x)`.
struct ModuleCallSite {
  const clang::CallExpr *Call;
  Facts Module;                 // the module's parameter state
  InputPolicy InputDtype, InputDevice;
  llvm::SmallVector<Dtype, 2> InputDtypes; // required whatever the parameters
  llvm::SmallVector<ListElement, 2> Inputs; // tensors, where each entered
};

/// The module call At makes, with the module's state and its inputs'; none
/// when At feeds no module the rules describe.
std::optional<ModuleCallSite> moduleCallSite(const FunctionView &View,
                                             const ObservedCall &At);

/// The modules a call of the project's function passes its arguments to,
/// as its summary says (a rule's `feeds-module`): one site per argument,
/// with the module's state at the call.
std::vector<ModuleCallSite> fedModuleSites(const FunctionView &View,
                                           const ObservedCall &At);

} // namespace torch_tidy

#endif
