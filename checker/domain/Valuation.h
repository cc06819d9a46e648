//===- Valuation.h - Flag values a run assumes ------------------*- C++ -*-===//
//
// Path-insensitive analysis joins what the two sides of `if (fp16_)` leave
// into "unknown". A run under a valuation assumes each of a few flags (the
// booleans, enums and integers interprocedural/Flags.h finds that nothing
// changes while the function runs) has one value: a branch on a flag goes
// only the assumed way, so the states of correlated branches stay apart.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_DOMAIN_VALUATION_H
#define TORCH_TIDY_DOMAIN_VALUATION_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"
#include <cstdint>

namespace torch_tidy {

struct AssumedFlag {
  const clang::ValueDecl *Flag;
  int64_t Value; // a boolean's is 0 or 1
  const clang::Expr *FirstTest; // where the function first tests it
};

using Valuation = llvm::SmallVector<AssumedFlag, 2>;

} // namespace torch_tidy

#endif
