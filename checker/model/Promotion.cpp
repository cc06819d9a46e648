//===- Promotion.cpp ------------------------------------------------------===//
#include "model/Promotion.h"
#include "ast/Names.h"
#include "domain/Limits.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// A parameter that takes a number operand: c10::Scalar, or an optional of
/// one (`clamp_(optional<Scalar> min, ...)`).
bool isScalarParam(const Vocabulary &Words, QualType T) {
  if (Words.is(T, TypeRole::Optional))
    return isScalarParam(Words, firstTemplateArg(T.getNonReferenceType()));
  return Words.is(T, TypeRole::Scalar);
}

/// The highest promotion category among the arithmetic leaves of E: the
/// C++ types of the numbers written in `tensor({1, 2})` or `arange(5.0)`.
std::optional<DtypeCategory> scalarCategory(const Expr *E) {
  if (!E)
    return std::nullopt;
  unsigned Cat;
  if (const auto *IC = dyn_cast<ImplicitCastExpr>(E))
    if (Vocabulary::arithmeticCategory(IC->getSubExpr()->getType(), Cat))
      return DtypeCategory(Cat);
  if (Vocabulary::arithmeticCategory(E->getType(), Cat))
    return DtypeCategory(Cat);
  std::optional<DtypeCategory> Best;
  for (const Stmt *Child : E->children())
    if (const auto *CE = dyn_cast_or_null<Expr>(Child))
      if (auto C = scalarCategory(CE))
        Best = std::max(Best.value_or(DtypeCategory::Bool), *C);
  return Best;
}

Dtype defaultOf(DtypeCategory C) {
  switch (C) {
  case DtypeCategory::Bool: return Dtype::Bool;
  case DtypeCategory::Integral: return Dtype::Long;
  case DtypeCategory::Floating: return Dtype::Float;
  default: return Dtype::ComplexFloat;
  }
}

bool takesTensors(const Vocabulary &Words, QualType Param) {
  ValueKind K = Words.kindOf(Param);
  return K == ValueKind::Tensor || K == ValueKind::TensorList;
}

} // namespace

/// Signed integers by width; Byte is the one unsigned type.
static unsigned intWidth(Dtype D) {
  switch (D) {
  case Dtype::Byte: case Dtype::Char: return 1;
  case Dtype::Short: return 2;
  case Dtype::Int: return 4;
  default: return 8;
  }
}

/// Floating-point types by width; BFloat16 and Half are both two bytes.
static unsigned floatWidth(Dtype D) {
  return D == Dtype::Double ? 8 : D == Dtype::Float ? 4 : 2;
}

/// The real type of a complex one's parts, and the complex type of a
/// floating one (none for BFloat16, which has no complex type).
static Dtype realPartOf(Dtype D) {
  return D == Dtype::ComplexHalf    ? Dtype::Half
         : D == Dtype::ComplexFloat ? Dtype::Float
                                    : Dtype::Double;
}
static std::optional<Dtype> complexOf(Dtype D) {
  switch (D) {
  case Dtype::Half: return Dtype::ComplexHalf;
  case Dtype::Float: return Dtype::ComplexFloat;
  case Dtype::Double: return Dtype::ComplexDouble;
  default: return std::nullopt;
  }
}

/// A complex type with another: the complex type of the wider parts; an
/// integral or Bool type leaves the complex one as it is.
static std::optional<Dtype> promoteComplex(Dtype A, Dtype B) {
  if (categoryOf(A) != DtypeCategory::Complex)
    std::swap(A, B);
  DtypeCategory CB = categoryOf(B);
  if (CB <= DtypeCategory::Integral)
    return A;
  Dtype RB = CB == DtypeCategory::Complex ? realPartOf(B) : B;
  std::optional<Dtype> R = promoteTypes(realPartOf(A), RB);
  return R ? complexOf(*R) : std::nullopt;
}

std::optional<Dtype> promoteTypes(Dtype A, Dtype B) {
  DtypeCategory CA = categoryOf(A), CB = categoryOf(B);
  if (CA == DtypeCategory::Complex || CB == DtypeCategory::Complex)
    return promoteComplex(A, B);
  if (A == B || B == Dtype::Bool)
    return A;
  if (A == Dtype::Bool)
    return B;
  if (CA != CB) // integral and floating: the floating one
    return CA == DtypeCategory::Floating ? A : B;
  if (CA == DtypeCategory::Floating) {
    if (floatWidth(A) == floatWidth(B)) // Half and BFloat16
      return Dtype::Float;
    return floatWidth(A) > floatWidth(B) ? A : B;
  }
  // Integers: an unsigned byte and a signed byte need sixteen bits.
  if ((A == Dtype::Byte && B == Dtype::Char) ||
      (A == Dtype::Char && B == Dtype::Byte))
    return Dtype::Short;
  if (intWidth(A) == intWidth(B))
    return A;
  return intWidth(A) > intWidth(B) ? A : B;
}

namespace {

/// The dtype a class of operands promotes to, or none for an empty class.
struct Promoted {
  std::optional<Dtype> D;
  bool Undecided = false; // a pair of dtypes promote_types does not model
  void add(Dtype X) {
    if (!D) {
      D = X;
      return;
    }
    std::optional<Dtype> P = promoteTypes(*D, X);
    Undecided = Undecided || !P;
    D = P ? P : D;
  }
};

/// LibTorch's combination of a higher-priority class's result with a lower
/// one's: the lower lifts the result only to a higher category.
std::optional<Dtype> combine(const Promoted &Higher, const Promoted &Lower,
                             bool &Undecided) {
  if (!Higher.D)
    return Lower.D;
  if (!Lower.D)
    return Higher.D;
  DtypeCategory H = categoryOf(*Higher.D), L = categoryOf(*Lower.D);
  if (H == DtypeCategory::Complex)
    return Higher.D;
  // A complex lower class: the complex type of a floating higher one's
  // precision (Float + a zero-dimensional ComplexDouble is ComplexFloat),
  // else the lower one's.
  if (L == DtypeCategory::Complex) {
    if (H != DtypeCategory::Floating)
      return Lower.D;
    std::optional<Dtype> C = complexOf(*Higher.D);
    Undecided = Undecided || !C;
    return C ? C : Higher.D;
  }
  if (H == DtypeCategory::Floating)
    return Higher.D;
  if (*Higher.D == Dtype::Bool || L == DtypeCategory::Floating) {
    std::optional<Dtype> P = promoteTypes(*Higher.D, *Lower.D);
    Undecided = Undecided || !P;
    return P ? P : Higher.D;
  }
  return Higher.D;
}

/// resultType for operands whose ranks are all known.
std::optional<Dtype> resultOf(llvm::ArrayRef<TensorOperand> Tensors,
                              std::optional<DtypeCategory> Numbers,
                              bool TrueDivision) {
  Promoted Dims, Zero, Wrapped;
  for (const TensorOperand &T : Tensors)
    (*T.R == Rank::Dims ? Dims : Zero).add(T.D);
  if (Numbers)
    Wrapped.add(defaultOf(*Numbers));
  bool Undecided = Dims.Undecided || Zero.Undecided;
  Promoted Lower;
  Lower.D = combine(Zero, Wrapped, Undecided);
  std::optional<Dtype> R = combine(Dims, Lower, Undecided);
  if (Undecided || !R)
    return std::nullopt;
  if (TrueDivision && categoryOf(*R) <= DtypeCategory::Integral)
    return Dtype::Float;
  return R;
}

} // namespace

std::optional<Dtype> resultType(llvm::ArrayRef<TensorOperand> Tensors,
                                std::optional<DtypeCategory> Numbers,
                                bool TrueDivision) {
  if (Tensors.empty())
    return std::nullopt;
  // Every way the unknown ranks can be must give one result.
  llvm::SmallVector<unsigned, 4> Unknown;
  for (unsigned I = 0; I < Tensors.size(); ++I)
    if (!Tensors[I].R)
      Unknown.push_back(I);
  if (Unknown.size() > limits::RankGuesses)
    return std::nullopt;
  llvm::SmallVector<TensorOperand, 4> Guess(Tensors.begin(), Tensors.end());
  std::optional<Dtype> Result;
  for (unsigned Bits = 0; Bits < (1u << Unknown.size()); ++Bits) {
    for (unsigned J = 0; J < Unknown.size(); ++J)
      Guess[Unknown[J]].R = (Bits >> J) & 1 ? Rank::Zero : Rank::Dims;
    std::optional<Dtype> R = resultOf(Guess, Numbers, TrueDivision);
    if (!R || (Result && *Result != *R))
      return std::nullopt;
    Result = R;
  }
  return Result;
}

std::optional<Dtype> resultType(llvm::ArrayRef<Dtype> Tensors,
                                std::optional<DtypeCategory> Numbers,
                                bool TrueDivision) {
  llvm::SmallVector<TensorOperand, 4> Ops;
  for (Dtype D : Tensors)
    Ops.push_back({D, std::nullopt});
  return resultType(Ops, Numbers, TrueDivision);
}

Fact<Dtype> promote(Evaluator &Ev, const CallParts &P, bool TrueDivision,
                    const Expr *Call, const Env &S) {
  const Vocabulary &Words = Ev.words();
  llvm::SmallVector<TensorOperand, 3> Tensors;
  std::optional<DtypeCategory> Numbers;
  Cause Unknown; // an operand's, when it makes the result unknown
  auto AddTensor = [&](const Expr *Op) {
    Facts F = Ev.eval(Op, S).State;
    if (!F.DType.isKnown()) {
      Unknown = F.DType.Unknown;
      return false;
    }
    Tensors.push_back({F.DType.Value, F.Shape.isKnown()
                                          ? std::optional<Rank>(F.Shape.Value)
                                          : std::nullopt});
    return true;
  };
  if (P.Receiver && Words.kindOf(P.Receiver->getType()) == ValueKind::Tensor &&
      !AddTensor(P.Receiver))
    return Fact<Dtype>::top(Unknown);
  for (unsigned I = 0; I < P.Args.size(); ++I) {
    if (isa<CXXDefaultArgExpr>(P.Args[I]))
      continue;
    // A list of tensors (cat, stack) counts as one operand: its join.
    if (takesTensors(Words, P.Params[I])) {
      if (!AddTensor(P.Args[I]))
        return Fact<Dtype>::top(Unknown);
    } else if (isScalarParam(Words, P.Params[I])) {
      std::optional<DtypeCategory> C = scalarCategory(P.Args[I]);
      if (!C)
        return Fact<Dtype>::top();
      Numbers = std::max(Numbers.value_or(DtypeCategory::Bool), *C);
    } else if (TrueDivision) {
      return Fact<Dtype>::top(); // div(other, rounding_mode): not modeled
    }
  }
  std::optional<Dtype> R = resultType(Tensors, Numbers, TrueDivision);
  return R ? Fact<Dtype>::known(*R, Call->getExprLoc()) : Fact<Dtype>::top();
}

Fact<Rank> promotedRank(Evaluator &Ev, const CallParts &P, const Env &S,
                        SourceLocation Loc) {
  const Vocabulary &Words = Ev.words();
  bool AllZero = true, Any = false;
  auto Add = [&](const Expr *Op) {
    Fact<Rank> R = Ev.eval(Op, S).State.Shape;
    if (R.isKnown() && R.Value == Rank::Dims)
      return true; // decides: stop
    AllZero = AllZero && R.isKnown();
    Any = true;
    return false;
  };
  if (P.Receiver && Words.kindOf(P.Receiver->getType()) == ValueKind::Tensor &&
      Add(P.Receiver))
    return Fact<Rank>::known(Rank::Dims, Loc);
  for (unsigned I = 0; I < P.Args.size(); ++I)
    if (takesTensors(Words, P.Params[I]) && Add(P.Args[I]))
      return Fact<Rank>::known(Rank::Dims, Loc);
  if (Any && AllZero)
    return Fact<Rank>::known(Rank::Zero, Loc);
  return Fact<Rank>::top();
}

Fact<Device> commonDevice(Evaluator &Ev, const CallParts &P, const Env &S) {
  const Vocabulary &Words = Ev.words();
  Fact<Device> Common;
  Cause Unknown; // an operand's, when it makes the result unknown
  auto Add = [&](const Expr *Op) {
    Fact<Device> D = Ev.eval(Op, S).State.Dev;
    if (!D.isKnown())
      Unknown = D.Unknown;
    if (!D.isKnown() || (Common.isKnown() && !(Common.Value == D.Value)))
      return false;
    Common = D;
    return true;
  };
  if (P.Receiver && Words.kindOf(P.Receiver->getType()) == ValueKind::Tensor &&
      !Add(P.Receiver))
    return Fact<Device>::top(Unknown);
  for (unsigned I = 0; I < P.Args.size(); ++I)
    if (takesTensors(Words, P.Params[I]) && !Add(P.Args[I]))
      return Fact<Device>::top(Unknown);
  return Common.isKnown() ? Common : Fact<Device>::top();
}

/// The dtype `torch::tensor` gives a number of C++ type T: int and int64_t
/// make Long, float and double the default Float, bool Bool, and the one-
/// and two-byte integers their own dtype (TensorDataContainer's
/// compute_desired_dtype); none for other types.
static std::optional<Dtype> tensorDataDtype(QualType T) {
  const auto *B = T.getCanonicalType()->getAs<BuiltinType>();
  switch (B ? B->getKind() : BuiltinType::Void) {
  case BuiltinType::Bool: return Dtype::Bool;
  case BuiltinType::UChar: return Dtype::Byte;
  case BuiltinType::SChar: return Dtype::Char;
  case BuiltinType::Short: return Dtype::Short;
  case BuiltinType::Int: case BuiltinType::Long: return Dtype::Long;
  case BuiltinType::Float: case BuiltinType::Double: return Dtype::Float;
  default: return std::nullopt;
  }
}

/// The dtypes of the numbers a TensorDataContainer argument holds (`{1, 2}`,
/// `{T(1), T(2)}`, `3`), from the constructor each number takes: into
/// Found, or Bad when one is not a number or they differ (libtorch throws).
static void tensorData(const Vocabulary &Words, const Stmt *S,
                       std::optional<Dtype> &Found, bool &Bad) {
  if (!S || Bad)
    return;
  const auto *CE = dyn_cast<CXXConstructExpr>(S);
  if (CE && CE->getNumArgs() == 1 &&
      Words.is(CE->getType(), TypeRole::TensorData) &&
      !Words.is(CE->getArg(0)->getType(), TypeRole::TensorData) &&
      !isa<InitListExpr, CXXStdInitializerListExpr>(
          CE->getArg(0)->IgnoreImplicit())) {
    std::optional<Dtype> D =
        tensorDataDtype(CE->getConstructor()->getParamDecl(0)->getType());
    Bad = !D || (Found && *Found != *D);
    Found = D;
    return;
  }
  for (const Stmt *Child : S->children())
    tensorData(Words, Child, Found, Bad);
}

Fact<Dtype> fromScalars(const Vocabulary &Words, const CallParts &P,
                        const Expr *Call) {
  std::optional<DtypeCategory> Cat;
  for (unsigned I = 0; I < P.Args.size(); ++I) {
    if (Words.is(P.Params[I], TypeRole::TensorData)) {
      std::optional<Dtype> D;
      bool Bad = false;
      tensorData(Words, P.Args[I], D, Bad);
      return D && !Bad ? Fact<Dtype>::known(*D, Call->getExprLoc())
                       : Fact<Dtype>::top();
    }
    if (!Words.is(P.Params[I], TypeRole::Scalar))
      continue;
    std::optional<DtypeCategory> C = scalarCategory(P.Args[I]);
    if (!C)
      return Fact<Dtype>::top();
    Cat = std::max(Cat.value_or(DtypeCategory::Bool), *C);
  }
  if (!Cat)
    return Fact<Dtype>::top();
  return Fact<Dtype>::known(defaultOf(*Cat), Call->getExprLoc());
}

} // namespace torch_tidy
