// Read-only access to a zip archive through libzip: open by path or from a
// memory buffer, list entry names, find the archive's single top-level
// folder and read one entry with a size cap. Only the central directory and
// the entries asked for are ever read.
#ifndef TORCH_TIDY_MODELFILE_ZIPARCHIVE_H
#define TORCH_TIDY_MODELFILE_ZIPARCHIVE_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

struct zip;

namespace torchtidy::modelfile {

class ZipArchive {
public:
  ZipArchive() = default;
  ~ZipArchive();
  ZipArchive(const ZipArchive &) = delete;
  ZipArchive &operator=(const ZipArchive &) = delete;

  /// Opens the zip file at Path. On failure returns false and sets Error.
  bool openFile(const std::string &Path, std::string &Error);
  /// Opens a zip held in memory. The buffer must outlive this object.
  bool openBuffer(const void *Data, size_t Size, std::string &Error);

  /// Names of all entries, in central-directory order.
  std::vector<std::string> entryNames() const;

  /// The one folder every entry lives under ("archive", "model", ...).
  /// Fails when an entry sits at the top level or there are several folders.
  bool topLevelFolder(std::string &Folder, std::string &Error) const;

  /// Reads entry Name into Out. Fails when the entry is missing, when its
  /// uncompressed size exceeds MaxBytes, or when libzip reports an error
  /// (bad CRC, unsupported compression, truncated data). Memory grows only
  /// with the bytes actually read, never with the size the archive claims.
  bool readEntry(const std::string &Name, uint64_t MaxBytes, std::string &Out,
                 std::string &Error) const;

  bool hasEntry(const std::string &Name) const;

private:
  zip *Archive = nullptr;
};

} // namespace torchtidy::modelfile

#endif // TORCH_TIDY_MODELFILE_ZIPARCHIVE_H
