//===- Escapes.cpp --------------------------------------------------------===//
#include "analysis/Escapes.h"
#include "analysis/Evaluator.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace torch_tidy {
namespace {

class EscapeFinder : public RecursiveASTVisitor<EscapeFinder> {
public:
  explicit EscapeFinder(llvm::DenseSet<const ValueDecl *> &Out) : Out(Out) {}
  bool HasErrors = false;

  bool VisitExpr(Expr *E) {
    HasErrors = HasErrors || E->containsErrors();
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *U) {
    if (U->getOpcode() == UO_AddrOf)
      mark(U->getSubExpr());
    return true;
  }
  bool VisitVarDecl(VarDecl *VD) {
    if (!VD->getInit())
      return true;
    QualType T = VD->getType();
    if (T->isReferenceType() && !T.getNonReferenceType().isConstQualified())
      mark(VD->getInit());
    if (kindOf(T) == ValueKind::Module && sourceDecl(VD->getInit())) {
      mark(VD->getInit());
      Out.insert(VD);
    }
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *OC) {
    if (OC->getOperator() == OO_Equal && OC->getNumArgs() == 2 &&
        kindOf(OC->getArg(0)->getType()) == ValueKind::Module &&
        sourceDecl(OC->getArg(1))) {
      mark(OC->getArg(0));
      mark(OC->getArg(1));
    }
    return true;
  }
  bool VisitLambdaExpr(LambdaExpr *L) {
    for (const LambdaCapture &C : L->captures())
      if (C.capturesVariable() && C.getCaptureKind() == LCK_ByRef)
        if (const auto *VD = dyn_cast<VarDecl>(C.getCapturedVar()))
          Out.insert(VD);
    return true;
  }

private:
  void mark(const Expr *E) {
    if (const ValueDecl *VD = sourceDecl(E))
      Out.insert(VD);
  }
  llvm::DenseSet<const ValueDecl *> &Out;
};

} // namespace

bool findEscapes(const Stmt *Body, llvm::DenseSet<const ValueDecl *> &Out) {
  EscapeFinder Finder(Out);
  Finder.TraverseStmt(const_cast<Stmt *>(Body));
  return !Finder.HasErrors;
}

} // namespace torch_tidy
