//===- ModelFiles.cpp -----------------------------------------------------===//
#include "model/ModelFiles.h"
#include "modelfile/ModelSummary.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <mutex>

namespace torch_tidy {
namespace modelfile = torchtidy::modelfile;
namespace {

/// Every file is read once per process, whichever check or rule set asks.
modelfile::ArchiveCache &archiveCache() {
  static modelfile::ArchiveCache Cache;
  return Cache;
}

std::string quoted(llvm::StringRef S) { return ("'" + S + "'").str(); }

} // namespace

llvm::Expected<AssumedModelState> parseAssumedModelState(llvm::StringRef Text) {
  AssumedModelState A;
  llvm::SmallVector<llvm::StringRef, 2> Words;
  llvm::SplitString(Text, Words);
  for (llvm::StringRef W : Words) {
    if (std::optional<Dtype> D = parseDtype(W); D && !A.DType)
      A.DType = D;
    else if (std::optional<Device> V = parseDevice(W); V && !A.Dev)
      A.Dev = V;
    else
      return llvm::createStringError(
          "invalid TorchAssumedModelState '" + Text.str() + "': '" + W.str() +
          "' is not a dtype or a device, or says one twice; expected a "
          "dtype, a device or both, such as 'Float cpu'");
  }
  return A;
}

ModelFiles::ModelFiles(llvm::StringRef Paths, AssumedModelState Assumed)
    : Assumed(Assumed) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Paths.split(Parts, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef P : Parts)
    if (!P.trim().empty())
      SearchPaths.push_back(P.trim().str());
}

ModelFileInfo ModelFiles::lookup(llvm::StringRef Written,
                                 llvm::StringRef SourceDir) const {
  ModelFileInfo Info;
  // Candidates in order: the path itself when absolute; else next to the
  // source file, then in each search directory.
  std::vector<std::string> Candidates;
  if (llvm::sys::path::is_absolute(Written)) {
    Candidates.push_back(Written.str());
  } else {
    std::vector<std::string> Dirs;
    if (!SourceDir.empty())
      Dirs.push_back(SourceDir.str());
    Dirs.insert(Dirs.end(), SearchPaths.begin(), SearchPaths.end());
    for (const std::string &D : Dirs) {
      llvm::SmallString<256> P(D);
      llvm::sys::path::append(P, Written);
      Candidates.push_back(std::string(P));
    }
  }
  const std::string *Found = nullptr;
  for (const std::string &C : Candidates)
    if (llvm::sys::fs::is_regular_file(C)) {
      Found = &C;
      break;
    }
  if (!Found) {
    std::string Where;
    for (const std::string &C : Candidates)
      Where += (Where.empty() ? "" : ", ") + quoted(C);
    Info.Explanation = "model file " + quoted(Written) +
                       " not found (looked for " + Where + ")";
    Info.NotFound = true;
    return Info;
  }
  modelfile::ArchiveSummary S = archiveCache().get(*Found);
  if (!S.ok()) {
    Info.Explanation = "cannot read model file " + quoted(*Found) + ": " +
                       S.Error + ": parameters unknown";
    return Info;
  }
  if (S.Dtype)
    Info.DType = parseDtype(*S.Dtype);
  if (S.Location)
    Info.Dev = parseDevice(*S.Location);
  Info.Explanation = "model file " + quoted(*Found) + ": " +
                     modelfile::describe(S);
  if (S.Location && !Info.Dev)
    Info.Explanation += ": location not understood, device unknown";
  return Info;
}

std::shared_ptr<const ModelFiles> modelFilesFor(llvm::StringRef SearchPaths,
                                                llvm::StringRef Assumed) {
  static std::mutex Lock;
  static llvm::StringMap<std::shared_ptr<const ModelFiles>> Cache;
  std::lock_guard<std::mutex> Guard(Lock);
  auto &Slot = Cache[(SearchPaths + "\n" + Assumed).str()];
  if (!Slot) {
    llvm::Expected<AssumedModelState> A = parseAssumedModelState(Assumed);
    Slot = std::make_shared<const ModelFiles>(
        SearchPaths, A ? *A : (llvm::consumeError(A.takeError()),
                               AssumedModelState{}));
  }
  return Slot;
}

} // namespace torch_tidy
