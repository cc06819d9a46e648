//===- Escapes.cpp --------------------------------------------------------===//
#include "model/Escapes.h"
#include "ast/Strip.h"
#include "model/ElementAccess.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace torch_tidy {
namespace {

class EscapeScan : public RecursiveASTVisitor<EscapeScan> {
public:
  EscapeScan(const Vocabulary &Words, const CXXRecordDecl *Class, Escapes &Out)
      : Words(Words), Class(Class), Out(Out) {}

  bool VisitExpr(Expr *E) {
    Out.HasErrors = Out.HasErrors || E->containsErrors();
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *U) {
    if (U->getOpcode() == UO_AddrOf) {
      mark(U->getSubExpr());
      markOwner(U->getSubExpr());
    }
    return true;
  }
  bool VisitVarDecl(VarDecl *VD);
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *OC);
  bool VisitCXXForRangeStmt(CXXForRangeStmt *S) {
    QualType T = S->getLoopVariable()->getType();
    if (T->isReferenceType() && !T.getNonReferenceType().isConstQualified())
      markContainer(S->getRangeInit());
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *CE);
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *MC);
  bool VisitCallExpr(CallExpr *CE);
  bool VisitLambdaExpr(LambdaExpr *L);
  // Pre-order: a use of `this` is seen before the `this` it holds.
  bool VisitCXXThisExpr(CXXThisExpr *T) {
    Out.ThisKept = Out.ThisKept || !Placed.count(T);
    return true;
  }
  bool VisitReturnStmt(ReturnStmt *R) { // `return *this;`
    place(R->getRetValue());
    return true;
  }
  bool VisitMemberExpr(MemberExpr *ME) {
    // Only fields of the class whose `this` is followed keep it in view.
    if (const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
        F && Class && F->getParent() == Class)
      place(ME->getBase());
    return true;
  }

private:
  void place(const Expr *E) {
    if (const CXXThisExpr *T = thisOf(E))
      Placed.insert(T);
  }
  /// The variable E copies or refers to escapes.
  void mark(const Expr *E) {
    if (const ValueDecl *VD = Words.sourceDecl(E))
      Out.Vars.insert(VD);
  }
  /// The container an element E belongs to escapes.
  void markOwner(const Expr *E) {
    if (std::optional<ElementOwner> O = elementOwner(Words, E))
      Out.Containers.insert(O->Var);
  }
  void markContainer(const Expr *E) {
    if (const ValueDecl *VD = Words.namedDecl(E))
      Out.Containers.insert(VD);
    else
      markOwner(E);
  }
  bool isSharedTensorList(QualType T) const {
    return Words.sharesElements(T) &&
           Words.kindOf(T) == ValueKind::TensorList;
  }
  void positionIn(const Expr *E, const ValueDecl *Self);
  /// Module handles are shallow: one the library keeps (a Sequential built
  /// from it, push_back, register_module) is converted with its keeper.
  void markKeptModules(const Decl *Callee, llvm::ArrayRef<const Expr *> Args) {
    if (!Callee || !Words.isLibraryCode(Callee))
      return;
    for (const Expr *Arg : Args)
      if (Words.kindOf(Arg->getType()) == ValueKind::Module)
        mark(Arg);
  }

  const Vocabulary &Words;
  const CXXRecordDecl *Class;
  Escapes &Out;
  /// Iterators that only read: they build a container or mark a position.
  llvm::DenseSet<const Expr *> ReadOnly;
  llvm::DenseSet<const CXXThisExpr *> Placed;
};

/// A non-const lvalue reference type.
static bool writableReference(QualType T) {
  return T->isLValueReferenceType() && !T.getNonReferenceType().isConstQualified();
}

/// Whether objects of type T keep non-const references: a class with such
/// a field, or a template given such a type (`std::tuple<at::Tensor &>`).
static bool keepsReferences(QualType T) {
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return false;
  if (const auto *S = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    for (const TemplateArgument &A : S->getTemplateArgs().asArray()) {
      llvm::ArrayRef<TemplateArgument> Args =
          A.getKind() == TemplateArgument::Pack ? A.pack_elements()
                                                : llvm::ArrayRef(A);
      for (const TemplateArgument &E : Args)
        if (E.getKind() == TemplateArgument::Type &&
            writableReference(E.getAsType()))
          return true;
    }
  return RD->hasDefinition() &&
         llvm::any_of(RD->fields(), [](const FieldDecl *F) {
           return writableReference(F->getType());
         });
}

bool EscapeScan::VisitVarDecl(VarDecl *VD) {
  QualType T = VD->getType();
  if (Words.isListView(T) && Words.kindOf(T) == ValueKind::TensorList &&
      !isa<ParmVarDecl>(VD))
    Out.Containers.insert(VD);
  const Expr *Init = VD->getInit();
  if (!Init)
    return true;
  bool NonConstRef =
      T->isReferenceType() && !T.getNonReferenceType().isConstQualified();
  if (NonConstRef)
    mark(Init);
  // An object that keeps references to the variables it was built from can
  // change them later (`std::tuple<at::Tensor &, at::Tensor &> t(a, b)`).
  if (const auto *CE = dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit());
      CE && !CE->getConstructor()->isCopyOrMoveConstructor() &&
      keepsReferences(T))
    for (unsigned I = 0; I < CE->getNumArgs(); ++I)
      if (I < CE->getConstructor()->getNumParams() &&
          writableReference(CE->getConstructor()->getParamDecl(I)->getType()))
        mark(CE->getArg(I));
  // `auto &t = v[0];`, a shared list's element proxy kept in a variable.
  if (NonConstRef || Words.is(T, TypeRole::ListElementReference))
    markOwner(Init);
  // Module handles are shallow: a copy converts the original.
  if (Words.kindOf(T) == ValueKind::Module && Words.sourceDecl(Init)) {
    mark(Init);
    Out.Vars.insert(VD);
  }
  // `c10::List<at::Tensor> b = a;`: both name one list.
  if (isSharedTensorList(T))
    if (const ValueDecl *From = Words.namedDecl(Init)) {
      Out.Containers.insert(From);
      Out.Containers.insert(VD);
    }
  return true;
}

bool EscapeScan::VisitCXXOperatorCallExpr(CXXOperatorCallExpr *OC) {
  if (OC->getOperator() != OO_Equal || OC->getNumArgs() != 2)
    return true;
  QualType T = OC->getArg(0)->getType();
  if (Words.kindOf(T) == ValueKind::Module && Words.sourceDecl(OC->getArg(1))) {
    mark(OC->getArg(0));
    mark(OC->getArg(1));
  }
  if (isSharedTensorList(T))
    for (const Expr *Side : {OC->getArg(0), OC->getArg(1)})
      if (const ValueDecl *VD = Words.namedDecl(Side))
        Out.Containers.insert(VD);
  return true;
}

// Iterators into a container are read where they build another one
// (`std::vector<IValue> in(v.begin(), v.end())`) and where a vector's own
// insert or erase takes them (`v.insert(v.end(), w.begin(), w.end())`,
// whose effect on v is modeled); elsewhere they may write.
bool EscapeScan::VisitCXXConstructExpr(CXXConstructExpr *CE) {
  if (!CE->getConstructor()->isCopyOrMoveConstructor())
    markKeptModules(CE->getConstructor(),
                    llvm::ArrayRef(CE->getArgs(), CE->getNumArgs()));
  if (CE->getNumArgs() >= 2 && Words.isOwningList(CE->getType()) &&
      iteratedRange(Words, CE->getArg(0), CE->getArg(1)))
    for (unsigned I = 0; I < 2; ++I)
      ReadOnly.insert(strip(CE->getArg(I)));
  // An IValue made from a shared list shares its elements.
  if (Words.kindOf(CE->getType()) == ValueKind::IValue)
    for (const Expr *Arg : CE->arguments())
      if (const ValueDecl *VD = Words.namedDecl(Arg);
          VD && isSharedTensorList(VD->getType()))
        Out.Containers.insert(VD);
  return true;
}

bool EscapeScan::VisitCXXMemberCallExpr(CXXMemberCallExpr *MC) {
  const Expr *Obj = MC->getImplicitObjectArgument();
  place(Obj);
  const CXXMethodDecl *M = MC->getMethodDecl();
  if (!Words.hasMethodRole(M, MethodRole(Insert | Remove)) ||
      !Words.isOwningList(Obj->getType()))
    return true;
  const ValueDecl *Self = Words.namedDecl(Obj);
  for (unsigned I = 0; I < MC->getNumArgs(); ++I) {
    positionIn(MC->getArg(I), Self);
    if (I + 1 < MC->getNumArgs() &&
        iteratedRange(Words, MC->getArg(I), MC->getArg(I + 1))) {
      ReadOnly.insert(strip(MC->getArg(I)));
      ReadOnly.insert(strip(MC->getArg(I + 1)));
    }
  }
  return true;
}

bool EscapeScan::VisitCallExpr(CallExpr *CE) {
  // The object of an operator and the arguments of calls: calls given the
  // object are followed as calls that may run any of its methods.
  for (const Expr *Arg : CE->arguments())
    place(Arg);
  if (!isa<CXXOperatorCallExpr>(CE)) // `lin->`, `lin(x)` keep nothing
    markKeptModules(CE->getCalleeDecl(),
                    llvm::ArrayRef(CE->getArgs(), CE->getNumArgs()));
  const Expr *Obj = iteratorOf(Words, CE, Iterator);
  if (!Obj || ReadOnly.count(CE) ||
      Words.kindOf(Obj->getType()) != ValueKind::TensorList)
    return true;
  // A shared list's iterators write through const methods.
  const auto *M = dyn_cast_or_null<CXXMethodDecl>(CE->getDirectCallee());
  if (!M || !M->isConst() || Words.sharesElements(Obj->getType()))
    markContainer(Obj);
  return true;
}

bool EscapeScan::VisitLambdaExpr(LambdaExpr *L) {
  for (const LambdaCapture &C : L->captures()) {
    Out.ThisKept = Out.ThisKept || C.capturesThis();
    if (!C.capturesVariable())
      continue;
    const ValueDecl *Captured = C.getCapturedVar();
    bool ByRef = C.getCaptureKind() == LCK_ByRef;
    if (const auto *BD = dyn_cast<BindingDecl>(Captured)) {
      if (const auto *DD = dyn_cast_or_null<VarDecl>(BD->getDecomposedDecl());
          DD && ByRef)
        Out.Containers.insert(DD);
      continue;
    }
    const auto *VD = dyn_cast<VarDecl>(Captured);
    // Module handles are shallow: a captured copy converts the original.
    if (VD && (ByRef || Words.kindOf(VD->getType().getNonReferenceType()) ==
                            ValueKind::Module))
      Out.Vars.insert(VD);
    // A copied shared list still shares its elements.
    if (VD && isSharedTensorList(VD->getType()))
      Out.Containers.insert(VD);
  }
  return true;
}

/// `v.begin()`, `v.end() - 1`: a position in Self's own elements.
void EscapeScan::positionIn(const Expr *E, const ValueDecl *Self) {
  E = strip(E);
  // iterator to const_iterator
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E); CE && CE->getNumArgs() == 1)
    return positionIn(CE->getArg(0), Self);
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
      OC && (OC->getOperator() == OO_Plus || OC->getOperator() == OO_Minus) &&
      OC->getNumArgs() == 2)
    return positionIn(OC->getArg(0), Self);
  if (const Expr *Obj =
          iteratorOf(Words, E, MethodRole(RangeBegin | RangeEnd));
      Obj && Self && Words.namedDecl(Obj) == Self)
    ReadOnly.insert(E);
}

} // namespace

void scanEscapes(const Vocabulary &Words, const Stmt *Code, Escapes &Into,
                 const CXXRecordDecl *Class) {
  EscapeScan(Words, Class, Into).TraverseStmt(const_cast<Stmt *>(Code));
}

} // namespace torch_tidy
