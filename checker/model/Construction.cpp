//===- Construction.cpp ---------------------------------------------------===//
#include "model/Construction.h"
#include "ast/Literals.h"
#include "ast/Strip.h"
#include "domain/Limits.h"
#include "model/Calls.h"
#include "model/RuleApplication.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// The device named by a string argument: Device("cuda:1").
std::optional<Device> deviceFromString(const Expr *E) {
  std::optional<std::string> Text = literalText(E, limits::LiteralDepth);
  return Text ? parseDevice(*Text) : std::nullopt;
}

/// c10::optional<ScalarType>, c10::optional<Device>, c10::Device(...).
Value dtypeOrDevice(Evaluator &Ev, const CXXConstructExpr *CE, ValueKind K,
                    const Env &S) {
  unsigned N = CE->getNumArgs();
  if (N == 0 || (N == 1 && Ev.words().is(strip(CE->getArg(0))->getType(),
                                         TypeRole::Nullopt)))
    return Value::of(K, Facts::unset());
  if (Ev.words().kindOf(CE->getArg(0)->getType()) == K) {
    Value V = Ev.eval(CE->getArg(0), S);
    // Device(kCUDA, 1)
    if (K == ValueKind::Device && N >= 2 && V.State.Dev.isKnown()) {
      if (std::optional<int64_t> I = integerValue(CE->getArg(1), Ev.model().Ctx))
        V.State.Dev.Value.Index = *I;
      else
        V.State.Dev = Fact<Device>::top();
      V.State.Dev.Spelling = nullptr;
    }
    return V;
  }
  if (K == ValueKind::Device)
    if (std::optional<Device> D = deviceFromString(CE->getArg(0))) {
      Value V = Value::unknown(K);
      V.State.Dev = Fact<Device>::known(*D, CE->getExprLoc());
      return V;
    }
  return Value::unknown(K);
}

/// TensorOptions(kHalf), TensorOptions(kCUDA), TensorOptions("cuda:1").
Value options(Evaluator &Ev, const CXXConstructExpr *CE, const Env &S) {
  Facts F = Facts::unset();
  unsigned N = CE->getNumArgs();
  if (N == 0)
    return Value::of(ValueKind::Options, F);
  ValueKind First = Ev.words().kindOf(CE->getArg(0)->getType());
  if (N == 1 && First == ValueKind::ScalarType)
    F.DType = Ev.eval(CE->getArg(0), S).State.DType;
  else if (First == ValueKind::Device || deviceFromString(CE->getArg(0)))
    F.Dev = dtypeOrDevice(Ev, CE, ValueKind::Device, S).State.Dev;
  else
    return Value::unknown(ValueKind::Options);
  return Value::of(ValueKind::Options, F);
}

/// A Mat by its constructor's rule: `cv::Mat(rows, cols, CV_32FC3)`; a
/// default-constructed one is empty.
Value mat(Evaluator &Ev, const CXXConstructExpr *CE, const Env &S) {
  if (CE->getNumArgs() == 0)
    return defaultInitialized(ValueKind::Mat, CE->getExprLoc());
  CallParts P = constructorParts(CE);
  const CallRule *R = Ev.model().Calls.ruleFor(P);
  if (!R || !R->ReturnsState)
    return Value::unknown(ValueKind::Mat);
  return Value::of(ValueKind::Mat, applyRule(Ev, *R, P, CE, S));
}

} // namespace

Value defaultInitialized(ValueKind K, SourceLocation Loc) {
  if (K != ValueKind::Mat)
    return Value::unknown(K);
  // No elements yet (bottom), on the CPU as every Mat is.
  static const std::optional<Device> Cpu = parseDevice("cpu");
  Value V = Value::unknown(K);
  V.State.DType = Fact<Dtype>{};
  V.State.Dev = Fact<Device>::known(*Cpu, Loc);
  return V;
}

Value construct(Evaluator &Ev, const CXXConstructExpr *CE, ValueKind K,
                const Env &S) {
  switch (K) {
  case ValueKind::ScalarType:
  case ValueKind::Device:
    return dtypeOrDevice(Ev, CE, K, S);
  case ValueKind::Options:
    return options(Ev, CE, S);
  case ValueKind::IValue:
    if (CE->getNumArgs() == 1 &&
        Ev.words().kindOf(CE->getArg(0)->getType()) == ValueKind::Tensor)
      return Value::of(K, Ev.eval(CE->getArg(0), S).State);
    return Value::unknown(K);
  case ValueKind::Mat:
    return mat(Ev, CE, S);
  case ValueKind::Module:
    if (CE->getNumArgs() >= 1 &&
        strip(CE->getArg(0))->getType()->isNullPtrType())
      return Value::unknown(K); // an empty holder
    return Value::of(K, constructedModule(
                            Ev, Ev.words().moduleClassOf(CE->getType()),
                            llvm::ArrayRef(CE->getArgs(), CE->getNumArgs()),
                            CE, S));
  default:
    return Value::unknown(K);
  }
}

} // namespace torch_tidy
