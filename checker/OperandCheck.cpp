//===- OperandCheck.cpp ---------------------------------------------------===//
#include "OperandCheck.h"
#include "FixIt.h"
#include "SettingChoices.h"
#include "ast/Names.h"

using namespace clang;

namespace torch_tidy {

/// Operands on two devices (%0 the call, %1 and %2 the devices).
static constexpr const char *OnTwoDevices =
    "'%0' needs operands on one device, but they are on %1 and %2";

void OperandCheck::checkFunction(const FunctionView &View, ASTContext &Ctx) {
  const Vocabulary &Words = View.model().Words;
  for (const ObservedCall &Call : View.calls()) {
    const CallRule *R = Call.Rule;
    bool Wanted = R && (Which == Component::Dtype
                            ? R->SameDtype || R->IndexArg
                            : R->SameDevice != DevicePolicy::None);
    if (!Wanted)
      continue;
    CallStates C = CallStates::of(View, Call);
    if (Which == Component::Device) {
      checkDevices(C, Words);
      checkSettingDevices(C, View);
      continue;
    }
    if (R->SameDtype)
      checkDtypes(C, Words, Ctx);
    // Rules describe calls that give one tensor: an overload that gives a
    // list (`torch::where(condition)`, nonzero's indices) is another call.
    ValueKind Result = Words.kindOf(Call.Call->getType());
    if (R->IndexArg && Result != ValueKind::TensorList &&
        Result != ValueKind::StdTuple)
      checkIndex(C, Words, Ctx);
  }
}

/// The first operand with a known component, and the first one after it
/// whose known component differs; null when all known ones agree.
template <typename T, typename Get, typename Differs>
static std::optional<std::pair<const Fact<T> *, const Fact<T> *>>
firstDisagreement(const CallStates &C, const Vocabulary &Words, Get Component,
                  Differs Differ) {
  const Fact<T> *First = nullptr;
  for (const Value *V : C.agreeingOperands(Words)) {
    if (V->Kind != ValueKind::Tensor)
      continue;
    const Fact<T> &F = Component(V->State);
    if (!F.isKnown())
      continue;
    if (!First)
      First = &F;
    else if (Differ(First->Value, F.Value))
      return std::pair{First, &F};
  }
  return std::nullopt;
}

void OperandCheck::checkDtypes(const CallStates &C, const Vocabulary &Words,
                               ASTContext &Ctx) {
  auto Pair = firstDisagreement<Dtype>(
      C, Words, [](const Facts &F) -> const Fact<Dtype> & { return F.DType; },
      [](Dtype A, Dtype B) { return A != B; });
  if (!Pair)
    return;
  auto [A, B] = *Pair;
  Finding F = report(C.At->Call->getExprLoc(),
                     "'%0' needs operands of one dtype, but they are %1 and %2");
  F << shortName(C.parts().Callee) << dtypeName(A->Value)
    << dtypeName(B->Value);
  // A target converted to its input's dtype (binary_cross_entropy).
  if (const std::optional<Operand> &Fix = C.rule().FixConverts;
      Fix && &C.operand(*Fix).State.DType == B)
    if (auto Hint = appendConversion(C.operandExpr(*Fix),
                                     spellDtype(*A, Words, Ctx), Ctx))
      F << *Hint;
  for (const Fact<Dtype> *Op : {A, B})
    F.note(Op->Origin, "operand is %0 since here") << dtypeName(Op->Value);
}

/// "Long", "Long or Int", "Bool, Byte or Long".
static std::string dtypeAlternatives(llvm::ArrayRef<Dtype> Ds) {
  std::string Out;
  for (unsigned I = 0; I < Ds.size(); ++I)
    Out += (I == 0 ? "" : I + 1 == Ds.size() ? " or " : ", ") +
           dtypeName(Ds[I]).str();
  return Out;
}

/// The first word of what a rule calls its index argument: "index" for
/// "index tensor", "mask" for "mask".
static std::string noun(llvm::StringRef Name) {
  Name = Name.rtrim();
  llvm::StringRef First = Name.split(' ').first;
  return First.str();
}

void OperandCheck::checkIndex(const CallStates &C, const Vocabulary &Words,
                              ASTContext &Ctx) {
  const Value &Index = C.operand(*C.rule().IndexArg);
  const Fact<Dtype> &Have = Index.State.DType;
  // A model may return integer indices or Bool masks as well as its
  // parameters' dtype: an output's assumed dtype says nothing here.
  if (Index.Kind != ValueKind::Tensor || !Have.isKnown() ||
      Have.FromModuleOutput ||
      llvm::is_contained(C.rule().IndexDtypes, Have.Value))
    return;
  Finding F = report(C.At->Call->getExprLoc(),
                     "'%0' needs a %1 %2, but it is %3");
  F << shortName(C.parts().Callee) << dtypeAlternatives(C.rule().IndexDtypes)
    << C.rule().IndexName << dtypeName(Have.Value);
  Fact<Dtype> Want = Fact<Dtype>::known(C.rule().IndexDtypes.front(), {});
  if (auto Fix = appendConversion(C.operandExpr(*C.rule().IndexArg),
                                  spellDtype(Want, Words, Ctx), Ctx))
    F << *Fix;
  F.note(Have.Origin, "%0 is %1 since here")
      << noun(C.rule().IndexName) << dtypeName(Have.Value);
}

/// Whether an operand's known device takes part in the same-device test. A
/// CPU operand may be a zero-dim tensor, which such operations accept next
/// to tensors on any device: only one known to have dimensions counts.
/// Meta tensors hold no data; some meta kernels skip the device check.
static bool pinsDevice(const Facts &F, bool CpuScalarOk) {
  if (!F.Dev.isKnown() || F.Dev.Value.Kind == "meta")
    return false;
  return !CpuScalarOk || F.Dev.Value.Kind != "cpu" ||
         (F.Shape.isKnown() && F.Shape.Value == Rank::Dims);
}

void OperandCheck::checkDevices(const CallStates &C, const Vocabulary &Words) {
  bool CpuScalarOk = C.rule().SameDevice == DevicePolicy::CpuScalarOk;
  static const Fact<Device> Unknown = Fact<Device>::top();
  auto Pair = firstDisagreement<Device>(
      C, Words,
      [&](const Facts &F) -> const Fact<Device> & {
        return pinsDevice(F, CpuScalarOk) ? F.Dev : Unknown;
      },
      [](const Device &A, const Device &B) { return A.certainlyDiffers(B); });
  if (!Pair)
    return;
  auto [A, B] = *Pair;
  Finding F = report(C.At->Call->getExprLoc(), OnTwoDevices);
  F << shortName(C.parts().Callee) << A->Value.str() << B->Value.str();
  for (const Fact<Device> *Op : {A, B})
    F.note(Op->Origin, "operand is on %0 since here") << Op->Value.str();
}

void OperandCheck::checkSettingDevices(const CallStates &C,
                                       const FunctionView &View) {
  bool CpuScalarOk = C.rule().SameDevice == DevicePolicy::CpuScalarOk;
  const Fact<Device> *Moved = nullptr, *Fixed = nullptr;
  for (const Value *V : C.agreeingOperands(View.model().Words)) {
    const Fact<Device> &D = V->State.Dev;
    if (D.isSymbolic()) {
      if (Moved && Moved->Symbol != D.Symbol)
        return; // two settings: their choices may be tied
      Moved = &D;
    } else if (!Fixed && pinsDevice(V->State, CpuScalarOk)) {
      Fixed = &D;
    }
  }
  const Setting *S =
      Moved && Fixed ? settingToReport(View, Moved->Symbol) : nullptr;
  if (!S)
    return;
  const ValueDecl *F = Moved->Symbol;
  for (const Setting::Choice &Choice : S->Choices) {
    const Device &Chosen = Choice.State.Dev.Value;
    if (!Chosen.certainlyDiffers(Fixed->Value))
      continue;
    std::string Name = F->getNameAsString();
    Finding Found = report(C.At->Call->getExprLoc(),
                           "when '%0' is %1, '%2' needs operands on one "
                           "device, but they are on %1 and %3");
    Found << Name << Chosen.str() << shortName(C.parts().Callee)
          << Fixed->Value.str();
    // A run that knows the value names the operands in either order.
    Found.sameBugAs(OnTwoDevices, {shortName(C.parts().Callee), Chosen.str(),
                                   Fixed->Value.str()});
    Found.sameBugAs(OnTwoDevices, {shortName(C.parts().Callee),
                                   Fixed->Value.str(), Chosen.str()});
    Found.note(Choice.At, "'%0' is set to %1 here") << Name << Chosen.str();
    Found.note(Moved->Origin, "operand is moved with '%0' here") << Name;
    Found.note(Fixed->Origin, "operand is on %0 since here")
        << Fixed->Value.str();
    return;
  }
}

} // namespace torch_tidy
