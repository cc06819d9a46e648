//===- ModuleModel.cpp ----------------------------------------------------===//
#include "vocabulary/ModuleModel.h"
#include "ast/Names.h"
#include "ast/Strip.h"
#include <deque>

using namespace clang;

namespace torch_tidy {

/// A user's module class whose constructors could give its parameters
/// something other than the defaults: they convert, or they take tensors,
/// modules or dtype/device values from the caller.
bool ModuleModel::constructorsMayConvert(const CXXRecordDecl *RD) {
  for (const CXXConstructorDecl *C : RD->ctors()) {
    if (C->isImplicit())
      continue;
    const FunctionDecl *Def = nullptr;
    if (!C->hasBody(Def))
      return true; // defined elsewhere: could do anything
    for (const ParmVarDecl *P : C->parameters())
      if (Words.kindOf(P->getType()) != ValueKind::None)
        return true;
    if (Calls.mentionsConversion(Def->getBody()))
      return true;
    for (const CXXCtorInitializer *I : cast<CXXConstructorDecl>(Def)->inits())
      if (I->getInit() && Calls.mentionsConversion(I->getInit()))
        return true;
  }
  return false;
}

/// Whether every entry point of a user's module is visible and passes its
/// inputs on unconverted (as far as a syntactic look can tell).
bool ModuleModel::entryPointsForwardInputs(
    const CXXRecordDecl *RD, const std::vector<std::string> &Names) {
  bool Found = false;
  for (const CXXMethodDecl *M : RD->methods()) {
    if (!llvm::is_contained(Names, identifierOf(M).str()) ||
        identifierOf(M).empty())
      continue;
    Found = true;
    const FunctionDecl *Def = nullptr;
    if (!M->hasBody(Def) || Calls.mentionsConversion(Def->getBody()))
      return false;
  }
  return Found;
}

/// Fills the fields of Merged that are still empty from R.
static void inherit(ModuleRule &Merged, const ModuleRule &R) {
  if (!Merged.DefaultDtype) Merged.DefaultDtype = R.DefaultDtype;
  if (!Merged.DefaultDevice) Merged.DefaultDevice = R.DefaultDevice;
  if (!Merged.EntryPoints) Merged.EntryPoints = R.EntryPoints;
  if (!Merged.InputDtype) Merged.InputDtype = R.InputDtype;
  if (!Merged.InputDevice) Merged.InputDevice = R.InputDevice;
  if (!Merged.OutputsFollowParameters)
    Merged.OutputsFollowParameters = R.OutputsFollowParameters;
  if (!Merged.InputDtypes) Merged.InputDtypes = R.InputDtypes;
  if (!Merged.Submodules) Merged.Submodules = R.Submodules;
  if (!Merged.HoldsParameters) Merged.HoldsParameters = R.HoldsParameters;
}

std::optional<ModuleBehaviour> ModuleModel::compute(const CXXRecordDecl *RD) {
  ModuleRule Merged;
  bool Any = false, UserCode = false, UserMayConvert = false;
  std::deque<const CXXRecordDecl *> Work{RD};
  while (!Work.empty()) {
    const CXXRecordDecl *C = Work.front();
    Work.pop_front();
    if (!C || !C->hasDefinition())
      continue;
    C = C->getDefinition();
    if (const ModuleRule *R = Calls.rules().findModule(qualifiedName(C))) {
      Any = true;
      inherit(Merged, *R);
    } else if (!Any && Words.isLibraryCode(C)) {
      return std::nullopt; // a library module no rule describes: not modeled
    } else if (!Any && Words.isNnModule(C)) {
      // A class of the user's, between RD and the nearest listed base.
      UserCode = true;
      UserMayConvert = UserMayConvert || constructorsMayConvert(C);
    }
    for (const CXXBaseSpecifier &B : C->bases())
      Work.push_back(B.getType()->getAsCXXRecordDecl());
  }
  if (!Any)
    return std::nullopt;
  ModuleBehaviour B;
  if (Merged.DefaultDtype && !UserMayConvert)
    B.Dtype = *Merged.DefaultDtype;
  if (Merged.DefaultDevice && !UserMayConvert)
    B.Device = *Merged.DefaultDevice;
  if (Merged.EntryPoints)
    B.EntryPoints = *Merged.EntryPoints;
  if (Merged.InputDtypes)
    B.InputDtypes = *Merged.InputDtypes;
  B.Submodules = Merged.Submodules.value_or(false);
  B.HoldsParameters = UserCode || Merged.HoldsParameters.value_or(true);
  B.InputDtype = Merged.InputDtype.value_or(InputPolicy::None);
  B.InputDevice = Merged.InputDevice.value_or(InputPolicy::None);
  // A user's class decides for itself what it returns.
  B.OutputsFollowParameters =
      !UserCode && Merged.OutputsFollowParameters.value_or(false);
  if (UserCode && !entryPointsForwardInputs(RD, B.EntryPoints))
    B.InputDtype = B.InputDevice = InputPolicy::None;
  return B;
}

const ModuleBehaviour *ModuleModel::behaviour(const CXXRecordDecl *RD) {
  if (!RD)
    return nullptr;
  auto It = Cache.find(RD);
  if (It == Cache.end())
    It = Cache.try_emplace(RD, compute(RD)).first;
  return It->second ? &*It->second : nullptr;
}

bool ModuleModel::isEntryPoint(const CXXRecordDecl *RD,
                               const CXXMethodDecl *Method) {
  const ModuleBehaviour *B = behaviour(RD);
  return B && Method && llvm::is_contained(B->EntryPoints, shortName(Method));
}

const CXXRecordDecl *ModuleModel::firstSubmodule(const ValueDecl *Var) {
  const auto *VD = dyn_cast_or_null<VarDecl>(Var);
  const Expr *Init = VD && VD->getInit() ? strip(VD->getInit()) : nullptr;
  const Expr *First = nullptr;
  if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(Init);
      CE && CE->getNumArgs() > 0)
    First = CE->getArg(0);
  else if (const auto *Call = dyn_cast_or_null<CallExpr>(Init);
           Call && Call->getNumArgs() > 0 &&
           Words.functionRole(Call->getDirectCallee()) ==
               FunctionRole::MakeObject)
    First = Call->getArg(0);
  return First ? Words.moduleClassOf(strip(First)->getType()) : nullptr;
}

const CXXRecordDecl *ModuleModel::calledModule(const CallParts &P) {
  const auto *Method = dyn_cast<CXXMethodDecl>(P.Callee);
  if (!Method || !P.Receiver)
    return nullptr;
  QualType RT = P.Receiver->getType();
  if (RT->isPointerType())
    RT = RT->getPointeeType();
  const CXXRecordDecl *Class = Words.moduleClassOf(RT);
  return Class && isEntryPoint(Class, Method) ? Class : nullptr;
}

} // namespace torch_tidy
