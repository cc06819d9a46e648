//===- TorchTidyModule.cpp - Registers every torch-* check ----------------===//
#include "AnnotationCheck.h"
#include "DataPtrDtypeCheck.h"
#include "DebugInspectCheck.h"
#include "DiscardedConversionCheck.h"
#include "FromBlobElementTypeCheck.h"
#include "InplaceResultDtypeCheck.h"
#include "ModuleInputDeviceCheck.h"
#include "ModuleInputDtypeCheck.h"
#include "OperandDeviceCheck.h"
#include "OperandDtypeCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace torch_tidy {

class TorchTidyModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &F) override {
    F.registerCheck<AnnotationCheck>("torch-annotation");
    F.registerCheck<DataPtrDtypeCheck>("torch-data-ptr-dtype");
    F.registerCheck<DebugInspectCheck>("torch-debug-inspect");
    F.registerCheck<DiscardedConversionCheck>("torch-discarded-conversion");
    F.registerCheck<FromBlobElementTypeCheck>("torch-from-blob-element-type");
    F.registerCheck<InplaceResultDtypeCheck>("torch-inplace-result-dtype");
    F.registerCheck<ModuleInputDeviceCheck>("torch-module-input-device");
    F.registerCheck<ModuleInputDtypeCheck>("torch-module-input-dtype");
    F.registerCheck<OperandDeviceCheck>("torch-operand-device");
    F.registerCheck<OperandDtypeCheck>("torch-operand-dtype");
  }
};

static clang::tidy::ClangTidyModuleRegistry::Add<TorchTidyModule>
    Registration("torch-module", "Checks for LibTorch dtype and device bugs.");

} // namespace torch_tidy

// Referenced by build/bin/torch-tidy so the linker keeps this module.
volatile int TorchTidyModuleAnchorSource = 0;
