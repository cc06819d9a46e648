//===- ObjectUses.h - Locals used only through their methods ----*- C++ -*-===//
//
// Which locals of a function nothing but the function's own flow can
// change: objects of the user's classes (and smart pointers to one made
// there) every use of which is the object of a direct call of one of its
// methods, each in a full expression of its own, outside lambdas and
// handlers, in a function no handler of which goes on (Objects.h).
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_INTERPROCEDURAL_OBJECTUSES_H
#define TORCH_TIDY_INTERPROCEDURAL_OBJECTUSES_H

#include "vocabulary/Vocabulary.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseSet.h"

namespace torch_tidy {

/// The class a followed object of type T would be: T (or what T points
/// to), or what a `std::shared_ptr` / `std::unique_ptr` T points to.
const clang::CXXRecordDecl *objectClass(const Vocabulary &Words,
                                        clang::QualType T);

/// The locals of Fn used only through their methods, as above (whatever
/// their class; Objects.h asks whether its members are followed).
llvm::DenseSet<const clang::VarDecl *>
usedThroughMethods(const Vocabulary &Words, const clang::FunctionDecl *Fn);

} // namespace torch_tidy

#endif
