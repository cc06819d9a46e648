//===- RuleLoader.h - Reads rules/*.yaml into a RuleSet ---------*- C++ -*-===//
//
// The only user of yaml-cpp. Errors name file:line:col and the shape that
// was expected; on error the RuleSet must be discarded by the caller.
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_RULES_RULELOADER_H
#define TORCH_TIDY_RULES_RULELOADER_H

#include "rules/RuleSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Error.h"

namespace torch_tidy {

/// Finds the text of an included file, given the including file's name.
/// Returns the resolved name and the text.
using IncludeResolver = llvm::function_ref<llvm::Expected<
    std::pair<std::string, std::string>>(llvm::StringRef From,
                                        llvm::StringRef Included)>;

/// Parses one rules file (and what it includes) into Into.
llvm::Error loadRuleFile(llvm::StringRef FileName, llvm::StringRef Text,
                         RuleSet &Into, IncludeResolver Resolve);

} // namespace torch_tidy

#endif
