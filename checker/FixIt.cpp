//===- FixIt.cpp ----------------------------------------------------------===//
#include "FixIt.h"
#include "ast/Strip.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace torch_tidy {

static std::optional<std::string> ownSpelling(const Expr *E, ASTContext &Ctx) {
  if (!E || E->getBeginLoc().isMacroID() || E->getEndLoc().isMacroID())
    return std::nullopt;
  StringRef Text = Lexer::getSourceText(
      CharSourceRange::getTokenRange(E->getSourceRange()),
      Ctx.getSourceManager(), Ctx.getLangOpts());
  if (Text.empty())
    return std::nullopt;
  return Text.str();
}

std::string spellDtype(const Fact<Dtype> &F, const Vocabulary &Words,
                       ASTContext &Ctx) {
  if (auto Own = ownSpelling(F.Spelling, Ctx))
    return *Own;
  return Words.spell(F.Value);
}

std::string spellDevice(const Fact<Device> &F, const Vocabulary &Words,
                        ASTContext &Ctx) {
  if (auto Own = ownSpelling(F.Spelling, Ctx))
    return *Own;
  return Words.spell(F.Value);
}

/// Expressions that `.to(...)` can follow without parentheses.
static bool isPostfix(const Expr *E) {
  E = E->IgnoreImplicit();
  // `a + b` is a call of operator+, but `.to()` after it would bind to b.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    return Op->getOperator() == OO_Subscript || Op->getOperator() == OO_Call ||
           Op->getOperator() == OO_Arrow;
  return isa<DeclRefExpr, CallExpr, MemberExpr, ParenExpr, ArraySubscriptExpr,
             CXXTemporaryObjectExpr, CXXFunctionalCastExpr>(E);
}

std::optional<FixItHint> appendConversion(const Expr *Arg, StringRef What,
                                          ASTContext &Ctx) {
  if (!Arg)
    return std::nullopt;
  const Expr *Written = strip(Arg);
  // An IValue made from a tensor: convert the tensor inside it.
  if (const auto *CE = dyn_cast<CXXConstructExpr>(Written);
      CE && CE->getNumArgs() == 1 && !CE->getParenOrBraceRange().isValid())
    Written = strip(CE->getArg(0));
  SourceRange R = Written->getSourceRange();
  if (R.isInvalid() || R.getBegin().isMacroID() || R.getEnd().isMacroID())
    return std::nullopt;
  SourceLocation After = Lexer::getLocForEndOfToken(
      R.getEnd(), 0, Ctx.getSourceManager(), Ctx.getLangOpts());
  if (After.isInvalid())
    return std::nullopt;
  std::string Call = (".to(" + What + ")").str();
  if (isPostfix(Written))
    return FixItHint::CreateInsertion(After, Call);
  // Two edits cannot ride in one hint; wrap the whole text instead.
  StringRef Text = Lexer::getSourceText(CharSourceRange::getTokenRange(R),
                                        Ctx.getSourceManager(),
                                        Ctx.getLangOpts());
  return FixItHint::CreateReplacement(CharSourceRange::getTokenRange(R),
                                      ("(" + Text + ")" + Call).str());
}

} // namespace torch_tidy
