# Several files analyzed at once: clangd builds each open file's AST on its
# own thread (-j=4 here). Every file gets its own torch warnings, whatever
# the others are doing, through three rounds of edits. On the mock headers.
#
# RUN: %python %s %torch_clangd %t %S/../checkers/Inputs | FileCheck %s
#
# CHECK:      round 1: file0.cpp: 24 x Input tensor is Float but the module's parameters are Half
# CHECK-NEXT: round 1: file1.cpp: 24 x Input tensor is Float but the module's parameters are Double
# CHECK-NEXT: round 1: file2.cpp: 24 x Input tensor is Float but the module's parameters are BFloat16
# CHECK-NEXT: round 1: file3.cpp: 24 x Input tensor is Float but the module's parameters are Half
# CHECK-NEXT: round 1: file4.cpp: 24 x Input tensor is Float but the module's parameters are Double
# CHECK-NEXT: round 1: file5.cpp: 24 x Input tensor is Float but the module's parameters are BFloat16
# CHECK:      round 3: file5.cpp: 24 x Input tensor is Float but the module's parameters are BFloat16
# CHECK-NEXT: server exit status 0
import collections
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lsp_client as lsp

server_path, project, mock_headers = sys.argv[1:4]
shutil.rmtree(project, ignore_errors=True)
os.makedirs(project)
with open(os.path.join(project, ".clang-tidy"), "w") as f:
    f.write("Checks: '-*,torch-*,-torch-debug-*'\n")
with open(os.path.join(project, "compile_flags.txt"), "w") as f:
    f.write("-std=c++17\n-isystem\n%s\n" % os.path.abspath(mock_headers))

# Each input comes from a helper (a summary), once through a lambda; a class
# converts its member module in its constructor.
FUNCTION = """
torch::Tensor pixels%(i)d() {
  static std::vector<float> data(4, 0.5f);
  return torch::from_blob(data.data(), {1, 4});
}
void infer%(i)d(const std::string &path) {
  torch::jit::script::Module model = torch::jit::load(path);
  model.to(torch::%(dtype)s);
  auto prepare = [](const torch::Tensor &t) { return t.contiguous(); };
  model.forward({prepare(pixels%(i)d())});
}
class Engine%(i)d {
public:
  explicit Engine%(i)d(const std::string &path) : model_(torch::jit::load(path)) {
    model_.to(torch::%(dtype)s);
  }
  void step() { model_.forward({pixels%(i)d()}); }
private:
  torch::jit::script::Module model_;
};
"""
DTYPES = ["kHalf", "kDouble", "kBFloat16"]
files = []
for k in range(6):
    path = os.path.join(project, "file%d.cpp" % k)
    with open(path, "w") as f:
        f.write("#include <torch/script.h>\n#include <torch/torch.h>\n"
                "#include <string>\n#include <vector>\n")
        for i in range(12):
            f.write(FUNCTION % {"i": i, "dtype": DTYPES[k % 3]})
    files.append(path)

server = lsp.Server([server_path, "--background-index=false", "-j=4"], project,
                    stderr_path=project + ".log")
try:
    server.initialize()
    uris = [server.open(path) for path in files]
    for round in range(1, 4):
        if round > 1:
            for uri in uris:  # all at once, then wait
                server.change(uri, server.texts[uri] + "\n// edit %d\n" % round)
        for uri in uris:
            counts = collections.Counter(d["message"].replace(" (fix available)", "")
                                         for d in server.diagnostics(uri))
            for message, count in sorted(counts.items()):
                print("round %d: %s: %d x %s" % (
                    round, os.path.basename(lsp.uri_to_path(uri)), count, message))
    print("server exit status %d" % server.shutdown())
finally:
    server.kill()
