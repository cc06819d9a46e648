# torch-clangd is clangd: besides the torch warning, the standard clang-tidy
# checks, completion, go-to-definition, clangd's code actions and .clangd
# files work as in clangd. On the mock headers.
#
# RUN: %torch_clangd --version | FileCheck %s --check-prefix=VERSION
# VERSION:      clangd version 19.
# VERSION-NEXT: Features:
# VERSION-NEXT: Platform:
# VERSION-NEXT: torch-clangd: the torch-tidy checks (torch-*) are built in and run as fast checks
#
# RUN: %python %s %torch_clangd %t %S/../checkers/Inputs | FileCheck %s
#
# CHECK:      app.cpp:
# CHECK-NEXT: 11:34: warning: Result of integer division used in a floating point context; possible loss of precision [bugprone-integer-division]
# CHECK-NEXT: 17:20: warning: Input tensor is Float but the module's parameters are Half (fix available) [torch-module-input-dtype]
# CHECK-NEXT:   related app.cpp:15:9: Module parameters are Half since here
# CHECK-NEXT:   related app.cpp:8:10: Input tensor is Float since here
# CHECK-NEXT: completion after 'model.': forward to
# CHECK-NEXT: definition of loadPixels: app.cpp:6
# CHECK-NEXT: code actions on 'auto': Replace with deduced type
# CHECK-NEXT: quiet/app.cpp (.clangd removes torch-module-input-dtype):
# CHECK-NEXT: 11:34: warning: Result of integer division used in a floating point context; possible loss of precision [bugprone-integer-division]
# CHECK-NEXT: server exit status 0
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lsp_client as lsp

server_path, project, mock_headers = sys.argv[1:4]
shutil.rmtree(project, ignore_errors=True)
os.makedirs(os.path.join(project, "quiet"))
app = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Inputs", "app.cpp")
with open(os.path.join(project, ".clang-tidy"), "w") as f:
    f.write("Checks: '-*,bugprone-integer-division,torch-*,-torch-debug-*'\n")
with open(os.path.join(project, "compile_flags.txt"), "w") as f:
    f.write("-std=c++17\n-isystem\n%s\n" % os.path.abspath(mock_headers))
with open(os.path.join(project, "quiet", ".clangd"), "w") as f:
    f.write("Diagnostics:\n  ClangTidy:\n    Remove: torch-module-input-dtype\n")
for where in (project, os.path.join(project, "quiet")):
    shutil.copy(app, where)


def show(diagnostics):
    for d in diagnostics:
        print(lsp.describe(d))
        for info in d.get("relatedInformation", []):
            print("  related " + lsp.describe_related(info))


server = lsp.Server([server_path, "--background-index=false"], project,
                    stderr_path=project + ".log")
try:
    server.initialize()
    uri = server.open(os.path.join(project, "app.cpp"))
    print("app.cpp:")
    show(server.diagnostics(uri))

    lines = server.texts[uri].splitlines()
    line = next(i for i, l in enumerate(lines) if "model.forward" in l)
    names = {item.get("filterText", item["label"]).strip()
             for item in server.completion(uri, line, lines[line].index("model.") + 6)}
    print("completion after 'model.': " +
          " ".join(n for n in ("forward", "to") if n in names))

    line = next(i for i, l in enumerate(lines) if "= loadPixels()" in l)
    for target in server.definition(uri, line, lines[line].index("loadPixels")):
        print("definition of loadPixels: %s:%d" % (
            os.path.basename(lsp.uri_to_path(target["uri"])),
            target["range"]["start"]["line"] + 1))

    column = lines[line].index("auto")
    actions = server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri},
        "range": {"start": {"line": line, "character": column},
                  "end": {"line": line, "character": column}},
        "context": {"diagnostics": []}})
    print("code actions on 'auto': " + ", ".join(a["title"] for a in actions))

    quiet = server.open(os.path.join(project, "quiet", "app.cpp"))
    print("quiet/app.cpp (.clangd removes torch-module-input-dtype):")
    show(server.diagnostics(quiet))
    print("server exit status %d" % server.shutdown())
finally:
    server.kill()
