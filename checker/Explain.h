//===- Explain.h - Why the checks are silent where they are -----*- C++ -*-===//
//
// With the `TorchExplain` option, a remark at each place a check compares
// two states (a module call, a from_blob, a typed raw access, an operation
// whose operands must agree) says whether both were known, and if not, the
// first reason the analysis met; and one remark per translation unit counts
// the places decided and the most common reasons. It is how a user learns
// whether silence means "correct" or "could not tell", and which rule or
// annotation to write. Docs: checker/docs/torch-explain.md.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_EXPLAIN_H
#define TORCH_TIDY_EXPLAIN_H

#include "solver/FunctionView.h"
#include "clang-tidy/ClangTidyCheck.h"
#include <map>

namespace torch_tidy {

/// What the report has counted in one translation unit.
struct ExplainTally {
  unsigned Sites = 0, Decided = 0;
  unsigned NotAnalyzed = 0; // functions
  std::map<std::string, unsigned> Reasons; // reason text -> places
};

/// Remarks at the sites of one function's own analysis that one of the
/// enabled checks compares (Enabled is asked with check names).
void explainFunction(clang::tidy::ClangTidyCheck &Check,
                     const FunctionView &View, clang::ASTContext &Ctx,
                     llvm::function_ref<bool(llvm::StringRef)> Enabled,
                     ExplainTally &Tally);

/// The remark at a function the analysis gave up on.
void explainNotAnalyzed(clang::tidy::ClangTidyCheck &Check,
                        const clang::FunctionDecl *FD, NotAnalyzed Why,
                        ExplainTally &Tally);

/// The summary remark, at the start of the main file.
void explainSummary(clang::tidy::ClangTidyCheck &Check, clang::ASTContext &Ctx,
                    const ExplainTally &Tally);

} // namespace torch_tidy

#endif
