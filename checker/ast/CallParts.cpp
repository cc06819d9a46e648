//===- CallParts.cpp ------------------------------------------------------===//
#include "ast/CallParts.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace torch_tidy {

const Expr *CallParts::argumentNamed(StringRef Name) const {
  for (unsigned I = 0; I < Args.size() && I < Callee->getNumParams(); ++I)
    if (const IdentifierInfo *II = Callee->getParamDecl(I)->getIdentifier();
        II && II->getName() == Name)
      return Args[I];
  return nullptr;
}

/// Adds the arguments of a call from First on, with their parameters.
static void addArguments(CallParts &P, llvm::ArrayRef<const Expr *> Args) {
  for (unsigned I = 0; I < Args.size(); ++I) {
    P.Args.push_back(Args[I]);
    P.Params.push_back(I < P.Callee->getNumParams()
                           ? P.Callee->getParamDecl(I)->getType()
                           : Args[I]->getType());
  }
}

CallParts constructorParts(const CXXConstructExpr *CE) {
  CallParts P;
  P.Callee = CE->getConstructor();
  addArguments(P, llvm::ArrayRef(CE->getArgs(), CE->getNumArgs()));
  return P;
}

std::optional<CallParts> splitCall(const Expr *E) {
  CallParts P;
  const auto *CE = dyn_cast<CallExpr>(E);
  if (!CE || !(P.Callee = CE->getDirectCallee()))
    return std::nullopt;
  llvm::ArrayRef<const Expr *> Args(CE->getArgs(), CE->getNumArgs());
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
    P.Receiver = MC->getImplicitObjectArgument();
  } else if (isa<CXXOperatorCallExpr>(CE) && isa<CXXMethodDecl>(P.Callee) &&
             !Args.empty()) {
    P.Receiver = Args.front();
    Args = Args.drop_front();
  }
  addArguments(P, Args);
  return P;
}

} // namespace torch_tidy
