//===- Buffers.cpp --------------------------------------------------------===//
#include "model/Buffers.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace torch_tidy {

/// The buffer expression seen through parentheses, implicit conversions and
/// casts to `void *`.
static const Expr *pointer(const Expr *E) {
  while (true) {
    E = E->IgnoreParenImpCasts();
    const auto *Cast = dyn_cast<ExplicitCastExpr>(E);
    if (!Cast || !Cast->getType()->isVoidPointerType())
      return E;
    E = Cast->getSubExpr();
  }
}

/// For `img.data`, `img.ptr()`: the object a byte pointer points into,
/// when a rule says its member gives the object's elements.
static const Expr *elementsOwner(Evaluator &Ev, const Expr *E) {
  const Expr *Owner = nullptr;
  const NamedDecl *Accessor = nullptr;
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    Owner = ME->getBase();
    Accessor = ME->getMemberDecl();
  } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    Owner = MC->getImplicitObjectArgument();
    Accessor = MC->getMethodDecl();
  }
  if (!Accessor)
    return nullptr;
  for (const CallRule &R : Ev.model().Calls.rulesFor(Accessor))
    if (R.ElementsOfSelf)
      return Owner;
  return nullptr;
}

Fact<Dtype> bufferElements(Evaluator &Ev, const Expr *Buffer, const Env &S) {
  const Expr *E = pointer(Buffer);
  QualType T = E->getType();
  QualType Elt = T->isPointerType() ? T->getPointeeType()
                 : T->isArrayType() ? QualType(T->getArrayElementTypeNoTypeQual(), 0)
                                    : QualType();
  if (Elt.isNull())
    return Fact<Dtype>::top();
  if (Elt->isCharType())
    if (const Expr *Owner = elementsOwner(Ev, E))
      return Ev.eval(Owner, S).State.DType;
  std::optional<Dtype> D = Ev.words().dtypeOfElement(Elt);
  return D ? Fact<Dtype>::known(*D, Buffer->getExprLoc()) : Fact<Dtype>::top();
}

} // namespace torch_tidy
