//===- ModuleModel.cpp ----------------------------------------------------===//
#include "analysis/ModuleModel.h"
#include "analysis/Names.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include <deque>

using namespace clang;
using namespace clang::ast_matchers;

namespace torch_tidy {

/// Calls through which a module's own code may change a dtype or device.
static bool mentionsConversion(const Stmt *Body, ASTContext &Ctx) {
  if (!Body)
    return false;
  auto Converting = cxxMemberCallExpr(callee(cxxMethodDecl(
      hasAnyName("to", "toType", "type_as", "half", "float", "double",
                 "bfloat16", "cuda", "cpu"))));
  return !match(findAll(Converting.bind("c")), *Body, Ctx).empty();
}

/// A user's module class whose constructors could give its parameters
/// something other than the defaults: they convert, or they take tensors,
/// modules or dtype/device values from the caller.
static bool constructorsMayConvert(const CXXRecordDecl *RD) {
  ASTContext &Ctx = RD->getASTContext();
  for (const CXXConstructorDecl *C : RD->ctors()) {
    if (C->isImplicit())
      continue;
    const FunctionDecl *Def = nullptr;
    if (!C->hasBody(Def))
      return true; // defined elsewhere: could do anything
    for (const ParmVarDecl *P : C->parameters())
      if (kindOf(P->getType()) != ValueKind::None)
        return true;
    if (mentionsConversion(Def->getBody(), Ctx))
      return true;
    for (const CXXCtorInitializer *I :
         cast<CXXConstructorDecl>(Def)->inits())
      if (I->getInit() && mentionsConversion(I->getInit(), Ctx))
        return true;
  }
  return false;
}

/// Whether every entry point of a user's module is visible and passes its
/// inputs on unconverted (as far as a syntactic look can tell).
static bool entryPointsForwardInputs(const CXXRecordDecl *RD,
                                     const std::vector<std::string> &Names) {
  bool Found = false;
  for (const CXXMethodDecl *M : RD->methods()) {
    if (!M->getDeclName().isIdentifier() ||
        !llvm::is_contained(Names, M->getName().str()))
      continue;
    Found = true;
    const FunctionDecl *Def = nullptr;
    if (!M->hasBody(Def) ||
        mentionsConversion(Def->getBody(), RD->getASTContext()))
      return false;
  }
  return Found;
}

std::optional<ModuleBehaviour>
ModuleModel::compute(const CXXRecordDecl *RD) {
  ModuleRule Merged;
  bool Any = false, UserCode = false, UserMayConvert = false;
  std::deque<const CXXRecordDecl *> Work{RD};
  while (!Work.empty()) {
    const CXXRecordDecl *C = Work.front();
    Work.pop_front();
    if (!C || !C->hasDefinition())
      continue;
    C = C->getDefinition();
    if (const ModuleRule *R = Rules.findModule(qualifiedName(C))) {
      Any = true;
      if (!Merged.DefaultDtype) Merged.DefaultDtype = R->DefaultDtype;
      if (!Merged.DefaultDevice) Merged.DefaultDevice = R->DefaultDevice;
      if (!Merged.EntryPoints) Merged.EntryPoints = R->EntryPoints;
      if (!Merged.InputDtype) Merged.InputDtype = R->InputDtype;
      if (!Merged.InputDevice) Merged.InputDevice = R->InputDevice;
      if (!Merged.OutputsFollowParameters)
        Merged.OutputsFollowParameters = R->OutputsFollowParameters;
    } else if (!Any && llvm::StringRef(qualifiedName(C)).starts_with("torch::")) {
      return std::nullopt; // a library module no rule describes: not modeled
    } else if (!Any && derivesFrom(C, "torch::nn::Module")) {
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
  if (!B || !Method)
    return false;
  std::string Name = Method->isOverloadedOperator()
                         ? "operator" + std::string(getOperatorSpelling(
                                            Method->getOverloadedOperator()))
                         : Method->getNameAsString();
  return llvm::is_contained(B->EntryPoints, Name);
}

} // namespace torch_tidy
