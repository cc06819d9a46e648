//===- ObjectUses.cpp -----------------------------------------------------===//
#include "interprocedural/ObjectUses.h"
#include "ast/Handlers.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace torch_tidy {

const CXXRecordDecl *objectClass(const Vocabulary &Words, QualType T) {
  T = T.getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  if (Words.is(T, TypeRole::SmartPointer)) {
    const auto *Spec =
        dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
    if (!Spec || Spec->getTemplateArgs().size() < 1 ||
        Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
      return nullptr;
    T = Spec->getTemplateArgs()[0].getAsType();
  }
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  return RD ? RD->getDefinition() : nullptr;
}

namespace {

/// How a body uses its locals of class type (and smart pointers to one):
/// which references are the object of a direct method call (`d.run()`,
/// `p->run()`), which only ask a smart pointer whether it holds one, in
/// which full expression and whether inside a handler; and whether a
/// handler goes on after a method may have thrown half-way.
class ObjectUses : public RecursiveASTVisitor<ObjectUses> {
public:
  explicit ObjectUses(const Vocabulary &Words) : Words(Words) {}

  bool VisitVarDecl(VarDecl *VD) {
    QualType T = VD->getType();
    if (VD->isLocalVarDecl() && !VD->isStaticLocal() && !T->isReferenceType() &&
        T->getAsCXXRecordDecl() && objectClass(Words, T) &&
        !Words.isLibraryCode(objectClass(Words, T)))
      Candidates.insert(VD);
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *MC) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens());
    if (!MD || !ME)
      return true;
    const Expr *Base = ME->getBase()->IgnoreParenImpCasts();
    // `if (p)`: a smart pointer asked whether it holds an object.
    if (const auto *Conv = dyn_cast<CXXConversionDecl>(MD);
        Conv && Conv->getConversionType()->isBooleanType() && !ME->isArrow())
      if (const auto *DR = dyn_cast<DeclRefExpr>(Base);
          DR && Words.is(DR->getType(), TypeRole::SmartPointer))
        Receivers.insert(DR);
    if (MD->isStatic() || MD->isOverloadedOperator() ||
        isa<CXXConversionDecl>(MD))
      return true;
    if (ME->isArrow()) {
      // `p->run()` on a smart pointer: `p.operator->()->run()`.
      const auto *Arrow = dyn_cast<CXXOperatorCallExpr>(Base);
      if (!Arrow || Arrow->getOperator() != OO_Arrow || Arrow->getNumArgs() != 1)
        return true;
      const auto *DR =
          dyn_cast<DeclRefExpr>(Arrow->getArg(0)->IgnoreParenImpCasts());
      if (DR && Words.is(DR->getType(), TypeRole::SmartPointer))
        Receivers.insert(DR);
      return true;
    }
    if (const auto *DR = dyn_cast<DeclRefExpr>(Base);
        DR && !Words.is(DR->getType(), TypeRole::SmartPointer))
      Receivers.insert(DR);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *DR) {
    if (const auto *VD = dyn_cast<VarDecl>(DR->getDecl()))
      Refs.push_back({VD, DR, FullExpr, Handlers > 0});
    return true;
  }
  bool TraverseStmt(Stmt *S) {
    if (!S)
      return true;
    bool Outermost = isa<Expr>(S) && !FullExpr;
    if (Outermost)
      FullExpr = S;
    bool Result = RecursiveASTVisitor::TraverseStmt(S);
    if (Outermost)
      FullExpr = nullptr;
    return Result;
  }
  bool TraverseCXXCatchStmt(CXXCatchStmt *C) {
    GoesOnAfterCatch |= goesOnAfter(C);
    ++Handlers;
    bool Result = RecursiveASTVisitor::TraverseCXXCatchStmt(C);
    --Handlers;
    return Result;
  }

  /// The candidates every reference to which is a receiver, outside
  /// lambdas and handlers, one per full expression (arguments of one call
  /// run in an unspecified order: `f(d.get(), d.widen())`).
  llvm::DenseSet<const VarDecl *> followed() const {
    llvm::DenseSet<const VarDecl *> Out;
    if (GoesOnAfterCatch)
      return Out;
    llvm::DenseSet<const VarDecl *> Misused;
    llvm::DenseSet<std::pair<const VarDecl *, const Stmt *>> Seen;
    for (const Ref &R : Refs)
      if (!Receivers.count(R.At) || R.At->refersToEnclosingVariableOrCapture() ||
          R.InHandler || !Seen.insert({R.Var, R.Full}).second)
        Misused.insert(R.Var);
    for (const VarDecl *VD : Candidates)
      if (!Misused.count(VD))
        Out.insert(VD);
    return Out;
  }

private:
  struct Ref {
    const VarDecl *Var;
    const DeclRefExpr *At;
    const Stmt *Full; // the full expression it is in
    bool InHandler;
  };
  const Vocabulary &Words;
  llvm::DenseSet<const VarDecl *> Candidates;
  llvm::DenseSet<const DeclRefExpr *> Receivers;
  llvm::SmallVector<Ref, 16> Refs;
  const Stmt *FullExpr = nullptr;
  unsigned Handlers = 0;
  bool GoesOnAfterCatch = false;
};

} // namespace

llvm::DenseSet<const VarDecl *> usedThroughMethods(const Vocabulary &Words,
                                                   const FunctionDecl *Fn) {
  ObjectUses Uses(Words);
  Uses.TraverseStmt(const_cast<Stmt *>(Fn->getBody()));
  return Uses.followed();
}

} // namespace torch_tidy
