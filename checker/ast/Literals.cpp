//===- Literals.cpp -------------------------------------------------------===//
#include "ast/Literals.h"
#include "ast/Strip.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace torch_tidy {

std::optional<std::string> literalText(const Expr *E, unsigned MaxSteps) {
  E = strip(E);
  // A conversion from the text alone (`std::string("a\0b", 3)` is not).
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E); CE && CE->getNumArgs()) {
    for (unsigned I = 1; I < CE->getNumArgs(); ++I)
      if (!isa<CXXDefaultArgExpr>(CE->getArg(I)))
        return std::nullopt;
    return MaxSteps ? literalText(CE->getArg(0), MaxSteps - 1) : std::nullopt;
  }
  // Read as a C string, as `std::string`, paths and device names read it:
  // up to the first NUL ("fp16\0x" is "fp16"). Wide literals are not text
  // the library reads.
  if (const auto *SL = dyn_cast<StringLiteral>(E)) {
    if (SL->getCharByteWidth() != 1)
      return std::nullopt;
    llvm::StringRef Text = SL->getString();
    return Text.take_front(Text.find('\0')).str();
  }
  if (const auto *DR = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DR->getDecl());
        VD && VD->getType().isConstQualified() && VD->getInit() && MaxSteps)
      return literalText(VD->getInit(), MaxSteps - 1);
  return std::nullopt;
}

const ParmVarDecl *passedParameter(const Expr *E) {
  E = strip(E);
  // A conversion whose other arguments are defaults (an allocator).
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E); CE && CE->getNumArgs()) {
    for (unsigned I = 1; I < CE->getNumArgs(); ++I)
      if (!isa<CXXDefaultArgExpr>(CE->getArg(I)))
        return nullptr;
    E = strip(CE->getArg(0));
  }
  const auto *DR = dyn_cast<DeclRefExpr>(E);
  return DR ? dyn_cast<ParmVarDecl>(DR->getDecl()) : nullptr;
}

std::optional<int64_t> integerValue(const Expr *E, const ASTContext &Ctx) {
  Expr::EvalResult R;
  if (!E || E->isValueDependent() || !E->EvaluateAsInt(R, Ctx))
    return std::nullopt;
  return R.Val.getInt().getExtValue();
}

std::optional<std::string> enumeratorName(const Expr *E,
                                          const ASTContext &Ctx) {
  const auto *ET = E->getType().getCanonicalType()->getAs<EnumType>();
  if (!ET || E->isValueDependent())
    return std::nullopt;
  Expr::EvalResult R;
  if (!E->EvaluateAsInt(R, Ctx))
    return std::nullopt;
  for (const EnumConstantDecl *C : ET->getDecl()->enumerators())
    if (llvm::APSInt::isSameValue(C->getInitVal(), R.Val.getInt()))
      return C->getName().str();
  return std::nullopt;
}

bool isFixedBySource(const Expr *E) {
  struct Scan : RecursiveASTVisitor<Scan> {
    bool Fixed = true;
    bool VisitDeclRefExpr(DeclRefExpr *R) {
      const auto *VD = dyn_cast<VarDecl>(R->getDecl());
      Fixed = isa<EnumConstantDecl>(R->getDecl()) || (VD && VD->isConstexpr());
      return Fixed;
    }
    bool VisitMemberExpr(MemberExpr *) { return Fixed = false; }
    bool VisitCXXThisExpr(CXXThisExpr *) { return Fixed = false; }
    bool VisitCallExpr(CallExpr *) { return Fixed = false; }
  } S;
  if (!E)
    return false;
  S.TraverseStmt(const_cast<Expr *>(E));
  return S.Fixed;
}

} // namespace torch_tidy
