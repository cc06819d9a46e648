//===- ModuleInputCheck.h - Module inputs that disagree with it -*- C++ -*-===//
//
// The shared body of torch-module-input-dtype and torch-module-input-device:
// a module call receives a tensor whose dtype (device) is known and differs
// from the module's known parameter dtype (device).
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_MODULEINPUTCHECK_H
#define TORCH_TIDY_MODULEINPUTCHECK_H

#include "TorchTidyCheck.h"

namespace torch_tidy {

class ModuleInputCheck : public TorchTidyCheck {
public:
  enum class Component { Dtype, Device };
  ModuleInputCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context,
                   Component C)
      : TorchTidyCheck(Name, Context), Which(C) {}

protected:
  void checkFunction(const FunctionResult &Result,
                     clang::ASTContext &Ctx) override;

private:
  void checkDtype(const ModuleCallSite &Site, const ListElement &Input,
                  clang::ASTContext &Ctx);
  void checkDevice(const ModuleCallSite &Site, const ListElement &Input,
                   clang::ASTContext &Ctx);
  Component Which;
};

} // namespace torch_tidy

#endif
