//===- ModuleCallSite.cpp -------------------------------------------------===//
#include "ModuleCallSite.h"
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
} // namespace

std::optional<ModuleCallSite> moduleCallSite(const FunctionView &View,
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
  if (!B->HoldsParameters)
    return std::nullopt; // nothing of its own to compare the inputs with
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

std::vector<ModuleCallSite> fedModuleSites(const FunctionView &View,
                                           const ObservedCall &At) {
  std::vector<ModuleCallSite> Sites;
  if (!At.Rule)
    return Sites;
  clang::SourceLocation Loc = At.Call->getExprLoc();
  for (const ModuleFeed &Feed : At.Rule->FeedsModule) {
    if (Feed.Arg >= At.Parts.Args.size() ||
        isa<CXXDefaultArgExpr>(At.Parts.Args[Feed.Arg]))
      continue;
    const Expr *Arg = At.Parts.Args[Feed.Arg];
    Value V = View.valueOf(Arg, At);
    if (V.Kind != ValueKind::Tensor)
      continue;
    Facts Module = Facts::top();
    if (Feed.ParamDtype)
      Module.DType = Fact<Dtype>::known(*Feed.ParamDtype, Loc);
    if (Feed.ParamDevice)
      Module.Dev = Fact<Device>::known(*Feed.ParamDevice, Loc);
    Sites.push_back({At.Call, Module, Feed.Inputs,
                     Feed.ParamDevice ? InputPolicy::Exact : InputPolicy::None,
                     {}, {{V.State, Arg}}});
  }
  // The module's state came from the summary: findings quote it.
  if (!Sites.empty())
    View.model().Calls.usedAt(Loc, *At.Rule);
  return Sites;
}

} // namespace torch_tidy
