//===- DataPtrDtypeCheck.cpp ----------------------------------------------===//
#include "DataPtrDtypeCheck.h"
#include "FixIt.h"
#include "clang/AST/ParentMap.h"

using namespace clang;

namespace torch_tidy {

/// T of `data_ptr<T>()`, `accessor<T, N>()`: the first template argument.
static std::optional<Dtype> accessType(const FunctionDecl *F, ASTContext &Ctx) {
  const TemplateArgumentList *Args = F->getTemplateSpecializationArgs();
  if (!Args || Args->size() == 0 ||
      Args->get(0).getKind() != TemplateArgument::Type)
    return std::nullopt;
  return dtypeOfElement(Args->get(0).getAsType(), Ctx);
}

/// True when the pointer or accessor a call returns is used up within its
/// full expression (an argument, a dereference), so that reading it from a
/// converted temporary is safe; false when it is stored.
static bool usedInPlace(const Expr *Call, const ParentMap &PM) {
  const Stmt *Child = Call;
  for (const Stmt *P = PM.getParent(Child); P; P = PM.getParent(P)) {
    if (isa<ParenExpr, ImplicitCastExpr, MaterializeTemporaryExpr,
            CXXBindTemporaryExpr>(P)) {
      Child = P;
      continue;
    }
    if (isa<DeclStmt, ReturnStmt>(P))
      return false;
    if (const auto *BO = dyn_cast<BinaryOperator>(P))
      return !BO->isAssignmentOp();
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(P))
      return !OC->isAssignmentOp();
    return isa<CallExpr, UnaryOperator, ArraySubscriptExpr, CXXConstructExpr>(P);
  }
  return false;
}

void DataPtrDtypeCheck::checkFunction(const FunctionResult &Result,
                                      ASTContext &Ctx) {
  std::unique_ptr<ParentMap> Parents;
  for (const CheckedCall &C : Result.CheckedCalls) {
    if (!C.Rule->ReadsAsTemplateType || !C.Parts.Receiver)
      continue;
    std::optional<Dtype> As = accessType(C.Parts.Callee, Ctx);
    const Fact<Dtype> &Have = C.Self.State.DType;
    if (!As || C.Self.Kind != ValueKind::Tensor || !Have.isKnown() ||
        Have.Value == *As)
      continue;
    // A model may return integer indices as well as its parameters' dtype.
    if (Have.FromModuleOutput && categoryOf(*As) != DtypeCategory::Floating)
      continue;
    if (!Parents)
      Parents = std::make_unique<ParentMap>(Result.Function->getBody());
    {
      auto D = diag(C.Call->getExprLoc(),
                    "'%0' reads a %1 tensor as %2, which throws at run time")
               << shortName(C.Parts.Callee) << dtypeName(Have.Value)
               << dtypeName(*As);
      if (usedInPlace(C.Call, *Parents))
        if (auto Fix = appendConversion(
                C.Parts.Receiver,
                spellDtype(Fact<Dtype>::known(*As, {}), Ctx), Ctx))
          D << *Fix;
    }
    diag(Have.Origin,
         Have.FromModuleOutput
             ? "the module returns %0 tensors, like its parameters, here"
             : "tensor is %0 since here",
         DiagnosticIDs::Note)
        << dtypeName(Have.Value);
  }
}

} // namespace torch_tidy
