//===- Escapes.h - Values other names can change ----------------*- C++ -*-===//
#ifndef TORCH_TIDY_MODEL_ESCAPES_H
#define TORCH_TIDY_MODEL_ESCAPES_H

#include "vocabulary/Vocabulary.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseSet.h"

namespace torch_tidy {

/// What one scan of a body finds about the values its flow cannot follow.
struct Escapes {
  /// Variables and members of `this` whose state can change under another
  /// name: their address is taken, a non-const reference or a by-reference
  /// lambda capture binds them, or (for modules, which are handles) another
  /// variable copies them.
  llvm::DenseSet<const clang::ValueDecl *> Vars;
  /// Variables holding tensor lists or tuples whose elements can change
  /// under another name: a non-const reference, pointer or iterator to an
  /// element, a range-for by non-const reference, a by-reference capture of
  /// a structured binding, a copy of a shared list or an IValue made from
  /// one, a local view of elements it does not own.
  llvm::DenseSet<const clang::ValueDecl *> Containers;
  /// `this` is kept where the flow cannot see what is done with it: a
  /// lambda that captures it, a pointer or reference initialized with it,
  /// an object constructed with it. Uses as the object or an argument of a
  /// call, the base of a member, or a returned value are seen.
  bool ThisKept = false;
  /// The code holds errors: it did not compile.
  bool HasErrors = false;
};

/// Adds what Code (a body, or a constructor's member initializer) shows to
/// Into. Class: the class whose `this` is watched (uses of its own fields
/// keep `this` in view); null for a function that is no such method.
void scanEscapes(const Vocabulary &Words, const clang::Stmt *Code,
                 Escapes &Into, const clang::CXXRecordDecl *Class = nullptr);

} // namespace torch_tidy

#endif
