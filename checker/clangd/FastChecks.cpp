//===- FastChecks.cpp - The torch-* checks count as fast in clangd --------===//
//
// clangd 19 runs a clang-tidy check only when its table of measured checks
// (TidyFastChecks.inc, compiled into libclangDaemon.a) lists it as fast,
// unless the user writes `Diagnostics: {ClangTidy: {FastCheckFilter: Loose}}`
// in a .clangd file. The torch-* checks are not in that table, so clangd would
// drop them. They are fast: one dataflow pass per function of the main file,
// a small part of a translation unit's time (bench/editor.py measures it), so
// torch-clangd answers "fast" for them and asks the table about every other
// check.
//
// The table is read through one function, clang::clangd::isFastTidyCheck,
// called from ParsedAST.cpp (which checks to run) and ConfigCompile.cpp (the
// warning for slow checks named in .clangd). The link wraps that symbol
// (-Wl,--wrap, see CMakeLists.txt): calls to it land in the function below,
// which asks clangd's own (__real_<symbol>) about every other check. Should
// a later clangd rename it, the link fails on the undefined __real_ symbol
// rather than silently dropping the checks.
//
//===----------------------------------------------------------------------===//
#include "llvm/ADT/StringRef.h"
#include <optional>

// The symbol of std::optional<bool> clang::clangd::isFastTidyCheck(StringRef),
// under the names the linker's --wrap gives the original and the wrapper.
#define IS_FAST_TIDY_CHECK "_ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE"

namespace torch_tidy {

std::optional<bool> clangdIsFastTidyCheck(llvm::StringRef Check)
    asm("__real_" IS_FAST_TIDY_CHECK);
std::optional<bool> isFastTidyCheck(llvm::StringRef Check)
    asm("__wrap_" IS_FAST_TIDY_CHECK);

std::optional<bool> isFastTidyCheck(llvm::StringRef Check) {
  if (Check.starts_with("torch-"))
    return true;
  return clangdIsFastTidyCheck(Check);
}

} // namespace torch_tidy
