//===- ModuleInputCheck.cpp -----------------------------------------------===//
#include "ModuleInputCheck.h"
#include "FixIt.h"
#include "SettingChoices.h"
#include "model/Interprocedural.h"

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
          checkSetting<Dtype>(Site, Input, View, Ctx);
        }
        else {
          checkDevice(Site, Input, Words, Ctx);
          checkSetting<Device>(Site, Input, View, Ctx);
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

namespace {

std::string nameOf(Dtype D) { return dtypeName(D).str(); }
std::string nameOf(const Device &D) { return D.str(); }

/// The words of a setting finding about one component: the warning (%0 the
/// setting, %1 its value, %2 the input's, %3 the module's) and the notes
/// for a module or input converted with the setting or fixed (%0).
struct SettingWords {
  const char *Warning, *ModuleConverted, *ModuleFixed, *InputConverted,
      *InputFixed;
  /// The warning for one value, as a run that knows it words it (%0 the
  /// input's, %1 the module's).
  const char *Plain;
};

constexpr SettingWords DtypeWords{
    "when '%0' is %1, input tensor is %2 but the module's parameters are %3",
    "module parameters are converted with '%0' here",
    "module parameters are %0 since here",
    "input tensor is converted with '%0' here", "input tensor is %0 since here",
    "input tensor is %0 but the module's parameters are %1"};
constexpr SettingWords DeviceWords{
    "when '%0' is %1, input tensor is on %2 but the module is on %3",
    "module is moved with '%0' here", "module is on %0 since here",
    "input tensor is moved with '%0' here", "input tensor is on %0 since here",
    "input tensor is on %0 but the module is on %1"};

/// Whether a module fed an input of H while its parameters are W fails.
bool fails(Dtype W, Dtype H, InputPolicy P) {
  return W != H && (P != InputPolicy::Floating ||
                    (categoryOf(H) == DtypeCategory::Floating &&
                     categoryOf(W) == DtypeCategory::Floating));
}
bool fails(const Device &W, const Device &H, InputPolicy) {
  return W.certainlyDiffers(H);
}

} // namespace

/// A module converted with a setting (`module_.to(dtype_)`, `.to(device_)`)
/// fed a tensor of a fixed state, or the other way round: a bug on every
/// run whose configuration gives the setting a value that differs.
/// Reported for the first such value the constructors may give it.
template <typename T>
void ModuleInputCheck::checkSetting(const ModuleCallSite &Site,
                                    const ListElement &Input,
                                    const FunctionView &View, ASTContext &Ctx) {
  const Fact<T> &Want = Site.Module.get<T>(), &Have = Input.State.get<T>();
  const Fact<T> &Symbolic = Want.isSymbolic() ? Want : Have;
  const Fact<T> &Fixed = Want.isSymbolic() ? Have : Want;
  constexpr bool IsDtype = std::is_same_v<T, Dtype>;
  InputPolicy Policy = IsDtype ? Site.InputDtype : Site.InputDevice;
  if (!Symbolic.isSymbolic() || !Fixed.isKnown() || Policy == InputPolicy::None)
    return;
  const Setting *S = settingToReport(View, Symbolic.Symbol);
  if (!S)
    return;
  const SettingWords &Words = IsDtype ? DtypeWords : DeviceWords;
  const ValueDecl *F = Symbolic.Symbol;
  auto Sides = [&](const Setting::Choice &C) {
    const T &Chosen = C.State.get<T>().Value;
    return std::pair<T, T>{Want.isSymbolic() ? Chosen : Want.Value,
                           Have.isSymbolic() ? Chosen : Have.Value};
  };
  for (const Setting::Choice &C : S->Choices) {
    const T &Chosen = C.State.get<T>().Value;
    auto [W, H] = Sides(C);
    if (!fails(W, H, Policy))
      continue;
    std::string Name = F->getNameAsString();
    Finding Found = report(Site.Call->getExprLoc(), Words.Warning);
    Found << Name << nameOf(Chosen) << nameOf(H) << nameOf(W);
    // Runs that know the value word each failing choice without it.
    for (const Setting::Choice &Other : S->Choices) {
      auto [OW, OH] = Sides(Other);
      if (fails(OW, OH, Policy))
        Found.sameBugAs(Words.Plain, {nameOf(OH), nameOf(OW)});
    }
    // The input converted with the same setting serves every choice.
    if (Want.isSymbolic() && settingInScope(View, F, Input.Arg))
      if (auto Fix = appendConversion(Input.Arg, Name, Ctx))
        Found << *Fix;
    Found.note(C.At, "'%0' is set to %1 here") << Name << nameOf(Chosen);
    if (Want.isSymbolic())
      Found.note(Want.Origin, Words.ModuleConverted) << Name;
    else
      Found.note(Want.Origin, Words.ModuleFixed) << nameOf(W);
    if (Have.isSymbolic())
      Found.note(Have.Origin, Words.InputConverted) << Name;
    else
      Found.note(Have.Origin, Words.InputFixed) << nameOf(H);
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
