//===- Handlers.h - catch handlers after which the flow goes on -*- C++ -*-===//
//
// A call that throws half-way leaves objects in states no exit of the
// callee has. Where a `catch` handler goes on with the code after it (or
// loops back), those states meet code the analysis follows as if the call
// had finished or not run at all.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_AST_HANDLERS_H
#define TORCH_TIDY_AST_HANDLERS_H

#include "clang/AST/StmtCXX.h"

namespace torch_tidy {

/// Whether the flow may go on past handler C: its block may complete
/// normally (its last statement does not return, throw or call a function
/// that does not return), or a `break`, `continue` or `goto` in it leaves
/// it another way.
bool goesOnAfter(const clang::CXXCatchStmt *C);

/// Whether Body has a handler after which the flow goes on.
bool catchesAndGoesOn(const clang::Stmt *Body);

} // namespace torch_tidy

#endif
