//===- CallWrites.cpp -----------------------------------------------------===//
#include "model/CallWrites.h"
#include "ast/Names.h"
#include "ast/Strip.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace torch_tidy {

bool mayWriteReceiver(const Vocabulary &Words, const CallParts &P,
                      const CallRule *R) {
  if (R)
    return R->Receiver != ReceiverEffect::Keep ||
           (R->Writes && R->Writes->IsSelf);
  const auto *M = dyn_cast<CXXMethodDecl>(P.Callee);
  if (!M || !P.Receiver)
    return false;
  return !M->isConst() ||
         (Words.kindOf(P.Receiver->getType()) == ValueKind::Tensor &&
          identifierOf(M).ends_with("_"));
}

const Expr *writtenArgument(const CallParts &P, const CallRule &R) {
  if (!R.Writes || R.Writes->IsSelf)
    return nullptr;
  if (!R.Writes->Param.empty())
    return P.argumentNamed(R.Writes->Param);
  return R.Writes->Index < P.Args.size() ? P.Args[R.Writes->Index] : nullptr;
}

bool mayWriteArgument(const CallParts &P, unsigned I, const CallRule *R,
                      ValueKind K) {
  if (R)
    return I < P.Args.size() && writtenArgument(P, *R) == P.Args[I];
  QualType T = P.Params[I];
  return (T->isReferenceType() && !T.getNonReferenceType().isConstQualified()) ||
         (T->isPointerType() && !T->getPointeeType().isConstQualified()) ||
         K == ValueKind::Module;
}

const Expr *proxiedForWriting(const Expr *Arg) {
  const auto *CE = dyn_cast<CXXConstructExpr>(strip(Arg));
  if (!CE || CE->getNumArgs() == 0 || CE->getConstructor()->getNumParams() == 0)
    return nullptr;
  QualType P = CE->getConstructor()->getParamDecl(0)->getType();
  if (!P->isLValueReferenceType() || P.getNonReferenceType().isConstQualified())
    return nullptr;
  return CE->getArg(0);
}

const ValueDecl *writtenThroughProxy(const Vocabulary &Words, const Expr *Arg) {
  const Expr *Proxied = proxiedForWriting(Arg);
  return Proxied ? Words.namedDecl(Proxied) : nullptr;
}

} // namespace torch_tidy
