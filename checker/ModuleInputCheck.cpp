//===- ModuleInputCheck.cpp -----------------------------------------------===//
#include "ModuleInputCheck.h"
#include "FixIt.h"
#include "clang/AST/Stmt.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// A fix-it may repeat the name that set a module's dtype or device only
/// where that name is in scope and still holds the same value.
template <typename T>
void dropStaleSpelling(Fact<T> &F, const FunctionView &View,
                       const ObservedCall &At) {
  const auto *DR = dyn_cast_or_null<DeclRefExpr>(F.Spelling);
  const auto *VD = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
  if (!VD || !VD->isLocalVarDeclOrParm())
    return; // a constant such as torch::kHalf
  bool TopLevel = isa<ParmVarDecl>(VD);
  if (const auto *Body = dyn_cast_or_null<CompoundStmt>(View.function()->getBody()))
    for (const Stmt *S : Body->body())
      if (const auto *DS = dyn_cast<DeclStmt>(S))
        TopLevel = TopLevel || llvm::is_contained(DS->decls(), VD);
  const Value Now = View.valueOf(VD, At);
  const Fact<T> &Current = Now.State.template get<T>();
  if (!TopLevel || !Current.isKnown() || !(Current.Value == F.Value))
    F.Spelling = nullptr;
}

/// The module call At makes, with the module's state and its inputs'.
std::optional<ModuleCallSite> siteOf(const FunctionView &View,
                                     const ObservedCall &At) {
  const ModelContext &M = View.model();
  const CXXRecordDecl *Class = M.Modules.calledModule(At.Parts);
  if (!Class)
    return std::nullopt;
  const ModuleBehaviour *B = M.Modules.behaviour(Class);
  const ValueDecl *VD = M.Words.namedDecl(At.Parts.Receiver);
  // A Sequential's input goes to its first module, which decides.
  if (B->Submodules) {
    const CXXRecordDecl *First = M.Modules.firstSubmodule(VD);
    const ModuleBehaviour *FB = First ? M.Modules.behaviour(First) : nullptr;
    if (!FB)
      return std::nullopt;
    B = FB;
  }
  ModuleCallSite Site{At.Call,        Facts::top(), B->InputDtype,
                      B->InputDevice, B->InputDtypes, {}};
  if (VD)
    Site.Module = View.valueOf(VD, At).State;
  dropStaleSpelling(Site.Module.DType, View, At);
  dropStaleSpelling(Site.Module.Dev, View, At);
  for (const Expr *Arg : At.Parts.Args) {
    if (isa<CXXDefaultArgExpr>(Arg))
      continue;
    Value V = View.valueOf(Arg, At);
    if (V.Kind == ValueKind::Tensor || V.Kind == ValueKind::IValue)
      Site.Inputs.push_back({V.State, Arg});
    else if (V.Kind == ValueKind::IValueList && V.ListKnown)
      Site.Inputs.append(V.Elements.begin(), V.Elements.end());
  }
  return Site;
}

} // namespace

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
    std::optional<ModuleCallSite> Site = siteOf(View, At);
    if (!Site)
      continue;
    for (const ListElement &Input : Site->Inputs) {
      if (Which == Component::Dtype && !Site->InputDtypes.empty())
        checkIndices(*Site, Input, Words, Ctx);
      else if (Which == Component::Dtype)
        checkDtype(*Site, Input, Words, Ctx);
      else
        checkDevice(*Site, Input, Words, Ctx);
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
  F.note(Want.Origin, "module parameters are %0 since here")
      << dtypeName(Want.Value);
  F.note(Have.Origin, "input tensor is %0 since here") << dtypeName(Have.Value);
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
  F.note(Want.Origin, "module is on %0 since here") << Want.Value.str();
  F.note(Have.Origin, "input tensor is on %0 since here") << Have.Value.str();
}

} // namespace torch_tidy
