//===- FlagTests.cpp ------------------------------------------------------===//
#include "ast/FlagTests.h"
#include "ast/Strip.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace torch_tidy {

std::optional<FlagTest> flagTest(const Expr *Cond) {
  bool Holds = true;
  const Expr *E = Cond ? Cond->IgnoreParenImpCasts() : nullptr;
  while (const auto *Not = dyn_cast_or_null<UnaryOperator>(E)) {
    if (Not->getOpcode() != UO_LNot)
      return std::nullopt;
    Holds = !Holds;
    E = Not->getSubExpr()->IgnoreParenImpCasts();
  }
  const ValueDecl *D = nullptr;
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    D = Ref->getDecl();
  else if (const auto *M = dyn_cast_or_null<MemberExpr>(E))
    D = thisOf(M->getBase()) ? M->getMemberDecl() : nullptr;
  if (!D || !(isa<VarDecl>(D) || isa<FieldDecl>(D)) ||
      !D->getType()->isBooleanType() || D->getType().isVolatileQualified())
    return std::nullopt;
  return FlagTest{D, Holds};
}

} // namespace torch_tidy
