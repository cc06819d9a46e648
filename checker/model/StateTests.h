//===- StateTests.h - Branches on a tensor's own dtype or device -*- C++ -*-===//
//
// `if (!x.is_cuda()) x = x.cuda();` and `if (t.scalar_type() != kFloat)
// throw ...;` test a tensor's state before using it. On each side of such
// a branch the test tells that state: the solver narrows the tensor's
// state along the edge, and drops an edge the known state contradicts.
// Which calls test or report a state is in the rules (rules/FORMAT.md,
// "Branches on a tensor's state").
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_MODEL_STATETESTS_H
#define TORCH_TIDY_MODEL_STATETESTS_H

#include "model/Evaluator.h"

namespace torch_tidy {

/// A condition on one tracked variable's own dtype or device.
struct StateTest {
  const clang::ValueDecl *Subject = nullptr; // the tensor tested
  bool OfDtype = false;                      // else of its device
  /// What it is compared with (`torch::kHalf`, `device_`); null for a test
  /// of the device's kind.
  const clang::Expr *Against = nullptr;
  llvm::StringRef Kind; // for a kind test: the device kind ("cuda")
  /// Whether the condition holds when the state equals Against (or has
  /// Kind): false for `!=` and for a negated test.
  bool HoldsWhenEqual = true;
};

/// The test Cond makes, if it is one: a call whose rule tests the device's
/// kind, or `==`/`!=` between a value reporting a variable's state and
/// another value, possibly negated. Words and Calls say which calls these
/// are.
std::optional<StateTest> stateTest(const Vocabulary &Words, CallRules &Calls,
                                   const clang::Expr *Cond);

/// The tests of Cond that a branch on it narrows by: Cond itself, or the
/// operands of its `!`, `&&` and `||` when every other operand has no side
/// effects (none can change a tested variable between test and branch).
/// Each comes with the expression that makes it.
llvm::SmallVector<std::pair<StateTest, const clang::Expr *>, 2>
followedTests(const ModelContext &M, const clang::Expr *Cond);

/// Narrows E to the side of a branch where Cond is Holds, by what the
/// followed tests say on that side (both operands of a true `&&`, of a
/// false `||`). False when the side cannot be taken: a tested variable's
/// state, known and not merely assumed, contradicts it.
bool narrowToBranch(Evaluator &Ev, const clang::Expr *Cond, bool Holds,
                    Env &E);

/// True when every branch in FD's body tests a tensor's own state (above)
/// or a constant (`if constexpr`, a condition the compiler folds): no loop
/// with a condition, `switch`, `goto`, or test of anything else, such as a
/// flag or a setting (`dtype_ == torch::kFloat`) that could be tied to the
/// values a setting takes, or a test of a template's types the compiler
/// leaves to run time (`typeid(T) == typeid(double)`).
bool branchesOnlyOnStates(const ModelContext &M, const clang::FunctionDecl *FD);

/// True when Cond's every operand of `!`, `&&` and `||` is a test of a
/// tensor's state or a constant the compiler folds.
bool testsOnlyStates(const ModelContext &M, const clang::Expr *Cond);

/// A place where FD's body branches: an `if` (Cond null when it has an
/// initializer or a condition variable), `?:` or `&&`/`||` (Narrows: its
/// sides may narrow states), or a loop, `switch` or `goto` (Cond: the
/// loop's or switch's condition, a range-for's range; null for a goto).
struct Branch {
  const clang::Stmt *At;
  const clang::Expr *Cond;
  bool Narrows;
};
void forEachBranch(const clang::FunctionDecl *FD,
                   llvm::function_ref<void(const Branch &)> Visit);

/// The value of Cond when the states in S decide it (`x.is_cuda()` for a
/// tensor known to be on the CPU); none otherwise.
std::optional<bool> decidedByStates(Evaluator &Ev, const clang::Expr *Cond,
                                    const Env &S);

} // namespace torch_tidy

#endif
