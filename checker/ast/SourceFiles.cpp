//===- SourceFiles.cpp ----------------------------------------------------===//
#include "ast/SourceFiles.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace torch_tidy {

std::string directoryOf(SourceLocation Loc, const SourceManager &SM) {
  Loc = SM.getFileLoc(Loc);
  OptionalFileEntryRef F = SM.getFileEntryRefForID(SM.getFileID(Loc));
  if (!F)
    return "";
  llvm::SmallString<256> Path(F->getFileEntry().tryGetRealPathName());
  if (Path.empty()) {
    Path = F->getName();
    SM.getFileManager().makeAbsolutePath(Path);
  }
  return llvm::sys::path::parent_path(Path).str();
}

} // namespace torch_tidy
