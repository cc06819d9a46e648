//===- ModuleInputCheck.h - Module inputs that disagree with it -*- C++ -*-===//
//
// The shared body of torch-module-input-dtype and torch-module-input-device:
// a module call receives a tensor whose dtype (device) is known and differs
// from the module's known parameter dtype (device). With the
// `TorchModelFileNotes` option, remarks at each model load say what the
// file gave.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_MODULEINPUTCHECK_H
#define TORCH_TIDY_MODULEINPUTCHECK_H

#include "ModuleCallSite.h"
#include "TorchTidyCheck.h"

namespace torch_tidy {

class ModuleInputCheck : public TorchTidyCheck {
public:
  enum class Component { Dtype, Device };
  ModuleInputCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context,
                   Component C)
      : TorchTidyCheck(Name, Context), Which(C),
        // Read as text: OptionsView's bool overloads are mangled differently
        // by GCC than in Debian's clang-built libclangTidy.
        ModelFileNotes(isTrue(Options.getLocalOrGlobal("TorchModelFileNotes",
                                                       "false"))) {}
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

protected:
  void checkFunction(const FunctionView &View, clang::ASTContext &Ctx) override;

private:
  void checkIndices(const ModuleCallSite &Site, const ListElement &Input,
                    const Vocabulary &Words, clang::ASTContext &Ctx);
  void checkDtype(const ModuleCallSite &Site, const ListElement &Input,
                  const Vocabulary &Words, clang::ASTContext &Ctx);
  template <typename T>
  void checkSetting(const ModuleCallSite &Site, const ListElement &Input,
                    const FunctionView &View, clang::ASTContext &Ctx);
  void checkDevice(const ModuleCallSite &Site, const ListElement &Input,
                   const Vocabulary &Words, clang::ASTContext &Ctx);
  static bool isTrue(llvm::StringRef V) {
    return V.equals_insensitive("true") || V == "1";
  }
  Component Which;
  /// Says at each load call what its model file gave, and why not when it
  /// gave nothing (checker/docs/model-files.md).
  bool ModelFileNotes;
};

} // namespace torch_tidy

#endif
