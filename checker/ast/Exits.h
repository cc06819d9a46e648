//===- Exits.h - Where control leaves a statement ---------------*- C++ -*-===//
//
// Several finders ask whether a piece of code may leave before its end: a
// catch handler that jumps out, a function that may return before it reads
// a setting, a branch under a flag that may leave the method. They differ
// only in which ways out count.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_AST_EXITS_H
#define TORCH_TIDY_AST_EXITS_H

#include "clang/AST/Stmt.h"
#include "llvm/ADT/SmallVector.h"

namespace torch_tidy {

/// The ways out of a statement, other than completing; combined as a mask.
namespace exit_kind {
enum : unsigned {
  Return = 1,   ///< `return`, `co_return`
  Throw = 2,    ///< `throw`
  NoReturn = 4, ///< a call of a function that does not return
  Goto = 8,     ///< `goto`, an indirect `goto`
  Loop = 16,    ///< `break`, `continue`
  Any = 31,
};
} // namespace exit_kind

/// The statements of S of the kinds in Kinds (exit_kind), in source order,
/// wherever they go (a `break` of a loop within S is one too). Of a
/// lambda's body only a `throw` and a call that does not return count:
/// they leave the code that calls the lambda; its `return` does not.
llvm::SmallVector<const clang::Stmt *, 2> exitsIn(const clang::Stmt *S,
                                                  unsigned Kinds);

} // namespace torch_tidy

#endif
