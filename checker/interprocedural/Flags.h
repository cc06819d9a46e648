//===- Flags.h - The booleans a function's runs may assume ------*- C++ -*-===//
//
// A flag is a boolean that a function tests and that nothing can change
// while it runs, so every test of it on one run gives the same answer: a
// parameter; a local at the top of the body, read only; a private member
// (protected in a final class) that only constructors' initializers set,
// in a class whose methods are all in the file and never let `*this` go.
// Its value must be free: not a constant, not computed from a tracked
// value, another local or a method of its class, and not tied to another
// boolean the function tests (one from the other, both from one variable,
// both answers of calls).
//
// A function's flags are followed only where they alone decide its path:
// every condition in it is a test of one of them (alone, negated, in `&&`
// or `||`, or a `switch` on it), it has no loop, try or other switch, and
// reads its flags nowhere but in those tests. Then each valuation is one path that runs when the flags
// have those values (checker/docs/configuration-flags.md).
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_INTERPROCEDURAL_FLAGS_H
#define TORCH_TIDY_INTERPROCEDURAL_FLAGS_H

#include "ast/CallParts.h"
#include "domain/Valuation.h"
#include "vocabulary/Vocabulary.h"

namespace torch_tidy {

struct Flag {
  const clang::ValueDecl *Decl;
  const clang::Expr *FirstTest;
  /// The values its runs assume: true and false for a boolean; for an enum
  /// or integer, the constants it is compared with, in the order met (the
  /// values no test names are not run: nothing says they occur).
  llvm::SmallVector<int64_t, 4> Values;
};

/// The flags FD follows, in the order of their first test: none unless
/// they alone decide its path, and no more than limits::FlagsFollowed.
llvm::SmallVector<Flag, 2> flagsOf(const Vocabulary &Words,
                                   const clang::FunctionDecl *FD);

/// Whether FD, a template's instantiation, follows flags that its
/// template's own code has, whose values the template's types cannot
/// decide: each starts from a value given at run time (`fp16_(fp16)` from
/// a public constructor's parameter), not from the types (`bool precise =
/// isDouble<T>()`, a private constructor given `Traits<T>::dbl()`).
bool flagsOfItsTemplate(const Vocabulary &Words, const clang::FunctionDecl *FD);

/// The values a call fixes for the boolean, enum and integer parameters of
/// Def that Def never writes: those whose argument is a constant
/// (`apply(fc, true)`, `run(x, Precision::Half)`). The helper analyzed for
/// that call goes only their way.
Valuation argumentFlags(const CallParts &At, const clang::FunctionDecl *Def);

/// Whether a run of Def under Assumed (what a call fixes) decides its whole
/// path: every condition in Def is a test of an assumed flag, and the
/// assumed flags are used only by such tests.
bool decidedByFlagTests(const Vocabulary &Words, const clang::FunctionDecl *Def,
                        const Valuation &Assumed);

/// Whether two flags' values are tied where FD reads them: one starts from
/// the other, or both start from something one reads (`a_(half),
/// b_(!half)`, `bool x = cfg.half, y = static_cast<bool>(cfg.half)`, `p =
/// cfg.precision, bits = bitsOf(cfg)`), or both from calls. Assuming them
/// independent would follow paths that never run.
bool flagsTied(const clang::ValueDecl *A, const clang::ValueDecl *B,
               const clang::FunctionDecl *FD);

/// Every valuation of Flags, the first with each flag's first value.
std::vector<Valuation> valuationsOf(llvm::ArrayRef<Flag> Flags);

} // namespace torch_tidy

#endif
