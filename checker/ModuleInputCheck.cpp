//===- ModuleInputCheck.cpp -----------------------------------------------===//
#include "ModuleInputCheck.h"
#include "FixIt.h"

using namespace clang;

namespace torch_tidy {

void ModuleInputCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  TorchTidyCheck::storeOptions(Opts);
  Options.store(Opts, "TorchModelFileNotes", ModelFileNotes ? "true" : "false");
}

void ModuleInputCheck::checkFunction(const FunctionResult &Result,
                                     ASTContext &Ctx) {
  // A remark, not a warning: nothing is wrong with the code. With both
  // module-input checks on, clang-tidy prints the identical remarks once.
  if (ModelFileNotes)
    for (const ModelFileLoad &L : Result.ModelFileLoads)
      diag(L.Call->getExprLoc(), "%0", DiagnosticIDs::Remark) << L.Explanation;
  for (const ModuleCallSite &Site : Result.ModuleCalls)
    for (const ListElement &Input : Site.Inputs) {
      if (Which == Component::Dtype)
        checkDtype(Site, Input, Ctx);
      else
        checkDevice(Site, Input, Ctx);
    }
}

void ModuleInputCheck::checkDtype(const ModuleCallSite &Site,
                                  const ListElement &Input, ASTContext &Ctx) {
  const Fact<Dtype> &Want = Site.Module.DType, &Have = Input.State.DType;
  if (!Want.isKnown() || !Have.isKnown() || Want.Value == Have.Value ||
      Site.InputDtype == InputPolicy::None)
    return;
  if (Site.InputDtype == InputPolicy::Floating &&
      (categoryOf(Have.Value) != DtypeCategory::Floating ||
       categoryOf(Want.Value) != DtypeCategory::Floating))
    return; // integer ids and masks are the model's business
  {
    auto D = diag(Site.Call->getExprLoc(),
                  "input tensor is %0 but the module's parameters are %1")
             << dtypeName(Have.Value) << dtypeName(Want.Value);
    if (auto Fix = appendConversion(Input.Arg, spellDtype(Want, Ctx), Ctx))
      D << *Fix;
  } // the warning is emitted here, before its notes
  diag(Want.Origin, "module parameters are %0 since here", DiagnosticIDs::Note)
      << dtypeName(Want.Value);
  diag(Have.Origin, "input tensor is %0 since here", DiagnosticIDs::Note)
      << dtypeName(Have.Value);
}

void ModuleInputCheck::checkDevice(const ModuleCallSite &Site,
                                   const ListElement &Input, ASTContext &Ctx) {
  const Fact<Device> &Want = Site.Module.Dev, &Have = Input.State.Dev;
  if (!Want.isKnown() || !Have.isKnown() ||
      !Want.Value.certainlyDiffers(Have.Value) ||
      Site.InputDevice == InputPolicy::None)
    return;
  {
    auto D = diag(Site.Call->getExprLoc(),
                  "input tensor is on %0 but the module is on %1")
             << Have.Value.str() << Want.Value.str();
    if (auto Fix = appendConversion(Input.Arg, spellDevice(Want, Ctx), Ctx))
      D << *Fix;
  }
  diag(Want.Origin, "module is on %0 since here", DiagnosticIDs::Note)
      << Want.Value.str();
  diag(Have.Origin, "input tensor is on %0 since here", DiagnosticIDs::Note)
      << Have.Value.str();
}

} // namespace torch_tidy
