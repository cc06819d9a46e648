//===- FlagTests.h - A condition that tests one flag ------------*- C++ -*-===//
#ifndef TORCH_TIDY_AST_FLAGTESTS_H
#define TORCH_TIDY_AST_FLAGTESTS_H

#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/SmallVector.h"
#include <cstdint>
#include <optional>
#include <string>

namespace torch_tidy {

/// A condition that tests one variable, parameter or member of `this`: a
/// boolean, or its negation (`fp16_`, `!half`, `(this->useGpu)`), an enum
/// or integer compared with a constant (`mode_ == Precision::Half`,
/// `bits != 16`), or a `std::string` compared with a literal (`datatype ==
/// "fp16"`; the literal's value is stringFlagValue()).
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

/// A `switch` on one enum or integer flag (`switch (precision_)`), and
/// the constants its `case` labels compare it with, in source order; for
/// an enum with a `default` label, the first enumerator no case names,
/// which takes the `default` path.
struct FlagSwitch {
  const clang::ValueDecl *Flag;
  const clang::Expr *Read;
  llvm::SmallVector<int64_t, 4> Cases;
  std::optional<int64_t> Default;
};

/// The flag S switches on, if S is such a switch: no initializer or
/// condition variable, no `case` range, every label a value the flag can
/// hold; else none.
std::optional<FlagSwitch> flagSwitch(const clang::SwitchStmt *S);

/// The value a `case` label compares with, in the switch's type; none for
/// `default:` or anything else.
std::optional<int64_t> caseValue(const clang::Stmt *Label,
                                 const clang::ASTContext &Ctx);

/// The value that stands for a string flag equal to Text: equal texts
/// give equal values, and flagValueName() gives the text back.
int64_t stringFlagValue(llvm::StringRef Text);

/// Whether Flag is a `std::string` flag.
bool isStringFlag(const clang::ValueDecl *Flag);

/// How a message names Value of Flag: `true`, `Precision::Half`, `16`,
/// `"fp16"`.
std::string flagValueName(const clang::ValueDecl *Flag, int64_t Value);

} // namespace torch_tidy

#endif
