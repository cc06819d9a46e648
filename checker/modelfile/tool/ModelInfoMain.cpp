// torch-tidy-model-info FILE...
//
// Prints what torch-tidy learns from saved LibTorch model files: the
// parameter dtype and location, and every storage the file names. Exits 1
// when a file cannot be read.
#include "ModelSummary.h"

#include <cstdio>
#include <cstring>

using namespace torchtidy::modelfile;

int main(int Argc, char **Argv) {
  if (Argc < 2 || std::strcmp(Argv[1], "--help") == 0) {
    std::fprintf(stderr, "usage: %s FILE...\n"
                         "Prints the parameter dtype and location that saved "
                         "LibTorch model files hold.\n",
                 Argv[0]);
    return 2;
  }
  int Status = 0;
  for (int I = 1; I < Argc; ++I) {
    ArchiveSummary S = summarizeArchive(Argv[I]);
    std::printf("%s: %s\n", Argv[I], describe(S).c_str());
    if (!S.ok()) {
      Status = 1;
      continue;
    }
    std::printf("  folder: %s\n", S.Folder.c_str());
    std::printf("  dtype: %s\n", S.Dtype ? S.Dtype->c_str() : "unknown");
    std::printf("  location: %s\n", S.Location ? S.Location->c_str() : "unknown");
    for (const StorageInfo &Info : S.Storages)
      std::printf("  storage %s: %s %s\n", Info.Key.c_str(),
                  Info.Type.empty() ? "unknown" : Info.Type.c_str(),
                  Info.Location.c_str());
  }
  return Status;
}
