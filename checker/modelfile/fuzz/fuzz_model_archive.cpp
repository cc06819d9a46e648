// libFuzzer target for the model-file reader. Each input is read both as a
// whole archive (zip, then data.pkl) and directly as a pickle: a mutated
// data.pkl inside a zip mostly fails its CRC, so the pickle walker is fed
// the raw bytes too. Built by scripts/sanitize-modelfile.sh.
#include "ModelSummary.h"
#include "Pickle.h"

#include <cstddef>
#include <cstdint>

using namespace torchtidy::modelfile;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  ArchiveSummary S = summarizeArchiveBuffer(Data, Size);
  (void)describe(S);
  PickleScan P = scanPickle(Data, Size);
  (void)P;
  return 0;
}
