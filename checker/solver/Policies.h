//===- Policies.h - The three runs of the solver ----------------*- C++ -*-===//
#ifndef TORCH_TIDY_SOLVER_POLICIES_H
#define TORCH_TIDY_SOLVER_POLICIES_H

#include "solver/FunctionView.h"
#include "solver/SolverPolicy.h"

namespace torch_tidy {

/// For the checks: records the calls the vocabulary describes and the calls
/// of the user's own functions, with the state before each. Members of
/// `this` start as their class's invariant; with a seed (a caller's states
/// for the parameters and members), from there.
class ObserveCalls : public SolverPolicy {
public:
  ObserveCalls() = default;
  explicit ObserveCalls(Env Seed) : Seed(std::move(Seed)) {}
  Env entry(const ModelContext &M, const clang::FunctionDecl *FD) override;
  bool needsRegularBody() const override { return false; }
  void before(const clang::Stmt *S, const Env &E, Evaluator &Ev) override;
  std::vector<ObservedCall> takeCalls() { return std::move(Calls); }

private:
  std::optional<Env> Seed;
  std::vector<ObservedCall> Calls;
  std::shared_ptr<const Env> Last; // shared by calls that see one state
};

/// For a summary: the join of the values the reachable `return` statements
/// give, as values of kind K, from parameters seeded by the caller.
class CollectReturns : public SolverPolicy {
public:
  CollectReturns(Env Seed, ValueKind K) : Seed(std::move(Seed)), K(K) {}
  Env entry(const ModelContext &, const clang::FunctionDecl *) override {
    return std::move(Seed);
  }
  bool needsRegularBody() const override { return true; }
  void before(const clang::Stmt *S, const Env &E, Evaluator &Ev) override;
  std::optional<Value> returned() const { return Returned; }

private:
  Env Seed;
  ValueKind K;
  std::optional<Value> Returned;
};

/// For a class's member states: the join of the states at the normal
/// exits, from members seeded by the class's computation.
class CollectMemberExits : public SolverPolicy {
public:
  CollectMemberExits(Env Seed, bool ForInvariant)
      : Seed(std::move(Seed)), ForInvariant(ForInvariant) {}
  Env entry(const ModelContext &, const clang::FunctionDecl *) override {
    return std::move(Seed);
  }
  bool needsRegularBody() const override { return true; }
  bool membersOnly() const override { return ForInvariant; }
  void atNormalExit(const Env &E, Evaluator &Ev) override;
  /// Unreached when no normal exit is reached.
  const Env &exits() const { return Exits; }

private:
  Env Seed;
  bool ForInvariant;
  Env Exits;
};

} // namespace torch_tidy

#endif
