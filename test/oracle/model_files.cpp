// RUN: %oracle_bin/model_files %S/../modelfile/Inputs
// Proves that the model-file fixtures hold what their names say, as
// LibTorch itself loads them (test/modelfile/make_fixtures.py writes them;
// the reader in checker/modelfile must agree): every floating parameter and
// buffer of jit_<dtype>.pt has that dtype, BatchNorm's num_batches_tracked
// stays Long, jit_mixed.pt has Half conv/batchnorm and a Float linear, the
// cuda:0 archive cannot be loaded on this CPU-only build without a map
// location and loads on the CPU with load(path, kCPU), and the torch.save
// state_dicts read back through torch::pickle_load.
#include "oracle.h"

#include <torch/script.h>

#include <torch/torch.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::string Dir;

std::string fixture(const std::string &Name) { return Dir + "/" + Name; }

// Every floating tensor of the module has Dtype; integer ones are Long.
void expectModuleDtype(const torch::jit::Module &M, c10::ScalarType Dtype,
                       const std::string &Device = "cpu") {
  for (const auto &P : M.named_parameters()) {
    EXPECT_DTYPE(P.value, Dtype);
    EXPECT_DEVICE(P.value, Device);
  }
  for (const auto &B : M.named_buffers()) {
    if (B.name.find("num_batches_tracked") != std::string::npos)
      EXPECT_DTYPE(B.value, torch::kLong);
    else
      EXPECT_DTYPE(B.value, Dtype);
  }
}

ORACLE_TEST(jit_fixtures_hold_their_dtype) {
  expectModuleDtype(torch::jit::load(fixture("jit_float.pt")), torch::kFloat);
  expectModuleDtype(torch::jit::load(fixture("jit_half.pt")), torch::kHalf);
  expectModuleDtype(torch::jit::load(fixture("jit_bfloat16.pt")), torch::kBFloat16);
  expectModuleDtype(torch::jit::load(fixture("jit_double.pt")), torch::kDouble);
}

ORACLE_TEST(jit_mixed_has_half_conv_and_float_linear) {
  torch::jit::Module M = torch::jit::load(fixture("jit_mixed.pt"));
  int Half = 0, Float = 0;
  for (const auto &P : M.named_parameters()) {
    if (P.name.rfind("4.", 0) == 0) // Linear, the fifth layer
      EXPECT_DTYPE(P.value, torch::kFloat);
    else
      EXPECT_DTYPE(P.value, torch::kHalf);
    Half += P.value.scalar_type() == torch::kHalf;
    Float += P.value.scalar_type() == torch::kFloat;
  }
  EXPECT_TRUE(Half == 4 && Float == 2);
}

ORACLE_TEST(jit_long_only_has_no_floating_tensor) {
  torch::jit::Module M = torch::jit::load(fixture("jit_long_only.pt"));
  EXPECT_TRUE(M.named_parameters().size() == 0);
  for (const auto &B : M.named_buffers())
    EXPECT_DTYPE(B.value, torch::kLong);
}

ORACLE_TEST(cuda_archive_needs_a_map_location_here) {
  EXPECT_THROWS(torch::jit::load(fixture("jit_float_cuda.pt")), "CUDA");
  EXPECT_NO_THROW(torch::jit::load(fixture("jit_float_cuda.pt"), torch::kCPU));
  expectModuleDtype(torch::jit::load(fixture("jit_float_cuda.pt"), torch::kCPU),
                    torch::kFloat);
}

std::vector<char> readBytes(const std::string &Path) {
  std::ifstream In(Path, std::ios::binary);
  return std::vector<char>(std::istreambuf_iterator<char>(In), {});
}

ORACLE_TEST(state_dict_half_reads_back_half) {
  c10::IValue V = torch::pickle_load(readBytes(fixture("state_dict_half.pt")));
  EXPECT_TRUE(V.isGenericDict());
  for (const auto &Item : V.toGenericDict()) {
    at::Tensor T = Item.value().toTensor();
    if (Item.key().toStringRef().find("num_batches_tracked") != std::string::npos)
      EXPECT_DTYPE(T, torch::kLong);
    else
      EXPECT_DTYPE(T, torch::kHalf);
  }
}

ORACLE_TEST(state_dict_on_cuda_needs_cuda_here) {
  EXPECT_THROWS(torch::pickle_load(readBytes(fixture("state_dict_float_cuda.pt"))),
                "CUDA");
}

ORACLE_TEST(legacy_format_is_not_a_zip) {
  EXPECT_THROWS(torch::jit::load(fixture("legacy_float.pt")), "");
}

// torch::load(module, file) reads the saved tensors into the module's
// existing parameters: on the same device they keep the module's dtype, not
// the file's. So the analysis does not give torch::load the file's state
// (no rule: the module it writes becomes unknown).
ORACLE_TEST(torch_load_keeps_the_module_dtype_on_the_same_device) {
  const char *Tmp = std::getenv("TMPDIR");
  std::string Path = std::string(Tmp ? Tmp : "/tmp") + "/oracle_linear_half.pt";
  torch::nn::Linear Saved(3, 4);
  Saved->to(torch::kHalf);
  torch::save(Saved, Path);
  torch::nn::Linear Loaded(3, 4);
  EXPECT_DTYPE(Loaded->weight, torch::kFloat);
  torch::load(Loaded, Path);
  for (const auto &P : Loaded->parameters())
    EXPECT_DTYPE(P, torch::kFloat);
  std::remove(Path.c_str());
}

} // namespace

int main(int Argc, char **Argv) {
  if (Argc != 2) {
    std::fprintf(stderr, "usage: %s FIXTURE_DIR\n", Argv[0]);
    return 2;
  }
  Dir = Argv[1];
  return oracle::runAll();
}
