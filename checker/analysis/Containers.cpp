//===- Containers.cpp -----------------------------------------------------===//
#include "analysis/Containers.h"
#include "analysis/Evaluator.h"
#include "analysis/Names.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace torch_tidy {
namespace {

bool isTensorList(const Expr *E) {
  return kindOf(E->getType()) == ValueKind::TensorList;
}

std::string recordName(QualType T) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  return RD ? qualifiedName(RD) : std::string();
}

/// c10::List's proxy for one of its elements (what `l[i]` and `*it` give).
bool isListElementProxy(QualType T) {
  return recordName(T) == "c10::impl::ListElementReference";
}

/// For the iterator of a range-for (`__begin1`), the range it walks as the
/// code wrote it.
const Expr *rangeOfLoopIterator(const Expr *E) {
  const auto *DR = dyn_cast<DeclRefExpr>(strip(E));
  const auto *It = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
  if (!It || !It->isImplicit() || !It->getInit())
    return nullptr;
  const Expr *Range = nullptr;
  const Expr *Init = strip(It->getInit());
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Init)) {
    if (const auto *M = MC->getMethodDecl();
        M && M->getDeclName().isIdentifier() && M->getName() == "begin")
      Range = MC->getImplicitObjectArgument();
  } else if (const auto *CE = dyn_cast<CallExpr>(Init);
             CE && CE->getNumArgs() == 1 && CE->getDirectCallee() &&
             CE->getDirectCallee()->getDeclName().isIdentifier() &&
             CE->getDirectCallee()->getName() == "begin") {
    Range = CE->getArg(0);
  }
  if (!Range)
    return nullptr;
  // `auto &&__range1 = <what the code wrote>;`
  const auto *RangeRef = dyn_cast<DeclRefExpr>(strip(Range));
  const auto *RangeVar =
      RangeRef ? dyn_cast<VarDecl>(RangeRef->getDecl()) : nullptr;
  if (RangeVar && RangeVar->isImplicit() && RangeVar->getInit())
    return RangeVar->getInit();
  return Range;
}

/// `x.begin()` / `std::begin(x)` and the like: x, when the call's name is
/// one of Names.
const Expr *iteratorOf(const Expr *E, llvm::ArrayRef<StringRef> Names) {
  E = strip(E);
  const auto *CE = dyn_cast<CallExpr>(E);
  const FunctionDecl *F = CE ? CE->getDirectCallee() : nullptr;
  if (!F || !F->getDeclName().isIdentifier() ||
      !llvm::is_contained(Names, F->getName()))
    return nullptr;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
    return MC->getImplicitObjectArgument();
  if (CE->getNumArgs() == 1 && qualifiedName(F).rfind("std::", 0) == 0)
    return CE->getArg(0);
  return nullptr;
}

} // namespace

std::optional<ElementAccess> elementAccess(const Expr *E) {
  E = strip(E);
  if (!E)
    return std::nullopt;
  // A c10::List element proxy converted to the tensor it stands for.
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E);
      MC && isa_and_nonnull<CXXConversionDecl>(MC->getMethodDecl()) &&
      isListElementProxy(MC->getImplicitObjectArgument()->getType()))
    E = strip(MC->getImplicitObjectArgument());

  // A structured binding of a tuple: `auto [a, b] = load();`.
  if (const auto *DR = dyn_cast<DeclRefExpr>(E)) {
    const auto *BD = dyn_cast<BindingDecl>(DR->getDecl());
    if (!BD || !BD->getHoldingVar())
      return std::nullopt;
    const auto *DD =
        dyn_cast_or_null<DecompositionDecl>(BD->getDecomposedDecl());
    if (!DD || kindOf(DD->getType()) != ValueKind::StdTuple)
      return std::nullopt;
    unsigned Index = 0;
    for (const BindingDecl *B : DD->bindings()) {
      if (B == BD)
        return ElementAccess{nullptr, DD, Index};
      ++Index;
    }
    return std::nullopt;
  }
  // `p.first`, `p.second`
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!FD || ME->isArrow() ||
        kindOf(ME->getBase()->getType()) != ValueKind::StdTuple ||
        qualifiedName(FD->getParent()) != "std::pair")
      return std::nullopt;
    if (FD->getName() == "first" || FD->getName() == "second")
      return ElementAccess{ME->getBase(), nullptr,
                           FD->getName() == "first" ? 0u : 1u};
    return std::nullopt;
  }
  const auto *CE = dyn_cast<CallExpr>(E);
  if (!CE || !CE->getDirectCallee())
    return std::nullopt;
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE)) {
    // v[i]
    if (OC->getOperator() == OO_Subscript && OC->getNumArgs() == 2 &&
        isTensorList(OC->getArg(0)))
      return ElementAccess{OC->getArg(0), nullptr, std::nullopt};
    // *__begin1: the variable of a range-for
    if (OC->getOperator() == OO_Star && OC->getNumArgs() == 1)
      if (const Expr *Range = rangeOfLoopIterator(OC->getArg(0));
          Range && isTensorList(Range))
        return ElementAccess{Range, nullptr, std::nullopt};
    return std::nullopt;
  }
  // v.at(i), v.front(), v.back(), l.get(i), l.extract(i)
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
    const CXXMethodDecl *M = MC->getMethodDecl();
    if (M && M->getDeclName().isIdentifier() &&
        llvm::is_contained({"at", "front", "back", "get", "extract"},
                           M->getName()) &&
        isTensorList(MC->getImplicitObjectArgument()))
      return ElementAccess{MC->getImplicitObjectArgument(), nullptr,
                           std::nullopt};
    return std::nullopt;
  }
  // std::get<I>(t)
  const FunctionDecl *F = CE->getDirectCallee();
  if (CE->getNumArgs() == 1 && F->getDeclName().isIdentifier() &&
      F->getName() == "get" && qualifiedName(F) == "std::get" &&
      kindOf(CE->getArg(0)->getType()) == ValueKind::StdTuple)
    if (const TemplateArgumentList *Args = F->getTemplateSpecializationArgs();
        Args && Args->size() >= 1 &&
        Args->get(0).getKind() == TemplateArgument::Integral)
      return ElementAccess{
          CE->getArg(0), nullptr,
          unsigned(Args->get(0).getAsIntegral().getZExtValue())};
  return std::nullopt;
}

std::optional<ElementOwner> elementOwner(const Expr *E) {
  std::optional<ElementAccess> A = elementAccess(E);
  if (!A)
    return std::nullopt;
  if (A->Decomposed)
    return ElementOwner{A->Decomposed, A->Index, false};
  if (const ValueDecl *VD = namedDecl(A->Container))
    return ElementOwner{VD, A->Index, false};
  // An element of an element: the outer one is what changes.
  if (std::optional<ElementOwner> Outer = elementOwner(A->Container)) {
    Outer->Nested = true;
    return Outer;
  }
  return std::nullopt;
}

const Expr *iteratedRange(const Expr *First, const Expr *Last) {
  const Expr *From = iteratorOf(First, {"begin", "cbegin"});
  const Expr *To = iteratorOf(Last, {"end", "cend"});
  if (!From || !To)
    return nullptr;
  const ValueDecl *VD = namedDecl(From);
  if (!VD || VD != namedDecl(To))
    return nullptr;
  return From;
}

namespace {

class EscapeFinder : public RecursiveASTVisitor<EscapeFinder> {
public:
  explicit EscapeFinder(llvm::DenseSet<const ValueDecl *> &Out) : Out(Out) {}

  bool VisitVarDecl(VarDecl *VD) {
    QualType T = VD->getType();
    if (isListView(T) && kindOf(T) == ValueKind::TensorList &&
        !isa<ParmVarDecl>(VD))
      Out.insert(VD);
    const Expr *Init = VD->getInit();
    if (!Init)
      return true;
    // `auto &t = v[0];`, a c10::List proxy kept in a variable.
    if ((T->isReferenceType() && !T.getNonReferenceType().isConstQualified()) ||
        isListElementProxy(T))
      markOwner(Init);
    // `c10::List<at::Tensor> b = a;`: both name one list.
    if (sharesElements(T) && kindOf(T) == ValueKind::TensorList)
      if (const ValueDecl *From = namedDecl(Init)) {
        Out.insert(From);
        Out.insert(VD);
      }
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *U) {
    if (U->getOpcode() == UO_AddrOf)
      markOwner(U->getSubExpr());
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *OC) {
    if (OC->getOperator() == OO_Equal && OC->getNumArgs() == 2 &&
        sharesElements(OC->getArg(0)->getType()) &&
        kindOf(OC->getArg(0)->getType()) == ValueKind::TensorList)
      for (const Expr *Side : {OC->getArg(0), OC->getArg(1)})
        if (const ValueDecl *VD = namedDecl(Side))
          Out.insert(VD);
    return true;
  }
  bool VisitCXXForRangeStmt(CXXForRangeStmt *S) {
    QualType T = S->getLoopVariable()->getType();
    if (T->isReferenceType() && !T.getNonReferenceType().isConstQualified())
      markContainer(S->getRangeInit());
    return true;
  }
  // Iterators into a container are read where they build another one
  // (`std::vector<IValue> in(v.begin(), v.end())`) and where a vector's
  // own insert or erase takes them (`v.insert(v.end(), w.begin(), w.end())`,
  // whose effect on v is modeled); elsewhere they may write.
  bool VisitCXXConstructExpr(CXXConstructExpr *CE) {
    if (CE->getNumArgs() >= 2 && recordName(CE->getType()) == "std::vector" &&
        iteratedRange(CE->getArg(0), CE->getArg(1)))
      for (unsigned I = 0; I < 2; ++I)
        ReadOnly.insert(strip(CE->getArg(I)));
    // An IValue made from a c10::List shares its elements.
    if (kindOf(CE->getType()) == ValueKind::IValue)
      for (const Expr *Arg : CE->arguments())
        if (const ValueDecl *VD = namedDecl(Arg);
            VD && sharesElements(VD->getType()) &&
            kindOf(VD->getType()) == ValueKind::TensorList)
          Out.insert(VD);
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *MC) {
    const CXXMethodDecl *M = MC->getMethodDecl();
    const Expr *Obj = MC->getImplicitObjectArgument();
    if (!M || !M->getDeclName().isIdentifier() ||
        !llvm::is_contained({"insert", "emplace", "erase"}, M->getName()) ||
        recordName(Obj->getType()) != "std::vector")
      return true;
    const ValueDecl *Self = namedDecl(Obj);
    for (unsigned I = 0; I < MC->getNumArgs(); ++I) {
      positionIn(MC->getArg(I), Self);
      if (I + 1 < MC->getNumArgs() &&
          iteratedRange(MC->getArg(I), MC->getArg(I + 1))) {
        ReadOnly.insert(strip(MC->getArg(I)));
        ReadOnly.insert(strip(MC->getArg(I + 1)));
      }
    }
    return true;
  }
  bool VisitCallExpr(CallExpr *CE) {
    const Expr *Obj =
        iteratorOf(CE, {"begin", "end", "rbegin", "rend", "data"});
    if (!Obj || ReadOnly.count(CE) ||
        kindOf(Obj->getType()) != ValueKind::TensorList)
      return true;
    // c10::List's iterators write through const methods.
    const auto *M = dyn_cast_or_null<CXXMethodDecl>(CE->getDirectCallee());
    if (!M || !M->isConst() || sharesElements(Obj->getType()))
      markContainer(Obj);
    return true;
  }
  bool VisitLambdaExpr(LambdaExpr *L) {
    for (const LambdaCapture &C : L->captures()) {
      if (!C.capturesVariable())
        continue;
      if (const auto *BD = dyn_cast<BindingDecl>(C.getCapturedVar())) {
        if (C.getCaptureKind() == LCK_ByRef)
          if (const auto *DD =
                  dyn_cast_or_null<VarDecl>(BD->getDecomposedDecl()))
            Out.insert(DD);
      } else if (const auto *VD = dyn_cast<VarDecl>(C.getCapturedVar());
                 VD && sharesElements(VD->getType()) &&
                 kindOf(VD->getType()) == ValueKind::TensorList) {
        Out.insert(VD); // a copied c10::List still shares its elements
      }
    }
    return true;
  }

private:
  /// `v.begin()`, `v.end() - 1`: a position in Self's own elements.
  void positionIn(const Expr *E, const ValueDecl *Self) {
    E = strip(E);
    // iterator to const_iterator
    if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
        CE && CE->getNumArgs() == 1)
      return positionIn(CE->getArg(0), Self);
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
        OC && (OC->getOperator() == OO_Plus || OC->getOperator() == OO_Minus) &&
        OC->getNumArgs() == 2)
      return positionIn(OC->getArg(0), Self);
    if (const Expr *Obj = iteratorOf(E, {"begin", "end", "cbegin", "cend"});
        Obj && Self && namedDecl(Obj) == Self)
      ReadOnly.insert(E);
  }
  void markOwner(const Expr *E) {
    if (std::optional<ElementOwner> O = elementOwner(E))
      Out.insert(O->Var);
  }
  void markContainer(const Expr *E) {
    if (const ValueDecl *VD = namedDecl(E))
      Out.insert(VD);
    else
      markOwner(E);
  }

  llvm::DenseSet<const ValueDecl *> &Out;
  llvm::DenseSet<const Expr *> ReadOnly;
};

} // namespace

llvm::DenseSet<const ValueDecl *> findContainerEscapes(const Stmt *Body) {
  llvm::DenseSet<const ValueDecl *> Out;
  EscapeFinder(Out).TraverseStmt(const_cast<Stmt *>(Body));
  return Out;
}

} // namespace torch_tidy
