// A walker for Python pickles (protocols 0 to 4) that never executes
// anything. It keeps the unpickler's value stack, marks and memo, builds
// tuples, lists, dicts, strings, numbers and globals just far enough to read
// the persistent ids LibTorch writes for tensor storages, and turns every
// call (REDUCE, NEWOBJ, BUILD, INST, OBJ) into an opaque value.
#ifndef TORCH_TIDY_MODELFILE_PICKLE_H
#define TORCH_TIDY_MODELFILE_PICKLE_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace torchtidy::modelfile {

/// One persistent id of the form LibTorch writes for a storage:
/// ('storage', GLOBAL 'torch HalfStorage', key, location, numel).
struct PersistentStorage {
  std::string TypeModule; // "torch"
  std::string TypeName;   // "HalfStorage"
  std::string Key;        // "0": the record data/<key> in the archive
  std::string Location;   // "cpu", "cuda:0"
};

/// Bounds for hostile input. Every one of them fails the walk with an error
/// instead of growing without limit.
struct PickleLimits {
  uint64_t MaxOps = uint64_t(1) << 26;
  size_t MaxStack = size_t(1) << 20;    // values on the stack
  size_t MaxMarks = 4096;               // open MARKs (nesting)
  size_t MaxMemo = size_t(1) << 20;     // memo entries
  size_t MaxValues = size_t(1) << 22;   // values created in total
  size_t MaxItems = size_t(1) << 24;    // items held by all containers
};

struct PickleScan {
  /// Storage persistent ids in the order they were read (repeats included).
  std::vector<PersistentStorage> Storages;
  /// Empty on success; otherwise what went wrong and at which byte offset.
  std::string Error;
  uint64_t Ops = 0;
};

/// Walks the pickle in Data up to its STOP opcode.
PickleScan scanPickle(const void *Data, size_t Size,
                      const PickleLimits &Limits = PickleLimits());

} // namespace torchtidy::modelfile

#endif // TORCH_TIDY_MODELFILE_PICKLE_H
