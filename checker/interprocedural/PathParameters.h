//===- PathParameters.h - Parameters that name a model file -----*- C++ -*-===//
//
// `void load(const std::string &path) { model_ = torch::jit::load(path); }`
// called as `p.load("model.pt")`: the caller names the file. A parameter
// that is the path argument of a `model-file` rule's call in its
// function's body, and that the body cannot change (a const string, a
// reference to one, or a parameter used nowhere else), takes the string
// literal a call gives it: the function analyzed from that call reads the
// file the literal names (model/ModelFileLoads.h).
//
//===----------------------------------------------------------------------===//
#ifndef TORCH_TIDY_INTERPROCEDURAL_PATHPARAMETERS_H
#define TORCH_TIDY_INTERPROCEDURAL_PATHPARAMETERS_H

#include "model/ModelContext.h"
#include "model/ModelFileLoads.h"
#include "llvm/ADT/DenseMap.h"

namespace torch_tidy {

class PathParameters {
public:
  explicit PathParameters(const ModelContext &M) : M(M) {}
  /// The literals the call At gives Def's path parameters, in order.
  PathArguments at(const CallParts &At, const clang::FunctionDecl *Def);

private:
  using Params = llvm::SmallVector<const clang::ParmVarDecl *, 1>;
  const Params &of(const clang::FunctionDecl *Def);

  const ModelContext &M;
  llvm::DenseMap<const clang::FunctionDecl *, Params> Cache;
};

/// Writes what names the files Paths gives into a cache key: the text of
/// each literal and the directory it is looked up from.
void encodePaths(const PathArguments &Paths, const clang::SourceManager &SM,
                 llvm::raw_ostream &OS);

} // namespace torch_tidy

#endif
