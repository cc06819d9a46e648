// Unit tests of the model-file reader.
//
//   modelfile-tests INPUTS_DIR SCRATCH_DIR
//
// INPUTS_DIR is test/modelfile/Inputs (fixtures made by make_fixtures.py;
// damaged ones in INPUTS_DIR/damaged); SCRATCH_DIR is an empty directory the
// cache test may write to. Prints one "PASS name" or "FAIL name: why" line
// per test and exits 1 if any failed.
#include "ModelSummary.h"
#include "Pickle.h"
#include "ZipArchive.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

using namespace torchtidy::modelfile;

namespace {

std::string Inputs, Scratch;
int Failures = 0;
std::vector<std::string> Problems; // of the test that is running

#define EXPECT(cond)                                                           \
  do {                                                                         \
    if (!(cond))                                                               \
      Problems.push_back(std::string("line ") + std::to_string(__LINE__) +     \
                         ": " #cond);                                          \
  } while (0)

#define EXPECT_EQ(a, b)                                                        \
  do {                                                                         \
    auto A_ = (a);                                                             \
    auto B_ = (b);                                                             \
    if (!(A_ == B_)) {                                                         \
      std::ostringstream OS_;                                                  \
      OS_ << "line " << __LINE__ << ": " #a " is '" << A_ << "', expected '"   \
          << B_ << "'";                                                        \
      Problems.push_back(OS_.str());                                           \
    }                                                                          \
  } while (0)

void run(const std::string &Name, const std::function<void()> &Body) {
  Problems.clear();
  Body();
  if (Problems.empty()) {
    std::printf("PASS %s\n", Name.c_str());
    return;
  }
  ++Failures;
  for (const std::string &P : Problems)
    std::printf("FAIL %s: %s\n", Name.c_str(), P.c_str());
}

std::string input(const std::string &Name) { return Inputs + "/" + Name; }

std::string readFile(const std::string &Path) {
  std::ifstream In(Path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(In), {});
}

std::string show(const std::optional<std::string> &V) {
  return V ? *V : std::string("<unset>");
}

unsigned countType(const ArchiveSummary &S, const std::string &Type) {
  unsigned N = 0;
  for (const StorageInfo &I : S.Storages)
    N += I.Type == Type;
  return N;
}

// The expected summary of each well-formed fixture.
struct Expected {
  const char *File;
  const char *Dtype;    // "" when it must be unset
  const char *Location; // "" when it must be unset
  unsigned Storages;
};

const Expected Fixtures[] = {
    // Conv2d (2) + BatchNorm2d (4 floating, num_batches_tracked Long) + Linear (2)
    {"jit_float.pt", "Float", "cpu", 9},
    {"jit_half.pt", "Half", "cpu", 9},
    {"jit_bfloat16.pt", "BFloat16", "cpu", 9},
    {"jit_double.pt", "Double", "cpu", 9},
    {"jit_mixed.pt", "", "cpu", 9},
    {"jit_long_only.pt", "", "cpu", 1},
    {"jit_float_cuda.pt", "Float", "cuda:0", 9},
    {"state_dict_half.pt", "Half", "cpu", 9},
    {"state_dict_float_cuda.pt", "Float", "cuda:0", 9},
    {"handmade_half.pt", "Half", "cpu", 1},
    {"handmade_two_half.pt", "Half", "cpu", 2},
    {"handmade_unknown_class.pt", "", "cpu", 2},
};

// Damaged inputs and a piece of the error each must report.
const std::pair<const char *, const char *> Damaged[] = {
    {"empty.pt", "zip"},
    {"not_a_zip.pt", "zip"},
    {"truncated.pt", "zip"},
    {"truncated_pickle.pt", "remain"},
    {"no_data_pkl.pt", "no data.pkl"},
    {"two_folders.pt", "2 top-level folders"},
    {"top_level_file.pt", "not inside a folder"},
    {"bad_opcode.pt", "unknown opcode"},
    {"absurd_length.pt", "remain"},
    {"absurd_long4.pt", "remain"},
    {"unknown_memo.pt", "never stored"},
    {"stack_underflow.pt", "underflow"},
    {"deep_marks.pt", "nested MARKs"},
    {"no_stop.pt", "without a STOP"},
    {"bad_crc.pt", "CRC"},
};

std::string pickle(const char *Bytes, size_t N) { return std::string(Bytes, N); }
#define PICKLE(lit) pickle(lit, sizeof(lit) - 1)

PickleScan scan(const std::string &P, const PickleLimits &L = PickleLimits()) {
  return scanPickle(P.data(), P.size(), L);
}

void fixtureTests() {
  for (const Expected &E : Fixtures)
    run(std::string("fixture ") + E.File, [&] {
      ArchiveSummary S = summarizeArchive(input(E.File));
      EXPECT_EQ(S.Error, std::string());
      EXPECT_EQ(show(S.Dtype), *E.Dtype ? std::string(E.Dtype) : "<unset>");
      EXPECT_EQ(show(S.Location),
                *E.Location ? std::string(E.Location) : "<unset>");
      EXPECT_EQ(S.Storages.size(), size_t(E.Storages));
      // The buffer entry point agrees with the path one.
      std::string Bytes = readFile(input(E.File));
      ArchiveSummary B = summarizeArchiveBuffer(Bytes.data(), Bytes.size());
      EXPECT_EQ(show(B.Dtype), show(S.Dtype));
      EXPECT_EQ(show(B.Location), show(S.Location));
      EXPECT_EQ(B.Storages.size(), S.Storages.size());
    });
}

void archiveContentTests() {
  run("every tensor storage of a half model is Half but the Long counter", [] {
    // The storage class is written once as GLOBAL 'torch HalfStorage' and
    // named again through BINGET by every later tensor.
    ArchiveSummary S = summarizeArchive(input("jit_half.pt"));
    EXPECT_EQ(countType(S, "Half"), 8u);
    EXPECT_EQ(countType(S, "Long"), 1u);
  });

  run("a mixed model has both types and no dtype", [] {
    ArchiveSummary S = summarizeArchive(input("jit_mixed.pt"));
    EXPECT_EQ(countType(S, "Half"), 6u);
    EXPECT_EQ(countType(S, "Float"), 2u);
    EXPECT(!S.Dtype);
  });

  run("integer storages do not decide the dtype", [] {
    EXPECT_EQ(countType(summarizeArchive(input("jit_float.pt")), "Long"), 1u);
    ArchiveSummary S = summarizeArchive(input("jit_long_only.pt"));
    EXPECT_EQ(countType(S, "Long"), 1u);
    EXPECT(!S.Dtype);
    EXPECT_EQ(show(S.Location), std::string("cpu"));
  });

  run("memo back-reference names the class of the second storage", [] {
    ArchiveSummary S = summarizeArchive(input("handmade_two_half.pt"));
    EXPECT_EQ(countType(S, "Half"), 2u);
  });

  run("a storage of an unknown class leaves the dtype unset", [] {
    ArchiveSummary S = summarizeArchive(input("handmade_unknown_class.pt"));
    EXPECT_EQ(S.Storages.size(), size_t(2));
    if (S.Storages.size() == 2)
      EXPECT_EQ(S.Storages[1].Type, std::string());
    EXPECT(!S.Dtype);
  });

  run("the top-level folder is read, not assumed", [] {
    EXPECT_EQ(summarizeArchive(input("state_dict_half.pt")).Folder,
              std::string("state_dict_half"));
    EXPECT_EQ(summarizeArchive(input("jit_float_cuda.pt")).Folder,
              std::string("jit_float_cuda"));
  });

  run("storage keys are listed once, in order", [] {
    ArchiveSummary S = summarizeArchive(input("jit_float.pt"));
    for (size_t I = 0; I < S.Storages.size(); ++I)
      EXPECT_EQ(S.Storages[I].Key, std::to_string(I));
  });

  run("describe", [] {
    EXPECT_EQ(describe(summarizeArchive(input("jit_half.pt"))),
              std::string("Half on cpu (9 storages: Half x8, Long x1)"));
    EXPECT_EQ(describe(summarizeArchive(input("jit_mixed.pt"))),
              std::string("unknown dtype on cpu (9 storages: Float x2, "
                          "Half x6, Long x1)"));
  });
}

void damagedTests() {
  for (const auto &Case : Damaged)
    run(std::string("damaged ") + Case.first, [&] {
      const std::string File = Case.first, Message = Case.second;
      std::string Path = Inputs + "/damaged/" + File;
      ArchiveSummary S = summarizeArchive(Path);
      EXPECT(!S.ok());
      EXPECT(S.Error.find(Message) != std::string::npos);
      if (S.Error.find(Message) == std::string::npos)
        Problems.push_back("error was: " + S.Error);
      EXPECT(!S.Dtype);
      EXPECT(!S.Location);
      std::string Bytes = readFile(Path);
      ArchiveSummary B = summarizeArchiveBuffer(Bytes.data(), Bytes.size());
      EXPECT(!B.ok());
    });

  run("damaged deep_lists.pt is legal and read without recursion", [] {
    ArchiveSummary S = summarizeArchive(input("damaged/deep_lists.pt"));
    EXPECT_EQ(S.Error, std::string());
    EXPECT(S.Storages.empty());
    EXPECT(!S.Dtype);
    EXPECT(!S.Location);
  });

  run("a missing file", [] {
    ArchiveSummary S = summarizeArchive(input("no-such-file.pt"));
    EXPECT(S.Error.find("no-such-file.pt") != std::string::npos);
  });

  run("a directory", [] { EXPECT(!summarizeArchive(Inputs).ok()); });

  run("the legacy (pre-zip) torch.save format is not understood", [] {
    EXPECT(!summarizeArchive(input("legacy_float.pt")).ok());
  });

  run("an empty buffer", [] {
    EXPECT(!summarizeArchiveBuffer(nullptr, 0).ok());
    EXPECT(!summarizeArchiveBuffer("", 0).ok());
  });
}

void zipTests() {
  run("readEntry refuses an entry over the size cap", [] {
    ZipArchive Zip;
    std::string Error, Out;
    EXPECT(Zip.openFile(input("jit_float.pt"), Error));
    EXPECT(!Zip.readEntry("jit_float/data.pkl", 16, Out, Error));
    EXPECT(Error.find("limit") != std::string::npos);
    EXPECT(Out.empty());
    EXPECT(Zip.readEntry("jit_float/data.pkl", 1 << 20, Out, Error));
    EXPECT(Out.size() > 16);
  });

  run("entry names and folder", [] {
    ZipArchive Zip;
    std::string Error, Folder;
    EXPECT(Zip.openFile(input("handmade_half.pt"), Error));
    std::vector<std::string> Names = Zip.entryNames();
    EXPECT_EQ(Names.size(), size_t(2));
    EXPECT(Zip.topLevelFolder(Folder, Error));
    EXPECT_EQ(Folder, std::string("handmade_half"));
    EXPECT(Zip.hasEntry("handmade_half/data/0"));
    EXPECT(!Zip.hasEntry("handmade_half/data/1"));
  });
}

void pickleTests() {
  run("pickle: protocol 2 tensor storages with memo", [] {
    PickleScan P = scan(PICKLE(
        "\x80\x02(X\x07\x00\x00\x00storageq\x00" "ctorch\nBFloat16Storage\nq\x01"
        "X\x01\x00\x00\x00" "7X\x06\x00\x00\x00" "cuda:1q\x02K\x02tQ"
        "(h\x00h\x01X\x01\x00\x00\x00" "8h\x02K\x02tQ"
        "(j\x00\x00\x00\x00j\x01\x00\x00\x00U\x01\x39j\x02\x00\x00\x00K\x02tQ"
        "\x87."));
    EXPECT_EQ(P.Error, std::string());
    EXPECT_EQ(P.Storages.size(), size_t(3));
    for (const PersistentStorage &S : P.Storages) {
      EXPECT_EQ(S.TypeModule, std::string("torch"));
      EXPECT_EQ(S.TypeName, std::string("BFloat16Storage"));
      EXPECT_EQ(S.Location, std::string("cuda:1"));
    }
    if (P.Storages.size() == 3)
      EXPECT_EQ(P.Storages[2].Key, std::string("9"));
  });

  run("pickle: protocol 4 framing, MEMOIZE and STACK_GLOBAL", [] {
    PickleScan P = scan(PICKLE(
        "\x80\x04\x95\x30\x00\x00\x00\x00\x00\x00\x00"
        "(\x8c\x07storage\x94\x8c\x05torch\x8c\x0b"
        "HalfStorage\x93\x94\x8c\x01\x30\x8c\x03\x63pu\x94K\x01tQ"
        "(h\x00h\x01\x8c\x01\x31h\x02K\x01tQ\x86."));
    EXPECT_EQ(P.Error, std::string());
    EXPECT_EQ(P.Storages.size(), size_t(2));
    if (P.Storages.size() == 2) {
      EXPECT_EQ(P.Storages[1].TypeName, std::string("HalfStorage"));
      EXPECT_EQ(P.Storages[1].Location, std::string("cpu"));
    }
  });

  run("pickle: protocol 0 text opcodes", [] {
    PickleScan P = scan(PICKLE(
        "((Vstorage\np0\nctorch\nDoubleStorage\np1\nS'0'\nVcpu\np2\nI4\ntQ"
        "(g0\ng1\nS'1'\ng2\nL4L\ntQl."));
    EXPECT_EQ(P.Error, std::string());
    EXPECT_EQ(P.Storages.size(), size_t(2));
    if (P.Storages.size() == 2) {
      EXPECT_EQ(P.Storages[1].TypeName, std::string("DoubleStorage"));
      EXPECT_EQ(P.Storages[1].Key, std::string("1"));
    }
  });
}

void pickleSafetyTests() {
  run("pickle: calls are opaque and never executed", [] {
    // os.system('x') built with REDUCE, then an object with NEWOBJ + BUILD.
    PickleScan P = scan(PICKLE("\x80\x02\x63os\nsystem\nX\x01\x00\x00\x00x\x85R"
                               "c__main__\nM\n)\x81}b\x86."));
    EXPECT_EQ(P.Error, std::string());
    EXPECT(P.Storages.empty());
  });

  run("pickle: a persistent id that is not a storage is ignored", [] {
    PickleScan P = scan(PICKLE("\x80\x02X\x01\x00\x00\x00xQ(K\x01K\x02tQ\x86."));
    EXPECT_EQ(P.Error, std::string());
    EXPECT(P.Storages.empty());
  });

  run("pickle: APPEND to a scalar is an error", [] {
    EXPECT(!scan(PICKLE("\x80\x02K\x01K\x02" "a.")).Error.empty());
  });

  run("pickle: SETITEMS with an odd count is an error", [] {
    EXPECT(!scan(PICKLE("\x80\x02}(K\x01u.")).Error.empty());
  });

  run("pickle: a mark cannot be popped through", [] {
    // POP on an empty frame discards its MARK (as CPython does).
    EXPECT_EQ(scan(PICKLE("\x80\x02K\x01(0.")).Error, std::string());
    EXPECT(!scan(PICKLE("\x80\x02K\x01(R.")).Error.empty());
    EXPECT(!scan(PICKLE("\x80\x02K\x01(.")).Error.empty());
  });

  run("pickle: protocol above 5 is refused", [] {
    EXPECT(!scan(PICKLE("\x80\x06N.")).Error.empty());
  });
}

void pickleLimitTests() {
  run("pickle: limits", [] {
    PickleLimits L;
    L.MaxOps = 3;
    EXPECT(scan(PICKLE("\x80\x02NNN0.")).Error.empty());
    EXPECT(scan(PICKLE("\x80\x02NNN0."), L).Error.find("opcodes") !=
           std::string::npos);
    L = PickleLimits();
    L.MaxStack = 2;
    EXPECT(scan(PICKLE("\x80\x02NNN."), L).Error.find("stack") !=
           std::string::npos);
    L = PickleLimits();
    L.MaxMemo = 2;
    EXPECT(scan(PICKLE("\x80\x02Nq\x00q\x01q\x02."), L).Error.find("memo") !=
           std::string::npos);
    L = PickleLimits();
    L.MaxValues = 8; // six shared scalars, then two strings
    EXPECT(scan(PICKLE("\x80\x02U\x00U\x00U\x00\x87."), L).Error.find("values") !=
           std::string::npos);
    L = PickleLimits();
    L.MaxItems = 3;
    EXPECT(scan(PICKLE("\x80\x02](NNNNe."), L).Error.find("items") !=
           std::string::npos);
  });

  run("pickle: every truncation of a real data.pkl fails cleanly", [] {
    ZipArchive Zip;
    std::string Error, Pkl;
    EXPECT(Zip.openFile(input("jit_half.pt"), Error));
    EXPECT(Zip.readEntry("jit_half/data.pkl", 1 << 20, Pkl, Error));
    EXPECT(scan(Pkl).Error.empty());
    unsigned Clean = 0;
    for (size_t N = 0; N < Pkl.size(); ++N)
      Clean += !scanPickle(Pkl.data(), N).Error.empty();
    EXPECT_EQ(Clean, unsigned(Pkl.size()));
  });

  run("storage class names", [] {
    EXPECT_EQ(storageTypeName("torch", "HalfStorage"), std::string("Half"));
    EXPECT_EQ(storageTypeName("torch", "BFloat16Storage"), std::string("BFloat16"));
    EXPECT_EQ(storageTypeName("torch.cuda", "FloatStorage"), std::string("Float"));
    EXPECT_EQ(storageTypeName("torch", "UntypedStorage"), std::string());
    EXPECT_EQ(storageTypeName("numpy", "HalfStorage"), std::string());
    EXPECT_EQ(storageTypeName("torch", "Storage"), std::string());
    EXPECT(isFloatingType("BFloat16"));
    EXPECT(isFloatingType("ComplexFloat"));
    EXPECT(!isFloatingType("Long"));
    EXPECT(!isFloatingType("Bool"));
  });
}

bool copyFile(const std::string &From, const std::string &To) {
  std::string Bytes = readFile(From);
  std::ofstream Out(To, std::ios::binary | std::ios::trunc);
  Out.write(Bytes.data(), static_cast<std::streamsize>(Bytes.size()));
  return static_cast<bool>(Out);
}

void cacheTests() {
  run("the cache reads a file once until it changes", [] {
    std::string Path = Scratch + "/cached.pt";
    EXPECT(copyFile(input("jit_half.pt"), Path));
    ArchiveCache Cache;
    EXPECT_EQ(show(Cache.get(Path).Dtype), std::string("Half"));
    EXPECT_EQ(show(Cache.get(Path).Dtype), std::string("Half"));
    EXPECT_EQ(Cache.reads(), 1u);
    // A different size is a different file, whatever the clock says.
    EXPECT(copyFile(input("handmade_half.pt"), Path));
    EXPECT_EQ(Cache.get(Path).Storages.size(), size_t(1));
    EXPECT_EQ(Cache.reads(), 2u);
    EXPECT(copyFile(input("jit_double.pt"), Path));
    EXPECT_EQ(show(Cache.get(Path).Dtype), std::string("Double"));
    EXPECT_EQ(Cache.reads(), 3u);
    EXPECT(!Cache.get(Scratch + "/missing.pt").ok());
  });
}

} // namespace

int main(int Argc, char **Argv) {
  if (Argc != 3) {
    std::fprintf(stderr, "usage: %s INPUTS_DIR SCRATCH_DIR\n", Argv[0]);
    return 2;
  }
  Inputs = Argv[1];
  Scratch = Argv[2];
  fixtureTests();
  archiveContentTests();
  damagedTests();
  zipTests();
  pickleTests();
  pickleSafetyTests();
  pickleLimitTests();
  cacheTests();
  std::printf("%s: %d failed\n", Failures ? "FAILED" : "ALL PASSED", Failures);
  return Failures ? 1 : 0;
}
