//===- CallRules.cpp ------------------------------------------------------===//
#include "vocabulary/CallRules.h"
#include "ast/Literals.h"
#include "ast/Names.h"
#include "domain/Limits.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace torch_tidy {

llvm::ArrayRef<CallRule> CallRules::rulesFor(const NamedDecl *D) {
  auto [It, New] = Cache.try_emplace(D);
  if (New) {
    const NamedDecl *Named = D;
    if (const auto *FD = dyn_cast<FunctionDecl>(D))
      if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
        Named = Pattern;
    It->second = Rules.findCalls(qualifiedName(Named));
    // A summary describes a function from another file's analysis; where
    // its body is here, the body says more.
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!It->second.empty() && !It->second.back().DefinedIn.empty() && FD &&
        FD->hasBody())
      It->second = {};
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
