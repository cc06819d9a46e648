# An editor session on a project with the real LibTorch headers and no
# .clangd file: the torch warning arrives with its check as the code and its
# notes as related locations, the quick fix inserts the cast, and after the
# edit the warning is gone, diagnosed again on the same preamble. The result
# is examples/fp16_inference_fixed.cpp, which stays clean too.
#
# RUN: %python %S/example_project.py %t fp16_inference_buggy.cpp fp16_inference_fixed.cpp
# RUN: %python %s %torch_clangd %t | FileCheck %s
#
# CHECK:      fp16_inference_buggy.cpp v1: 1 diagnostic
# CHECK-NEXT: 18:20: warning: Input tensor is Float but the module's parameters are Half (fix available) [torch-module-input-dtype]
# CHECK-NEXT:   related fp16_inference_buggy.cpp:14:9: Module parameters are Half since here
# CHECK-NEXT:   related fp16_inference_buggy.cpp:17:16: Input tensor is Float since here
# CHECK-NEXT: fp16_inference_fixed.cpp v1: 0 diagnostics
# CHECK-NEXT: code action (quickfix, preferred): insert '.to(torch::kHalf)'
# CHECK-NEXT:   edit 18:34-18:34 '.to(torch::kHalf)'
# CHECK-NEXT: line 18 now:   auto out = model.forward({input.to(torch::kHalf)});
# CHECK-NEXT: same code as examples/fp16_inference_fixed.cpp: yes
# CHECK-NEXT: fp16_inference_buggy.cpp v2: 0 diagnostics
# CHECK-NEXT: server exit status 0
# CHECK-NEXT: preambles built for fp16_inference_buggy.cpp: 1
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lsp_client as lsp

server_path, project = sys.argv[1], sys.argv[2]
buggy = os.path.join(project, "src", "fp16_inference_buggy.cpp")
fixed = os.path.join(project, "src", "fp16_inference_fixed.cpp")
log = os.path.join(project, "server.log")


def show(uri, diagnostics, version):
    print("%s v%d: %d diagnostic%s" % (
        os.path.basename(lsp.uri_to_path(uri)), version, len(diagnostics),
        "" if len(diagnostics) == 1 else "s"))
    for d in diagnostics:
        print(lsp.describe(d))
        for info in d.get("relatedInformation", []):
            print("  related " + lsp.describe_related(info))


def code_lines(text):
    return [l for l in text.splitlines() if not l.startswith("//")]


# Without the background index, which would parse every file of the
# database a second time and which clangd waits for on exit.
server = lsp.Server([server_path, "--background-index=false"], project,
                    stderr_path=log)
try:
    server.initialize()
    buggy_uri = server.open(buggy)
    fixed_uri = server.open(fixed)
    warnings = server.diagnostics(buggy_uri)
    show(buggy_uri, warnings, 1)
    show(fixed_uri, server.diagnostics(fixed_uri), 1)

    actions = server.code_actions(buggy_uri, warnings[0])
    for action in actions:
        print("code action (%s%s): %s" % (
            action.get("kind"), ", preferred" if action.get("isPreferred") else "",
            action["title"]))
        for e in lsp.edits_of(action, buggy_uri):
            start, end = e["range"]["start"], e["range"]["end"]
            print("  edit %d:%d-%d:%d '%s'" % (
                start["line"] + 1, start["character"] + 1, end["line"] + 1,
                end["character"] + 1, e["newText"]))
    text = lsp.apply_edits(server.texts[buggy_uri],
                           lsp.edits_of(actions[0], buggy_uri))
    print("line 18 now: " + text.splitlines()[17])
    with open(os.path.join(os.path.dirname(__file__), "..", "..", "examples",
                           "fp16_inference_fixed.cpp")) as f:
        same = code_lines(f.read()) == code_lines(text)
    print("same code as examples/fp16_inference_fixed.cpp: %s"
          % ("yes" if same else "no"))

    version = server.change(buggy_uri, text)
    show(buggy_uri, server.diagnostics(buggy_uri), version)
    print("server exit status %d" % server.shutdown())
finally:
    server.kill()

with open(log, errors="replace") as f:
    built = re.findall(r"Built preamble of size \d+ for file (\S+)", f.read())
print("preambles built for fp16_inference_buggy.cpp: %d" % built.count(buggy))
