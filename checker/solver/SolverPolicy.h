//===- SolverPolicy.h - What one run of the solver is for -------*- C++ -*-===//
//
// The solver runs a function's dataflow to a fixpoint, then walks it once
// more and shows the policy the state before every statement. A policy
// says where the run starts and what it keeps: the calls the checks look
// at, the values `return` statements give (a summary), or the members'
// states at the normal exits (a class's invariant).
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_SOLVER_SOLVERPOLICY_H
#define TORCH_TIDY_SOLVER_SOLVERPOLICY_H

#include "model/Evaluator.h"

namespace torch_tidy {

class SolverPolicy {
public:
  virtual ~SolverPolicy() = default;
  /// The state at the function's entry, before annotated parameters are
  /// seeded.
  virtual Env entry(const ModelContext &M, const clang::FunctionDecl *FD) = 0;
  /// True when the run gives up on bodies whose order the source does not
  /// show (gotos) or whose returns are no return statements (coroutines):
  /// a summary must hold on every path.
  virtual bool needsRegularBody() const = 0;
  /// True while a class's member states are computed (Evaluator::MembersOnly).
  virtual bool membersOnly() const { return false; }
  /// Final pass: the state before S, a statement of the CFG.
  virtual void before(const clang::Stmt *S, const Env &E, Evaluator &Ev) {}
  /// Final pass: the state where a block leaves the function normally.
  virtual void atNormalExit(const Env &E, Evaluator &Ev) {}
};

} // namespace torch_tidy

#endif
