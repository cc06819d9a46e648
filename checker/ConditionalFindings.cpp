//===- ConditionalFindings.cpp --------------------------------------------===//
#include "ConditionalFindings.h"
#include "TorchTidyCheck.h"

using namespace clang;

namespace torch_tidy {

/// The valuation's bit: its flags' values, one bit each (set for false).
unsigned ConditionalFindings::valuationBit(unsigned Run) const {
  unsigned Index = 0;
  for (unsigned I = 0; I < Runs[Run].Assumed.size(); ++I)
    Index |= unsigned(!Runs[Run].Assumed[I].Value) << I;
  return 1u << Index;
}

void ConditionalFindings::add(std::string Text,
                              std::vector<FindingMessage> Messages,
                              llvm::ArrayRef<const ObservedCall *> Chain) {
  SourceLocation Loc = Messages.front().Loc;
  for (Collected &F : Found)
    if (F.Text == Text && F.Messages.front().Loc == Loc) {
      F.Valuations |= valuationBit(Current);
      return;
    }
  Found.push_back({std::move(Text), std::move(Messages),
                   {Chain.begin(), Chain.end()}, valuationBit(Current)});
}

Valuation ConditionalFindings::conditionOf(const Collected &F) const {
  unsigned First = llvm::countr_zero(F.Valuations);
  const Valuation &Flags = Runs.front().Assumed;
  Valuation Condition;
  for (unsigned I = 0; I < Flags.size(); ++I) {
    // The flag matters when flipping it loses the finding somewhere.
    bool Matters = false;
    for (unsigned V = 0; V < (1u << Flags.size()); ++V)
      if ((F.Valuations >> V) & 1)
        Matters = Matters || !((F.Valuations >> (V ^ (1u << I))) & 1);
    if (Matters)
      Condition.push_back({Flags[I].Flag, !((First >> I) & 1), Flags[I].FirstTest});
  }
  return Condition;
}

void ConditionalFindings::report(TorchTidyCheck &Check) const {
  for (const Collected &F : Found) {
    const FindingMessage &Main = F.Messages.front();
    if (!Check.firstTime(Main.Loc, F.Text))
      continue; // reported without assumptions, or by an earlier run
    Valuation Condition = conditionOf(F);
    std::string When;
    for (const AssumedFlag &A : Condition)
      When += (When.empty() ? "when '" : " and '") +
              A.Flag->getNameAsString() + "' is " +
              (A.Value ? "true" : "false");
    bool Certain = Condition.empty() && F.Chain.empty();
    auto Emit = [&](const FindingMessage &M, const std::string &Format) {
      auto D = Check.diag(M.Loc, Format, M.Level);
      for (const std::string &Arg : M.Args)
        D << Arg;
      if (Certain)
        for (const FixItHint &Fix : M.Fixes)
          D << Fix;
    };
    Emit(Main, When.empty() ? Main.Format : When + ", " + Main.Format);
    for (const AssumedFlag &A : Condition)
      Check.diag(A.FirstTest->getExprLoc(), "assuming '%0' is %1",
                 DiagnosticIDs::Note)
          << A.Flag->getNameAsString() << (A.Value ? "true" : "false");
    for (size_t I = 1; I < F.Messages.size(); ++I)
      Emit(F.Messages[I], F.Messages[I].Format);
    Check.noteCallChain(F.Chain);
  }
}

} // namespace torch_tidy
