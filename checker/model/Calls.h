//===- Calls.h - What a call returns ----------------------------*- C++ -*-===//
#ifndef TORCH_TIDY_MODEL_CALLS_H
#define TORCH_TIDY_MODEL_CALLS_H

#include "model/Evaluator.h"

namespace torch_tidy {

/// The value of the call E (of kind K): what its rule, the callee's
/// summary or a module's outputs say, and what an annotation on the callee
/// states.
Value evalCall(Evaluator &Ev, const clang::Expr *E, ValueKind K, const Env &S);

/// Why what a call of F at Loc returns is unknown when neither a rule nor a
/// summary says: F is library code no rule describes, or defined in
/// another file.
Cause unknownResult(const Vocabulary &Words, const clang::FunctionDecl *F,
                    clang::SourceLocation Loc);

/// The parameter state a module of class RD gets when it is constructed at
/// Where: the defaults its rules give.
Facts moduleDefaults(const ModelContext &M, const clang::CXXRecordDecl *RD,
                     const clang::Expr *Where);

/// The parameter state of a module of class RD constructed from Args at
/// Where: its defaults, or, for a module built from submodules (a
/// Sequential), the join of theirs (bottom while it holds none).
Facts constructedModule(Evaluator &Ev, const clang::CXXRecordDecl *RD,
                        llvm::ArrayRef<const clang::Expr *> Args,
                        const clang::Expr *Where, const Env &S);

} // namespace torch_tidy

#endif
