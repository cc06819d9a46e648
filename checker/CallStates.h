//===- CallStates.h - The states of a call's operands -----------*- C++ -*-===//
//
// What the checks that look at one call's operands share: the values of
// the object and the arguments where the call happens, and which of them a
// rule names.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_CALLSTATES_H
#define TORCH_TIDY_CALLSTATES_H

#include "solver/FunctionView.h"

namespace torch_tidy {

struct CallStates {
  const ObservedCall *At = nullptr;
  Value Self;                       // the object, or a function's first argument
  llvm::SmallVector<Value, 4> Args; // aligned with At->Parts.Args

  static CallStates of(const FunctionView &View, const ObservedCall &C);

  const CallRule &rule() const { return *At->Rule; }
  const CallParts &parts() const { return At->Parts; }
  const Value &operand(Operand O) const;
  /// Null when the call has no such argument.
  const clang::Expr *operandExpr(Operand O) const;
  /// The operands the rule says must agree: those it lists, or the object
  /// and every written tensor argument.
  llvm::SmallVector<const Value *, 4>
  agreeingOperands(const Vocabulary &Words) const;
};

} // namespace torch_tidy

#endif
