//===- FlagTests.h - A condition that tests one boolean name ----*- C++ -*-===//
#ifndef TORCH_TIDY_AST_FLAGTESTS_H
#define TORCH_TIDY_AST_FLAGTESTS_H

#include "clang/AST/Expr.h"
#include <optional>

namespace torch_tidy {

/// A condition that is one boolean variable, parameter or member of `this`,
/// or its negation: `fp16_`, `!half`, `(this->useGpu)`.
struct FlagTest {
  const clang::ValueDecl *Flag;
  bool HoldsWhen; // the flag's value for which the condition holds
};

/// The flag Cond tests, if Cond is such a test; else none.
std::optional<FlagTest> flagTest(const clang::Expr *Cond);

} // namespace torch_tidy

#endif
