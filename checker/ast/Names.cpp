//===- Names.cpp ----------------------------------------------------------===//
#include "ast/Names.h"
#include "clang/AST/DeclTemplate.h"

using namespace clang;

namespace torch_tidy {

std::string shortName(const NamedDecl *D) {
  if (const auto *FD = dyn_cast<FunctionDecl>(D);
      FD && FD->isOverloadedOperator())
    return "operator" +
           std::string(getOperatorSpelling(FD->getOverloadedOperator()));
  return D->getDeclName().getAsString();
}

std::string qualifiedName(const NamedDecl *D) {
  std::string Name = shortName(D);
  for (const DeclContext *C = D->getDeclContext(); C; C = C->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(C)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Name = NS->getName().str() + "::" + Name;
    } else if (const auto *RD = dyn_cast<RecordDecl>(C)) {
      Name = RD->getName().str() + "::" + Name;
    }
  }
  return Name;
}

const CXXRecordDecl *recordOf(QualType T) {
  if (T.isNull())
    return nullptr;
  T = T.getNonReferenceType().getCanonicalType();
  if (const auto *RD = T->getAsCXXRecordDecl())
    return RD->getDefinition() ? RD->getDefinition() : RD;
  return nullptr;
}

std::string recordName(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  return RD ? qualifiedName(RD) : std::string();
}

QualType firstTemplateArg(QualType T) {
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(recordOf(T));
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return {};
  return Spec->getTemplateArgs()[0].getAsType();
}

bool derivesFrom(const CXXRecordDecl *RD,
                 llvm::function_ref<bool(const CXXRecordDecl *)> Is) {
  if (!RD)
    return false;
  if (Is(RD))
    return true;
  if (!RD->hasDefinition())
    return false;
  for (const CXXBaseSpecifier &B : RD->getDefinition()->bases())
    if (derivesFrom(B.getType()->getAsCXXRecordDecl(), Is))
      return true;
  return false;
}

llvm::StringRef identifierOf(const NamedDecl *D) {
  return D && D->getDeclName().isIdentifier() ? D->getName() : "";
}

std::string signatureOf(const FunctionDecl *FD) {
  PrintingPolicy Policy(FD->getASTContext().getLangOpts());
  Policy.SuppressScope = false;
  Policy.FullyQualifiedName = true;
  // The function's type: parameters without top-level qualifiers, which a
  // declaration and the definition may write differently.
  std::string Out = "(";
  if (const auto *Proto = FD->getType()->getAs<FunctionProtoType>())
    for (QualType T : Proto->getParamTypes()) {
      if (Out.size() > 1)
        Out += ", ";
      Out += T.getCanonicalType().getUnqualifiedType().getAsString(Policy);
    }
  if (FD->isVariadic())
    Out += Out.size() > 1 ? ", ..." : "...";
  Out += ")";
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
    if (MD->isConst())
      Out += " const";
    if (MD->isVolatile())
      Out += " volatile";
    if (MD->getRefQualifier() == RQ_LValue)
      Out += " &";
    else if (MD->getRefQualifier() == RQ_RValue)
      Out += " &&";
  }
  return Out;
}

} // namespace torch_tidy
