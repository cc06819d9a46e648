//===- FunctionView.h - The states a function's calls see -------*- C++ -*-===//
//
// What the checks receive: every call of one function body that the
// library vocabulary describes (a call with a rule, a call that feeds a
// module, the debug check's probe), each with the state of every variable
// where it happens, and a way to evaluate any expression in that state.
// Checks decide what to report from it; the engine knows nothing of them.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_SOLVER_FUNCTIONVIEW_H
#define TORCH_TIDY_SOLVER_FUNCTIONVIEW_H

#include "model/Evaluator.h"
#include <memory>
#include <vector>

namespace torch_tidy {

/// A call and the state where it happens.
struct ObservedCall {
  const clang::CallExpr *Call = nullptr;
  CallParts Parts;
  const CallRule *Rule = nullptr; // null when no rule describes the callee
  std::shared_ptr<const Env> Before;
};

/// Why a function has no analysis, for torch-explain. Code that does not
/// compile and shapes no analysis follows (a coroutine) are not said.
enum class NotAnalyzed {
  No,
  NoFixpoint, // the states did not settle within the visits allowed
  OverBudget, // limits::StatesPerFunction
};

class FunctionView {
public:
  FunctionView() = default;
  explicit FunctionView(NotAnalyzed Why) : Why(Why) {}
  FunctionView(std::unique_ptr<Evaluator> Ev, std::vector<ObservedCall> Calls);

  /// False when the function was not analyzed (it holds errors, or no
  /// fixpoint was reached in time): it has no calls then.
  bool analyzed() const { return Ev != nullptr; }
  NotAnalyzed whyNotAnalyzed() const { return Why; }
  const clang::FunctionDecl *function() const;
  llvm::ArrayRef<ObservedCall> calls() const { return Calls; }
  /// Calls whose state a saved model file gave, and what the file said.
  std::vector<ModelFileLoad> modelFileLoads() const;

  /// The value of E where the call At happens.
  Value valueOf(const clang::Expr *E, const ObservedCall &At) const;
  /// The value of a variable (or member of `this`) where At happens.
  Value valueOf(const clang::ValueDecl *VD, const ObservedCall &At) const;
  /// The model the function was analyzed with, for checks that ask the
  /// model about a call (its promotion, its buffer, its rule's result).
  Evaluator &evaluator() const { return *Ev; }
  const ModelContext &model() const { return Ev->model(); }

private:
  std::unique_ptr<Evaluator> Ev;
  std::vector<ObservedCall> Calls;
  NotAnalyzed Why = NotAnalyzed::No;
};

} // namespace torch_tidy

#endif
