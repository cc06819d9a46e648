//===- FromBlobElementTypeCheck.cpp ---------------------------------------===//
#include "FromBlobElementTypeCheck.h"
#include "FixIt.h"
#include "SettingChoices.h"
#include "ast/Names.h"
#include "ast/Strip.h"
#include "domain/Limits.h"
#include "model/Buffers.h"
#include "model/RuleApplication.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace torch_tidy {

/// A buffer read as another dtype (%0 the call, %1 its elements, %2 the
/// dtype read).
static constexpr const char *ReadsAs =
    "'%0' reads a buffer of %1 elements as %2; the tensor holds garbage";

/// The ScalarType expression inside an options argument that a fix-it can
/// replace: `torch::kFloat`, `torch::dtype(torch::kFloat)`,
/// `torch::TensorOptions().dtype(torch::kFloat).device(...)`: the dtype
/// argument of a call whose rule is set by it, found through calls on
/// options that are set by other arguments.
static const Expr *dtypeArgument(const Expr *Options, const ModelContext &M) {
  for (unsigned Depth = 0; Options && Depth < limits::AliasDepth; ++Depth) {
    const Expr *E = strip(Options);
    if (M.Words.kindOf(E->getType()) == ValueKind::ScalarType)
      return E;
    if (const auto *Ctor = dyn_cast<CXXConstructExpr>(E);
        Ctor && Ctor->getNumArgs() == 1) {
      Options = Ctor->getArg(0); // TensorOptions(kFloat)
      continue;
    }
    std::optional<CallParts> P = splitCall(E);
    if (!P)
      return nullptr;
    const CallRule *R = M.Calls.ruleFor(*P);
    if (R && llvm::is_contained(R->Overrides, OverrideArg::ScalarType) &&
        !P->Args.empty() &&
        M.Words.kindOf(P->Args.back()->getType()) == ValueKind::ScalarType)
      return P->Args.back();
    if (!P->Receiver ||
        M.Words.kindOf(P->Receiver->getType()) != ValueKind::Options ||
        M.Words.kindOf(E->getType()) != ValueKind::Options)
      return nullptr;
    Options = P->Receiver; // .device(...) on the left
  }
  return nullptr;
}

/// The dtype the options argument of P reads the buffer as, when the code
/// chooses it at run time (`dtype(dtype_)`, `dtype(w.scalar_type())`): a
/// fix-it that wrote a constant there would drop the choice. Null when it
/// is a constant or not found.
static const Expr *runtimeDtype(const CallParts &P, const ModelContext &M) {
  for (unsigned I = 0; I < P.Args.size(); ++I)
    if (M.Words.kindOf(P.Params[I]) == ValueKind::Options &&
        !isa<CXXDefaultArgExpr>(P.Args[I])) {
      const Expr *D = dtypeArgument(P.Args[I], M);
      // The dtype itself, not the optional made of it.
      const Expr *Value = D ? strip(D) : nullptr;
      while (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(Value))
        Value = CE->getNumArgs() == 1 ? strip(CE->getArg(0)) : nullptr;
      return Value && !Value->isValueDependent() &&
                     !Value->isCXX11ConstantExpr(M.Ctx)
                 ? D
                 : nullptr;
    }
  return nullptr;
}

/// Reading numbers of one type as the complex numbers made of pairs of them,
/// or the other way round, reads every number as what it is.
static bool sameNumbers(Dtype Have, Dtype As) {
  auto Parts = [](Dtype D) {
    switch (D) {
    case Dtype::ComplexHalf: return Dtype::Half;
    case Dtype::ComplexFloat: return Dtype::Float;
    case Dtype::ComplexDouble: return Dtype::Double;
    default: return D;
    }
  };
  return Parts(Have) == Parts(As);
}

/// Says which dtype to read the buffer as: replaces the dtype the call
/// gives, or adds one after the last written argument.
static std::optional<FixItHint> readAs(const CallParts &P,
                                       llvm::StringRef Spelling,
                                       const ModelContext &M, ASTContext &Ctx) {
  const auto &Args = P.Args;
  for (unsigned I = 0; I < Args.size(); ++I) {
    if (M.Words.kindOf(P.Params[I]) != ValueKind::Options)
      continue;
    if (!isa<CXXDefaultArgExpr>(Args[I])) {
      const Expr *D = dtypeArgument(Args[I], M);
      if (!D)
        return std::nullopt; // options from elsewhere: not certain
      SourceRange R = D->getSourceRange();
      if (R.getBegin().isMacroID() || R.getEnd().isMacroID())
        return std::nullopt;
      return FixItHint::CreateReplacement(CharSourceRange::getTokenRange(R),
                                          Spelling);
    }
    if (I == 0)
      return std::nullopt;
    SourceLocation End = Args[I - 1]->getEndLoc();
    if (End.isMacroID())
      return std::nullopt;
    SourceLocation After = Lexer::getLocForEndOfToken(
        End, 0, Ctx.getSourceManager(), Ctx.getLangOpts());
    if (After.isInvalid())
      return std::nullopt;
    return FixItHint::CreateInsertion(After, (", " + Spelling).str());
  }
  return std::nullopt;
}

void FromBlobElementTypeCheck::checkFunction(const FunctionView &View,
                                             ASTContext &Ctx) {
  const ModelContext &M = View.model();
  for (const ObservedCall &C : View.calls()) {
    if (!C.Rule || !C.Rule->ReadsBuffer || !C.Rule->ReturnsState)
      continue;
    const Expr *Buffer = C.Rule->ReadsBuffer->IsSelf
                             ? C.Parts.self()
                             : C.Rule->ReadsBuffer->Index < C.Parts.Args.size()
                                   ? C.Parts.Args[C.Rule->ReadsBuffer->Index]
                                   : nullptr;
    if (!Buffer)
      continue;
    Evaluator &Ev = View.evaluator();
    Fact<Dtype> As = applyRule(Ev, *C.Rule, C.Parts, C.Call, *C.Before).DType;
    if (clang::QualType NotNumbers = nonNumericElements(Buffer);
        !NotNumbers.isNull()) {
      // A table of raw pointers read as 64-bit integers is read on purpose.
      if (!(NotNumbers->isPointerType() && As.isKnown() &&
            As.Value == Dtype::Long))
        diagnoseNotNumbers(C, NotNumbers, Ctx);
      continue;
    }
    Fact<Dtype> Have = bufferElements(Ev, Buffer, *C.Before);
    if (Have.isKnown() && As.isSymbolic())
      if (const Setting *S = settingToReport(View, As.Symbol))
        diagnoseSetting(C, Have, As, *S,
                        M.Words.kindOf(As.Symbol->getType()) ==
                            ValueKind::Options);
    if (!Have.isKnown() || !As.isKnown() || sameNumbers(Have.Value, As.Value))
      continue;
    diagnose(C, Buffer, Have, As, M, Ctx);
  }
}

/// A buffer of known elements read with a setting's dtype
/// (`TensorOptions().dtype(dtype_)`): garbage whenever the configuration
/// gives the setting another dtype. Reported for the first such value the
/// constructors may give it, when every value they give is a constant.
void FromBlobElementTypeCheck::diagnoseSetting(const ObservedCall &C,
                                               const Fact<Dtype> &Have,
                                               const Fact<Dtype> &As,
                                               const Setting &S,
                                               bool Options) {
  const ValueDecl *F = As.Symbol;
  for (const Setting::Choice &Choice : S.Choices) {
    Dtype Read = Choice.State.DType.Value;
    if (sameNumbers(Have.Value, Read))
      continue;
    std::string Name = F->getNameAsString();
    Finding Found = report(C.Call->getExprLoc(),
                           Options ? "when '%0' has dtype %1, '%2' reads a "
                                     "buffer of %3 elements as %1; the tensor "
                                     "holds garbage"
                                   : "when '%0' is %1, '%2' reads a buffer of "
                                     "%3 elements as %1; the tensor holds "
                                     "garbage");
    Found << Name << dtypeName(Read) << shortName(C.Parts.Callee)
          << dtypeName(Have.Value);
    for (const Setting::Choice &Other : S.Choices)
      if (!sameNumbers(Have.Value, Other.State.DType.Value))
        Found.sameBugAs(ReadsAs, {shortName(C.Parts.Callee),
                                  dtypeName(Have.Value).str(),
                                  dtypeName(Other.State.DType.Value).str()});
    Found.note(Choice.At, Options ? "'%0' is given dtype %1 here"
                                  : "'%0' is set to %1 here")
        << Name << dtypeName(Read);
    Found.note(Have.Origin, "the buffer holds %0 elements since here")
        << dtypeName(Have.Value);
    Found.note(C.Call->getExprLoc(),
               "read the buffer as %0 and convert the tensor with '.to(%1)'")
        << dtypeName(Have.Value) << Name;
    return;
  }
}

void FromBlobElementTypeCheck::diagnoseNotNumbers(const ObservedCall &C,
                                                  QualType Elements,
                                                  ASTContext &Ctx) {
  Finding F = report(C.Call->getExprLoc(),
                     "'%0' reads a buffer of '%1' elements, which are not "
                     "numbers; the tensor holds the bits of their pointers");
  F << shortName(C.Parts.Callee)
    << Elements.getUnqualifiedType().getAsString(Ctx.getPrintingPolicy());
  F.note(C.Call->getExprLoc(),
         "copy the numbers into one contiguous buffer of a numeric type and "
         "read that");
}

void FromBlobElementTypeCheck::diagnose(const ObservedCall &C,
                                      const Expr *Buffer,
                                      const Fact<Dtype> &Have,
                                      const Fact<Dtype> &As,
                                      const ModelContext &M, ASTContext &Ctx) {
  Finding F = report(C.Call->getExprLoc(), ReadsAs);
  F << shortName(C.Parts.Callee) << dtypeName(Have.Value)
    << dtypeName(As.Value);
  const Expr *Chosen = runtimeDtype(C.Parts, M);
  if (!Chosen)
    if (auto Fix = readAs(C.Parts, M.Words.spell(Have.Value), M, Ctx))
      F << *Fix;
  if (Have.Origin != Buffer->getExprLoc())
    F.note(Have.Origin, "the buffer holds %0 elements since here")
        << dtypeName(Have.Value);
  if (As.Origin != C.Call->getExprLoc())
    F.note(As.Origin, "read as %0 because of this") << dtypeName(As.Value);
  if (Chosen)
    F.note(C.Call->getExprLoc(),
           "read the buffer as %0 and convert the tensor with '.to(%1)'")
        << dtypeName(Have.Value)
        << Lexer::getSourceText(
               CharSourceRange::getTokenRange(Chosen->getSourceRange()),
               Ctx.getSourceManager(), Ctx.getLangOpts());
  else if (categoryOf(As.Value) != categoryOf(Have.Value))
    F.note(C.Call->getExprLoc(),
           "to get %0 values, read the buffer as %1 and convert the tensor "
           "with '.to(%2)'")
        << dtypeName(As.Value) << dtypeName(Have.Value)
        << M.Words.spell(As.Value);
}

} // namespace torch_tidy
