//===- DiscardedConversionCheck.cpp ---------------------------------------===//
#include "DiscardedConversionCheck.h"
#include "ast/Names.h"
#include "ast/Strip.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// Calls written as whole statements, whose result nobody reads. Lambda
/// bodies are left to their own analysis.
class StatementCalls : public RecursiveASTVisitor<StatementCalls> {
public:
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool VisitCompoundStmt(CompoundStmt *CS) {
    for (Stmt *S : CS->body())
      statement(S);
    return true;
  }
  bool VisitIfStmt(IfStmt *If) {
    statement(If->getThen());
    statement(If->getElse());
    return true;
  }
  bool VisitWhileStmt(WhileStmt *W) { return statement(W->getBody()); }
  bool VisitDoStmt(DoStmt *D) { return statement(D->getBody()); }
  bool VisitForStmt(ForStmt *F) { return statement(F->getBody()); }
  bool VisitCXXForRangeStmt(CXXForRangeStmt *F) {
    return statement(F->getBody());
  }
  bool VisitSwitchCase(SwitchCase *C) { return statement(C->getSubStmt()); }
  bool VisitLabelStmt(LabelStmt *L) { return statement(L->getSubStmt()); }

  std::vector<const CallExpr *> Calls;

private:
  bool statement(const Stmt *S) {
    if (const auto *E = dyn_cast_or_null<Expr>(S))
      if (const auto *CE = dyn_cast<CallExpr>(strip(E)))
        Calls.push_back(CE);
    return true;
  }
};

/// A variable or member the result can be assigned back to.
bool assignable(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (!isa<DeclRefExpr, MemberExpr>(E) || !E->isLValue())
    return false;
  return !E->getType().isConstQualified();
}

} // namespace

void DiscardedConversionCheck::checkFunction(const FunctionView &View,
                                             ASTContext &Ctx) {
  StatementCalls Found;
  Found.TraverseStmt(const_cast<Stmt *>(View.function()->getBody()));
  for (const CallExpr *Call : Found.Calls) {
    std::optional<CallParts> P = splitCall(Call);
    if (!P || !P->Receiver)
      continue;
    const CallRule *R = View.model().Calls.ruleFor(*P);
    if (R && R->ReturnsConverted)
      diagnose(Call, *P, Ctx);
  }
}

void DiscardedConversionCheck::diagnose(const CallExpr *Call, const CallParts &P,
                                      ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  const Expr *Object = P.Receiver;
  SourceRange R = Object->getSourceRange();
  StringRef Text = Lexer::getSourceText(CharSourceRange::getTokenRange(R), SM,
                                        Ctx.getLangOpts());
  bool Written = !Text.empty() && !R.getBegin().isMacroID() &&
                 !R.getEnd().isMacroID() && !Call->getBeginLoc().isMacroID();
  Finding F = report(Call->getExprLoc(),
                     "'%0' does not change %1 in place; the converted tensor "
                     "it returns is discarded");
  F << shortName(P.Callee)
    << (Written ? ("'" + Text + "'").str() : std::string("the tensor"));
  if (Written && assignable(Object))
    F << FixItHint::CreateInsertion(Call->getBeginLoc(), (Text + " = ").str());
}

} // namespace torch_tidy
