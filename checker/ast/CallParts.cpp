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

/// Whether F is the standard library's function Name.
static bool isStd(const FunctionDecl *F, StringRef Name) {
  const IdentifierInfo *II = F ? F->getIdentifier() : nullptr;
  return II && II->isStr(Name) && F->isInStdNamespace();
}

const Expr *handedOn(const Expr *E, bool Wrapped) {
  E = E->IgnoreImplicit()->IgnoreParenImpCasts();
  const auto *C = dyn_cast<CallExpr>(E);
  const FunctionDecl *F = C ? C->getDirectCallee() : nullptr;
  if (!F || C->getNumArgs() != 1)
    return E;
  if (isStd(F, "move") || isStd(F, "forward") || isStd(F, "as_const") ||
      (Wrapped && (isStd(F, "ref") || isStd(F, "cref"))))
    return handedOn(C->getArg(0), Wrapped);
  return E;
}

/// `std::invoke(run, false)` as a call of the lambda run holds.
static std::optional<CallParts> splitInvoke(const CallExpr *CE) {
  if (CE->getNumArgs() == 0)
    return std::nullopt;
  const Expr *Object = handedOn(CE->getArg(0), true);
  const CXXRecordDecl *RD = Object->getType()->getAsCXXRecordDecl();
  if (!RD || !RD->isLambda() || RD->isGenericLambda())
    return std::nullopt;
  CallParts P;
  P.Callee = RD->getLambdaCallOperator();
  P.Receiver = Object;
  llvm::SmallVector<const Expr *, 6> Args;
  // The arguments bind to std::invoke's forwarding references.
  llvm::ArrayRef<const Expr *> Given(CE->getArgs(), CE->getNumArgs());
  for (const Expr *A : Given.drop_front())
    Args.push_back(isa<MaterializeTemporaryExpr>(A)
                       ? cast<MaterializeTemporaryExpr>(A)->getSubExpr()
                       : A);
  // What a direct call's default arguments would give.
  for (unsigned I = Args.size(); I < P.Callee->getNumParams(); ++I) {
    const ParmVarDecl *PD = P.Callee->getParamDecl(I);
    if (!PD->hasDefaultArg() || PD->hasUnparsedDefaultArg() ||
        PD->hasUninstantiatedDefaultArg())
      break;
    Args.push_back(PD->getDefaultArg());
  }
  addArguments(P, Args);
  return P;
}

std::optional<CallParts> splitCall(const Expr *E) {
  CallParts P;
  const auto *CE = dyn_cast<CallExpr>(E);
  if (!CE || !(P.Callee = CE->getDirectCallee()))
    return std::nullopt;
  if (isStd(P.Callee, "invoke") || isStd(P.Callee, "invoke_r"))
    if (std::optional<CallParts> Invoked = splitInvoke(CE))
      return Invoked;
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
