//===- FixIt.h - Fix-its that insert a conversion ---------------*- C++ -*-===//
#ifndef TORCH_TIDY_FIXIT_H
#define TORCH_TIDY_FIXIT_H

#include "domain/Facts.h"
#include "vocabulary/Vocabulary.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/Diagnostic.h"
#include <optional>

namespace torch_tidy {

/// `torch::kHalf`, or the code's own name for the value when it has one.
std::string spellDtype(const Fact<Dtype> &F, const Vocabulary &Words,
                       clang::ASTContext &Ctx);
/// `torch::kCUDA`, `torch::Device("cuda:1")`, or the code's own variable.
std::string spellDevice(const Fact<Device> &F, const Vocabulary &Words,
                        clang::ASTContext &Ctx);

/// Turns `Arg` into `Arg.to(What)` (parenthesized when needed); none when
/// Arg comes from a macro expansion.
std::optional<clang::FixItHint>
appendConversion(const clang::Expr *Arg, llvm::StringRef What,
                 clang::ASTContext &Ctx);

} // namespace torch_tidy

#endif
