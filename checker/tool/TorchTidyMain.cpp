//===- TorchTidyMain.cpp - clang-tidy 19 with the torch-* checks ----------===//
//
// The standard clang-tidy driver. Each module's anchor is referenced so the
// linker keeps its registration (what ClangTidyForceLinker.h does, which
// Debian's package cannot include). `--version` says which torch-tidy this
// is, with its LLVM and built-in rules (Version.h).
//
//===----------------------------------------------------------------------===//
#include "Version.h"
#include "clang-tidy/tool/ClangTidyMain.h"
#include "llvm/Support/CommandLine.h"

#define TORCH_TIDY_ANCHOR(Name)                                                \
  extern volatile int Name##ModuleAnchorSource;                                \
  [[maybe_unused]] static int Name##Anchor = Name##ModuleAnchorSource;

namespace clang::tidy {
// One line per module of cmake/TidyModules.cmake.
#include "TidyModuleAnchors.inc"
} // namespace clang::tidy

TORCH_TIDY_ANCHOR(TorchTidy)

int main(int argc, const char **argv) {
  llvm::cl::SetVersionPrinter(torch_tidy::printTorchTidyVersion);
  return clang::tidy::clangTidyMain(argc, argv);
}
