//===- RuleRegistry.h - The rule set in force for a run ---------*- C++ -*-===//
#ifndef TORCH_TIDY_RULES_RULEREGISTRY_H
#define TORCH_TIDY_RULES_RULEREGISTRY_H

#include "rules/RuleSet.h"
#include "llvm/Support/Error.h"
#include <memory>

namespace torch_tidy {

/// The built-in rules with the user's files (a ';'-separated list, later
/// files win) layered on top. Loaded once per distinct list and shared by
/// every check; an error in any file yields no rule set at all.
llvm::Expected<std::shared_ptr<const RuleSet>>
loadRules(llvm::StringRef UserFiles);

} // namespace torch_tidy

#endif
