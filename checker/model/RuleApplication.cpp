//===- RuleApplication.cpp ------------------------------------------------===//
#include "model/RuleApplication.h"
#include "ast/Literals.h"
#include "ast/Strip.h"
#include "domain/Limits.h"
#include "model/Promotion.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// The state of the operand a source names: self, argN, or an unset
/// TensorOptions field.
Facts operandState(Evaluator &Ev, const Source &Src, const CallParts &P,
                   const Env &S) {
  const Expr *Self = P.self();
  if ((Src.K == Source::Self || Src.K == Source::Accumulate) && Self)
    return Ev.eval(Self, S).State;
  if (Src.K == Source::Argument && Src.Index < P.Args.size())
    return Ev.eval(P.Args[Src.Index], S).State;
  // An overload chosen by template argument (`torch::dtype<double>()`) may
  // set from it what no argument sets.
  if (Src.K == Source::Unset)
    return P.Callee && P.Callee->getTemplateSpecializationArgs()
               ? Facts::top()
               : Facts::unset();
  return Facts::top();
}

/// An integer constant argument mapped to a dtype: OpenCV's CV_32FC3.
Fact<Dtype> fromIntCode(Evaluator &Ev, const Source &Src, const CallParts &P,
                        const Expr *Call, const Env &S) {
  const Expr *Arg = P.argumentNamed(Src.Param);
  std::optional<int64_t> V = Arg ? integerValue(Arg, Ev.model().Ctx)
                                 : std::nullopt;
  if (!V)
    return Fact<Dtype>::top();
  if (*V < 0) {
    const Expr *Self = P.self();
    return Src.NegativeIsSelf && Self ? Ev.eval(Self, S).State.DType
                                      : Fact<Dtype>::top();
  }
  int64_t Code = *V & Src.Mask;
  for (const auto &[Listed, D] : Src.Codes)
    if (Listed == Code)
      return Fact<Dtype>::known(D, Call->getExprLoc());
  return Fact<Dtype>::top();
}

/// The dtype of the C++ type that is the callee's first template argument.
Fact<Dtype> fromTemplateArgument(Evaluator &Ev, const CallParts &P,
                                 SourceLocation Loc) {
  const TemplateArgumentList *Args =
      P.Callee ? P.Callee->getTemplateSpecializationArgs() : nullptr;
  if (!Args || Args->size() < 1 ||
      Args->get(0).getKind() != TemplateArgument::Type)
    return Fact<Dtype>::top();
  std::optional<Dtype> D = Ev.words().dtypeOfElement(Args->get(0).getAsType());
  return D ? Fact<Dtype>::known(*D, Loc) : Fact<Dtype>::top();
}

Fact<Dtype> dtypeFrom(Evaluator &Ev, const CallRule &R, const CallParts &P,
                      const Expr *Call, const Env &S) {
  SourceLocation Loc = Call->getExprLoc();
  switch (R.DtypeFrom.K) {
  case Source::ModelFile:
    return Ev.Loads.load(Ev.model(), R, P, Call).State.DType;
  case Source::Fixed:
    return Fact<Dtype>::known(*R.DtypeFrom.FixedDtype, Loc);
  case Source::Promote:
  case Source::PromoteFloat:
    return promote(Ev, P, R.DtypeFrom.K == Source::PromoteFloat, Call, S);
  case Source::Scalars:
    return fromScalars(Ev.words(), P, Call);
  case Source::IntCode:
    return fromIntCode(Ev, R.DtypeFrom, P, Call, S);
  case Source::TemplateArgument:
    return fromTemplateArgument(Ev, P, Loc);
  case Source::Accumulate: {
    Fact<Dtype> D = operandState(Ev, R.DtypeFrom, P, S).DType;
    if (D.isKnown() && categoryOf(D.Value) <= DtypeCategory::Integral)
      return Fact<Dtype>::known(Dtype::Long, Loc);
    return D;
  }
  default:
    return operandState(Ev, R.DtypeFrom, P, S).DType;
  }
}

Fact<Device> deviceFrom(Evaluator &Ev, const CallRule &R, const CallParts &P,
                        const Expr *Call, const Env &S) {
  switch (R.DeviceFrom.K) {
  case Source::ModelFile:
    return Ev.Loads.load(Ev.model(), R, P, Call).State.Dev;
  case Source::Fixed:
    return Fact<Device>::known(*R.DeviceFrom.FixedDevice, Call->getExprLoc());
  case Source::Promote:
    return commonDevice(Ev, P, S);
  default:
    return operandState(Ev, R.DeviceFrom, P, S).Dev;
  }
}

/// The number of sizes a sizes argument lists, when it is written as a
/// braced list: `{1, 3, 224, 224}` has four, `{}` none.
std::optional<unsigned> listedSizes(const Expr *Arg) {
  const Expr *E = strip(Arg);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E); CE && CE->getNumArgs() == 1)
    E = strip(CE->getArg(0)); // IntArrayRef(std::initializer_list)
  if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(E))
    E = strip(SIL->getSubExpr());
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
      CE && CE->getNumArgs() == 0 && CE->isListInitialization())
    return 0u; // `{}`
  if (const auto *IL = dyn_cast<InitListExpr>(E))
    return IL->getNumInits();
  return std::nullopt;
}

/// torch::tensor's data: a braced list, or a container, has dimensions; a
/// lone number has none.
Fact<Rank> dataRank(const Vocabulary &Words, const Expr *Arg,
                    SourceLocation Loc) {
  const Expr *E = strip(Arg);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E); CE && CE->getNumArgs() == 1)
    E = strip(CE->getArg(0)); // TensorDataContainer(what was written)
  if (isa<InitListExpr, CXXStdInitializerListExpr>(E) ||
      Words.isOwningList(E->getType()) || Words.isListView(E->getType()))
    return Fact<Rank>::known(Rank::Dims, Loc);
  unsigned Cat;
  if (Vocabulary::arithmeticCategory(E->getType(), Cat))
    return Fact<Rank>::known(Rank::Zero, Loc);
  return Fact<Rank>::top();
}

Fact<Rank> rankFrom(Evaluator &Ev, const CallRule &R, const CallParts &P,
                    const Expr *Call, const Env &S) {
  const RankSource &Src = R.RankFrom;
  SourceLocation Loc = Call->getExprLoc();
  switch (Src.K) {
  case RankSource::Fixed:
    return Fact<Rank>::known(Src.FixedRank, Loc);
  case RankSource::Self:
    return P.self() ? Ev.eval(P.self(), S).State.Shape : Fact<Rank>::top();
  case RankSource::Argument:
    return Src.Index < P.Args.size() ? Ev.eval(P.Args[Src.Index], S).State.Shape
                                     : Fact<Rank>::top();
  case RankSource::Promote:
    return promotedRank(Ev, P, S, Loc);
  case RankSource::Data:
    return P.Args.empty() ? Fact<Rank>::top()
                          : dataRank(Ev.words(), P.Args[0], Loc);
  case RankSource::Sizes: {
    const Expr *Sizes = P.argumentNamed(Src.Param);
    std::optional<unsigned> N = Sizes ? listedSizes(Sizes) : std::nullopt;
    if (!N)
      return Fact<Rank>::top();
    return Fact<Rank>::known(*N ? Rank::Dims : Rank::Zero, Loc);
  }
  default:
    return Fact<Rank>::top();
  }
}

/// Which `set-by` kind argument I of a call is; none for other arguments.
/// Text: the argument is a string a device is parsed from.
std::optional<OverrideArg> overrideKind(const Vocabulary &Words,
                                        const CallParts &P, unsigned I,
                                        bool &Text) {
  // A forwarding template parameter (TensorOptions::device(Args&&...))
  // says nothing; the argument's own type does.
  ValueKind AK = Words.kindOf(P.Params[I]);
  if (AK == ValueKind::None)
    AK = Words.kindOf(strip(P.Args[I])->getType());
  Text = AK == ValueKind::None && Words.isText(strip(P.Args[I])->getType());
  if (AK == ValueKind::ScalarType)
    return OverrideArg::ScalarType;
  if (AK == ValueKind::Device || Text)
    return OverrideArg::Device;
  if (AK == ValueKind::Options)
    return OverrideArg::Options;
  if (AK == ValueKind::Tensor)
    return OverrideArg::Tensor;
  return std::nullopt;
}

/// The state an overriding argument sets, its origin moved to the call.
Facts overriding(Evaluator &Ev, const Expr *Arg, OverrideArg OA, bool Text,
                 SourceLocation Loc, const Env &S) {
  Facts A = Ev.eval(Arg, S).State;
  if (Text) {
    std::optional<std::string> Written = literalText(Arg, limits::LiteralDepth);
    std::optional<Device> D = Written ? parseDevice(*Written) : std::nullopt;
    A.Dev = D ? Fact<Device>::known(*D, Loc) : Fact<Device>::top();
  }
  if (OA == OverrideArg::ScalarType)
    A.Dev = Fact<Device>::unset();
  else if (OA == OverrideArg::Device)
    A.DType = Fact<Dtype>::unset();
  // The conversion happens at this call: notes point here.
  if (A.DType.isKnown())
    A.DType.Origin = Loc;
  if (A.Dev.isKnown())
    A.Dev.Origin = Loc;
  return A;
}

} // namespace

Facts applyRule(Evaluator &Ev, const CallRule &R, const CallParts &P,
                const Expr *Call, const Env &S) {
  Facts F;
  F.DType = dtypeFrom(Ev, R, P, Call, S);
  F.Dev = deviceFrom(Ev, R, P, Call, S);
  F.Shape = rankFrom(Ev, R, P, Call, S);
  return applyOverrides(Ev, R, P, F, Call, S);
}

Facts applyOverrides(Evaluator &Ev, const CallRule &R, const CallParts &P,
                     Facts F, const Expr *Call, const Env &S) {
  for (unsigned I = 0; I < P.Args.size(); ++I) {
    // The argument that names a file is not a device string.
    if (I == R.PathArg && (R.readsModelFile() || !R.PathGlob.empty()))
      continue;
    bool Text = false;
    std::optional<OverrideArg> OA = overrideKind(Ev.words(), P, I, Text);
    if (!OA || !llvm::is_contained(R.Overrides, *OA))
      continue;
    Facts A = overriding(Ev, P.Args[I], *OA, Text, Call->getExprLoc(), S);
    F = F.overriddenBy(A);
    // An argument no path has set yet leaves the result unset too, so that
    // states only grow as a fixpoint is approached.
    if (A.DType.S == Fact<Dtype>::Bottom && *OA != OverrideArg::Device)
      F.DType = Fact<Dtype>{};
    if (A.Dev.S == Fact<Device>::Bottom && *OA != OverrideArg::ScalarType)
      F.Dev = Fact<Device>{};
  }
  return F;
}

} // namespace torch_tidy
