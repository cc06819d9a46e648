//===- FunctionAnalysis.h - Dataflow over one function body -----*- C++ -*-===//
//
// Flow-sensitive, path-insensitive: one pass over Clang's CFG to a
// fixpoint, then one more pass that records what the checks ask about
// (module calls, debug inspections) with the state at each of them. Calls
// to functions defined in the translation unit return what their summaries
// say (Summaries.h).
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_ANALYSIS_FUNCTIONANALYSIS_H
#define TORCH_TIDY_ANALYSIS_FUNCTIONANALYSIS_H

#include "analysis/Evaluator.h"
#include "analysis/ModuleModel.h"
#include "analysis/State.h"
#include "analysis/Summaries.h"
#include "rules/RuleSet.h"
#include "clang/AST/ASTContext.h"
#include <vector>

namespace torch_tidy {

/// A call that feeds tensors to a module: `model.forward({x})`, `fc(x)`.
struct ModuleCallSite {
  const clang::CallExpr *Call;
  Facts Module;                 // the module's parameter state
  const clang::Expr *ModuleRef; // how the call names the module
  InputPolicy InputDtype, InputDevice;
  llvm::SmallVector<ListElement, 2> Inputs; // tensors, where each entered
};

/// An argument of `torch_tidy_inspect(expr[, expected])`, for the debug
/// check; Expected is the state of the second argument when there is one.
struct Inspection {
  const clang::Expr *Arg;
  Value Val;
  std::optional<Value> Expected;
};

/// A call whose rule gives a check something to look at (operands that
/// must agree, an index, a raw buffer, an in-place result), with the states
/// of its parts where it happens.
struct CheckedCall {
  const clang::CallExpr *Call;
  const CallRule *Rule;
  CallParts Parts;
  Value Self;                       // the object, or a function's first argument
  llvm::SmallVector<Value, 4> Args; // aligned with Parts.Args
  Facts Result;                     // the state of what the call returns
  Fact<Dtype> Buffer;               // ReadsBuffer: the elements the buffer holds
  Fact<Dtype> Promoted;             // InPlaceResult: the op's result_type

  const Value &operand(Operand O) const;
  /// The operands the rule says must agree: those it lists, or the object
  /// and every written tensor argument.
  llvm::SmallVector<const Value *, 4> agreeingOperands() const;
  /// Null when the call has no such argument.
  const clang::Expr *operandExpr(Operand O) const;
};

struct FunctionResult {
  const clang::FunctionDecl *Function = nullptr;
  std::vector<ModuleCallSite> ModuleCalls;
  std::vector<Inspection> Inspections;
  std::vector<CheckedCall> CheckedCalls;
  /// Calls whose rule says they return a converted copy, written as whole
  /// statements: their result is dropped.
  std::vector<const clang::CallExpr *> DiscardedConversions;
  /// Calls whose state a saved model file gave, and what the file said.
  std::vector<ModelFileLoad> ModelFileLoads;
};

/// Calls to the user's functions get their summaries from Sums; with none,
/// they return unknown.
FunctionResult analyzeFunction(const clang::FunctionDecl *FD,
                               clang::ASTContext &Ctx, const RuleSet &Rules,
                               ModuleModel &Modules, const ModelFiles &Files,
                               Summaries *Sums);

/// For a summary: the join of the values FD's reachable `return`
/// statements give (of kind K), its parameters seeded from Entry (those
/// absent are unknown). Nullopt when FD's body is not analyzed: it holds
/// errors, a goto, a coroutine, or reaches no fixpoint in time.
std::optional<Value> analyzeReturns(const clang::FunctionDecl *FD,
                                    clang::ASTContext &Ctx,
                                    const RuleSet &Rules, ModuleModel &Modules,
                                    const ModelFiles &Files, Summaries &Sums,
                                    Env Entry, ValueKind K);

/// For Members: FD run with the members of `this` (and nothing else)
/// seeded from Entry; the join of the states at its normal exits, an
/// unreached Env if it has none. Nullopt when FD's body is not analyzed.
std::optional<Env> analyzeMemberExits(const clang::FunctionDecl *FD,
                                      clang::ASTContext &Ctx,
                                      const RuleSet &Rules,
                                      ModuleModel &Modules,
                                      const ModelFiles &Files, Summaries &Sums,
                                      Env Entry);

} // namespace torch_tidy

#endif
