//===- TorchTidyModule.cpp - Registers every torch-* check ----------------===//
#include "AnnotationCheck.h"
#include "DataPtrDtypeCheck.h"
#include "DebugInspectCheck.h"
#include "DiscardedConversionCheck.h"
#include "ExplainCheck.h"
#include "FromBlobElementTypeCheck.h"
#include "InplaceResultDtypeCheck.h"
#include "ModuleInputDeviceCheck.h"
#include "ModuleInputDtypeCheck.h"
#include "OperandDeviceCheck.h"
#include "OperandDtypeCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace torch_tidy {

namespace {

using clang::tidy::ClangTidyCheckFactories;

template <typename Check>
void add(ClangTidyCheckFactories &F, llvm::StringRef Name) {
  F.registerCheck<Check>(Name);
}

/// Every torch-* check, sorted by name.
const struct {
  llvm::StringRef Name;
  void (*Add)(ClangTidyCheckFactories &, llvm::StringRef);
} Checks[] = {
    {"torch-annotation", add<AnnotationCheck>},
    {"torch-data-ptr-dtype", add<DataPtrDtypeCheck>},
    {"torch-debug-inspect", add<DebugInspectCheck>},
    {"torch-discarded-conversion", add<DiscardedConversionCheck>},
    {"torch-explain", add<ExplainCheck>},
    {"torch-from-blob-element-type", add<FromBlobElementTypeCheck>},
    {"torch-inplace-result-dtype", add<InplaceResultDtypeCheck>},
    {"torch-module-input-device", add<ModuleInputDeviceCheck>},
    {"torch-module-input-dtype", add<ModuleInputDtypeCheck>},
    {"torch-operand-device", add<OperandDeviceCheck>},
    {"torch-operand-dtype", add<OperandDtypeCheck>},
};

class TorchTidyModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &F) override {
    for (const auto &C : Checks)
      C.Add(F, C.Name);
  }
};

} // namespace

llvm::ArrayRef<llvm::StringRef> torchCheckNames() {
  static const std::vector<llvm::StringRef> Names = [] {
    std::vector<llvm::StringRef> Out;
    for (const auto &C : Checks)
      Out.push_back(C.Name);
    return Out;
  }();
  return Names;
}

static clang::tidy::ClangTidyModuleRegistry::Add<TorchTidyModule>
    Registration("torch-module", "Checks for LibTorch dtype and device bugs.");

} // namespace torch_tidy

// Referenced by build/bin/torch-tidy so the linker keeps this module.
volatile int TorchTidyModuleAnchorSource = 0;
