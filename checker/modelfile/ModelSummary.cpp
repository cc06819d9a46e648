#include "ModelSummary.h"

#include "Pickle.h"
#include "ZipArchive.h"

#include <map>
#include <set>
#include <sys/stat.h>

namespace torchtidy::modelfile {

namespace {

bool endsWith(const std::string &S, const std::string &Suffix) {
  return S.size() >= Suffix.size() &&
         S.compare(S.size() - Suffix.size(), Suffix.size(), Suffix) == 0;
}

ArchiveSummary summarizeOpened(const ZipArchive &Zip) {
  ArchiveSummary S;
  if (!Zip.topLevelFolder(S.Folder, S.Error))
    return S;
  std::string Pickle;
  std::string Name = S.Folder + "/data.pkl";
  if (!Zip.hasEntry(Name)) {
    S.Error = "no data.pkl in the archive's folder '" + S.Folder + "'";
    return S;
  }
  if (!Zip.readEntry(Name, MaxDataPickleBytes, Pickle, S.Error))
    return S;
  PickleScan Scan = scanPickle(Pickle.data(), Pickle.size());
  if (!Scan.Error.empty()) {
    S.Error = "cannot read " + Name + ": " + Scan.Error;
    return S;
  }

  std::set<std::string> Seen;
  for (const PersistentStorage &P : Scan.Storages)
    if (Seen.insert(P.Key).second)
      S.Storages.push_back(StorageInfo{
          P.Key, storageTypeName(P.TypeModule, P.TypeName), P.Location});

  bool TypeKnown = true;
  std::set<std::string> Floating, Locations;
  for (const StorageInfo &I : S.Storages) {
    if (I.Type.empty())
      TypeKnown = false;
    else if (isFloatingType(I.Type))
      Floating.insert(I.Type);
    Locations.insert(I.Location);
  }
  if (TypeKnown && Floating.size() == 1)
    S.Dtype = *Floating.begin();
  if (Locations.size() == 1)
    S.Location = *Locations.begin();
  return S;
}

} // namespace

std::string storageTypeName(const std::string &Module,
                            const std::string &Class) {
  static const std::set<std::string> Known = {
      "Half",   "Float",  "BFloat16",     "Double",        "ComplexHalf",
      "ComplexFloat",     "ComplexDouble", "Byte",         "Char",
      "Short",  "Int",    "Long",         "Bool",          "QInt8",
      "QUInt8", "QInt32", "QUInt4x2",     "QUInt2x4"};
  if (Module != "torch" && Module != "torch.cuda")
    return "";
  if (!endsWith(Class, "Storage"))
    return "";
  std::string Type = Class.substr(0, Class.size() - 7);
  return Known.count(Type) ? Type : "";
}

bool isFloatingType(const std::string &Type) {
  return Type == "Half" || Type == "Float" || Type == "BFloat16" ||
         Type == "Double" || Type == "ComplexHalf" || Type == "ComplexFloat" ||
         Type == "ComplexDouble";
}

ArchiveSummary summarizeArchive(const std::string &Path) {
  ZipArchive Zip;
  ArchiveSummary S;
  if (!Zip.openFile(Path, S.Error))
    return S;
  return summarizeOpened(Zip);
}

ArchiveSummary summarizeArchiveBuffer(const void *Data, size_t Size) {
  ZipArchive Zip;
  ArchiveSummary S;
  if (!Zip.openBuffer(Data, Size, S.Error))
    return S;
  return summarizeOpened(Zip);
}

std::string describe(const ArchiveSummary &S) {
  if (!S.ok())
    return "unreadable: " + S.Error;
  std::map<std::string, unsigned> Counts;
  for (const StorageInfo &I : S.Storages)
    ++Counts[I.Type.empty() ? "unknown" : I.Type];
  std::string Out = S.Dtype ? *S.Dtype : std::string("unknown dtype");
  Out += " on ";
  Out += S.Location ? *S.Location : std::string("unknown location");
  Out += " (" + std::to_string(S.Storages.size()) +
         (S.Storages.size() == 1 ? " storage" : " storages");
  const char *Sep = ": ";
  for (const auto &[Type, N] : Counts) {
    Out += Sep + Type + " x" + std::to_string(N);
    Sep = ", ";
  }
  return Out + ")";
}

ArchiveSummary ArchiveCache::get(const std::string &Path) {
  struct stat St;
  if (::stat(Path.c_str(), &St) != 0)
    return summarizeArchive(Path); // missing: not cached, the reader says why
  int64_t MTimeNs = int64_t(St.st_mtim.tv_sec) * 1000000000 + St.st_mtim.tv_nsec;
  uint64_t Size = static_cast<uint64_t>(St.st_size);
  {
    std::lock_guard<std::mutex> G(Lock);
    auto It = Entries.find(Path);
    if (It != Entries.end() && It->second.MTimeNs == MTimeNs &&
        It->second.Size == Size)
      return It->second.Summary;
  }
  ArchiveSummary S = summarizeArchive(Path);
  std::lock_guard<std::mutex> G(Lock);
  ++Reads;
  Entries[Path] = Entry{MTimeNs, Size, S};
  return S;
}

unsigned ArchiveCache::reads() const {
  std::lock_guard<std::mutex> G(Lock);
  return Reads;
}

} // namespace torchtidy::modelfile
