//===- Promotion.cpp ------------------------------------------------------===//
#include "model/Promotion.h"
#include "ast/Names.h"
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

std::optional<Dtype> resultType(llvm::ArrayRef<Dtype> Tensors,
                                std::optional<DtypeCategory> Numbers,
                                bool TrueDivision) {
  if (Tensors.empty())
    return std::nullopt;
  // Without knowing which operands are zero-dim, only the highest category
  // decides for sure: its dtype wins if all its tensors agree.
  DtypeCategory Top = categoryOf(Tensors[0]);
  for (Dtype D : Tensors)
    Top = std::max(Top, categoryOf(D));
  bool Lifted = Numbers && *Numbers > Top;
  std::optional<Dtype> Result;
  for (Dtype D : Tensors) {
    if (categoryOf(D) != Top)
      continue;
    // Which one wins does not matter when a number lifts the category, nor
    // to a true division of integers.
    if (Result && *Result != D && !Lifted &&
        !(TrueDivision && Top <= DtypeCategory::Integral))
      return std::nullopt;
    Result = D;
  }
  if (Lifted)
    Result = defaultOf(*Numbers);
  if (TrueDivision && categoryOf(*Result) <= DtypeCategory::Integral)
    Result = Dtype::Float;
  return Result;
}

Fact<Dtype> promote(Evaluator &Ev, const CallParts &P, bool TrueDivision,
                    const Expr *Call, const Env &S) {
  const Vocabulary &Words = Ev.words();
  llvm::SmallVector<Dtype, 3> Tensors;
  std::optional<DtypeCategory> Numbers;
  auto AddTensor = [&](const Expr *Op) {
    Fact<Dtype> D = Ev.eval(Op, S).State.DType;
    if (D.isKnown())
      Tensors.push_back(D.Value);
    return D.isKnown();
  };
  if (P.Receiver && Words.kindOf(P.Receiver->getType()) == ValueKind::Tensor &&
      !AddTensor(P.Receiver))
    return Fact<Dtype>::top();
  for (unsigned I = 0; I < P.Args.size(); ++I) {
    if (isa<CXXDefaultArgExpr>(P.Args[I]))
      continue;
    // A list of tensors (cat, stack) counts as one operand: its join.
    if (takesTensors(Words, P.Params[I])) {
      if (!AddTensor(P.Args[I]))
        return Fact<Dtype>::top();
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

Fact<Device> commonDevice(Evaluator &Ev, const CallParts &P, const Env &S) {
  const Vocabulary &Words = Ev.words();
  Fact<Device> Common;
  auto Add = [&](const Expr *Op) {
    Fact<Device> D = Ev.eval(Op, S).State.Dev;
    if (!D.isKnown() || (Common.isKnown() && !(Common.Value == D.Value)))
      return false;
    Common = D;
    return true;
  };
  if (P.Receiver && Words.kindOf(P.Receiver->getType()) == ValueKind::Tensor &&
      !Add(P.Receiver))
    return Fact<Device>::top();
  for (unsigned I = 0; I < P.Args.size(); ++I)
    if (takesTensors(Words, P.Params[I]) && !Add(P.Args[I]))
      return Fact<Device>::top();
  return Common.isKnown() ? Common : Fact<Device>::top();
}

Fact<Dtype> fromScalars(const Vocabulary &Words, const CallParts &P,
                        const Expr *Call) {
  std::optional<DtypeCategory> Cat;
  for (unsigned I = 0; I < P.Args.size(); ++I) {
    if (!Words.is(P.Params[I], TypeRole::Scalar) &&
        !Words.is(P.Params[I], TypeRole::TensorData))
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
