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

bool mayWriteArgument(const CallParts &P, unsigned I, const CallRule *R,
                      ValueKind K) {
  if (R)
    return R->Writes && !R->Writes->IsSelf && R->Writes->Index == I;
  QualType T = P.Params[I];
  return (T->isReferenceType() && !T.getNonReferenceType().isConstQualified()) ||
         (T->isPointerType() && !T->getPointeeType().isConstQualified()) ||
         K == ValueKind::Module;
}

const ValueDecl *writtenThroughProxy(const Vocabulary &Words, const Expr *Arg) {
  const auto *CE = dyn_cast<CXXConstructExpr>(strip(Arg));
  if (!CE || CE->getNumArgs() == 0 || CE->getConstructor()->getNumParams() == 0)
    return nullptr;
  QualType P = CE->getConstructor()->getParamDecl(0)->getType();
  if (!P->isLValueReferenceType() || P.getNonReferenceType().isConstQualified())
    return nullptr;
  return Words.namedDecl(CE->getArg(0));
}

} // namespace torch_tidy
