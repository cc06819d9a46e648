//===- RuleRegistry.cpp ---------------------------------------------------===//
#include "rules/RuleRegistry.h"
#include "rules/BuiltinRules.h"
#include "rules/RuleLoader.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <mutex>

namespace torch_tidy {
namespace {

using Resolved = std::pair<std::string, std::string>;

llvm::Expected<Resolved> readFile(const std::string &Path) {
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buf)
    return llvm::createStringError(Buf.getError(), "cannot read rules file '" +
                                                       Path + "': " +
                                                       Buf.getError().message());
  return Resolved{Path, (*Buf)->getBuffer().str()};
}

const EmbeddedFile *findBuiltin(llvm::StringRef Name) {
  for (const EmbeddedFile &F : builtinRuleFiles())
    if (Name == F.Name)
      return &F;
  return nullptr;
}

/// Includes are resolved relative to the including file, among the built-in
/// files for a built-in one and on disk for a user's file.
llvm::Expected<Resolved> resolve(llvm::StringRef From, llvm::StringRef Name) {
  llvm::SmallString<256> Path(Name);
  if (llvm::sys::path::is_relative(Path)) {
    Path = llvm::sys::path::parent_path(From);
    llvm::sys::path::append(Path, Name);
  }
  if (findBuiltin(From)) {
    if (const EmbeddedFile *F = findBuiltin(Path))
      return Resolved{F->Name, F->Text};
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "no built-in rules file '" + Path + "'");
  }
  return readFile(std::string(Path));
}

llvm::Expected<std::shared_ptr<const RuleSet>> build(llvm::StringRef UserFiles) {
  auto Rules = std::make_shared<RuleSet>();
  for (const EmbeddedFile &F : builtinRuleFiles())
    if (auto E = loadRuleFile(F.Name, F.Text, *Rules, resolve))
      return E;
  llvm::SmallVector<llvm::StringRef, 4> Paths;
  UserFiles.split(Paths, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef P : Paths) {
    auto File = readFile(P.trim().str());
    if (!File)
      return File.takeError();
    if (auto E = loadRuleFile(File->first, File->second, *Rules, resolve))
      return E;
  }
  return Rules;
}

} // namespace

llvm::Expected<std::shared_ptr<const RuleSet>>
loadRules(llvm::StringRef UserFiles) {
  static std::mutex Lock;
  static llvm::StringMap<std::shared_ptr<const RuleSet>> Cache;
  std::lock_guard<std::mutex> Guard(Lock);
  auto It = Cache.find(UserFiles);
  if (It != Cache.end())
    return It->second;
  auto Rules = build(UserFiles);
  if (!Rules)
    return Rules.takeError();
  Cache[UserFiles] = *Rules;
  return *Rules;
}

} // namespace torch_tidy
