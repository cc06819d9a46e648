//===- ConditionalFindings.h - Findings that hold for some flags -*- C++ -*-===//
//
// A function that tests flags (interprocedural/Flags.h) is checked again
// once per valuation of them. Its findings are collected over all runs and
// described with the flags they depend on: "when 'fp16_' is true, input
// tensor is Float but the module's parameters are Half", and a note where
// the function first tests the flag. The condition is the simplest that
// holds: one flag's value when every valuation with it has the finding,
// else a whole valuation; none when every valuation has it and the flags
// are booleans (an enum's or integer's runs cover only the constants the
// code compares it with, so its findings always name one). A finding under
// a condition carries no fix-it: the code serves every value.
//
// They are reported when the translation unit ends, each once, and not
// where a finding without assumptions has the same place and words: so
// what a function shows for every value never hides behind what another
// shows for one, whatever their order in the file.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_CONDITIONALFINDINGS_H
#define TORCH_TIDY_CONDITIONALFINDINGS_H

#include "Finding.h"
#include "interprocedural/AnalysisCache.h"

namespace torch_tidy {

/// A note at a call through which a helper was reached.
struct ChainNote {
  clang::SourceLocation Loc;
  std::string Callee; // quoted name, or "the lambda"
};

/// A finding found under assumed flag values, ready to report.
struct ConditionalFinding {
  std::string Text; // the warning without its condition
  Valuation Condition;
  std::vector<FindingMessage> Messages;
  std::vector<ChainNote> Chain;
  /// The template instantiation the function belongs to, if any: noted
  /// as for any finding in one.
  const clang::NamedDecl *Instantiation = nullptr;
};

class ConditionalFindings {
public:
  explicit ConditionalFindings(llvm::ArrayRef<ConditionalView> Runs)
      : Runs(Runs) {}
  /// The run whose findings add() receives.
  void startRun(unsigned Run) { Current = Run; }
  void add(std::string Text, std::vector<FindingMessage> Messages,
           std::vector<ChainNote> Chain);
  /// Each finding with its condition, in the order first found.
  std::vector<ConditionalFinding> take();

private:
  struct Collected {
    std::string Text;
    std::vector<FindingMessage> Messages;
    std::vector<ChainNote> Chain;
    unsigned HoldsIn = 0; // a bit per run it holds in (runBit)
  };
  Valuation conditionOf(const Collected &F) const;

  llvm::ArrayRef<ConditionalView> Runs;
  unsigned Current = 0;
  std::vector<Collected> Found;
};

/// Reports F through Check: the warning with its condition, a note at the
/// test of each flag in it, the finding's notes, then the chain.
void reportConditional(TorchTidyCheck &Check, const ConditionalFinding &F);

} // namespace torch_tidy

#endif
