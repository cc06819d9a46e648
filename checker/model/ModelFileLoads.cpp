//===- ModelFileLoads.cpp -------------------------------------------------===//
#include "model/ModelFileLoads.h"
#include "ast/Literals.h"
#include "ast/SourceFiles.h"
#include "domain/Limits.h"
#include "model/ModelContext.h"

using namespace clang;

namespace torch_tidy {

namespace {

/// For a model the code does not show: what the option assumes, if it
/// says anything.
void assume(const ModelFiles &Files, ModelFileLoad &L, SourceLocation Loc) {
  const AssumedModelState &A = Files.assumed();
  if (!A.any()) {
    L.Explanation += ": parameters unknown (the TorchAssumedModelState "
                     "option can say what such models hold)";
    return;
  }
  std::string What;
  if (A.DType) {
    L.State.DType = Fact<Dtype>::known(*A.DType, Loc);
    L.State.DType.AssumedByOption = true;
    What = dtypeName(*A.DType).str();
  }
  if (A.Dev) {
    L.State.Dev = Fact<Device>::known(*A.Dev, Loc);
    L.State.Dev.AssumedByOption = true;
    What += (What.empty() ? "" : " on ") + A.Dev->str();
  }
  L.Explanation += ": assuming " + What + " (TorchAssumedModelState)";
}

} // namespace

const ModelFileLoad &ModelFileLoads::load(const ModelContext &M,
                                          const CallRule &R, const CallParts &P,
                                          const Expr *Call) {
  auto [It, New] = Loads.insert({Call, ModelFileLoad{}});
  ModelFileLoad &L = It->second;
  if (!New)
    return L;
  L.Call = Call;
  SourceLocation Loc = Call->getExprLoc();
  L.State = Facts::top({Why::ModelFile, Loc, {}, nullptr});
  const Expr *Written = R.PathArg < P.Args.size() ? P.Args[R.PathArg] : nullptr;
  // A parameter the call this analysis starts from gives a literal.
  if (const ParmVarDecl *PD = Written ? passedParameter(Written) : nullptr)
    for (const PathArgument &A : Given)
      if (A.Param == PD)
        Written = A.Literal;
  std::optional<std::string> Path =
      Written ? literalText(Written, limits::LiteralDepth) : std::nullopt;
  if (!Path) {
    L.Explanation = "the model file's path is not a string literal or a "
                    "constant initialized with one";
    assume(M.Files, L, Loc);
    return L;
  }
  // Relative to the file that spells the path.
  ModelFileInfo Info = M.Files.lookup(
      *Path, directoryOf(Written->getExprLoc(), M.Ctx.getSourceManager()));
  if (Info.DType)
    L.State.DType = Fact<Dtype>::known(*Info.DType, Loc);
  if (Info.Dev)
    L.State.Dev = Fact<Device>::known(*Info.Dev, Loc);
  L.Explanation = std::move(Info.Explanation);
  if (Info.NotFound)
    assume(M.Files, L, Loc);
  return L;
}

std::vector<ModelFileLoad> ModelFileLoads::all() const {
  std::vector<ModelFileLoad> Out;
  for (const auto &[Call, Load] : Loads)
    Out.push_back(Load);
  return Out;
}

} // namespace torch_tidy
