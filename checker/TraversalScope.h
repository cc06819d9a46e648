//===- TraversalScope.h - Skip the libraries' headers -----------*- C++ -*-===//
//
// clang-tidy's matchers traverse the whole translation unit: with LibTorch
// included, every check's matchers visit some hundred thousand library
// declarations, which costs about as much as the analysis itself; with a
// precompiled header of the library headers (what run-torch-tidy builds),
// that traversal also deserializes nearly all of the PCH again. When the
// torch-* checks are the only checks that run, nothing they report can come
// from a declaration in a system header or in the libraries' own
// namespaces, so the traversal can leave out the top-level declarations of
// that kind that the headers (or the PCH) hold; clangd limits its traversal
// in the same way.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_TRAVERSALSCOPE_H
#define TORCH_TIDY_TRAVERSALSCOPE_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "vocabulary/Vocabulary.h"
#include "clang/AST/ASTContext.h"

namespace torch_tidy {

/// Limits \p Ctx's traversal scope to the top-level declarations written in
/// the main file, and those of other files (or of a precompiled header) that
/// are neither in a system header nor a library namespace (the vocabulary's
/// `library-namespaces`). Does so only when no check other than torch-* ones
/// is enabled, system-header diagnostics are off and the translation unit
/// does not use modules; otherwise, or when the scope is already limited,
/// changes nothing. Returns true when it limited
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
