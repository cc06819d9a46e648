//===- Evaluator.cpp - The abstract value of an expression ----------------===//
#include "model/Evaluator.h"
#include "model/StateTests.h"
#include "ast/FlagTests.h"
#include "ast/Literals.h"
#include "ast/Names.h"
#include "ast/Strip.h"
#include "domain/Limits.h"
#include "model/Calls.h"
#include "model/Construction.h"
#include "model/Containers.h"
#include "model/ElementAccess.h"
#include "model/Interprocedural.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace torch_tidy {

bool Evaluator::isLocal(const ValueDecl *D) const {
  const auto *VD = dyn_cast<VarDecl>(D);
  return VD && !isa<ParmVarDecl>(VD) && VD->isLocalVarDecl() &&
         VD->getParentFunctionOrMethod() == Fn;
}

/// A Mat, or an owning list of Mats.
static bool isMatOrMats(const Vocabulary &Words, QualType T) {
  ValueKind K = Words.kindOf(T);
  return K == ValueKind::Mat ||
         (K == ValueKind::TensorList && Words.isOwningList(T) &&
          Words.kindOf(firstTemplateArg(T.getNonReferenceType())) ==
              ValueKind::Mat);
}

/// What an expression stands for when it only refers to another: an
/// OpenCV InputArray made from a Mat or a vector of them, the tuple behind
/// `out->`, the module behind a holder's or pointer's `fc->`.
static const Expr *referredTo(const Expr *E, const Vocabulary &Words) {
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
      CE && CE->getNumArgs() >= 1 && Words.kindOf(E->getType()) == ValueKind::None &&
      CE->getConstructor()->getNumParams() >= 1 &&
      CE->getConstructor()->getParamDecl(0)->getType()->isReferenceType() &&
      isMatOrMats(Words, CE->getArg(0)->getType()))
    return CE->getArg(0);
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
      OC && OC->getOperator() == OO_Arrow && OC->getNumArgs() == 1 &&
      (Words.kindOf(OC->getArg(0)->getType()) == ValueKind::Tuple ||
       Words.kindOf(OC->getArg(0)->getType()) == ValueKind::Module))
    return OC->getArg(0);
  return nullptr;
}

Value Evaluator::eval(const Expr *E, const Env &S) {
  if (!E)
    return Value::unknown(ValueKind::None);
  const Expr *Orig = E;
  E = strip(E);
  if (const Expr *Target = referredTo(E, words()))
    return eval(Target, S);
  ValueKind K = words().kindOf(E->getType());
  if (K == ValueKind::None)
    K = words().kindOf(Orig->getType());
  if (K == ValueKind::None || E->containsErrors())
    return Value::unknown(K);
  if (K == ValueKind::ScalarType || K == ValueKind::Device)
    if (auto C = constant(E, K))
      return *C;
  // Elements of tensor lists and tuples, and the lists and tuples built.
  if (std::optional<Value> V = containerValue(*this, E, K, S))
    return *V;
  if (const auto *DR = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DR->getDecl());
    if (!VD)
      return Value::unknown(K);
    Value V = lookup(VD, S);
    if (VD->hasLocalStorage() && !isa<ParmVarDecl>(VD))
      V = asSetting(VD, std::move(V), E);
    // A named dtype or device is reused by fix-its as the code spells it.
    if (V.State.DType.isKnown() && K == ValueKind::ScalarType)
      V.State.DType.Spelling = E;
    if (V.State.Dev.isKnown() && K == ValueKind::Device)
      V.State.Dev.Spelling = E;
    return V;
  }
  // `module_`, `this->module_`: a member of the object under analysis.
  if (const ValueDecl *D = words().namedDecl(E); D && isa<FieldDecl>(D))
    return asSetting(cast<FieldDecl>(D), lookup(D, S), E);
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return member(ME, K, S);
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E)) {
    std::optional<bool> Holds = assumedValueOf(CO->getCond());
    if (!Holds)
      Holds = decidedByStates(*this, CO->getCond(), S);
    if (Holds)
      return eval(*Holds ? CO->getTrueExpr() : CO->getFalseExpr(), S);
    return eval(CO->getTrueExpr(), S).join(eval(CO->getFalseExpr(), S));
  }
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    return construct(*this, CE, K, S);
  if (isa<CallExpr>(E))
    return evalCall(*this, E, K, S);
  return Value::unknown(K);
}

/// A setting (`dtype_`, a local `dtype`) whose value the flow does not know
/// reads as itself.
Value Evaluator::asSetting(const ValueDecl *F, Value V, const Expr *E) {
  // Options stand for their setting in their dtype.
  bool IsDtype =
      V.Kind == ValueKind::ScalarType || V.Kind == ValueKind::Options;
  if (!M.Across || (!IsDtype && V.Kind != ValueKind::Device) ||
      !(IsDtype ? V.State.DType.S == Fact<Dtype>::Top
                : V.State.Dev.S == Fact<Device>::Top) ||
      !M.Across->settingOf(F).Stable)
    return V;
  if (IsDtype) {
    V.State.DType = Fact<Dtype>::symbolic(F, E->getExprLoc());
    V.State.DType.Spelling = E;
  } else {
    V.State.Dev = Fact<Device>::symbolic(F, E->getExprLoc());
    V.State.Dev.Spelling = E;
  }
  return V;
}

std::optional<bool> Evaluator::assumedValueOf(const Expr *Cond) const {
  if (Assumed.empty())
    return std::nullopt;
  std::optional<FlagTest> T = flagTest(Cond);
  for (const AssumedFlag &A : Assumed)
    if (T && A.Flag == T->Flag)
      return T->holdsFor(A.Value);
  return std::nullopt;
}

/// A member of another object than `this`.
Value Evaluator::member(const MemberExpr *ME, ValueKind K, const Env &S) {
  const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
  if (!F)
    return Value::unknown(K);
  // `linear->weight`: a built-in module's parameter has the module's state.
  const auto *Owner = dyn_cast<CXXRecordDecl>(F->getParent());
  const ValueDecl *Module = words().namedDecl(ME->getBase());
  if (K == ValueKind::Tensor && Owner && Module &&
      words().kindOf(Module->getType()) == ValueKind::Module &&
      words().isLibraryCode(Owner) && words().isNnModule(Owner))
    return Value::of(K, lookup(Module, S).State);
  // `other.module_`: what the member holds in any object of its class.
  return M.Across ? M.Across->memberAnywhere(F) : Value::unknown(K);
}

/// The enumerator a constant names, as a dtype or device.
std::optional<Value> Evaluator::constant(const Expr *E, ValueKind K) {
  std::optional<std::string> Name = enumeratorName(E, M.Ctx);
  if (!Name)
    return std::nullopt;
  Value V = Value::unknown(K);
  if (K == ValueKind::ScalarType) {
    if (auto D = parseDtype(*Name)) {
      V.State.DType = Fact<Dtype>::known(*D, E->getExprLoc());
      V.State.DType.Spelling = E;
    }
  } else if (auto D = parseDevice(llvm::StringRef(*Name).lower())) {
    V.State.Dev = Fact<Device>::known(*D, E->getExprLoc());
    V.State.Dev.Spelling = E;
  }
  return V;
}

Value Evaluator::lookup(const ValueDecl *D, const Env &S) {
  ValueKind K = words().kindOf(D->getType());
  if (K == ValueKind::None)
    return Value::unknown(K);
  if (Escaped.count(D))
    return Value::unknown(K, {Why::Escaped, D->getLocation(), {}, D});
  if (const auto *VD = dyn_cast<VarDecl>(D))
    return variable(VD, K, S);
  // A member of `this`.
  if (const Value *V = S.find(D))
    return *V;
  const auto *F = dyn_cast<FieldDecl>(D);
  return F && M.Across ? M.Across->memberAnywhere(F) : Value::unknown(K);
}

/// Annotations on the variables no declaration in this function stores: a
/// global's wins over its initializer, as a local's does where it is
/// declared; a reference's fills in what the referred-to value leaves
/// unknown, since that value may have changed since.
Value Evaluator::withAnnotation(const VarDecl *VD, Value V) {
  if (const std::optional<Facts> &A = annotation(VD))
    V.State = VD->getType()->isReferenceType()
                  ? knownOrAnnotated(V.State, *A)
                  : V.State.overriddenBy(*A);
  return V;
}

Value Evaluator::variable(const VarDecl *VD, ValueKind K, const Env &S) {
  if (VD->getType()->isReferenceType() && isLocal(VD))
    if (std::optional<Value> V = localReference(VD, K, S))
      return *V;
  if (const Value *V = S.find(VD))
    return *V;
  if (isLocal(VD))
    return Value::bottom(K); // not declared yet on this path
  return outside(VD, K);
}

/// A local reference: what it reads, unknown when it is not followed, none
/// for one that holds a temporary (whose value is stored like a variable's).
std::optional<Value> Evaluator::localReference(const VarDecl *VD, ValueKind K,
                                               const Env &S) {
  Nesting Deeper(*this);
  if (Deeper.within(limits::AliasDepth + 1)) {
    // A const reference to a variable reads that variable as it is now.
    if (const VarDecl *Target = words().aliasedVar(VD))
      return withAnnotation(VD, lookup(Target, S));
    // `const auto &t = v[0]`, `for (const auto &t : v)`: the element as
    // the container is now.
    if (VD->getInit() &&
        VD->getType().getNonReferenceType().isConstQualified() &&
        elementAccess(words(), VD->getInit())) {
      Value V = eval(VD->getInit(), S);
      V.Kind = K;
      return V;
    }
  }
  if (bindsTemporary(VD))
    return std::nullopt;
  return withAnnotation(VD, Value::unknown(K)); // not followed
}

/// A variable declared outside the function: a parameter (seeded at the
/// entry, else unknown), a global, a local of an enclosing function (a
/// lambda's capture, which may have changed since its declaration).
Value Evaluator::outside(const VarDecl *VD, ValueKind K) {
  bool Global = !VD->isLocalVarDeclOrParm();
  // A constant outside the function: `const torch::Device kDev(kCUDA);`.
  if (VD->getType().isConstQualified() && !isa<ParmVarDecl>(VD) &&
      !VD->getType()->isReferenceType() && VD->getInit()) {
    Nesting Deeper(*this);
    if (Deeper.within(limits::AliasDepth + 1)) {
      Value V = eval(VD->getInit(), Env{});
      return Global ? withAnnotation(VD, std::move(V)) : V;
    }
  }
  if (isa<ParmVarDecl>(VD))
    return Value::unknown(K, {Why::Parameter, VD->getLocation(), {}, VD});
  return Global ? withAnnotation(VD, Value::unknown(K)) : Value::unknown(K);
}

} // namespace torch_tidy
