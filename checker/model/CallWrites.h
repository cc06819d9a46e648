//===- CallWrites.h - What a call may change --------------------*- C++ -*-===//
//
// The one answer to "may this call change this value": the object it is
// called on, and what each argument refers to. A call a rule describes
// changes what the rule says and nothing else; a call no rule describes
// may change whatever its signature lets it.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_MODEL_CALLWRITES_H
#define TORCH_TIDY_MODEL_CALLWRITES_H

#include "ast/CallParts.h"
#include "domain/Value.h"
#include "rules/RuleSet.h"
#include "vocabulary/Vocabulary.h"

namespace torch_tidy {

/// Whether the call P (whose rule is R, null when none) may change the
/// object it is called on: a rule's receiver effect or `writes: self`; a
/// non-const method, or a tensor method named like LibTorch's in-place
/// operations (`add_`), which are const.
bool mayWriteReceiver(const Vocabulary &Words, const CallParts &P,
                      const CallRule *R);

/// Whether P may change what its argument I refers to, a value of kind K:
/// the argument the rule `writes`; a non-const reference or pointer
/// parameter; any module handle, which is shallow (a const reference to a
/// holder can be copied, and the copy converted).
bool mayWriteArgument(const CallParts &P, unsigned I, const CallRule *R,
                      ValueKind K);

/// The argument a rule's `writes` names (by position or by its parameter's
/// name); null for `writes: self`, no `writes`, or an argument the call does
/// not have.
const clang::Expr *writtenArgument(const CallParts &P, const CallRule &R);

/// The expression an argument lets the callee write through a proxy built
/// from a non-const reference (OpenCV's OutputArray from `cv::Mat &`);
/// null for any other argument.
const clang::Expr *proxiedForWriting(const clang::Expr *Arg);

/// The variable an argument lets the callee write through a proxy built
/// from a non-const reference: OpenCV's OutputArray from `cv::Mat &`.
const clang::ValueDecl *writtenThroughProxy(const Vocabulary &Words,
                                            const clang::Expr *Arg);

} // namespace torch_tidy

#endif
