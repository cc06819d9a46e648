//===- TorchTidyMain.cpp - clang-tidy 19 with the torch-* checks ----------===//
//
// The standard clang-tidy driver. Each module's anchor is referenced so the
// linker keeps its registration (what ClangTidyForceLinker.h does, which
// Debian's package cannot include).
//
//===----------------------------------------------------------------------===//
#include "clang-tidy/tool/ClangTidyMain.h"

#define TORCH_TIDY_ANCHOR(Name)                                                \
  extern volatile int Name##ModuleAnchorSource;                                \
  [[maybe_unused]] static int Name##Anchor = Name##ModuleAnchorSource;

namespace clang::tidy {
TORCH_TIDY_ANCHOR(Abseil)
TORCH_TIDY_ANCHOR(Altera)
TORCH_TIDY_ANCHOR(Android)
TORCH_TIDY_ANCHOR(Boost)
TORCH_TIDY_ANCHOR(Bugprone)
TORCH_TIDY_ANCHOR(CERT)
TORCH_TIDY_ANCHOR(Concurrency)
TORCH_TIDY_ANCHOR(CppCoreGuidelines)
TORCH_TIDY_ANCHOR(Darwin)
TORCH_TIDY_ANCHOR(Fuchsia)
TORCH_TIDY_ANCHOR(Google)
TORCH_TIDY_ANCHOR(HICPP)
TORCH_TIDY_ANCHOR(LinuxKernel)
TORCH_TIDY_ANCHOR(LLVM)
TORCH_TIDY_ANCHOR(LLVMLibc)
TORCH_TIDY_ANCHOR(Misc)
TORCH_TIDY_ANCHOR(Modernize)
TORCH_TIDY_ANCHOR(MPI)
TORCH_TIDY_ANCHOR(ObjC)
TORCH_TIDY_ANCHOR(OpenMP)
TORCH_TIDY_ANCHOR(Performance)
TORCH_TIDY_ANCHOR(Portability)
TORCH_TIDY_ANCHOR(Readability)
TORCH_TIDY_ANCHOR(Zircon)
} // namespace clang::tidy

TORCH_TIDY_ANCHOR(TorchTidy)

int main(int argc, const char **argv) {
  return clang::tidy::clangTidyMain(argc, argv);
}
