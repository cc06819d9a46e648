//===- Flags.h - The booleans a function's runs may assume ------*- C++ -*-===//
//
// A flag is a boolean that a function tests and that nothing can change
// while it runs, so every test of it on one run gives the same answer:
// - a parameter, or a local with an initializer, never written after it;
// - a private member of the function's class (protected in a final class)
//   that no method body writes: only constructors' initializers set it, and
//   the class has no friends and every method's body in the file.
// Its value must be free: not a constant (a `false` initializer would make
// the other value a path that never runs) and not computed from a tracked
// value (`bool half = t.dtype() == torch::kHalf` is decided by the
// tensor's state, which the runs may know to be otherwise). Nor may two
// flags be tied: one starting from the other, or both from one value
// (`bool a = cfg.half, b = cfg.half;`); the later one is not followed.
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
};

/// The flags FD tests in `if` and `?:` conditions, in the order of their
/// first test, at most limits::FlagsFollowed.
llvm::SmallVector<Flag, 2> flagsOf(const Vocabulary &Words,
                                   const clang::FunctionDecl *FD);

/// The values a call fixes for the boolean parameters of Def that Def never
/// writes: those whose argument is a constant (`apply(fc, true)`). The
/// helper analyzed for that call goes only their way.
Valuation argumentFlags(const CallParts &At, const clang::FunctionDecl *Def);

/// Every valuation of Flags, the first with all true.
std::vector<Valuation> valuationsOf(llvm::ArrayRef<Flag> Flags);

} // namespace torch_tidy

#endif
