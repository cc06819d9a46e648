//===- InplaceResultDtypeCheck.cpp ----------------------------------------===//
#include "InplaceResultDtypeCheck.h"
#include "ast/Names.h"
#include "model/Promotion.h"

using namespace clang;

namespace torch_tidy {

/// LibTorch's canCast: whether an in-place operation may store a result of
/// type From into a tensor of type To.
static bool canCast(Dtype From, Dtype To) {
  DtypeCategory F = categoryOf(From), T = categoryOf(To);
  if (F == DtypeCategory::Complex && T != DtypeCategory::Complex)
    return false;
  if (F == DtypeCategory::Floating && T == DtypeCategory::Integral)
    return false;
  return From == Dtype::Bool || To != Dtype::Bool;
}

/// `div_` -> `div`, `operator/=` -> `operator/`.
static std::string outOfPlace(llvm::StringRef Name) {
  if (Name.starts_with("operator") && Name.ends_with("="))
    return Name.drop_back().str();
  return Name.ends_with("_") ? Name.drop_back().str() : Name.str();
}

void InplaceResultDtypeCheck::checkFunction(const FunctionView &View,
                                            ASTContext &Ctx) {
  for (const ObservedCall &C : View.calls()) {
    if (!C.Rule || !C.Rule->InPlaceResult)
      continue;
    Value Self = View.valueOf(C.Parts.self(), C);
    if (Self.Kind != ValueKind::Tensor)
      continue;
    Fact<Dtype> Promoted =
        promote(View.evaluator(), C.Parts,
                *C.Rule->InPlaceResult == Source::PromoteFloat, C.Call,
                *C.Before);
    const Fact<Dtype> &Have = Self.State.DType;
    if (!Have.isKnown() || !Promoted.isKnown() ||
        canCast(Promoted.Value, Have.Value))
      continue;
    std::string Name = shortName(C.Parts.Callee);
    Finding F = report(C.Call->getExprLoc(),
                       "in-place '%0' cannot store its %1 result in a %2 "
                       "tensor, which throws at run time; use the "
                       "out-of-place '%3'");
    F << Name << dtypeName(Promoted.Value) << dtypeName(Have.Value)
      << outOfPlace(Name);
    F.note(Have.Origin, "tensor is %0 since here") << dtypeName(Have.Value);
  }
}

} // namespace torch_tidy
