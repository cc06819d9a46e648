//===- BuiltinRules.h - rules/*.yaml compiled into the binaries -*- C++ -*-===//
#ifndef TORCH_TIDY_RULES_BUILTINRULES_H
#define TORCH_TIDY_RULES_BUILTINRULES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace torch_tidy {

struct EmbeddedFile {
  const char *Name; // "rules/libtorch.yaml"
  const char *Text;
};

/// Every rules/*.yaml of the source tree, as it was at build time.
llvm::ArrayRef<EmbeddedFile> builtinRuleFiles();

} // namespace torch_tidy

#endif
