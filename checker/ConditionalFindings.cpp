//===- ConditionalFindings.cpp --------------------------------------------===//
#include "ConditionalFindings.h"
#include "TorchTidyCheck.h"
#include "ast/FlagTests.h"

using namespace clang;

namespace torch_tidy {

/// Run R's bit in Collected::Runs.
static unsigned runBit(unsigned R) { return 1u << R; }

void ConditionalFindings::add(std::string Text,
                              std::vector<FindingMessage> Messages,
                              std::vector<ChainNote> Chain) {
  SourceLocation Loc = Messages.front().Loc;
  for (Collected &F : Found)
    if (F.Text == Text && F.Messages.front().Loc == Loc) {
      F.HoldsIn |= runBit(Current);
      return;
    }
  Found.push_back({std::move(Text), std::move(Messages), std::move(Chain),
                   runBit(Current)});
}

Valuation ConditionalFindings::conditionOf(const Collected &F) const {
  const Valuation &Flags = Runs.front().Assumed;
  unsigned Ran = 0;
  for (unsigned R = 0; R < Runs.size(); ++R)
    Ran |= runBit(R);
  // Every run has it: it needs no condition when the runs covered every
  // value, that is when all flags are booleans; an enum or integer flag's
  // runs cover only the constants the code names.
  bool AllBoolean = llvm::all_of(Flags, [](const AssumedFlag &A) {
    return A.Flag->getType()->isBooleanType();
  });
  if ((F.HoldsIn & Ran) == Ran) {
    if (AllBoolean)
      return {};
    // Named by a value of an enum or integer flag, not by a boolean it
    // does not depend on.
    for (const AssumedFlag &A : Runs.front().Assumed)
      if (!A.Flag->getType()->isBooleanType())
        return {A};
  }
  // One flag's value, if every run with it has the finding.
  for (unsigned I = 0; I < Flags.size(); ++I)
    for (unsigned R = 0; R < Runs.size(); ++R) {
      int64_t Value = Runs[R].Assumed[I].Value;
      unsigned With = 0;
      for (unsigned O = 0; O < Runs.size(); ++O)
        if (Runs[O].Assumed[I].Value == Value)
          With |= runBit(O);
      if ((F.HoldsIn & With) == With)
        return {{Flags[I].Flag, Value, Flags[I].FirstTest}};
    }
  // Else the first run that has it, whole.
  return Runs[llvm::countr_zero(F.HoldsIn)].Assumed;
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
            "' is " + flagValueName(A.Flag, A.Value);
  bool Certain = F.Condition.empty() && F.Chain.empty() && !F.Instantiation;
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
    // At the flag's name, or where a comparison of it starts.
    Check.diag(isa<BinaryOperator, CXXOperatorCallExpr>(A.FirstTest)
                   ? A.FirstTest->getBeginLoc()
                   : A.FirstTest->getExprLoc(),
               "assuming '%0' is %1",
               DiagnosticIDs::Note)
        << A.Flag->getNameAsString() << flagValueName(A.Flag, A.Value);
  for (size_t I = 1; I < F.Messages.size(); ++I)
    Emit(F.Messages[I], F.Messages[I].Format);
  for (const ChainNote &C : llvm::reverse(F.Chain))
    Check.diag(C.Loc, "in the call to %0 here", DiagnosticIDs::Note)
        << C.Callee;
  const NamedDecl *Outer = std::exchange(Check.Instantiation, F.Instantiation);
  Check.noteInstantiation();
  Check.Instantiation = Outer;
}

} // namespace torch_tidy
