//===- ModelFileLoads.cpp -------------------------------------------------===//
#include "model/ModelFileLoads.h"
#include "ast/Literals.h"
#include "ast/SourceFiles.h"
#include "domain/Limits.h"
#include "model/ModelContext.h"

using namespace clang;

namespace torch_tidy {

const ModelFileLoad &ModelFileLoads::load(const ModelContext &M,
                                          const CallRule &R, const CallParts &P,
                                          const Expr *Call) {
  auto [It, New] = Loads.insert({Call, ModelFileLoad{}});
  ModelFileLoad &L = It->second;
  if (!New)
    return L;
  L.Call = Call;
  L.State = Facts::top({Why::ModelFile, Call->getExprLoc(), {}, nullptr});
  std::optional<std::string> Path =
      R.PathArg < P.Args.size()
          ? literalText(P.Args[R.PathArg], limits::LiteralDepth)
          : std::nullopt;
  if (!Path) {
    L.Explanation = "the model file's path is not a string literal or a "
                    "constant initialized with one: parameters unknown";
    return L;
  }
  ModelFileInfo Info = M.Files.lookup(
      *Path, directoryOf(Call->getExprLoc(), M.Ctx.getSourceManager()));
  SourceLocation Loc = Call->getExprLoc();
  if (Info.DType)
    L.State.DType = Fact<Dtype>::known(*Info.DType, Loc);
  if (Info.Dev)
    L.State.Dev = Fact<Device>::known(*Info.Dev, Loc);
  L.Explanation = std::move(Info.Explanation);
  return L;
}

std::vector<ModelFileLoad> ModelFileLoads::all() const {
  std::vector<ModelFileLoad> Out;
  for (const auto &[Call, Load] : Loads)
    Out.push_back(Load);
  return Out;
}

} // namespace torch_tidy
