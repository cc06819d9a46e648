//===- TraversalScope.h - Skip system headers read from a PCH ---*- C++ -*-===//
//
// clang-tidy's matchers traverse the whole translation unit. With a
// precompiled header of the library headers (what run-torch-tidy builds),
// that traversal deserializes nearly all of the PCH again and costs most of
// what the PCH saved. When the torch-* checks are the only checks that run,
// nothing they report can come from a declaration in a system header or in
// the libraries' own namespaces, so the traversal can leave out the
// top-level declarations of that kind the PCH holds; clangd limits its
// traversal in the same way.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_TRAVERSALSCOPE_H
#define TORCH_TIDY_TRAVERSALSCOPE_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "vocabulary/Vocabulary.h"
#include "clang/AST/ASTContext.h"

namespace torch_tidy {

/// Limits \p Ctx's traversal scope to the top-level declarations that were
/// parsed in this translation unit, or read from a precompiled header out of
/// a non-system header and not a library namespace (the vocabulary's
/// `library-namespaces`). Does so only when the translation unit uses a
/// precompiled header (not modules), no check other than torch-* ones is
/// enabled and system-header diagnostics are off; otherwise, or when the
/// scope is already limited, changes nothing. Returns true when it limited
/// the scope. Call before the traversal reaches the translation unit's
/// children: from a match on the TranslationUnitDecl.
bool limitTraversalToLocalDecls(clang::ASTContext &Ctx,
                                const clang::tidy::ClangTidyContext &Tidy,
                                const Vocabulary &Words);

/// Gives \p Ctx back its whole-translation-unit traversal scope, so that
/// consumers that run after the matchers (the static analyzer) see the
/// whole AST.
void restoreTraversalScope(clang::ASTContext &Ctx);

} // namespace torch_tidy

#endif
