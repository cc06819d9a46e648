//===- FuzzRuleFile.cpp - libFuzzer target for the rule loader ------------===//
//
// Rule files come from users: whatever bytes they hold, loadRuleFile either
// adds rules or returns an error that starts with the file's name. Every
// `include:` resolves to the same bytes again, so include chains and the
// depth limit are exercised too.
//
//===----------------------------------------------------------------------===//
#include "rules/RuleLoader.h"
#include "llvm/Support/ErrorHandling.h"
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  torch_tidy::RuleSet Rules;
  auto Resolve = [&](llvm::StringRef, llvm::StringRef Included)
      -> llvm::Expected<std::pair<std::string, std::string>> {
    return std::make_pair(("inc/" + Included).str(), Text.str());
  };
  llvm::Error E = torch_tidy::loadRuleFile("fuzz.yaml", Text, Rules, Resolve);
  if (E) {
    std::string Message = llvm::toString(std::move(E));
    // Errors name the file (and line:col where yaml-cpp gives a mark).
    if (!llvm::StringRef(Message).starts_with("fuzz.yaml") &&
        !llvm::StringRef(Message).starts_with("inc/"))
      llvm::report_fatal_error("rule error without a file name: " +
                               llvm::Twine(Message));
  }
  return 0;
}
