//===- ModelFileLoads.h - What model-file rules learned ---------*- C++ -*-===//
#ifndef TORCH_TIDY_MODEL_MODELFILELOADS_H
#define TORCH_TIDY_MODEL_MODELFILELOADS_H

#include "ast/CallParts.h"
#include "domain/Facts.h"
#include "rules/RuleSet.h"
#include "llvm/ADT/MapVector.h"
#include <string>

namespace torch_tidy {

struct ModelContext;

/// What a `model-file` rule learned at one call: the state the file gives
/// (its origin is the call) and, for the verbose remark, why.
struct ModelFileLoad {
  const clang::Expr *Call = nullptr;
  Facts State;
  std::string Explanation;
};

/// Every call a `model-file` rule was applied to, in the order first met;
/// each file is looked up once per call.
class ModelFileLoads {
public:
  const ModelFileLoad &load(const ModelContext &M, const CallRule &R,
                            const CallParts &P, const clang::Expr *Call);
  std::vector<ModelFileLoad> all() const;

private:
  llvm::MapVector<const clang::Expr *, ModelFileLoad> Loads;
};

} // namespace torch_tidy

#endif
