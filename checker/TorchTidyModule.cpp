//===- TorchTidyModule.cpp - Registers every torch-* check ----------------===//
#include "DebugInspectCheck.h"
#include "ModuleInputDeviceCheck.h"
#include "ModuleInputDtypeCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace torch_tidy {

class TorchTidyModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &F) override {
    F.registerCheck<DebugInspectCheck>("torch-debug-inspect");
    F.registerCheck<ModuleInputDeviceCheck>("torch-module-input-device");
    F.registerCheck<ModuleInputDtypeCheck>("torch-module-input-dtype");
  }
};

static clang::tidy::ClangTidyModuleRegistry::Add<TorchTidyModule>
    Registration("torch-module", "Checks for LibTorch dtype and device bugs.");

} // namespace torch_tidy

// Referenced by build/bin/torch-tidy so the linker keeps this module.
volatile int TorchTidyModuleAnchorSource = 0;
