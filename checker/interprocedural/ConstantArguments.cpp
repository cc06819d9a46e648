//===- ConstantArguments.cpp ----------------------------------------------===//
#include "interprocedural/ConstantArguments.h"
#include "ast/CallParts.h"
#include "ast/Literals.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;

namespace torch_tidy {
namespace {

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
  /// Lambdas kept in a local variable that is only ever called (directly,
  /// or captured by another lambda that calls it), or called where they
  /// are written: every call of theirs is one of Calls.
  llvm::DenseSet<const CXXRecordDecl *> CalledOnlyLambdas;
};

/// The lambda class a local variable holds or refers to, or null.
const CXXRecordDecl *lambdaOf(const VarDecl *V) {
  if (!V->isLocalVarDecl())
    return nullptr;
  const auto *RD = V->getType().getNonReferenceType()->getAsCXXRecordDecl();
  return RD && RD->isLambda() ? RD : nullptr;
}

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
    std::optional<CallParts> P = splitCall(C);
    if (!P)
      return true;
    Callees.insert(C->getCallee()->IgnoreParenImpCasts());
    // The object called (`run.operator()(false)`, `std::move(run)(false)`,
    // `std::invoke(run, false)`).
    if (P->Receiver) {
      const Expr *Object = handedOn(P->Receiver, false);
      CalledObjects.insert(Object);
      // A lambda called where it is written (`[&](bool h) {...}(false)`)
      // is called there only.
      if (const auto *LE = dyn_cast<LambdaExpr>(Object))
        Immediate.insert(LE);
    }
    I.Calls[P->Callee->getCanonicalDecl()].push_back(
        std::vector<const Expr *>(P->Args.begin(), P->Args.end()));
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *C) {
    I.Calls[C->getConstructor()->getCanonicalDecl()].push_back(
        std::vector<const Expr *>(C->arg_begin(), C->arg_end()));
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *R) {
    if (const auto *V = dyn_cast<VarDecl>(R->getDecl()))
      if (const CXXRecordDecl *L = lambdaOf(V))
        LambdaUses.push_back({R, L});
    return named(R, R->getDecl());
  }
  bool VisitMemberExpr(MemberExpr *M) { return named(M, M->getMemberDecl()); }
  bool VisitVarDecl(VarDecl *V) {
    const CXXRecordDecl *L = lambdaOf(V);
    const Expr *Init = V->getInit() ? V->getInit()->IgnoreImplicit() : nullptr;
    if (!L || !Init)
      return true;
    // (`const auto &run = [&](...) {...};` holds the lambda too.)
    if (const auto *LE = dyn_cast<LambdaExpr>(Init);
        LE && LE->getLambdaClass() == L)
      Kept.insert(LE);
    // `auto &r = run;`: uses of r are uses of run.
    if (V->getType()->isReferenceType() && isa<DeclRefExpr>(Init))
      Captured.insert(Init);
    return true;
  }
  bool VisitLambdaExpr(LambdaExpr *LE) {
    Lambdas.push_back(LE);
    // What a capture copies or refers to is used through the capturing
    // lambda's body, whose uses are visited there.
    for (const Expr *Init : LE->capture_inits()) {
      if (!Init)
        continue;
      Init = Init->IgnoreImplicit();
      if (const auto *Copy = dyn_cast<CXXConstructExpr>(Init);
          Copy && Copy->getNumArgs() == 1)
        Init = Copy->getArg(0)->IgnoreImplicit();
      Captured.insert(Init);
    }
    return true;
  }

  void finish() {
    for (const auto &[E, F] : Names)
      if (!Callees.contains(E))
        I.NamedElsewhere.insert(F);
    llvm::DenseSet<const CXXRecordDecl *> Escaped;
    for (const auto &[R, L] : LambdaUses)
      if (!CalledObjects.contains(R) && !Captured.contains(R))
        Escaped.insert(L);
    for (const LambdaExpr *LE : Lambdas)
      if ((Kept.contains(LE) && !Escaped.contains(LE->getLambdaClass())) ||
          Immediate.contains(LE))
        I.CalledOnlyLambdas.insert(LE->getLambdaClass());
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
  llvm::DenseSet<const Expr *> CalledObjects;
  /// Uses through which others call the lambda: captures, reference aliases.
  llvm::DenseSet<const Expr *> Captured;
  llvm::DenseSet<const LambdaExpr *> Kept;
  llvm::DenseSet<const LambdaExpr *> Immediate;
  std::vector<const LambdaExpr *> Lambdas;
  std::vector<std::pair<const DeclRefExpr *, const CXXRecordDecl *>> LambdaUses;
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

/// Whether only the file can call Fn: internal linkage, a private
/// non-virtual method (any, in a class of an unnamed namespace) of a class
/// without friends whose every method has its body here, or the call
/// operator of a lambda a local variable holds and nothing but calls use.
bool onlyTheFileCalls(const FunctionDecl *Fn, const CallIndex &I) {
  const auto *M = dyn_cast<CXXMethodDecl>(Fn);
  if (!M)
    return !Fn->isExternallyVisible();
  const CXXRecordDecl *RD = M->getParent();
  if (RD->isLambda())
    return M->isOverloadedOperator() &&
           M->getOverloadedOperator() == OO_Call &&
           I.CalledOnlyLambdas.contains(RD);
  // A class of an unnamed namespace: only this file names it.
  bool Internal = !RD->isExternallyVisible();
  if ((!Internal && M->getAccess() != AS_private) || M->isVirtual() ||
      RD->hasFriends())
    return false;
  return llvm::all_of(RD->methods(), [](const CXXMethodDecl *Other) {
    return Other->isDefined() || Other->isImplicit() || Other->isDefaulted() ||
           Other->isDeleted() || Other->isPureVirtual();
  });
}

} // namespace

bool givenOnlyConstants(const ParmVarDecl *P) {
  const auto *Fn = dyn_cast<FunctionDecl>(P->getDeclContext());
  if (!Fn || !Fn->getBody())
    return false;
  const ASTContext &Ctx = Fn->getASTContext();
  const SourceManager &SM = Ctx.getSourceManager();
  if (!SM.isInMainFile(SM.getExpansionLoc(Fn->getLocation())))
    return false;
  const CallIndex &I = indexOf(Ctx);
  if (!onlyTheFileCalls(Fn, I))
    return false;
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
