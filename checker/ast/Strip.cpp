//===- Strip.cpp ----------------------------------------------------------===//
#include "ast/Strip.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace torch_tidy {

static bool isCopyOrMove(const CXXConstructExpr *CE) {
  return CE->getConstructor()->isCopyOrMoveConstructor() && CE->getNumArgs() >= 1;
}

/// The expression E wraps without changing its value, or null.
static const Expr *inner(const Expr *E) {
  if (const auto *FE = dyn_cast<FullExpr>(E))
    return FE->getSubExpr();
  if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E))
    return MT->getSubExpr();
  if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
    return BT->getSubExpr();
  if (const auto *PE = dyn_cast<ParenExpr>(E))
    return PE->getSubExpr();
  if (const auto *IC = dyn_cast<ImplicitCastExpr>(E))
    return IC->getSubExpr();
  if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(E))
    return FC->getSubExpr();
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E); CE && isCopyOrMove(CE))
    return CE->getArg(0);
  if (const auto *DA = dyn_cast<CXXDefaultArgExpr>(E))
    return DA->getExpr();
  if (const auto *DI = dyn_cast<CXXDefaultInitExpr>(E))
    return DI->getExpr();
  return nullptr;
}

const Expr *strip(const Expr *E) {
  while (E)
    if (const Expr *Next = inner(E))
      E = Next;
    else
      return E;
  return E;
}

const CXXThisExpr *thisOf(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_Deref)
    E = U->getSubExpr()->IgnoreParenImpCasts();
  return dyn_cast<CXXThisExpr>(E);
}

const Expr *boundInit(const VarDecl *Ref) {
  QualType T = Ref->getType();
  if (!T->isLValueReferenceType() ||
      !T.getNonReferenceType().isConstQualified() || !Ref->getInit() ||
      !Ref->isLocalVarDecl())
    return nullptr;
  const Expr *E = Ref->getInit();
  while (true) {
    E = E->IgnoreParens();
    if (const auto *FE = dyn_cast<FullExpr>(E)) {
      E = FE->getSubExpr();
      continue;
    }
    if (const auto *IC = dyn_cast<ImplicitCastExpr>(E);
        IC && (IC->getCastKind() == CK_NoOp ||
               IC->getCastKind() == CK_DerivedToBase ||
               IC->getCastKind() == CK_UncheckedDerivedToBase)) {
      E = IC->getSubExpr();
      continue;
    }
    return E;
  }
}

bool bindsTemporary(const VarDecl *Ref) {
  return isa_and_nonnull<MaterializeTemporaryExpr>(boundInit(Ref));
}

} // namespace torch_tidy
