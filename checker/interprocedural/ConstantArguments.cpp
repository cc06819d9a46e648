//===- ConstantArguments.cpp ----------------------------------------------===//
#include "interprocedural/ConstantArguments.h"
#include "ast/Literals.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// Whether only the file can call Fn: internal linkage, or a private,
/// non-virtual method of a class without friends whose every method has
/// its body here.
bool onlyTheFileCalls(const FunctionDecl *Fn) {
  const auto *M = dyn_cast<CXXMethodDecl>(Fn);
  if (!M)
    return !Fn->isExternallyVisible();
  const CXXRecordDecl *RD = M->getParent();
  if (M->getAccess() != AS_private || M->isVirtual() || RD->hasFriends() ||
      RD->isLambda())
    return false;
  return llvm::all_of(RD->methods(), [](const CXXMethodDecl *Other) {
    return Other->isDefined() || Other->isImplicit() || Other->isDefaulted() ||
           Other->isDeleted() || Other->isPureVirtual();
  });
}

bool constantArgument(const Expr *Arg, const ASTContext &Ctx) {
  if (!Arg || Arg->isValueDependent())
    return false;
  return Arg->isEvaluatable(Ctx) || literalText(Arg, 2).has_value();
}

/// Every call in the main file, by callee, and the functions named there
/// other than as a call's callee (their address taken, passed on). Built
/// once per translation unit.
struct CallIndex {
  const TranslationUnitDecl *TU = nullptr;
  llvm::DenseMap<const FunctionDecl *, std::vector<std::vector<const Expr *>>>
      Calls;
  llvm::DenseSet<const FunctionDecl *> NamedElsewhere;
};

CallIndex &index() {
  static CallIndex I;
  return I;
}

class IndexBuilder : public RecursiveASTVisitor<IndexBuilder> {
public:
  explicit IndexBuilder(CallIndex &I) : I(I) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }

  bool VisitCallExpr(CallExpr *C) {
    const FunctionDecl *Callee = C->getDirectCallee();
    if (!Callee)
      return true;
    Callees.insert(C->getCallee()->IgnoreParenImpCasts());
    // An operator called as a member: the object comes first.
    unsigned Skip = isa<CXXOperatorCallExpr>(C) && isa<CXXMethodDecl>(Callee);
    std::vector<const Expr *> Args;
    for (unsigned A = Skip; A < C->getNumArgs(); ++A)
      Args.push_back(C->getArg(A));
    I.Calls[Callee->getCanonicalDecl()].push_back(std::move(Args));
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *C) {
    I.Calls[C->getConstructor()->getCanonicalDecl()].push_back(
        std::vector<const Expr *>(C->arg_begin(), C->arg_end()));
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *R) { return named(R, R->getDecl()); }
  bool VisitMemberExpr(MemberExpr *M) { return named(M, M->getMemberDecl()); }

  void finish() {
    for (const auto &[E, F] : Names)
      if (!Callees.contains(E))
        I.NamedElsewhere.insert(F);
  }

private:
  bool named(const Expr *E, const Decl *D) {
    if (const auto *F = dyn_cast<FunctionDecl>(D))
      Names.push_back({E, F->getCanonicalDecl()});
    return true;
  }
  CallIndex &I;
  llvm::DenseSet<const Expr *> Callees;
  std::vector<std::pair<const Expr *, const FunctionDecl *>> Names;
};

const CallIndex &indexOf(const ASTContext &Ctx) {
  CallIndex &I = index();
  const TranslationUnitDecl *TU = Ctx.getTranslationUnitDecl();
  if (I.TU == TU)
    return I;
  I = CallIndex();
  I.TU = TU;
  const SourceManager &SM = Ctx.getSourceManager();
  IndexBuilder B(I);
  for (Decl *D : TU->decls())
    if (SM.isInMainFile(SM.getExpansionLoc(D->getLocation())))
      B.TraverseDecl(D);
  B.finish();
  return I;
}

} // namespace

bool givenOnlyConstants(const ParmVarDecl *P) {
  const auto *Fn = dyn_cast<FunctionDecl>(P->getDeclContext());
  if (!Fn || !Fn->getBody())
    return false;
  const ASTContext &Ctx = Fn->getASTContext();
  const SourceManager &SM = Ctx.getSourceManager();
  if (!SM.isInMainFile(SM.getExpansionLoc(Fn->getLocation())) ||
      !onlyTheFileCalls(Fn))
    return false;
  const CallIndex &I = indexOf(Ctx);
  const FunctionDecl *Canon = Fn->getCanonicalDecl();
  if (I.NamedElsewhere.contains(Canon))
    return false;
  auto It = I.Calls.find(Canon);
  if (It == I.Calls.end())
    return true;
  unsigned At = P->getFunctionScopeIndex();
  return llvm::all_of(It->second, [&](const std::vector<const Expr *> &Args) {
    return At < Args.size() && constantArgument(Args[At], Ctx);
  });
}

void resetConstantArguments() { index() = CallIndex(); }

} // namespace torch_tidy
