//===- SummaryExport.cpp --------------------------------------------------===//
#include "SummaryExport.h"
#include "ModuleFeeds.h"
#include "interprocedural/Exports.h"
#include "ast/Names.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace torch_tidy {
namespace {

/// A component as rules write a source: "Half", "cuda:0", "dims", "arg1";
/// null when unknown.
llvm::json::Value source(const ExportedFact &F) {
  switch (F.K) {
  case ExportedFact::Fixed:
    return F.Text;
  case ExportedFact::Parameter:
    return "arg" + std::to_string(F.Param);
  case ExportedFact::Unknown:
    break;
  }
  return nullptr;
}

llvm::StringRef kindName(ValueKind K) {
  switch (K) {
  case ValueKind::Tensor:
    return "tensor";
  case ValueKind::Module:
    return "module";
  case ValueKind::Options:
    return "options";
  case ValueKind::ScalarType:
    return "dtype";
  case ValueKind::Device:
    return "device";
  case ValueKind::Mat:
    return "mat";
  default:
    return "other";
  }
}

llvm::json::Array feedsJson(llvm::ArrayRef<ModuleFeed> Feeds) {
  llvm::json::Array Out;
  for (const ModuleFeed &F : Feeds)
    Out.push_back(llvm::json::Object{
        {"arg", F.Arg},
        {"dtype", F.ParamDtype ? llvm::json::Value(dtypeName(*F.ParamDtype))
                               : llvm::json::Value(nullptr)},
        {"device", F.ParamDevice ? llvm::json::Value(F.ParamDevice->str())
                                 : llvm::json::Value(nullptr)},
        {"input-dtype",
         F.Inputs == InputPolicy::Floating ? "floating" : "exact"}});
  return Out;
}

} // namespace

llvm::Error writeSummaries(llvm::StringRef Path, ASTContext &Ctx,
                           const AnalysisSetup &Setup) {
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::json::Array Functions;
  for (const clang::FunctionDecl *FD : exportableFunctions(Ctx, Setup)) {
    // Every definition, also one of which nothing is known: another
    // definition of the same function elsewhere must agree with it.
    std::optional<ExportedFunction> R = exportedReturn(FD, Ctx, Setup);
    std::vector<ModuleFeed> Feeds = moduleFeedsOf(FD, Ctx, Setup);
    if (!R)
      R = ExportedFunction{FD, qualifiedName(FD), ValueKind::None, {}, {}, {}};
    Functions.push_back(llvm::json::Object{
        {"name", R->Name},
        {"signature", signatureOf(FD)},
        {"line", SM.getExpansionLineNumber(FD->getLocation())},
        {"kind", kindName(R->Kind)},
        {"dtype", source(R->Dtype)},
        {"device", source(R->Device)},
        {"rank", source(R->Rank)},
        {"feeds", feedsJson(Feeds)}});
  }
  llvm::json::Array Calls;
  for (std::string &Name : callsElsewhere(Ctx, Setup))
    Calls.push_back(std::move(Name));
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  llvm::json::Object Doc{{"version", 1},
                         {"file", Main ? Main->getName().str() : ""},
                         {"functions", std::move(Functions)},
                         {"calls", std::move(Calls)}};
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_Text);
  if (EC)
    return llvm::createStringError(EC, "cannot write summaries to '%s': %s",
                                   Path.str().c_str(), EC.message().c_str());
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Doc))) << "\n";
  return llvm::Error::success();
}

} // namespace torch_tidy
