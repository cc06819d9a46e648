//===- Version.cpp - torch-tidy's version text ----------------------------===//
#include "Version.h"
#include "TorchTidyVersion.inc"
#include "llvm/Config/llvm-config.h"

namespace torch_tidy {

std::string torchTidyVersion() {
  std::string Text = TORCH_TIDY_VERSION;
  if (*TORCH_TIDY_GIT_REVISION)
    Text += std::string(" (git ") + TORCH_TIDY_GIT_REVISION + ")";
  return Text;
}

void printTorchTidyVersion(llvm::raw_ostream &OS) {
  OS << "torch-tidy version " << torchTidyVersion() << "\n"
     << "  LLVM version " << LLVM_VERSION_STRING << "\n"
     << "  built-in rules: " << TORCH_TIDY_RULES_FILES << " (sha256 "
     << TORCH_TIDY_RULES_DIGEST << ")\n";
}

} // namespace torch_tidy
