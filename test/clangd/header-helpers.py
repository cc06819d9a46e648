# Functions defined in an included header: clangd builds the preamble (the
# headers) without function bodies, so torch-clangd cannot follow a helper
# defined there, where torch-tidy does; an annotation on the helper states
# what it returns, and torch-clangd reads that from the preamble. On the
# mock headers.
#
# RUN: %torch_tidy --checks='-*,torch-*,-torch-debug-*' %S/Inputs/header-helpers/main.cpp -- %mock_flags 2>&1 | FileCheck %s --check-prefix=TIDY
# TIDY: main.cpp:6:9: warning: input tensor is Float but the module's parameters are Half
# TIDY: main.cpp:7:9: warning: input tensor is Float but the module's parameters are Half
#
# RUN: %python %s %torch_clangd %t %S/../checkers/Inputs | FileCheck %s
# CHECK:      main.cpp:
# CHECK-NEXT: 7:9: warning: Input tensor is Float but the module's parameters are Half (fix available) [torch-module-input-dtype]
# CHECK-NEXT:   related main.cpp:5:9: Module parameters are Half since here
# CHECK-NEXT:   related helpers.h:9:31: Input tensor is Float since here
# CHECK-NEXT: server exit status 0
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lsp_client as lsp

server_path, project, mock_headers = sys.argv[1:4]
shutil.rmtree(project, ignore_errors=True)
shutil.copytree(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                             "Inputs", "header-helpers"), project)
with open(os.path.join(project, ".clang-tidy"), "w") as f:
    f.write("Checks: '-*,torch-*,-torch-debug-*'\n")
with open(os.path.join(project, "compile_flags.txt"), "w") as f:
    f.write("-std=c++17\n-isystem\n%s\n" % os.path.abspath(mock_headers))

server = lsp.Server([server_path, "--background-index=false"], project,
                    stderr_path=project + ".log")
try:
    server.initialize()
    uri = server.open(os.path.join(project, "main.cpp"))
    print("main.cpp:")
    for d in server.diagnostics(uri):
        print(lsp.describe(d))
        for info in d.get("relatedInformation", []):
            print("  related " + lsp.describe_related(info))
    print("server exit status %d" % server.shutdown())
finally:
    server.kill()
