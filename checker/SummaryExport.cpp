//===- SummaryExport.cpp --------------------------------------------------===//
#include "SummaryExport.h"
#include "interprocedural/Exports.h"
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

} // namespace

llvm::Error writeSummaries(llvm::StringRef Path, ASTContext &Ctx,
                           const AnalysisSetup &Setup) {
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::json::Array Functions;
  for (const ExportedFunction &F : exportedFunctions(Ctx, Setup))
    Functions.push_back(llvm::json::Object{
        {"name", F.Name},
        {"line", SM.getExpansionLineNumber(F.Def->getLocation())},
        {"kind", kindName(F.Kind)},
        {"dtype", source(F.Dtype)},
        {"device", source(F.Device)},
        {"rank", source(F.Rank)}});
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
