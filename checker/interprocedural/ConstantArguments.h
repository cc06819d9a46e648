//===- ConstantArguments.h - Parameters only ever given constants -*- C++ -*-===//
//
// A parameter whose every call is in the file and passes a constant is
// decided by its callers: each call's context analyzes the function with
// that value, and no other value ever reaches it. Following its other
// values as a flag would report paths that never run.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_INTERPROCEDURAL_CONSTANTARGUMENTS_H
#define TORCH_TIDY_INTERPROCEDURAL_CONSTANTARGUMENTS_H

#include "clang/AST/Decl.h"

namespace torch_tidy {

/// Whether every call of P's function is in the main file and gives P a
/// constant: the function is written there and only the file can call it
/// (internal linkage, a private, non-virtual method of a class without
/// friends whose methods are all defined, or a lambda held by a local
/// variable that is only called, directly or from lambdas capturing it),
/// nothing takes its address, and each call's argument for P is a constant
/// or a string literal (`init(false)`, `run(m, Precision::Half)`).
bool givenOnlyConstants(const clang::ParmVarDecl *P);

/// Forgets the calls read from the translation unit that ended.
void resetConstantArguments();

} // namespace torch_tidy

#endif
