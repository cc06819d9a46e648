//===- ModuleInputCheck.cpp -----------------------------------------------===//
#include "ModuleInputCheck.h"
#include "FixIt.h"
#include "model/Interprocedural.h"
#include "model/StateTests.h"

using namespace clang;

namespace torch_tidy {

void ModuleInputCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  TorchTidyCheck::storeOptions(Opts);
  Options.store(Opts, "TorchModelFileNotes", ModelFileNotes ? "true" : "false");
}

void ModuleInputCheck::checkFunction(const FunctionView &View, ASTContext &Ctx) {
  // A remark, not a warning: nothing is wrong with the code. With both
  // module-input checks on, clang-tidy prints the identical remarks once.
  if (ModelFileNotes)
    for (const ModelFileLoad &L : View.modelFileLoads())
      report(L.Call->getExprLoc(), "%0", DiagnosticIDs::Remark)
          << L.Explanation;
  const Vocabulary &Words = View.model().Words;
  for (const ObservedCall &At : View.calls()) {
    std::vector<ModuleCallSite> Sites = fedModuleSites(View, At);
    if (std::optional<ModuleCallSite> Site = moduleCallSite(View, At))
      Sites.push_back(std::move(*Site));
    for (const ModuleCallSite &Site : Sites)
      for (const ListElement &Input : Site.Inputs) {
        if (Which == Component::Dtype && !Site.InputDtypes.empty())
          checkIndices(Site, Input, Words, Ctx);
        else if (Which == Component::Dtype) {
          checkDtype(Site, Input, Words, Ctx);
          checkSettingDtype(Site, Input, View, Ctx);
        }
        else {
          checkDevice(Site, Input, Words, Ctx);
          checkSettingDevice(Site, Input, View, Ctx);
        }
      }
  }
}

/// A module whose inputs must have certain dtypes whatever its parameters'
/// (an Embedding takes Long or Int indices).
void ModuleInputCheck::checkIndices(const ModuleCallSite &Site,
                                    const ListElement &Input,
                                    const Vocabulary &Words, ASTContext &Ctx) {
  const Fact<Dtype> &Have = Input.State.DType;
  if (!Have.isKnown() || llvm::is_contained(Site.InputDtypes, Have.Value))
    return;
  std::string Allowed;
  for (Dtype D : Site.InputDtypes)
    Allowed += (Allowed.empty() ? "" : " or ") + dtypeName(D).str();
  Finding F = report(Site.Call->getExprLoc(),
                     "input tensor is %0 but the module takes %1 indices");
  F << dtypeName(Have.Value) << Allowed;
  Fact<Dtype> Want = Fact<Dtype>::known(Site.InputDtypes.front(), {});
  if (auto Fix = appendConversion(Input.Arg, spellDtype(Want, Words, Ctx), Ctx))
    F << *Fix;
  F.note(Have.Origin, "input tensor is %0 since here") << dtypeName(Have.Value);
}

void ModuleInputCheck::checkDtype(const ModuleCallSite &Site,
                                  const ListElement &Input,
                                  const Vocabulary &Words, ASTContext &Ctx) {
  const Fact<Dtype> &Want = Site.Module.DType, &Have = Input.State.DType;
  if (!Want.isKnown() || !Have.isKnown() || Want.Value == Have.Value ||
      Site.InputDtype == InputPolicy::None)
    return;
  if (Site.InputDtype == InputPolicy::Floating &&
      (categoryOf(Have.Value) != DtypeCategory::Floating ||
       categoryOf(Want.Value) != DtypeCategory::Floating))
    return; // integer ids and masks are the model's business
  Finding F = report(Site.Call->getExprLoc(),
                     "input tensor is %0 but the module's parameters are %1");
  F << dtypeName(Have.Value) << dtypeName(Want.Value);
  if (auto Fix = appendConversion(Input.Arg, spellDtype(Want, Words, Ctx), Ctx))
    F << *Fix;
  F.note(Want.Origin, Want.AssumedByOption
                          ? "module parameters are assumed %0 here, as "
                            "TorchAssumedModelState says"
                          : "module parameters are %0 since here")
      << dtypeName(Want.Value);
  F.note(Have.Origin, "input tensor is %0 since here") << dtypeName(Have.Value);
}

/// A module converted with a setting (`module_.to(dtype_)`) fed a tensor
/// of a fixed dtype, or the other way round: a bug on every run whose
/// configuration gives the setting a value that differs. Reported for the
/// first such value the constructors may give it, when every value they
/// give is a constant.
void ModuleInputCheck::checkSettingDtype(const ModuleCallSite &Site,
                                         const ListElement &Input,
                                         const FunctionView &View,
                                         ASTContext &Ctx) {
  const Fact<Dtype> &Want = Site.Module.DType, &Have = Input.State.DType;
  const Fact<Dtype> &Symbolic = Want.isSymbolic() ? Want : Have;
  const Fact<Dtype> &Fixed = Want.isSymbolic() ? Have : Want;
  const auto *F = dyn_cast_or_null<FieldDecl>(Symbolic.Symbol);
  if (!Symbolic.isSymbolic() || !Fixed.isKnown() || !F ||
      !View.model().Across || Site.InputDtype == InputPolicy::None)
    return;
  // Under a flag's value, or past a test of something that may be tied to
  // the setting's value (the setting itself, a flag set with it), a choice
  // may be one that never meets this path.
  const Setting &S = View.model().Across->settingOf(F);
  if (!S.Complete || !View.evaluator().Assumed.empty() ||
      !branchesOnlyOnStates(View.model(), View.function()))
    return;
  for (const Setting::Choice &C : S.Choices) {
    Dtype Chosen = C.State.DType.Value;
    Dtype W = Want.isSymbolic() ? Chosen : Want.Value;
    Dtype H = Have.isSymbolic() ? Chosen : Have.Value;
    if (W == H || (Site.InputDtype == InputPolicy::Floating &&
                   (categoryOf(H) != DtypeCategory::Floating ||
                    categoryOf(W) != DtypeCategory::Floating)))
      continue;
    std::string Name = F->getNameAsString();
    Finding Found = report(Site.Call->getExprLoc(),
                           "when '%0' is %1, input tensor is %2 but the "
                           "module's parameters are %3");
    Found << Name << dtypeName(Chosen) << dtypeName(H) << dtypeName(W);
    // The input converted with the same setting serves every choice; the
    // setting is in scope in the methods of its class.
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(View.function());
    if (Want.isSymbolic() && Method && Method->getParent() == F->getParent())
      if (auto Fix = appendConversion(Input.Arg, Name, Ctx))
        Found << *Fix;
    Found.note(C.At, "'%0' is set to %1 here") << Name << dtypeName(Chosen);
    if (Want.isSymbolic())
      Found.note(Want.Origin, "module parameters are converted with '%0' here")
          << Name;
    else
      Found.note(Want.Origin, "module parameters are %0 since here")
          << dtypeName(W);
    if (Have.isSymbolic())
      Found.note(Have.Origin, "input tensor is converted with '%0' here")
          << Name;
    else
      Found.note(Have.Origin, "input tensor is %0 since here") << dtypeName(H);
    return;
  }
}

/// The same for a device setting (`device_ = torch::cuda::is_available() ?
/// torch::kCUDA : torch::kCPU`): a module moved with it fed a tensor left
/// where it was made, or the other way round.
void ModuleInputCheck::checkSettingDevice(const ModuleCallSite &Site,
                                          const ListElement &Input,
                                          const FunctionView &View,
                                          ASTContext &Ctx) {
  const Fact<Device> &Want = Site.Module.Dev, &Have = Input.State.Dev;
  const Fact<Device> &Symbolic = Want.isSymbolic() ? Want : Have;
  const Fact<Device> &Fixed = Want.isSymbolic() ? Have : Want;
  const auto *F = dyn_cast_or_null<FieldDecl>(Symbolic.Symbol);
  if (!Symbolic.isSymbolic() || !Fixed.isKnown() || !F ||
      !View.model().Across || Site.InputDevice == InputPolicy::None)
    return;
  const Setting &S = View.model().Across->settingOf(F);
  if (!S.Complete || !View.evaluator().Assumed.empty() ||
      !branchesOnlyOnStates(View.model(), View.function()))
    return;
  for (const Setting::Choice &C : S.Choices) {
    Device Chosen = C.State.Dev.Value;
    Device W = Want.isSymbolic() ? Chosen : Want.Value;
    Device H = Have.isSymbolic() ? Chosen : Have.Value;
    if (!W.certainlyDiffers(H))
      continue;
    std::string Name = F->getNameAsString();
    Finding Found = report(Site.Call->getExprLoc(),
                           "when '%0' is %1, input tensor is on %2 but the "
                           "module is on %3");
    Found << Name << Chosen.str() << H.str() << W.str();
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(View.function());
    if (Want.isSymbolic() && Method && Method->getParent() == F->getParent())
      if (auto Fix = appendConversion(Input.Arg, Name, Ctx))
        Found << *Fix;
    Found.note(C.At, "'%0' is set to %1 here") << Name << Chosen.str();
    if (Want.isSymbolic())
      Found.note(Want.Origin, "module is moved with '%0' here") << Name;
    else
      Found.note(Want.Origin, "module is on %0 since here") << W.str();
    if (Have.isSymbolic())
      Found.note(Have.Origin, "input tensor is moved with '%0' here") << Name;
    else
      Found.note(Have.Origin, "input tensor is on %0 since here") << H.str();
    return;
  }
}

void ModuleInputCheck::checkDevice(const ModuleCallSite &Site,
                                   const ListElement &Input,
                                   const Vocabulary &Words, ASTContext &Ctx) {
  const Fact<Device> &Want = Site.Module.Dev, &Have = Input.State.Dev;
  if (!Want.isKnown() || !Have.isKnown() ||
      !Want.Value.certainlyDiffers(Have.Value) ||
      Site.InputDevice == InputPolicy::None)
    return;
  Finding F = report(Site.Call->getExprLoc(),
                     "input tensor is on %0 but the module is on %1");
  F << Have.Value.str() << Want.Value.str();
  if (auto Fix = appendConversion(Input.Arg, spellDevice(Want, Words, Ctx), Ctx))
    F << *Fix;
  F.note(Want.Origin, Want.AssumedByOption
                          ? "module is assumed on %0 here, as "
                            "TorchAssumedModelState says"
                          : "module is on %0 since here")
      << Want.Value.str();
  F.note(Have.Origin, "input tensor is on %0 since here") << Have.Value.str();
}

} // namespace torch_tidy
