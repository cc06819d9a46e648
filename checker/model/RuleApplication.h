//===- RuleApplication.h - The state a call's rule gives --------*- C++ -*-===//
#ifndef TORCH_TIDY_MODEL_RULEAPPLICATION_H
#define TORCH_TIDY_MODEL_RULEAPPLICATION_H

#include "model/Evaluator.h"

namespace torch_tidy {

/// The state a call's rule gives its result (or the output it writes).
Facts applyRule(Evaluator &Ev, const CallRule &R, const CallParts &P,
                const clang::Expr *Call, const Env &S);

/// Base with the arguments of kinds the rule lists (`set-by`) applied left
/// to right: `to(kCUDA, kHalf)` on a module or tensor.
Facts applyOverrides(Evaluator &Ev, const CallRule &R, const CallParts &P,
                     Facts Base, const clang::Expr *Call, const Env &S);

} // namespace torch_tidy

#endif
