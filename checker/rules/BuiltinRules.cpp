//===- BuiltinRules.cpp ---------------------------------------------------===//
#include "rules/BuiltinRules.h"

namespace torch_tidy {

static const EmbeddedFile Files[] = {
#include "BuiltinRules.inc"
};

llvm::ArrayRef<EmbeddedFile> builtinRuleFiles() { return Files; }

} // namespace torch_tidy
