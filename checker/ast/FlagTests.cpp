//===- FlagTests.cpp ------------------------------------------------------===//
#include "ast/FlagTests.h"
#include "ast/Literals.h"
#include "ast/Strip.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include <map>
#include <mutex>

using namespace clang;

namespace torch_tidy {
namespace {

/// The variable, parameter or member of `this` E names, if it is one.
const ValueDecl *flagName(const Expr *E) {
  const ValueDecl *D = nullptr;
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    D = Ref->getDecl();
  else if (const auto *M = dyn_cast_or_null<MemberExpr>(E))
    D = thisOf(M->getBase()) ? M->getMemberDecl() : nullptr;
  if (!D || !(isa<VarDecl>(D) || isa<FieldDecl>(D)) ||
      D->getType().isVolatileQualified())
    return nullptr;
  return D;
}

/// An enum or an integer other than a boolean.
bool enumOrInteger(QualType T) {
  return !T->isBooleanType() && T->isIntegralOrEnumerationType();
}

/// Whether V, a value of the comparison's type, is one the flag D can hold
/// (its type's range, or its bit-field's width): `mode == 256` on an
/// `unsigned char` never holds.
bool holdable(const ValueDecl *D, const llvm::APSInt &V) {
  ASTContext &Ctx = D->getASTContext();
  QualType T = D->getType().getNonReferenceType();
  if (const auto *ET = T->getAs<EnumType>())
    T = ET->getDecl()->getIntegerType();
  if (T.isNull())
    return false;
  unsigned Width = Ctx.getIntWidth(T);
  if (const auto *F = dyn_cast<FieldDecl>(D); F && F->isBitField())
    Width = F->getBitWidthValue(Ctx);
  bool Signed = T->isSignedIntegerOrEnumerationType();
  if (V.isNegative() && !Signed)
    return false;
  unsigned Needs = Signed ? V.getSignificantBits() : V.getActiveBits();
  return Needs <= Width;
}

/// `std::string` (a `std::basic_string`), the type of string flags.
bool isString(QualType T) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  return RD && RD->isInStdNamespace() && RD->getIdentifier() &&
         RD->getName() == "basic_string";
}

/// The texts string flags are compared with, by their value.
struct StringValues {
  std::mutex Lock;
  std::map<int64_t, std::string> Texts;
};
StringValues &stringValues() {
  static StringValues Values;
  return Values;
}

/// `datatype == "fp16"`, `"fp16" != datatype`: a string flag and the
/// literal (or const string initialized with one) it is compared with.
std::optional<FlagTest> stringComparison(const Expr *E, bool Holds) {
  const auto *OC = dyn_cast_or_null<CXXOperatorCallExpr>(E);
  if (!OC || OC->getNumArgs() != 2 ||
      (OC->getOperator() != OO_EqualEqual &&
       OC->getOperator() != OO_ExclaimEqual))
    return std::nullopt;
  bool Equal = OC->getOperator() == OO_EqualEqual;
  for (unsigned I = 0; I < 2; ++I) {
    const Expr *Named = OC->getArg(I)->IgnoreParenImpCasts();
    const ValueDecl *D = flagName(Named);
    if (!D || !isString(D->getType()))
      continue;
    std::optional<std::string> Text = literalText(OC->getArg(1 - I), 2);
    if (!Text)
      return std::nullopt;
    return FlagTest{D, Equal == Holds, stringFlagValue(*Text), Named};
  }
  return std::nullopt;
}

/// `Flag == K`, `K != Flag`: the flag side and the constant, as the
/// comparison sees it (converted to the type both sides are compared in,
/// so `u == -1` and `u == 0xFFFFFFFFu` on an `unsigned` are one value).
std::optional<FlagTest> comparison(const Expr *E, bool Holds) {
  const auto *B = dyn_cast_or_null<BinaryOperator>(E);
  if (!B || !B->isEqualityOp())
    return std::nullopt;
  bool Equal = B->getOpcode() == BO_EQ;
  const Expr *Converted[2] = {B->getLHS()->IgnoreParens(),
                              B->getRHS()->IgnoreParens()};
  for (unsigned I = 0; I < 2; ++I) {
    const Expr *Named = Converted[I]->IgnoreParenImpCasts();
    const ValueDecl *D = flagName(Named);
    const Expr *K = Converted[1 - I];
    if (!D || !enumOrInteger(D->getType()) || K->isValueDependent())
      continue;
    Expr::EvalResult R;
    if (!K->EvaluateAsInt(R, D->getASTContext()))
      return std::nullopt;
    const llvm::APSInt &V = R.Val.getInt();
    // A value no int64_t holds, or one the flag cannot hold: not a test
    // this analysis follows.
    if (!V.isRepresentableByInt64() || !holdable(D, V))
      return std::nullopt;
    return FlagTest{D, Equal == Holds, V.getExtValue(), Named};
  }
  return std::nullopt;
}

} // namespace

std::optional<FlagTest> flagTest(const Expr *Cond) {
  bool Holds = true;
  const Expr *E = Cond ? Cond->IgnoreParenImpCasts() : nullptr;
  while (const auto *Not = dyn_cast_or_null<UnaryOperator>(E)) {
    if (Not->getOpcode() != UO_LNot)
      return std::nullopt;
    Holds = !Holds;
    E = Not->getSubExpr()->IgnoreParenImpCasts();
  }
  if (std::optional<FlagTest> T = comparison(E, Holds))
    return T;
  if (std::optional<FlagTest> T = stringComparison(E, Holds))
    return T;
  const ValueDecl *D = flagName(E);
  if (!D || !D->getType()->isBooleanType())
    return std::nullopt;
  return FlagTest{D, Holds, std::nullopt, E};
}

std::optional<int64_t> caseValue(const Stmt *Label, const ASTContext &Ctx) {
  const auto *Case = dyn_cast_or_null<CaseStmt>(Label);
  if (!Case || Case->caseStmtIsGNURange() || !Case->getLHS() ||
      Case->getLHS()->isValueDependent())
    return std::nullopt;
  // Sema keeps the label's value converted to the switch's type.
  llvm::APSInt V;
  if (const auto *C = dyn_cast<ConstantExpr>(Case->getLHS());
      C && C->hasAPValueResult())
    V = C->getResultAsAPSInt();
  else if (Expr::EvalResult R; Case->getLHS()->EvaluateAsInt(R, Ctx))
    V = R.Val.getInt();
  else
    return std::nullopt;
  if (!V.isRepresentableByInt64())
    return std::nullopt;
  return V.getExtValue();
}

std::optional<FlagSwitch> flagSwitch(const SwitchStmt *S) {
  if (!S || S->getInit() || S->getConditionVariable() || !S->getCond())
    return std::nullopt;
  const Expr *Read = S->getCond()->IgnoreParenImpCasts();
  const ValueDecl *D = flagName(Read);
  if (!D || !enumOrInteger(D->getType()))
    return std::nullopt;
  FlagSwitch Out{D, Read, {}, std::nullopt};
  ASTContext &Ctx = D->getASTContext();
  bool HasDefault = false;
  for (const SwitchCase *C = S->getSwitchCaseList(); C;
       C = C->getNextSwitchCase()) {
    if (isa<DefaultStmt>(C)) {
      HasDefault = true;
      continue;
    }
    std::optional<int64_t> V = caseValue(C, Ctx);
    if (!V || !holdable(D, llvm::APSInt::get(*V)))
      return std::nullopt;
    Out.Cases.push_back(*V);
  }
  // The list runs from the last label to the first.
  std::reverse(Out.Cases.begin(), Out.Cases.end());
  // An integer's other values are not named anywhere; an enum's are.
  const auto *ET = D->getType().getNonReferenceType()->getAs<EnumType>();
  if (HasDefault && ET && ET->getDecl()->getDefinition())
    for (const EnumConstantDecl *E : ET->getDecl()->getDefinition()->enumerators()) {
      if (!E->getInitVal().isRepresentableByInt64())
        continue;
      int64_t V = E->getInitVal().getExtValue();
      if (!llvm::is_contained(Out.Cases, V)) {
        Out.Default = V;
        break;
      }
    }
  return Out;
}

int64_t stringFlagValue(llvm::StringRef Text) {
  // FNV-1a, kept non-negative: equal texts give equal values.
  uint64_t H = 14695981039346656037ull;
  for (unsigned char C : Text)
    H = (H ^ C) * 1099511628211ull;
  int64_t Value = static_cast<int64_t>(H >> 1);
  StringValues &Values = stringValues();
  std::lock_guard<std::mutex> Guard(Values.Lock);
  Values.Texts.try_emplace(Value, Text.str());
  return Value;
}

bool isStringFlag(const ValueDecl *Flag) { return isString(Flag->getType()); }

std::string flagValueName(const ValueDecl *Flag, int64_t Value) {
  QualType T = Flag->getType().getNonReferenceType();
  if (isString(T)) {
    StringValues &Values = stringValues();
    std::lock_guard<std::mutex> Guard(Values.Lock);
    auto It = Values.Texts.find(Value);
    return It == Values.Texts.end() ? "a string" : "\"" + It->second + "\"";
  }
  if (T->isBooleanType())
    return Value ? "true" : "false";
  if (const auto *ET = T->getAs<EnumType>()) {
    // Enumerators of equal value are named together: `Mode::Float
    // (Mode::Default)`.
    const EnumDecl *E = ET->getDecl();
    std::string Names;
    unsigned Count = 0;
    for (const EnumConstantDecl *C : E->enumerators())
      if (C->getInitVal().isRepresentableByInt64() &&
          C->getInitVal().getExtValue() == Value) {
        std::string Name = E->isScoped()
                               ? (E->getName() + "::" + C->getName()).str()
                               : C->getName().str();
        Names += Count == 0 ? Name : (Count == 1 ? " (" : ", ") + Name;
        ++Count;
      }
    if (Count)
      return Count > 1 ? Names + ")" : Names;
  }
  return std::to_string(Value);
}

} // namespace torch_tidy
