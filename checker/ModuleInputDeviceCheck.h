//===- ModuleInputDeviceCheck.h - torch-module-input-device -----*- C++ -*-===//
#ifndef TORCH_TIDY_MODULEINPUTDEVICECHECK_H
#define TORCH_TIDY_MODULEINPUTDEVICECHECK_H

#include "ModuleInputCheck.h"

namespace torch_tidy {

/// A module call receives a tensor whose device is known and differs from
/// the module's known device.
/// Docs: checker/docs/torch-module-input-device.md
class ModuleInputDeviceCheck : public ModuleInputCheck {
public:
  ModuleInputDeviceCheck(llvm::StringRef Name,
                         clang::tidy::ClangTidyContext *Context)
      : ModuleInputCheck(Name, Context, Component::Device) {}
};

} // namespace torch_tidy

#endif
