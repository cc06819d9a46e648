//===- Explain.cpp --------------------------------------------------------===//
#include "Explain.h"
#include "ModuleCallSite.h"
#include "SettingChoices.h"
#include "ast/Names.h"
#include "domain/Limits.h"
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
  bool DtypeCompared = true; // false: only its device counts (an Embedding)
};

/// A place where a check compares states, and which components it compares.
struct Site {
  const ObservedCall *At;
  std::string What; // "the call of module 'fc'", "'add_'"
  llvm::SmallVector<Party, 3> Parties;
  bool Dtypes = true, Devices = false;
};

unsigned lineOf(SourceLocation Loc, const SourceManager &SM) {
  return Loc.isValid() ? SM.getPresumedLineNumber(SM.getFileLoc(Loc)) : 0;
}

std::string nameOf(const NamedDecl *D) {
  return D ? "'" + qualifiedName(D) + "'" : std::string("a function");
}

/// Why a component is unknown, in words: the text at the place, and the
/// text the summary counts (without the place's lines).
struct Reason {
  std::string AtPlace, Counted;
};

/// Where the two values that met were set: lines, or columns on one line
/// (a conditional operator).
Reason joinReason(const Cause &C, const SourceManager &SM) {
  std::string Text = "two different values meet where paths join";
  unsigned L1 = lineOf(C.Origin, SM), L2 = lineOf(C.Other, SM);
  if (L1 != L2)
    return {Text + " (set at lines " + std::to_string(L1) + " and " +
                std::to_string(L2) + ")",
            Text};
  return {Text + " (set at line " + std::to_string(L1) + ", columns " +
              std::to_string(SM.getExpansionColumnNumber(C.Origin)) + " and " +
              std::to_string(SM.getExpansionColumnNumber(C.Other)) + ")",
          Text};
}

Reason because(const Cause &C, const FunctionView &View,
               const SourceManager &SM) {
  auto Line = [&](SourceLocation L) { return std::to_string(lineOf(L, SM)); };
  switch (C.W) {
  case Why::Join:
    return joinReason(C, SM);
  case Why::Parameter: {
    const auto *PD = dyn_cast_or_null<ParmVarDecl>(C.Subject);
    const auto *Fn = PD ? dyn_cast<FunctionDecl>(PD->getDeclContext()) : nullptr;
    std::string Of = "a parameter of " + nameOf(Fn);
    return {"it is parameter '" + (PD ? PD->getName().str() : "") + "' of " +
                nameOf(Fn) + "; calls that give it a state are checked for theirs",
            Of};
  }
  case Why::Elsewhere: {
    std::string Text = nameOf(C.Subject) + " is defined in another file";
    return {Text + ": state what it returns with an annotation or a rule", Text};
  }
  case Why::NoRule: {
    std::string Text = "no rule describes what " + nameOf(C.Subject) + " returns";
    return {Text, Text};
  }
  case Why::Escaped: {
    std::string Text = nameOf(C.Subject) + " may change through a reference "
                                           "or pointer the analysis does not "
                                           "follow";
    return {Text, Text};
  }
  case Why::Written: {
    std::string Text = "a call of " + nameOf(C.Subject) +
                       ", which no rule describes, may have changed it";
    return {Text + " (line " + Line(C.Origin) + ")", Text};
  }
  case Why::ModelFile:
    for (const ModelFileLoad &L : View.modelFileLoads())
      if (L.Call->getExprLoc() == C.Origin)
        return {L.Explanation, "a model file gave no state"};
    return {"the model loaded at line " + Line(C.Origin) +
                " has no state from its file",
            "a model file gave no state"};
  case Why::Member:
    // The summary counts members together: a class's many members would
    // otherwise each count once and hide the reason they share.
    return {"member " + nameOf(C.Subject) +
                " is not followed across its class's methods (it is public, "
                "its class an nn::Module or open to others: see "
                "across-functions.md)",
            "a member not followed across its class's methods"};
  case Why::Limit:
    return {"it lies beyond a depth limit of the analysis",
            "a depth limit of the analysis"};
  default:
    return {"the analysis does not model how it is made",
            "the analysis does not model how it is made"};
  }
}

std::string held(const ValueDecl *Setting) {
  return "whatever '" + Setting->getNameAsString() + "' holds";
}

std::string describe(const Party &P, const Site &S) {
  std::string Out = P.Label;
  if (S.Dtypes && P.DtypeCompared) {
    if (P.State.DType.isKnown())
      Out += " " + dtypeName(P.State.DType.Value).str();
    else if (P.State.DType.isSymbolic())
      Out += " " + held(P.State.DType.Symbol);
  }
  if (S.Devices) {
    if (P.State.Dev.isKnown())
      Out += " on " + P.State.Dev.Value.str();
    else if (P.State.Dev.isSymbolic())
      Out += " on " + held(P.State.Dev.Symbol);
  }
  return Out;
}

/// A module call's parties: its parameters, unless it takes given
/// dtypes whatever they are, and each tensor input; only the components
/// the module's rules compare and the enabled checks look at.
std::optional<Site> moduleSite(const FunctionView &View, const ObservedCall &C,
                               llvm::function_ref<bool(StringRef)> Enabled) {
  std::optional<ModuleCallSite> M = moduleCallSite(View, C);
  if (!M)
    return std::nullopt;
  bool Indices = !M->InputDtypes.empty();
  const NamedDecl *Module = View.model().Words.namedDecl(C.Parts.Receiver);
  Site S{&C,
         Module ? "the call of module '" + Module->getNameAsString() + "'"
                : "the module call",
         {},
         (Indices || M->InputDtype != InputPolicy::None) &&
             Enabled("torch-module-input-dtype"),
         M->InputDevice != InputPolicy::None &&
             Enabled("torch-module-input-device")};
  if (!S.Dtypes && !S.Devices)
    return std::nullopt;
  if (!Indices || S.Devices)
    S.Parties.push_back({"the module's parameters", M->Module, !Indices});
  for (const ListElement &In : M->Inputs)
    S.Parties.push_back({"the input", In.State});
  return S;
}

/// Whether an enabled check compares the dtypes (devices) of a call rule R
/// describes: from_blob's buffer, a typed raw access, an in-place result,
/// operands whose dtypes or devices must agree.
bool dtypesChecked(const CallRule &R,
                   llvm::function_ref<bool(StringRef)> Enabled) {
  return (R.ReadsBuffer && Enabled("torch-from-blob-element-type")) ||
         (R.ReadsAsTemplateType && Enabled("torch-data-ptr-dtype")) ||
         (R.InPlaceResult && Enabled("torch-inplace-result-dtype")) ||
         ((R.SameDtype || R.IndexArg) && Enabled("torch-operand-dtype"));
}
bool devicesChecked(const CallRule &R,
                    llvm::function_ref<bool(StringRef)> Enabled) {
  return R.SameDevice != DevicePolicy::None && Enabled("torch-operand-device");
}

/// A call whose rule makes a check compare states.
std::optional<Site> ruleSite(const FunctionView &View, const ObservedCall &C,
                             llvm::function_ref<bool(StringRef)> Enabled) {
  const CallRule *R = C.Rule;
  if (!R || !R->isChecked())
    return std::nullopt;
  bool Dtypes = dtypesChecked(*R, Enabled), Devices = devicesChecked(*R, Enabled);
  if (!Dtypes && !Devices)
    return std::nullopt;
  Evaluator &Ev = View.evaluator();
  Site S{&C, "'" + shortName(C.Parts.Callee) + "'", {}, Dtypes, Devices};
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
  // An in-place result is the promotion of the tensor and its operands.
  if (R->InPlaceResult && !R->SameDtype)
    for (const Expr *Arg : C.Parts.Args)
      if (View.model().Words.kindOf(Arg->getType()) == ValueKind::Tensor)
        S.Parties.push_back({"an operand", View.valueOf(Arg, C).State});
  if (R->IndexArg && !R->IndexArg->IsSelf &&
      R->IndexArg->Index < C.Parts.Args.size())
    S.Parties.push_back(
        {"the index", View.valueOf(C.Parts.Args[R->IndexArg->Index], C).State});
  if (R->SameDtype || R->SameDevice != DevicePolicy::None) {
    size_t Before = S.Parties.size();
    if (C.Parts.Receiver)
      S.Parties.push_back({"the object", View.valueOf(C.Parts.Receiver, C).State});
    for (const Expr *Arg : C.Parts.Args)
      if (View.model().Words.kindOf(Arg->getType()) == ValueKind::Tensor)
        S.Parties.push_back({"an operand", View.valueOf(Arg, C).State});
    // One tensor and numbers: nothing for it to agree with.
    if (S.Parties.size() - Before < 2)
      S.Parties.resize(Before);
  }
  return S;
}

bool compared(const Site &S, const Party &P, StringRef Component) {
  return Component == "dtype" ? S.Dtypes && P.DtypeCompared : S.Devices;
}

bool known(const Party &P, StringRef Component) {
  return Component == "dtype" ? P.State.DType.isKnown() : P.State.Dev.isKnown();
}

const Cause &causeOf(const Party &P, StringRef Component) {
  return Component == "dtype" ? P.State.DType.Unknown : P.State.Dev.Unknown;
}

/// The setting (`dtype_`, a local `dtype`) a component stands for, if any.
const ValueDecl *settingOf(const Party &P, StringRef Component) {
  bool Dtype = Component == "dtype";
  if (Dtype ? P.State.DType.isSymbolic() : P.State.Dev.isSymbolic())
    return Dtype ? P.State.DType.Symbol : P.State.Dev.Symbol;
  return nullptr;
}

/// Why a site is undecided: a party and the component of it that the
/// checks cannot compare, and the reason.
struct Gap {
  const Party *P;
  const char *Component;
  Reason Why;
};

/// A setting the checks cannot compare with the fixed states next to it:
/// they name its values only where nothing may tie them to the path.
Reason untiedChoice(const ValueDecl *Setting) {
  return {"it is " + held(Setting) +
              ", chosen at run time, and the analysis cannot tell which of "
              "its values reach here (a branch may depend on the choice, or "
              "a value it may hold is not a constant)",
          "a dtype or device chosen at run time"};
}

Reason twoChoices(const ValueDecl *One, const ValueDecl *Other) {
  return {"it is " + held(Other) + ", and another is " + held(One) +
              ": two choices made at run time",
          "two dtypes or devices chosen at run time"};
}

/// What leaves S undecided: first a party whose compared component is
/// unknown (its cause names what to change); else settings that the
/// checks cannot compare. States that are all one setting agree whatever
/// it holds; a setting next to fixed states is compared choice by choice.
std::optional<Gap> gapOf(const Site &S, const FunctionView &View,
                         const SourceManager &SM) {
  static constexpr const char *Components[] = {"dtype", "device"};
  for (const Party &P : S.Parties)
    for (const char *C : Components)
      if (compared(S, P, C) && !known(P, C) && !settingOf(P, C))
        return Gap{&P, C, because(causeOf(P, C), View, SM)};
  for (const char *C : Components) {
    const Party *First = nullptr;
    bool Fixed = false;
    for (const Party &P : S.Parties) {
      if (!compared(S, P, C))
        continue;
      const ValueDecl *Setting = settingOf(P, C);
      if (!Setting)
        Fixed = true;
      else if (!First)
        First = &P;
      else if (settingOf(*First, C) != Setting)
        return Gap{&P, C, twoChoices(settingOf(*First, C), Setting)};
    }
    if (First && Fixed && !settingToReport(View, settingOf(*First, C)))
      return Gap{First, C, untiedChoice(settingOf(*First, C))};
  }
  return std::nullopt;
}

void explainSite(clang::tidy::ClangTidyCheck &Check, const Site &S,
                 const FunctionView &View, const SourceManager &SM,
                 ExplainTally &Tally) {
  ++Tally.Sites;
  SourceLocation Loc = S.At->Call->getExprLoc();
  if (std::optional<Gap> G = gapOf(S, View, SM)) {
    ++Tally.Reasons[G->Why.Counted];
    Check.diag(Loc, "%0 is undecided: the %1 of %2 is unknown: %3",
               DiagnosticIDs::Remark)
        << S.What << G->Component << G->P->Label << G->Why.AtPlace;
    return;
  }
  ++Tally.Decided;
  std::string Parties;
  for (const Party &P : S.Parties)
    Parties += (Parties.empty() ? "" : ", ") + describe(P, S);
  Check.diag(Loc, "%0 is decided: %1", DiagnosticIDs::Remark)
      << S.What << Parties;
}

} // namespace

void explainFunction(clang::tidy::ClangTidyCheck &Check,
                     const FunctionView &View, ASTContext &Ctx,
                     llvm::function_ref<bool(StringRef)> Enabled,
                     ExplainTally &Tally) {
  for (const ObservedCall &C : View.calls()) {
    std::optional<Site> S = moduleSite(View, C, Enabled);
    if (!S && !moduleCallSite(View, C))
      S = ruleSite(View, C, Enabled);
    if (S && !S->Parties.empty())
      explainSite(Check, *S, View, Ctx.getSourceManager(), Tally);
  }
}

void explainNotAnalyzed(clang::tidy::ClangTidyCheck &Check,
                        const FunctionDecl *FD, NotAnalyzed Why,
                        ExplainTally &Tally) {
  ++Tally.NotAnalyzed;
  Check.diag(FD->getLocation(),
             Why == NotAnalyzed::OverBudget
                 ? "%0 is not analyzed: its states outgrew the analysis's "
                   "budget of %1 variable states per function; nothing in it "
                   "is decided"
                 : "%0 is not analyzed: its states did not settle within "
                   "the visits allowed; nothing in it is decided",
             DiagnosticIDs::Remark)
      << FD << std::to_string(limits::StatesPerFunction);
}

void explainSummary(clang::tidy::ClangTidyCheck &Check, ASTContext &Ctx,
                    const ExplainTally &Tally) {
  if (!Tally.Sites && !Tally.NotAnalyzed)
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
  if (Tally.NotAnalyzed)
    Top += "; " + std::to_string(Tally.NotAnalyzed) +
           (Tally.NotAnalyzed == 1 ? " function" : " functions") +
           " not analyzed";
  const SourceManager &SM = Ctx.getSourceManager();
  Check.diag(SM.getLocForStartOfFile(SM.getMainFileID()),
             "torch-tidy decided %0 of %1 places where states are compared; "
             "%2 undecided%3",
             DiagnosticIDs::Remark)
      << std::to_string(Tally.Decided) << std::to_string(Tally.Sites)
      << std::to_string(Tally.Sites - Tally.Decided) << Top;
}

} // namespace torch_tidy
