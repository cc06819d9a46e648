//===- ConditionalFindings.h - Findings that hold for some flags -*- C++ -*-===//
//
// A function that tests flags (interprocedural/Flags.h) is checked again
// once per valuation of them. Its findings are collected over all runs and
// then reported once each, with the flags whose value they depend on:
// "when 'fp16_' is true, input tensor is Float but the module's parameters
// are Half", and a note where the function first tests the flag. A finding
// that every valuation has holds whatever the flags are, and is reported
// as it is. One reported without assumptions is not repeated. A finding
// under a condition carries no fix-it: the code serves both values.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_CONDITIONALFINDINGS_H
#define TORCH_TIDY_CONDITIONALFINDINGS_H

#include "Finding.h"
#include "interprocedural/AnalysisCache.h"

namespace torch_tidy {

class ConditionalFindings {
public:
  explicit ConditionalFindings(llvm::ArrayRef<ConditionalView> Runs)
      : Runs(Runs) {}
  /// The run whose findings add() receives.
  void startRun(unsigned Run) { Current = Run; }
  void add(std::string Text, std::vector<FindingMessage> Messages,
           llvm::ArrayRef<const ObservedCall *> Chain);
  /// Reports each finding with its condition, in the order first found.
  void report(TorchTidyCheck &Check) const;

private:
  struct Collected {
    std::string Text;
    std::vector<FindingMessage> Messages;
    llvm::SmallVector<const ObservedCall *, 4> Chain;
    unsigned Valuations = 0; // a bit per valuation (valuationBit) it holds in
  };
  /// The flags whose values F depends on, with the values of the first
  /// valuation it holds in.
  Valuation conditionOf(const Collected &F) const;
  unsigned valuationBit(unsigned Run) const;

  llvm::ArrayRef<ConditionalView> Runs;
  unsigned Current = 0;
  std::vector<Collected> Found;
};

} // namespace torch_tidy

#endif
