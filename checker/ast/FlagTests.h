//===- FlagTests.h - A condition that tests one flag ------------*- C++ -*-===//
#ifndef TORCH_TIDY_AST_FLAGTESTS_H
#define TORCH_TIDY_AST_FLAGTESTS_H

#include "clang/AST/Expr.h"
#include <cstdint>
#include <optional>
#include <string>

namespace torch_tidy {

/// A condition that tests one variable, parameter or member of `this`: a
/// boolean, or its negation (`fp16_`, `!half`, `(this->useGpu)`), or an
/// enum or integer compared with a constant (`mode_ == Precision::Half`,
/// `bits != 16`).
struct FlagTest {
  const clang::ValueDecl *Flag;
  /// For a boolean: the flag's value for which the condition holds. For a
  /// comparison: whether it holds when the flag equals Against.
  bool HoldsWhen;
  std::optional<int64_t> Against;
  const clang::Expr *Read; // the expression that names the flag

  /// Whether the condition holds when the flag has Value (a boolean's is
  /// 0 or 1).
  bool holdsFor(int64_t Value) const {
    return Against ? (Value == *Against) == HoldsWhen
                   : (Value != 0) == HoldsWhen;
  }
};

/// The flag Cond tests, if Cond is such a test; else none.
std::optional<FlagTest> flagTest(const clang::Expr *Cond);

/// How a message names Value of Flag: `true`, `Precision::Half`, `16`.
std::string flagValueName(const clang::ValueDecl *Flag, int64_t Value);

} // namespace torch_tidy

#endif
