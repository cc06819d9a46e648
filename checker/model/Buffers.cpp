//===- Buffers.cpp --------------------------------------------------------===//
#include "model/Buffers.h"
#include "domain/Limits.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace torch_tidy {

/// The buffer expression seen through parentheses, implicit conversions and
/// casts to `void *`.
static const Expr *pointer(const Expr *E) {
  while (true) {
    E = E->IgnoreParenImpCasts();
    const auto *Cast = dyn_cast<ExplicitCastExpr>(E);
    if (!Cast || !Cast->getType()->isVoidPointerType())
      return E;
    E = Cast->getSubExpr();
  }
}

/// For `img.data`, `img.ptr()`: the object a byte pointer points into,
/// when a rule says its member gives the object's elements.
static const Expr *elementsOwner(Evaluator &Ev, const Expr *E) {
  const Expr *Owner = nullptr;
  const NamedDecl *Accessor = nullptr;
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    Owner = ME->getBase();
    Accessor = ME->getMemberDecl();
  } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    Owner = MC->getImplicitObjectArgument();
    Accessor = MC->getMethodDecl();
  }
  if (!Accessor)
    return nullptr;
  for (const CallRule &R : Ev.model().Calls.rulesFor(Accessor))
    if (R.ElementsOfSelf)
      return Owner;
  return nullptr;
}

/// The type of the elements a buffer expression points at; null when it is
/// neither a pointer nor an array.
static QualType elementType(const Expr *E) {
  QualType T = E->getType();
  return T->isPointerType() ? T->getPointeeType()
         : T->isArrayType() ? QualType(T->getArrayElementTypeNoTypeQual(), 0)
                            : QualType();
}

namespace {

/// The numbers a C++ type is made of, when they are all of one type: a
/// number, an array of them, or a class whose bases and fields are. The
/// count lets the caller check that they fill the type with no padding.
struct Numbers {
  std::optional<Dtype> D;
  uint64_t Count = 0;    // how many numbers
  uint64_t NumberBits = 0; // the size of one
  bool Mixed = false; // numbers of different types, or something else
};

void addNumbers(const Vocabulary &Words, QualType T, uint64_t Times,
                Numbers &N, unsigned Depth);

void addRecordNumbers(const Vocabulary &Words, const CXXRecordDecl *RD,
                      uint64_t Times, Numbers &N, unsigned Depth) {
  if (!RD || !RD->hasDefinition() || RD->isUnion() || RD->isDynamicClass() ||
      RD->getNumVBases() > 0) {
    N.Mixed = true;
    return;
  }
  RD = RD->getDefinition();
  for (const CXXBaseSpecifier &B : RD->bases())
    addNumbers(Words, B.getType(), Times, N, Depth + 1);
  for (const FieldDecl *F : RD->fields()) {
    if (F->isBitField()) {
      N.Mixed = true;
      return;
    }
    addNumbers(Words, F->getType(), Times, N, Depth + 1);
  }
}

void addNumbers(const Vocabulary &Words, QualType T, uint64_t Times,
                Numbers &N, unsigned Depth) {
  if (N.Mixed || Depth > limits::ElementTypeDepth) {
    N.Mixed = true;
    return;
  }
  T = T.getCanonicalType().getUnqualifiedType();
  std::optional<Dtype> D = Words.dtypeOfElement(T);
  if (const auto *CA = dyn_cast<ConstantArrayType>(T.getTypePtr())) {
    addNumbers(Words, CA->getElementType(), Times * CA->getSize().getZExtValue(),
               N, Depth + 1);
    return;
  }
  if (!D) {
    addRecordNumbers(Words, T->getAsCXXRecordDecl(), Times, N, Depth);
    return;
  }
  if (N.D && *N.D != *D)
    N.Mixed = true;
  N.D = D;
  N.Count += Times;
  N.NumberBits = Words.context().getTypeSize(T);
}

/// `cv::Vec3b`, `cv::Point2f`, `std::array<float, 3>`, `struct { float x,
/// y; }`: the one numeric type that fills the class, with no padding.
std::optional<Dtype> aggregateElements(const Vocabulary &Words, QualType T) {
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition() || T->isIncompleteType() ||
      T->isDependentType())
    return std::nullopt;
  Numbers N;
  addRecordNumbers(Words, RD, 1, N, 0);
  if (N.Mixed || !N.D ||
      Words.context().getTypeSize(T) != N.Count * N.NumberBits)
    return std::nullopt;
  return N.D;
}

/// Whether values of T hold addresses: pointers, references or a virtual
/// table, in T or in the classes and arrays it is made of.
bool holdsAddresses(QualType T, unsigned Depth) {
  if (Depth > limits::ElementTypeDepth)
    return false;
  T = T.getCanonicalType();
  if (T->isAnyPointerType() || T->isReferenceType() ||
      T->isMemberPointerType() || T->isBlockPointerType())
    return true;
  if (const auto *AT = dyn_cast<ArrayType>(T.getTypePtr()))
    return holdsAddresses(AT->getElementType(), Depth + 1);
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition())
    return false;
  RD = RD->getDefinition();
  if (RD->isDynamicClass())
    return true;
  for (const CXXBaseSpecifier &B : RD->bases())
    if (holdsAddresses(B.getType(), Depth + 1))
      return true;
  for (const FieldDecl *F : RD->fields())
    if (holdsAddresses(F->getType(), Depth + 1))
      return true;
  return false;
}

} // namespace

QualType nonNumericElements(const Expr *Buffer) {
  QualType Elt = elementType(pointer(Buffer));
  if (Elt.isNull() || Elt->isDependentType() || Elt->isVoidType())
    return QualType();
  return holdsAddresses(Elt, 0) ? Elt : QualType();
}

Fact<Dtype> bufferElements(Evaluator &Ev, const Expr *Buffer, const Env &S) {
  const Expr *E = pointer(Buffer);
  QualType Elt = elementType(E);
  if (Elt.isNull())
    return Fact<Dtype>::top();
  if (Elt->isCharType())
    if (const Expr *Owner = elementsOwner(Ev, E))
      return Ev.eval(Owner, S).State.DType;
  std::optional<Dtype> D = Ev.words().dtypeOfElement(Elt);
  if (!D && !Elt->isDependentType())
    D = aggregateElements(Ev.words(), Elt.getCanonicalType());
  return D ? Fact<Dtype>::known(*D, Buffer->getExprLoc()) : Fact<Dtype>::top();
}

} // namespace torch_tidy
