# Bad input gets a clear diagnostic and the server keeps serving: a rule file
# named in .clang-tidy that does not load, code that does not compile, a
# file outside any compilation database, a file with 12,000 lines and 2,000
# torch warnings. On the mock headers.
#
# RUN: %python %s %torch_clangd %t %S/../checkers/Inputs %S/../rules/Inputs | FileCheck %s
#
# The rule error, once, at the top of the file; the rules are not half-used.
# CHECK:      broken-rules/app.cpp:
# CHECK-NEXT: 1:1: error: Cannot load torch-tidy rules: broken-rules/bad-dtype.yaml:4:12: unknown dtype source 'Halff'; expected a dtype (Float, Half, Long, ...), self, argN, {{.*}} [torch-{{.*}}]
# CHECK-NEXT: 11:34: warning: Result of integer division used in a floating point context; possible loss of precision [bugprone-integer-division]
#
# The compiler's error, and the torch warning in the function that compiles.
# CHECK-NEXT: does-not-compile.cpp:
# CHECK-NEXT: 9:1: error: Expected ')' [expected]
# CHECK-NEXT: 14:20: warning: Input tensor is Float but the module's parameters are Half (fix available) [torch-module-input-dtype]
#
# CHECK-NEXT: no-database.cpp:
# CHECK-NEXT: 3:10: error: 'torch/torch.h' file not found [pp_file_not_found]
#
# CHECK-NEXT: huge.cpp: 2000 torch warnings, lines 9 to 12003
# CHECK-NEXT: completion in huge.cpp after 'model.': forward
# CHECK-NEXT: server exit status 0
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lsp_client as lsp

server_path, project, mock_headers, rule_inputs = sys.argv[1:5]
inputs = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Inputs")
shutil.rmtree(project, ignore_errors=True)
flags = "-std=c++17\n-isystem\n%s\n" % os.path.abspath(mock_headers)
checks = "Checks: '-*,bugprone-integer-division,torch-*,-torch-debug-*'\n"


def write(path, text):
    path = os.path.join(project, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


# TorchRuleFiles is relative to the server's working directory, the root.
write("broken-rules/.clang-tidy", checks +
      "CheckOptions:\n  TorchRuleFiles: broken-rules/bad-dtype.yaml\n")
write("broken-rules/compile_flags.txt", flags)
shutil.copy(os.path.join(rule_inputs, "bad-dtype.yaml"),
            os.path.join(project, "broken-rules"))
shutil.copy(os.path.join(inputs, "app.cpp"), os.path.join(project, "broken-rules"))

write("compiles-not/.clang-tidy", checks)
write("compiles-not/compile_flags.txt", flags)
shutil.copy(os.path.join(inputs, "does-not-compile.cpp"),
            os.path.join(project, "compiles-not"))

# Outside the build tree: walking up from the test's output directory,
# clangd would find the build's compile_commands.json and borrow a nearby
# file's flags.
outside = tempfile.mkdtemp(prefix="torch-tidy-no-database-")
write(os.path.join(outside, "no-database", ".clang-tidy"), checks)
shutil.copy(os.path.join(inputs, "no-database.cpp"),
            os.path.join(outside, "no-database"))

functions = 2000
body = """void infer%d(const std::string &path) {
  torch::jit::script::Module model = torch::jit::load(path);
  model.to(torch::kHalf);
  auto input = torch::ones({1, 4});
  auto out = model.forward({input});
}
"""
write("huge/.clang-tidy", checks)
write("huge/compile_flags.txt", flags)
huge = write("huge/huge.cpp",
             "#include <torch/script.h>\n#include <torch/torch.h>\n"
             "#include <string>\n\n" +
             "".join(body % i for i in range(functions)))


def show(name, diagnostics):
    """Prints the diagnostics in the order an editor lists them: by place."""
    print(name + ":")
    start = lambda d: (d["range"]["start"]["line"], d["range"]["start"]["character"])
    for d in sorted(diagnostics, key=start):
        print(lsp.describe(d))


server = lsp.Server([server_path, "--background-index=false"], project,
                    stderr_path=project + ".log")
try:
    server.initialize()
    for name in ("broken-rules/app.cpp", "compiles-not/does-not-compile.cpp",
                 "no-database/no-database.cpp"):
        root = outside if name.startswith("no-database") else project
        uri = server.open(os.path.join(root, name))
        diagnostics = server.diagnostics(uri)
        if name.startswith("no-database"):
            diagnostics = diagnostics[:1]  # then errors for every torch name
        show(name, diagnostics)

    uri = server.open(huge)
    warnings = [d for d in server.diagnostics(uri)
                if d.get("code") == "torch-module-input-dtype"]
    print("huge.cpp: %d torch warnings, lines %d to %d" % (
        len(warnings), warnings[0]["range"]["start"]["line"] + 1,
        warnings[-1]["range"]["start"]["line"] + 1))
    lines = server.texts[uri].splitlines()
    line = len(lines) - 2
    names = {item.get("filterText", item["label"]).strip()
             for item in server.completion(uri, line, lines[line].index("model.") + 6)}
    print("completion in huge.cpp after 'model.': " +
          ("forward" if "forward" in names else "(none)"))
    print("server exit status %d" % server.shutdown())
finally:
    server.kill()
    shutil.rmtree(outside, ignore_errors=True)
