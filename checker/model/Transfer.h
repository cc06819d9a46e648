//===- Transfer.h - What a statement does to the state ----------*- C++ -*-===//
//
// The transfer function of the dataflow: declarations, assignments, the
// effects of calls (a rule's conversions and writes, what a call no rule
// describes may change, lists and tuples, a class's own methods), and the
// member initializers of constructors. The solver (solver/) applies it to
// each element of a function's CFG.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_MODEL_TRANSFER_H
#define TORCH_TIDY_MODEL_TRANSFER_H

#include "model/Evaluator.h"
#include "clang/Analysis/CFG.h"

namespace torch_tidy {

class Transfer {
public:
  explicit Transfer(Evaluator &Ev);

  /// Applies one CFG element: a statement or a member initializer.
  void element(const clang::CFGElement &El, Env &E);
  /// Gives annotated parameters of the function their annotations' state:
  /// where a caller's argument is known (a summary), what it says wins.
  void seedParameters(Env &E);
  /// True when members of `this` are followed in this function.
  bool followsMembers() const { return FollowsMembers; }

private:
  void statement(const clang::Stmt *S, Env &E);
  void declare(const clang::VarDecl *VD, Env &E);
  void call(const clang::CallExpr *CE, Env &E);
  bool ruleEffects(const CallParts &P, const clang::CallExpr *CE,
                   const clang::ValueDecl *Recv, Env &E);
  Facts absorbed(Facts Into, const CallParts &P, const Env &E);
  void unknownCallEffects(const CallParts &P, const clang::ValueDecl *Recv,
                          Env &E);
  /// Stores V as VD's state. Locals that are references are not stored: a
  /// const one bound to a variable reads that variable (Evaluator::lookup),
  /// one bound to a temporary holds its value, others are unknown.
  /// Reference parameters are tracked like any other variable; members
  /// that are not followed are not stored.
  void assign(Env &E, const clang::ValueDecl *VD, Value V);

  Evaluator &Ev;
  bool FollowsMembers = false;
};

} // namespace torch_tidy

#endif
