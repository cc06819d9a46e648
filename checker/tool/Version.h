//===- Version.h - torch-tidy's version text --------------------*- C++ -*-===//
//
// What `torch-tidy --version` and `torch-clangd --version` say about
// torch-tidy: its version (project(... VERSION) in CMakeLists.txt), the git
// revision it was built from, and the built-in rules.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_TOOL_VERSION_H
#define TORCH_TIDY_TOOL_VERSION_H

#include "llvm/Support/raw_ostream.h"
#include <string>

namespace torch_tidy {

/// "0.1.0", or "0.1.0 (git 0123456789ab)" when built from a git checkout.
std::string torchTidyVersion();

/// The lines of `torch-tidy --version`:
///   torch-tidy version 0.1.0 (git 0123456789ab)
///     LLVM version 19.1.7
///     built-in rules: libtorch.yaml, opencv.yaml, std.yaml (sha256 0123456789ab)
void printTorchTidyVersion(llvm::raw_ostream &OS);

} // namespace torch_tidy

#endif
