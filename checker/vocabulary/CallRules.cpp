//===- CallRules.cpp ------------------------------------------------------===//
#include "vocabulary/CallRules.h"
#include "ast/Literals.h"
#include "ast/Names.h"
#include "domain/Limits.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace torch_tidy {

/// The summary among Rules of FD's overload (all of them with `defined-in`).
static llvm::ArrayRef<CallRule> summaryFor(const FunctionDecl *FD,
                                           llvm::ArrayRef<CallRule> Rules) {
  std::string Signature = signatureOf(FD);
  for (const CallRule &R : Rules)
    if (R.Signature.empty() || R.Signature == Signature)
      return llvm::ArrayRef<CallRule>(R);
  return {};
}

llvm::ArrayRef<CallRule> CallRules::rulesFor(const NamedDecl *D) {
  auto [It, New] = Cache.try_emplace(D);
  if (New) {
    const NamedDecl *Named = D;
    if (const auto *FD = dyn_cast<FunctionDecl>(D))
      if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
        Named = Pattern;
    It->second = Rules.findCalls(qualifiedName(Named));
    // Summaries of functions defined in other files (a rule of the user's
    // for the name would come last): the one of this overload, unless the
    // body is here and says more.
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!It->second.empty() && !It->second.back().DefinedIn.empty())
      It->second = FD && !FD->hasBody() ? summaryFor(FD, It->second)
                                        : llvm::ArrayRef<CallRule>();
  }
  return It->second;
}

const CallRule *CallRules::ruleFor(const CallParts &P) {
  const CallRule *Default = nullptr;
  for (const CallRule &R : llvm::reverse(rulesFor(P.Callee))) {
    if (R.PathGlob.empty()) {
      Default = Default ? Default : &R;
      continue;
    }
    std::optional<std::string> Path =
        R.PathArg < P.Args.size()
            ? literalText(P.Args[R.PathArg], limits::LiteralDepth)
            : std::nullopt;
    if (Path && R.Path->match(*Path))
      return &R;
  }
  return Default;
}

void CallRules::usedAt(SourceLocation Call, const CallRule &R) {
  if (!R.DefinedIn.empty())
    SummaryUses.try_emplace(Call, &R);
}

const CallRule *CallRules::summaryUsedAt(SourceLocation Loc) const {
  return SummaryUses.lookup(Loc);
}

namespace {
class ConversionFinder : public RecursiveASTVisitor<ConversionFinder> {
public:
  explicit ConversionFinder(CallRules &Rules) : Rules(Rules) {}
  bool Found = false;
  bool VisitCallExpr(CallExpr *CE) {
    if (std::optional<CallParts> P = splitCall(CE))
      if (const CallRule *R = Rules.ruleFor(*P); R && R->converts())
        Found = true;
    return !Found;
  }

private:
  CallRules &Rules;
};
} // namespace

bool CallRules::mentionsConversion(const Stmt *Body) {
  if (!Body)
    return false;
  ConversionFinder F(*this);
  F.TraverseStmt(const_cast<Stmt *>(Body));
  return F.Found;
}

} // namespace torch_tidy
