//===- ElementAccess.cpp --------------------------------------------------===//
#include "model/ElementAccess.h"
#include "ast/Strip.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace torch_tidy {
namespace {

bool isTensorList(const Vocabulary &Words, const Expr *E) {
  return Words.kindOf(E->getType()) == ValueKind::TensorList;
}

/// For the iterator of a range-for (`__begin1`), the range it walks as the
/// code wrote it.
const Expr *rangeOfLoopIterator(const Vocabulary &Words, const Expr *E) {
  const auto *DR = dyn_cast<DeclRefExpr>(strip(E));
  const auto *It = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
  if (!It || !It->isImplicit() || !It->getInit())
    return nullptr;
  const Expr *Range = nullptr;
  const Expr *Init = strip(It->getInit());
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Init)) {
    if (Words.hasMethodRole(MC->getMethodDecl(), RangeBegin))
      Range = MC->getImplicitObjectArgument();
  } else if (const auto *CE = dyn_cast<CallExpr>(Init);
             CE && CE->getNumArgs() == 1 &&
             Words.hasMethodRole(CE->getDirectCallee(), RangeBegin)) {
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

/// A structured binding of a tuple: `auto [a, b] = load();`.
std::optional<ElementAccess> bindingAccess(const Vocabulary &Words,
                                           const DeclRefExpr *DR) {
  const auto *BD = dyn_cast<BindingDecl>(DR->getDecl());
  if (!BD || !BD->getHoldingVar())
    return std::nullopt;
  const auto *DD = dyn_cast_or_null<DecompositionDecl>(BD->getDecomposedDecl());
  if (!DD || Words.kindOf(DD->getType()) != ValueKind::StdTuple)
    return std::nullopt;
  unsigned Index = 0;
  for (const BindingDecl *B : DD->bindings()) {
    if (B == BD)
      return ElementAccess{nullptr, DD, Index};
    ++Index;
  }
  return std::nullopt;
}

/// `p.first`, `p.second`: a tuple's fields, by their position.
std::optional<ElementAccess> fieldAccess(const Vocabulary &Words,
                                         const MemberExpr *ME) {
  const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
  if (!FD || ME->isArrow() ||
      Words.kindOf(ME->getBase()->getType()) != ValueKind::StdTuple ||
      !Words.is(ME->getBase()->getType(), TypeRole::Tuple) ||
      FD->getFieldIndex() > 1)
    return std::nullopt;
  return ElementAccess{ME->getBase(), nullptr, FD->getFieldIndex()};
}

/// `v[i]`, `*__begin1` (the variable of a range-for), `*v.begin()`,
/// `v.at(i)`, `l.get(i)`, `std::get<I>(t)`.
std::optional<ElementAccess> callAccess(const Vocabulary &Words,
                                        const CallExpr *CE) {
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE)) {
    if (OC->getOperator() == OO_Subscript && OC->getNumArgs() == 2 &&
        isTensorList(Words, OC->getArg(0)))
      return ElementAccess{OC->getArg(0), nullptr, std::nullopt};
    if (OC->getOperator() == OO_Star && OC->getNumArgs() == 1) {
      const Expr *Range = rangeOfLoopIterator(Words, OC->getArg(0));
      if (!Range) // `*v.begin()`
        Range = iteratorOf(Words, OC->getArg(0), RangeBegin);
      if (Range && isTensorList(Words, Range))
        return ElementAccess{Range, nullptr, std::nullopt};
    }
    return std::nullopt;
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
    if (Words.hasMethodRole(MC->getMethodDecl(), ElementRead) &&
        isTensorList(Words, MC->getImplicitObjectArgument()))
      return ElementAccess{MC->getImplicitObjectArgument(), nullptr,
                           std::nullopt};
    return std::nullopt;
  }
  const FunctionDecl *F = CE->getDirectCallee();
  if (CE->getNumArgs() == 1 &&
      Words.functionRole(F) == FunctionRole::TupleGet &&
      Words.kindOf(CE->getArg(0)->getType()) == ValueKind::StdTuple)
    if (const TemplateArgumentList *Args = F->getTemplateSpecializationArgs();
        Args && Args->size() >= 1 &&
        Args->get(0).getKind() == TemplateArgument::Integral)
      return ElementAccess{
          CE->getArg(0), nullptr,
          unsigned(Args->get(0).getAsIntegral().getZExtValue())};
  return std::nullopt;
}

} // namespace

std::optional<ElementAccess> elementAccess(const Vocabulary &Words,
                                           const Expr *E) {
  E = strip(E);
  if (!E)
    return std::nullopt;
  // A c10::List element proxy converted to the tensor it stands for.
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E);
      MC && isa_and_nonnull<CXXConversionDecl>(MC->getMethodDecl()) &&
      Words.is(MC->getImplicitObjectArgument()->getType(),
               TypeRole::ListElementReference))
    E = strip(MC->getImplicitObjectArgument());
  if (const auto *DR = dyn_cast<DeclRefExpr>(E))
    return bindingAccess(Words, DR);
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return fieldAccess(Words, ME);
  const auto *CE = dyn_cast<CallExpr>(E);
  if (!CE || !CE->getDirectCallee())
    return std::nullopt;
  return callAccess(Words, CE);
}

std::optional<ElementOwner> elementOwner(const Vocabulary &Words,
                                         const Expr *E) {
  std::optional<ElementAccess> A = elementAccess(Words, E);
  if (!A)
    return std::nullopt;
  if (A->Decomposed)
    return ElementOwner{A->Decomposed, A->Index, false};
  if (const ValueDecl *VD = Words.namedDecl(A->Container))
    return ElementOwner{VD, A->Index, false};
  // An element of an element: the outer one is what changes.
  if (std::optional<ElementOwner> Outer = elementOwner(Words, A->Container)) {
    Outer->Nested = true;
    return Outer;
  }
  return std::nullopt;
}

const Expr *iteratorOf(const Vocabulary &Words, const Expr *E, MethodRole R) {
  const auto *CE = dyn_cast<CallExpr>(strip(E));
  const FunctionDecl *F = CE ? CE->getDirectCallee() : nullptr;
  if (!F || !Words.hasMethodRole(F, R))
    return nullptr;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
    return MC->getImplicitObjectArgument();
  if (CE->getNumArgs() == 1 && Words.isLibraryCode(F))
    return CE->getArg(0);
  return nullptr;
}

const Expr *iteratedRange(const Vocabulary &Words, const Expr *First,
                          const Expr *Last) {
  const Expr *From = iteratorOf(Words, First, RangeBegin);
  const Expr *To = iteratorOf(Words, Last, RangeEnd);
  if (!From || !To)
    return nullptr;
  const ValueDecl *VD = Words.namedDecl(From);
  if (!VD || VD != Words.namedDecl(To))
    return nullptr;
  return From;
}

} // namespace torch_tidy
