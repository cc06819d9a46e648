//===- RuleSet.cpp --------------------------------------------------------===//
#include "rules/RuleSet.h"

namespace torch_tidy {

void RuleSet::addCall(llvm::StringRef QualifiedName, const CallRule &R) {
  Calls[QualifiedName] = R;
}

void RuleSet::addModule(const ModuleRule &R) { Modules[R.Class] = R; }

const CallRule *RuleSet::findCall(llvm::StringRef QualifiedName) const {
  auto It = Calls.find(QualifiedName);
  return It == Calls.end() ? nullptr : &It->second;
}

const ModuleRule *RuleSet::findModule(llvm::StringRef QualifiedClass) const {
  auto It = Modules.find(QualifiedClass);
  return It == Modules.end() ? nullptr : &It->second;
}

} // namespace torch_tidy
