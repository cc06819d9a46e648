// What a saved LibTorch model file says about its parameters: the storage
// types and locations named in its data.pkl. Reads the zip central directory
// and data.pkl only; tensor data is never touched.
//
// Understood: archives of torch.jit.save / torch::jit::Module::save and the
// zip format of torch.save (PyTorch >= 1.6). See checker/docs/model-files.md.
#ifndef TORCH_TIDY_MODELFILE_MODELSUMMARY_H
#define TORCH_TIDY_MODELFILE_MODELSUMMARY_H

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace torchtidy::modelfile {

struct StorageInfo {
  std::string Key;      // "0": the record <folder>/data/<key>
  std::string Type;     // ScalarType name: "Half", "Float", "BFloat16", "Long", ...
                        // empty when the storage class is not torch.<Type>Storage
  std::string Location; // "cpu", "cuda:0", ...
};

struct ArchiveSummary {
  /// One per distinct storage key, in order of first appearance.
  std::vector<StorageInfo> Storages;
  /// Set when every floating-point storage (Half, Float, BFloat16, Double,
  /// Complex*) has this type and there is at least one. Integer and Bool
  /// storages (num_batches_tracked, index buffers) do not count. Unset for a
  /// mixed archive, one without floating storages, one with a storage of an
  /// unknown class, or an unreadable one.
  std::optional<std::string> Dtype;
  /// Set when every storage has this location and there is at least one.
  std::optional<std::string> Location;
  /// The archive's top-level folder ("archive", or the saved file's stem).
  std::string Folder;
  /// Non-empty when the file could not be read; then Dtype and Location are
  /// unset. Human-readable, for a note.
  std::string Error;

  bool ok() const { return Error.empty(); }
};

/// data.pkl larger than this is refused (real ones are kilobytes).
constexpr uint64_t MaxDataPickleBytes = uint64_t(64) << 20;

ArchiveSummary summarizeArchive(const std::string &Path);
ArchiveSummary summarizeArchiveBuffer(const void *Data, size_t Size);

/// The ScalarType name for a storage class ("HalfStorage" -> "Half"), or ""
/// when the class is not a typed storage of module torch (or torch.cuda).
std::string storageTypeName(const std::string &Module, const std::string &Class);

/// Whether a ScalarType name is floating point or complex.
bool isFloatingType(const std::string &Type);

/// One line for humans: "Half on cpu (9 storages: Half x8, Long x1)".
std::string describe(const ArchiveSummary &Summary);

/// Summaries keyed by (path, modification time, size): within one process a
/// file is read once until it changes. Thread-safe.
class ArchiveCache {
public:
  ArchiveSummary get(const std::string &Path);
  /// How many times a file was actually read (for tests).
  unsigned reads() const;

private:
  struct Entry {
    int64_t MTimeNs;
    uint64_t Size;
    ArchiveSummary Summary;
  };
  mutable std::mutex Lock;
  std::unordered_map<std::string, Entry> Entries;
  unsigned Reads = 0;
};

} // namespace torchtidy::modelfile

#endif // TORCH_TIDY_MODELFILE_MODELSUMMARY_H
