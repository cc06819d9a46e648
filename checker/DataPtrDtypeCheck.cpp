//===- DataPtrDtypeCheck.cpp ----------------------------------------------===//
#include "DataPtrDtypeCheck.h"
#include "FixIt.h"
#include "ast/Names.h"
#include "clang/AST/ParentMap.h"

using namespace clang;

namespace torch_tidy {

/// T of `data_ptr<T>()`, `accessor<T, N>()`: the first template argument.
static std::optional<Dtype> accessType(const FunctionDecl *F,
                                       const Vocabulary &Words) {
  const TemplateArgumentList *Args = F->getTemplateSpecializationArgs();
  if (!Args || Args->size() == 0 ||
      Args->get(0).getKind() != TemplateArgument::Type)
    return std::nullopt;
  return Words.dtypeOfElement(Args->get(0).getAsType());
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

void DataPtrDtypeCheck::checkFunction(const FunctionView &View,
                                      ASTContext &Ctx) {
  const Vocabulary &Words = View.model().Words;
  std::unique_ptr<ParentMap> Parents;
  for (const ObservedCall &C : View.calls()) {
    if (!C.Rule || !C.Rule->ReadsAsTemplateType || !C.Parts.Receiver)
      continue;
    std::optional<Dtype> As = accessType(C.Parts.Callee, Words);
    Value Self = View.valueOf(C.Parts.Receiver, C);
    const Fact<Dtype> &Have = Self.State.DType;
    if (!As || Self.Kind != ValueKind::Tensor || !Have.isKnown() ||
        Have.Value == *As)
      continue;
    // A model may return integer indices as well as its parameters' dtype.
    if (Have.FromModuleOutput && categoryOf(*As) != DtypeCategory::Floating)
      continue;
    if (!Parents)
      Parents = std::make_unique<ParentMap>(View.function()->getBody());
    Finding F = report(C.Call->getExprLoc(),
                       "'%0' reads a %1 tensor as %2, which throws at run "
                       "time");
    F << shortName(C.Parts.Callee) << dtypeName(Have.Value) << dtypeName(*As);
    if (usedInPlace(C.Call, *Parents))
      if (auto Fix = appendConversion(C.Parts.Receiver, Words.spell(*As), Ctx))
        F << *Fix;
    F.note(Have.Origin,
           Have.AssumedByOption && Have.FromModuleOutput
               ? "the module returns %0 tensors, like the parameters "
                 "TorchAssumedModelState assumes, here"
           : Have.FromModuleOutput
               ? "the module returns %0 tensors, like its parameters, here"
               : "tensor is %0 since here")
        << dtypeName(Have.Value);
  }
}

} // namespace torch_tidy
