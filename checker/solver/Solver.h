//===- Solver.h - Dataflow over one function body ---------------*- C++ -*-===//
//
// Flow-sensitive, path-insensitive but for the flags a run may assume
// (domain/Valuation.h): the transfer function (model/Transfer.h)
// runs over Clang's CFG to a fixpoint, then once more so the policy
// (solver/Policies.h) sees the state before every statement. Locals no later
// code reads are dropped as the run goes, so states stay small.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_SOLVER_SOLVER_H
#define TORCH_TIDY_SOLVER_SOLVER_H

#include "solver/FunctionView.h"
#include "solver/SolverPolicy.h"
#include "domain/Valuation.h"

namespace torch_tidy {

/// Runs FD's body under Policy. Null when the body was not analyzed: it
/// holds errors, it has none, the policy refuses it, or no fixpoint was
/// reached in time; else the evaluator it was analyzed with. Paths: the
/// model files a caller names for FD's parameters (each function below
/// takes them too). Assumed: the flags' values its paths assume (all
/// paths when empty).
std::unique_ptr<Evaluator> solve(const ModelContext &M,
                                 const clang::FunctionDecl *FD,
                                 SolverPolicy &Policy,
                                 const PathArguments &Paths = {},
                                 const Valuation &Assumed = {});

/// The calls the checks look at, with their states; from Seed (a caller's
/// states for FD's parameters and members) when one is given; on the paths
/// where the flags have the values Assumed gives (all paths when empty).
FunctionView solveForChecks(const ModelContext &M,
                            const clang::FunctionDecl *FD,
                            std::optional<Env> Seed = std::nullopt,
                            const Valuation &Assumed = {},
                            const PathArguments &Paths = {});

/// For a summary: the join of the values FD's reachable `return`
/// statements give (of kind K), its parameters and members seeded from
/// Entry (those absent are unknown). None when FD's body is not analyzed
/// or returns nothing.
std::optional<Value> solveReturns(const ModelContext &M,
                                  const clang::FunctionDecl *FD, Env Entry,
                                  ValueKind K, const PathArguments &Paths = {});

/// For a class's members: FD run with the members of `this` seeded from
/// Entry; the join of the states at its normal exits, an unreached Env if
/// it has none. None when FD's body is not analyzed. ForInvariant: the run
/// is part of computing the class's invariant (SolverPolicy::membersOnly);
/// otherwise it follows one object, and the class's states are settled.
/// Assumed: the values of the class's flags the invariant is computed for.
std::optional<Env> solveMemberExits(const ModelContext &M,
                                    const clang::FunctionDecl *FD, Env Entry,
                                    bool ForInvariant = true,
                                    const PathArguments &Paths = {},
                                    const Valuation &Assumed = {});

} // namespace torch_tidy

#endif
