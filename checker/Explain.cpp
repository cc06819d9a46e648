//===- Explain.cpp --------------------------------------------------------===//
#include "Explain.h"
#include "ast/Names.h"
#include "model/Buffers.h"
#include "model/Promotion.h"
#include "model/RuleApplication.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// One of the states a site compares.
struct Party {
  std::string Label; // "the input", "the module's parameters"
  Facts State;
};

/// A place where a check compares states, and which components it compares.
struct Site {
  const ObservedCall *At;
  llvm::SmallVector<Party, 3> Parties;
  bool Dtypes = true, Devices = false;
};

unsigned lineOf(SourceLocation Loc, const SourceManager &SM) {
  return Loc.isValid() ? SM.getPresumedLineNumber(SM.getFileLoc(Loc)) : 0;
}

std::string nameOf(const NamedDecl *D) {
  return D ? "'" + qualifiedName(D) + "'" : std::string("a function");
}

/// Why a component is unknown, in words.
std::string because(const Cause &C, const FunctionView &View,
                    const SourceManager &SM) {
  switch (C.W) {
  case Why::Join:
    return "two different values meet where paths join (set at lines " +
           std::to_string(lineOf(C.Origin, SM)) + " and " +
           std::to_string(lineOf(C.Other, SM)) + ")";
  case Why::Parameter: {
    const auto *PD = dyn_cast_or_null<ParmVarDecl>(C.Subject);
    const auto *Fn = PD ? dyn_cast<FunctionDecl>(PD->getDeclContext()) : nullptr;
    return "it is parameter '" + (PD ? PD->getName().str() : "") + "' of " +
           nameOf(Fn) + "; calls that give it a state are checked for theirs";
  }
  case Why::Elsewhere:
    return nameOf(C.Subject) +
           " is defined in another file: state what it returns with an "
           "annotation or a rule";
  case Why::NoRule:
    return "no rule describes what " + nameOf(C.Subject) + " returns";
  case Why::Escaped:
    return nameOf(C.Subject) +
           " may change through a reference or pointer the analysis does not "
           "follow";
  case Why::Written:
    return "a call of " + nameOf(C.Subject) +
           ", which no rule describes, may have changed it (line " +
           std::to_string(lineOf(C.Origin, SM)) + ")";
  case Why::ModelFile:
    for (const ModelFileLoad &L : View.modelFileLoads())
      if (L.Call->getExprLoc() == C.Origin)
        return L.Explanation;
    return "the model file could not be read";
  case Why::Limit:
    return "it lies beyond a depth limit of the analysis";
  default:
    return "the analysis does not model how it is made";
  }
}

std::string describe(const Party &P, const Site &S) {
  std::string Out = P.Label;
  if (S.Dtypes && P.State.DType.isKnown())
    Out += " " + dtypeName(P.State.DType.Value).str();
  if (S.Devices && P.State.Dev.isKnown())
    Out += " on " + P.State.Dev.Value.str();
  return Out;
}

/// A module call's parties: its parameters and each tensor input.
std::optional<Site> moduleSite(const FunctionView &View, const ObservedCall &C) {
  const ModelContext &M = View.model();
  const CXXRecordDecl *Class = M.Modules.calledModule(C.Parts);
  if (!Class)
    return std::nullopt;
  Site S{&C, {}, true, true};
  const ValueDecl *VD = M.Words.namedDecl(C.Parts.Receiver);
  S.Parties.push_back({"the module's parameters",
                       VD ? View.valueOf(VD, C).State : Facts::top()});
  for (const Expr *Arg : C.Parts.Args) {
    Value V = View.valueOf(Arg, C);
    if (V.Kind == ValueKind::Tensor || V.Kind == ValueKind::IValue)
      S.Parties.push_back({"the input", V.State});
    else if (V.Kind == ValueKind::IValueList && V.ListKnown)
      for (const ListElement &El : V.Elements)
        S.Parties.push_back({"the input", El.State});
    else if (V.Kind == ValueKind::IValueList)
      S.Parties.push_back({"the inputs", V.State});
  }
  return S;
}

/// A call whose rule makes a check compare states.
std::optional<Site> ruleSite(const FunctionView &View, const ObservedCall &C) {
  const CallRule *R = C.Rule;
  if (!R || !R->isChecked())
    return std::nullopt;
  Evaluator &Ev = View.evaluator();
  Site S{&C, {}, true, R->SameDevice != DevicePolicy::None};
  if (R->ReadsBuffer && !R->ReadsBuffer->IsSelf &&
      R->ReadsBuffer->Index < C.Parts.Args.size()) {
    Facts Buffer;
    Buffer.DType = bufferElements(Ev, C.Parts.Args[R->ReadsBuffer->Index],
                                  *C.Before);
    S.Parties.push_back({"the buffer's elements", Buffer});
  }
  if (R->ReadsBuffer && R->ReturnsState)
    S.Parties.push_back({"the dtype it reads as",
                         applyRule(Ev, *R, C.Parts, C.Call, *C.Before)});
  if (R->ReadsAsTemplateType || R->InPlaceResult)
    S.Parties.push_back({"the tensor", View.valueOf(C.Parts.self(), C).State});
  if (R->IndexArg && !R->IndexArg->IsSelf &&
      R->IndexArg->Index < C.Parts.Args.size())
    S.Parties.push_back(
        {"the index", View.valueOf(C.Parts.Args[R->IndexArg->Index], C).State});
  if (R->SameDtype || R->SameDevice != DevicePolicy::None) {
    if (C.Parts.Receiver)
      S.Parties.push_back({"the object", View.valueOf(C.Parts.Receiver, C).State});
    for (const Expr *Arg : C.Parts.Args)
      if (View.model().Words.kindOf(Arg->getType()) == ValueKind::Tensor)
        S.Parties.push_back({"an operand", View.valueOf(Arg, C).State});
  }
  return S;
}

/// The first party whose compared component is unknown, and which one.
std::optional<std::pair<const Party *, const char *>> undecided(const Site &S) {
  for (const Party &P : S.Parties) {
    if (S.Dtypes && !P.State.DType.isKnown())
      return std::pair{&P, "dtype"};
    if (S.Devices && !P.State.Dev.isKnown())
      return std::pair{&P, "device"};
  }
  return std::nullopt;
}

const Cause &causeOf(const Party &P, llvm::StringRef Component) {
  return Component == "dtype" ? P.State.DType.Unknown : P.State.Dev.Unknown;
}

void explainSite(clang::tidy::ClangTidyCheck &Check, const Site &S,
                 const FunctionView &View, const SourceManager &SM,
                 ExplainTally &Tally) {
  ++Tally.Sites;
  std::string Callee = shortName(S.At->Parts.Callee);
  SourceLocation Loc = S.At->Call->getExprLoc();
  if (auto U = undecided(S)) {
    std::string Reason = because(causeOf(*U->first, U->second), View, SM);
    ++Tally.Reasons[Reason];
    Check.diag(Loc, "'%0' is undecided: the %1 of %2 is unknown: %3",
               DiagnosticIDs::Remark)
        << Callee << U->second << U->first->Label << Reason;
    return;
  }
  ++Tally.Decided;
  std::string Parties;
  for (const Party &P : S.Parties)
    Parties += (Parties.empty() ? "" : ", ") + describe(P, S);
  Check.diag(Loc, "'%0' is decided: %1", DiagnosticIDs::Remark)
      << Callee << Parties;
}

} // namespace

void explainFunction(clang::tidy::ClangTidyCheck &Check,
                     const FunctionView &View, ASTContext &Ctx,
                     ExplainTally &Tally) {
  for (const ObservedCall &C : View.calls()) {
    std::optional<Site> S = moduleSite(View, C);
    if (!S)
      S = ruleSite(View, C);
    if (S && !S->Parties.empty())
      explainSite(Check, *S, View, Ctx.getSourceManager(), Tally);
  }
}

void explainSummary(clang::tidy::ClangTidyCheck &Check, ASTContext &Ctx,
                    const ExplainTally &Tally) {
  if (!Tally.Sites)
    return;
  std::vector<std::pair<unsigned, std::string>> Ranked;
  for (const auto &[Reason, Count] : Tally.Reasons)
    Ranked.push_back({Count, Reason});
  llvm::stable_sort(Ranked, [](const auto &A, const auto &B) {
    return A.first > B.first;
  });
  std::string Top;
  for (unsigned I = 0; I < Ranked.size() && I < 3; ++I)
    Top += (I ? "; " : ": ") + std::to_string(Ranked[I].first) + "x " +
           Ranked[I].second;
  const SourceManager &SM = Ctx.getSourceManager();
  Check.diag(SM.getLocForStartOfFile(SM.getMainFileID()),
             "torch-tidy decided %0 of %1 places where states are compared; "
             "%2 undecided%3",
             DiagnosticIDs::Remark)
      << std::to_string(Tally.Decided) << std::to_string(Tally.Sites)
      << std::to_string(Tally.Sites - Tally.Decided) << Top;
}

} // namespace torch_tidy
