//===- RuleSet.cpp --------------------------------------------------------===//
#include "rules/RuleSet.h"

namespace torch_tidy {

void RuleSet::addCall(llvm::StringRef QualifiedName, const CallRule &R) {
  auto &Rules = Calls[QualifiedName];
  for (CallRule &Old : Rules)
    if (Old.PathGlob == R.PathGlob && Old.Signature == R.Signature) {
      Old = R;
      return;
    }
  Rules.push_back(R);
}

void RuleSet::addModule(const ModuleRule &R) { Modules[R.Class] = R; }

llvm::ArrayRef<CallRule>
RuleSet::findCalls(llvm::StringRef QualifiedName) const {
  auto It = Calls.find(QualifiedName);
  if (It == Calls.end())
    return {};
  return It->second;
}

const ModuleRule *RuleSet::findModule(llvm::StringRef QualifiedClass) const {
  auto It = Modules.find(QualifiedClass);
  return It == Modules.end() ? nullptr : &It->second;
}

} // namespace torch_tidy
