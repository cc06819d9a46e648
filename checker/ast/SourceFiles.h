//===- SourceFiles.h - Where code is written ---------------------*- C++ -*-===//
#ifndef TORCH_TIDY_AST_SOURCEFILES_H
#define TORCH_TIDY_AST_SOURCEFILES_H

#include "clang/Basic/SourceManager.h"
#include <string>

namespace torch_tidy {

/// The absolute directory of the file Loc is written in (where a macro is
/// expanded), or "" when it is not in a file.
std::string directoryOf(clang::SourceLocation Loc,
                        const clang::SourceManager &SM);

} // namespace torch_tidy

#endif
