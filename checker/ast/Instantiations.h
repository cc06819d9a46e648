//===- Instantiations.h - Code a template instantiated ----------*- C++ -*-===//
//
// Templates are checked in their instantiations, where the types are known.
// Questions about a function's code there: which instantiation it belongs
// to (a finding names it, and puts no fix-it into the template's text,
// which serves every instantiation); where that instantiation was required;
// whether clang made it for code that runs; and whether the user's
// functions it calls may end its path by an exception (a helper that throws
// for some types only).
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_AST_INSTANTIATIONS_H
#define TORCH_TIDY_AST_INSTANTIATIONS_H

#include "clang/AST/Decl.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <string>

namespace torch_tidy {

/// The instantiated entity FD's code belongs to: FD, or for a lambda the
/// function it is written in, or the specialization of the variable or
/// class template whose initializer holds it; null for code written once.
const clang::NamedDecl *instantiationOf(const clang::FunctionDecl *FD);

/// Where the user's code required Inst (for a method the library required,
/// where it required the method's class); invalid when clang does not say
/// or only a system header does.
clang::SourceLocation pointOfInstantiation(const clang::NamedDecl *Inst,
                                           const clang::ASTContext &Ctx);

/// Inst as diagnostics name it: "PairStyle<double>::compute".
std::string instantiationName(const clang::NamedDecl *Inst,
                              const clang::ASTContext &Ctx);

/// False for instantiated code made only to deduce a type
/// (`decltype(f<double>())`): it never runs.
bool madeToRun(const clang::FunctionDecl *FD);

/// True when FD's body calls a function that does not return, or one
/// Followed accepts (the user's code) that throws or makes such a call
/// itself, up to Depth calls deeper.
bool callsMayNotReturn(
    const clang::FunctionDecl *FD,
    llvm::function_ref<bool(const clang::FunctionDecl *)> Followed,
    unsigned Depth);

} // namespace torch_tidy

#endif
