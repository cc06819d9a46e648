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

/// The string literal a call gives a parameter that names a model file
/// (`p.load("model.pt")` for `load(const std::string &path)`), for the
/// analysis of the function from that call.
struct PathArgument {
  const clang::ParmVarDecl *Param;
  const clang::Expr *Literal; // the argument, where the caller wrote it
};
using PathArguments = llvm::SmallVector<PathArgument, 1>;

/// Every call a `model-file` rule was applied to, in the order first met;
/// each file is looked up once per call.
class ModelFileLoads {
public:
  const ModelFileLoad &load(const ModelContext &M, const CallRule &R,
                            const CallParts &P, const clang::Expr *Call);
  std::vector<ModelFileLoad> all() const;
  /// The paths the call the function is analyzed from gives its
  /// parameters: a load of one of them reads the file the literal names.
  PathArguments Given;

private:
  llvm::MapVector<const clang::Expr *, ModelFileLoad> Loads;
};

} // namespace torch_tidy

#endif
