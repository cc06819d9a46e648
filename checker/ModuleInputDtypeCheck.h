//===- ModuleInputDtypeCheck.h - torch-module-input-dtype -------*- C++ -*-===//
#ifndef TORCH_TIDY_MODULEINPUTDTYPECHECK_H
#define TORCH_TIDY_MODULEINPUTDTYPECHECK_H

#include "ModuleInputCheck.h"

namespace torch_tidy {

/// A module call receives a tensor whose dtype is known and differs from
/// the module's known parameter dtype.
/// Docs: checker/docs/torch-module-input-dtype.md
class ModuleInputDtypeCheck : public ModuleInputCheck {
public:
  ModuleInputDtypeCheck(llvm::StringRef Name,
                        clang::tidy::ClangTidyContext *Context)
      : ModuleInputCheck(Name, Context, Component::Dtype) {}
};

} // namespace torch_tidy

#endif
