//===- FlagTests.cpp ------------------------------------------------------===//
#include "ast/FlagTests.h"
#include "ast/Strip.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// The variable, parameter or member of `this` E names, if it is one.
const ValueDecl *flagName(const Expr *E) {
  const ValueDecl *D = nullptr;
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    D = Ref->getDecl();
  else if (const auto *M = dyn_cast_or_null<MemberExpr>(E))
    D = thisOf(M->getBase()) ? M->getMemberDecl() : nullptr;
  if (!D || !(isa<VarDecl>(D) || isa<FieldDecl>(D)) ||
      D->getType().isVolatileQualified())
    return nullptr;
  return D;
}

/// An enum or an integer other than a boolean.
bool enumOrInteger(QualType T) {
  return !T->isBooleanType() && T->isIntegralOrEnumerationType();
}

/// `Flag == K`, `K != Flag`: the flag side and the constant.
std::optional<FlagTest> comparison(const Expr *E, bool Holds) {
  const auto *B = dyn_cast_or_null<BinaryOperator>(E);
  if (!B || !B->isEqualityOp())
    return std::nullopt;
  bool Equal = B->getOpcode() == BO_EQ;
  const Expr *Sides[2] = {B->getLHS()->IgnoreParenImpCasts(),
                          B->getRHS()->IgnoreParenImpCasts()};
  for (unsigned I = 0; I < 2; ++I) {
    const ValueDecl *D = flagName(Sides[I]);
    const Expr *K = Sides[1 - I];
    if (!D || !enumOrInteger(D->getType()) || K->isValueDependent())
      continue;
    Expr::EvalResult R;
    if (!K->EvaluateAsInt(R, D->getASTContext()) ||
        R.Val.getInt().getSignificantBits() > 64)
      return std::nullopt;
    return FlagTest{D, Equal == Holds, R.Val.getInt().getExtValue(),
                    Sides[I]};
  }
  return std::nullopt;
}

} // namespace

std::optional<FlagTest> flagTest(const Expr *Cond) {
  bool Holds = true;
  const Expr *E = Cond ? Cond->IgnoreParenImpCasts() : nullptr;
  while (const auto *Not = dyn_cast_or_null<UnaryOperator>(E)) {
    if (Not->getOpcode() != UO_LNot)
      return std::nullopt;
    Holds = !Holds;
    E = Not->getSubExpr()->IgnoreParenImpCasts();
  }
  if (std::optional<FlagTest> T = comparison(E, Holds))
    return T;
  const ValueDecl *D = flagName(E);
  if (!D || !D->getType()->isBooleanType())
    return std::nullopt;
  return FlagTest{D, Holds, std::nullopt, E};
}

std::string flagValueName(const ValueDecl *Flag, int64_t Value) {
  QualType T = Flag->getType().getNonReferenceType();
  if (T->isBooleanType())
    return Value ? "true" : "false";
  if (const auto *ET = T->getAs<EnumType>())
    for (const EnumConstantDecl *C : ET->getDecl()->enumerators())
      if (C->getInitVal() == Value) {
        const EnumDecl *E = ET->getDecl();
        return E->isScoped() ? (E->getName() + "::" + C->getName()).str()
                             : C->getName().str();
      }
  return std::to_string(Value);
}

} // namespace torch_tidy
