//===- Literals.h - Constants written in the source ------------*- C++ -*-===//
#ifndef TORCH_TIDY_AST_LITERALS_H
#define TORCH_TIDY_AST_LITERALS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include <optional>
#include <string>

namespace torch_tidy {

/// The text of a string literal, directly or through a constant variable or
/// a constructor from one: `"model_fp16.pt"`,
/// `const std::string path = "model_fp16.pt";`, following at most MaxSteps
/// constants and constructors.
std::optional<std::string> literalText(const clang::Expr *E,
                                       unsigned MaxSteps);

/// The parameter a string expression passes on as it is: `path`, or the
/// `std::string` made from a `const char *path`; null for anything else.
const clang::ParmVarDecl *passedParameter(const clang::Expr *E);

/// The enumerator a constant enum expression names: `torch::kHalf` gives
/// "Half".
std::optional<std::string> enumeratorName(const clang::Expr *E,
                                          const clang::ASTContext &Ctx);

/// True when the source alone fixes E's value: literals, enumerators,
/// `constexpr` variables, and constructors and conversions of them
/// (`torch::kHalf`, `torch::Device("cuda:0")`); no variable, member, call
/// or `this`.
bool isFixedBySource(const clang::Expr *E);

/// The value of a constant integer expression.
std::optional<int64_t> integerValue(const clang::Expr *E,
                                    const clang::ASTContext &Ctx);

} // namespace torch_tidy

#endif
