//===- DiscardedConversionCheck.cpp ---------------------------------------===//
#include "DiscardedConversionCheck.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace torch_tidy {

/// A variable or member the result can be assigned back to.
static bool assignable(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (!isa<DeclRefExpr, MemberExpr>(E) || !E->isLValue())
    return false;
  return !E->getType().isConstQualified();
}

void DiscardedConversionCheck::checkFunction(const FunctionResult &Result,
                                             ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  for (const CallExpr *Call : Result.DiscardedConversions) {
    std::optional<CallParts> P = splitCall(Call);
    if (!P || !P->Receiver)
      continue;
    const Expr *Object = P->Receiver;
    SourceRange R = Object->getSourceRange();
    StringRef Text = Lexer::getSourceText(CharSourceRange::getTokenRange(R),
                                          SM, Ctx.getLangOpts());
    bool Written = !Text.empty() && !R.getBegin().isMacroID() &&
                   !R.getEnd().isMacroID() &&
                   !Call->getBeginLoc().isMacroID();
    auto D = diag(Call->getExprLoc(),
                  "'%0' does not change %1 in place; the converted tensor "
                  "it returns is discarded")
             << shortName(P->Callee)
             << (Written ? ("'" + Text + "'").str() : "the tensor");
    if (Written && assignable(Object))
      D << FixItHint::CreateInsertion(Call->getBeginLoc(),
                                      (Text + " = ").str());
  }
}

} // namespace torch_tidy
