//===- TorchClangdMain.cpp - clangd 19 with the torch-* checks ------------===//
//
// Debian's clangd driver (libclangdMain.a) with the torch-tidy module linked
// in. clangd runs every clang-tidy module it was linked with, so the torch-*
// checks read the same `.clang-tidy` files and show up in the editor like
// clangd's own checks. `--version` keeps clangd's first line, which editor
// extensions parse, and adds lines saying which checks are built in and
// which torch-tidy they come from (Version.h).
//
//===----------------------------------------------------------------------===//
#include "Version.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"
#include <cstring>
#include <string>

namespace clang::clangd {
// Declared in clangd's ClangdMain.h and Feature.h, which Debian's packages do
// not ship; defined in libclangdMain.a and libclangDaemon.a.
int clangdMain(int argc, char *argv[]);
std::string versionString();
std::string featureString();
std::string platformString();
} // namespace clang::clangd

// Referenced so the linker keeps the torch-tidy module's registration.
extern volatile int TorchTidyModuleAnchorSource;
[[maybe_unused]] static int TorchTidyModuleAnchor = TorchTidyModuleAnchorSource;

static bool asksForVersion(int argc, char *argv[]) {
  for (int I = 1; I < argc; ++I)
    if (!std::strcmp(argv[I], "--version") || !std::strcmp(argv[I], "-version"))
      return true;
  return false;
}

int main(int argc, char *argv[]) {
  // clangdMain installs its own version printer, which replaces any other,
  // so `--version` is answered here.
  if (asksForVersion(argc, argv)) {
    llvm::outs() << clang::clangd::versionString() << "\n"
                 << "Features: " << clang::clangd::featureString() << "\n"
                 << "Platform: " << clang::clangd::platformString() << "\n"
                 << "torch-clangd: the torch-tidy checks (torch-*) are built "
                    "in and run as fast checks\n";
    torch_tidy::printTorchTidyVersion(llvm::outs());
    return 0;
  }
  return clang::clangd::clangdMain(argc, argv);
}
