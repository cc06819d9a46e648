//===- ConditionalFindings.cpp --------------------------------------------===//
#include "ConditionalFindings.h"
#include "TorchTidyCheck.h"

using namespace clang;

namespace torch_tidy {

/// The valuation's bit: bit I of its index is set when flag I is false.
unsigned ConditionalFindings::valuationBit(unsigned Run) const {
  unsigned Index = 0;
  for (unsigned I = 0; I < Runs[Run].Assumed.size(); ++I)
    Index |= unsigned(!Runs[Run].Assumed[I].Value) << I;
  return 1u << Index;
}

void ConditionalFindings::add(std::string Text,
                              std::vector<FindingMessage> Messages,
                              std::vector<ChainNote> Chain) {
  SourceLocation Loc = Messages.front().Loc;
  for (Collected &F : Found)
    if (F.Text == Text && F.Messages.front().Loc == Loc) {
      F.Valuations |= valuationBit(Current);
      return;
    }
  Found.push_back({std::move(Text), std::move(Messages), std::move(Chain),
                   valuationBit(Current)});
}

Valuation ConditionalFindings::conditionOf(const Collected &F) const {
  const Valuation &Flags = Runs.front().Assumed;
  unsigned Ran = 0;
  for (unsigned R = 0; R < Runs.size(); ++R)
    Ran |= valuationBit(R);
  if ((F.Valuations & Ran) == Ran)
    return {};
  // One flag's value, if every valuation that ran with it has the finding.
  for (unsigned I = 0; I < Flags.size(); ++I)
    for (bool Value : {true, false}) {
      unsigned With = 0;
      for (unsigned V = 0; V < (1u << Flags.size()); ++V)
        if (bool((V >> I) & 1) == !Value)
          With |= 1u << V;
      With &= Ran;
      if (With && (F.Valuations & With) == With)
        return {{Flags[I].Flag, Value, Flags[I].FirstTest}};
    }
  // Else the first valuation that has it, whole.
  unsigned First = llvm::countr_zero(F.Valuations);
  Valuation Whole;
  for (unsigned I = 0; I < Flags.size(); ++I)
    Whole.push_back({Flags[I].Flag, !((First >> I) & 1), Flags[I].FirstTest});
  return Whole;
}

std::vector<ConditionalFinding> ConditionalFindings::take() {
  std::vector<ConditionalFinding> Out;
  for (Collected &F : Found)
    Out.push_back({std::move(F.Text), conditionOf(F), std::move(F.Messages),
                   std::move(F.Chain)});
  Found.clear();
  return Out;
}

void reportConditional(TorchTidyCheck &Check, const ConditionalFinding &F) {
  std::string When;
  for (const AssumedFlag &A : F.Condition)
    When += (When.empty() ? "when '" : " and '") + A.Flag->getNameAsString() +
            "' is " + (A.Value ? "true" : "false");
  bool Certain = F.Condition.empty() && F.Chain.empty();
  auto Emit = [&](const FindingMessage &M, const std::string &Format) {
    auto D = Check.diag(M.Loc, Format, M.Level);
    for (const std::string &Arg : M.Args)
      D << Arg;
    if (Certain)
      for (const FixItHint &Fix : M.Fixes)
        D << Fix;
  };
  const FindingMessage &Main = F.Messages.front();
  Emit(Main, When.empty() ? Main.Format : When + ", " + Main.Format);
  for (const AssumedFlag &A : F.Condition)
    Check.diag(A.FirstTest->getExprLoc(), "assuming '%0' is %1",
               DiagnosticIDs::Note)
        << A.Flag->getNameAsString() << (A.Value ? "true" : "false");
  for (size_t I = 1; I < F.Messages.size(); ++I)
    Emit(F.Messages[I], F.Messages[I].Format);
  for (const ChainNote &C : llvm::reverse(F.Chain))
    Check.diag(C.Loc, "in the call to %0 here", DiagnosticIDs::Note)
        << C.Callee;
}

} // namespace torch_tidy
