//===- Evaluator.h - The abstract value of an expression --------*- C++ -*-===//
//
// Expressions are evaluated, not stored: the state of
// `x.to(kCUDA).to(kHalf).contiguous()` is computed from its leaves (variables,
// constants, calls) and the rules. This file dispatches on the shape of an
// expression and reads variables; what calls, constructions, containers and
// promotion give is in the files named for them.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_MODEL_EVALUATOR_H
#define TORCH_TIDY_MODEL_EVALUATOR_H

#include "domain/Env.h"
#include "domain/Valuation.h"
#include "model/ModelContext.h"
#include "model/ModelFileLoads.h"
#include "llvm/ADT/DenseSet.h"

namespace torch_tidy {

/// Evaluates expressions of one function body (or of no body: member
/// initializers evaluated for a class).
class Evaluator {
public:
  Evaluator(const ModelContext &M, const clang::FunctionDecl *Fn)
      : M(M), Fn(Fn) {}

  Value eval(const clang::Expr *E, const Env &S);
  Value lookup(const clang::ValueDecl *VD, const Env &S);

  const ModelContext &model() const { return M; }
  const Vocabulary &words() const { return M.Words; }
  const clang::FunctionDecl *function() const { return Fn; }

  /// A local of the function under analysis (not a parameter).
  bool isLocal(const clang::ValueDecl *VD) const;
  /// What a `torch-tidy:` annotation on D states (model/Annotations.h).
  const std::optional<Facts> &annotation(const clang::Decl *D) const {
    return M.Annotations.of(D);
  }

  /// Variables whose state other names can change behind our back: they
  /// read as unknown.
  llvm::DenseSet<const clang::ValueDecl *> Escaped;
  /// The state of a followed object (ValueKind::Object) before each call
  /// on it, by the call's receiver: what the call's result is computed
  /// from, since the statement that uses it sees the object after the call.
  llvm::DenseMap<const clang::Expr *, Value> ObjectsBefore;
  /// Set while computing what members hold: calls of the object's own
  /// methods return unknown instead of their summaries, which the members'
  /// states rarely need and which would be computed anew for each state.
  bool MembersOnly = false;
  /// The flag values the run assumes (domain/Valuation.h): a `?:` on one
  /// of them is its assumed side alone.
  Valuation Assumed;
  /// The value Assumed gives the flag Cond tests, if any.
  std::optional<bool> assumedValueOf(const clang::Expr *Cond) const;
  /// Every call a `model-file` rule was applied to.
  ModelFileLoads Loads;

  /// Counts how deeply evaluation recurses through rules and aliases
  /// (domain/Limits.h); within() is false once Limit is reached.
  class Nesting {
  public:
    explicit Nesting(Evaluator &Ev) : Ev(Ev) { ++Ev.Depth; }
    ~Nesting() { --Ev.Depth; }
    bool within(unsigned Limit) const { return Ev.Depth < Limit; }

  private:
    Evaluator &Ev;
  };

private:
  std::optional<Value> constant(const clang::Expr *E, ValueKind K);
  Value member(const clang::MemberExpr *ME, ValueKind K, const Env &S);
  Value asSetting(const clang::ValueDecl *F, Value V, const clang::Expr *E);
  Value variable(const clang::VarDecl *VD, ValueKind K, const Env &S);
  std::optional<Value> localReference(const clang::VarDecl *VD, ValueKind K,
                                      const Env &S);
  Value outside(const clang::VarDecl *VD, ValueKind K);
  Value withAnnotation(const clang::VarDecl *VD, Value V);

  const ModelContext &M;
  const clang::FunctionDecl *Fn;
  unsigned Depth = 0;
};

} // namespace torch_tidy

#endif
