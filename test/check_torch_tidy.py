#!/usr/bin/env python3
"""Runs one torch-* check on a test file and verifies its output.

The contract of clang-tidy's check_clang_tidy.py:
  check_torch_tidy.py [--plugin] [--config YAML] INPUT CHECKS TEMP -- FLAGS

* CHECK-MESSAGES lines are matched by FileCheck against the diagnostics,
  with every other warning or error an unexpected failure;
* the fixes are applied and CHECK-FIXES lines are matched against the fixed
  file;
* with --plugin the check runs in Debian's clang-tidy-19 through
  build/lib/libTorchTidy.so, otherwise in build/bin/torch-tidy (always in
  the binary in a sanitized build, which has no plugin: TORCH_TIDY_SANITIZED).
The CHECK comments are blanked out before the check runs, so the line
numbers in the file the check sees are those of INPUT.
"""
import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Set by lit from the build's site config (test/lit.site.cfg.py.in).
BUILD = os.environ["TORCH_TIDY_BUILD"]
LLVM_BIN = os.environ["TORCH_TIDY_LLVM_TOOLS"]


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kw)


def filecheck(prefix, input_path, text, extra=()):
    p = subprocess.run([os.path.join(LLVM_BIN, "FileCheck"), input_path,
                        "-check-prefix=" + prefix, *extra],
                       input=text, text=True, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT)
    if p.returncode != 0:
        sys.exit("FileCheck %s failed:\n%s\n--- checked text ---\n%s"
                 % (prefix, p.stdout, text))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--plugin", action="store_true")
    ap.add_argument("--config", default="")
    ap.add_argument("input")
    ap.add_argument("checks")
    ap.add_argument("temp")
    ap.add_argument("flags", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    flags = a.flags[1:] if a.flags[:1] == ["--"] else a.flags

    source = open(a.input).read()
    has_messages = "CHECK-MESSAGES" in source
    has_fixes = "CHECK-FIXES" in source
    temp = a.temp + os.path.splitext(a.input)[1]
    with open(temp, "w") as f:
        f.write(re.sub(r"// *CHECK-[A-Z0-9\-]*:[^\r\n]*", "//", source))

    if a.plugin and not os.environ.get("TORCH_TIDY_SANITIZED"):
        tool = [os.path.join(LLVM_BIN, "clang-tidy"),
                "--load=" + os.path.join(BUILD, "lib", "libTorchTidy.so")]
    else:
        tool = [os.path.join(BUILD, "bin", "torch-tidy")]
    cmd = tool + ["--checks=-*," + a.checks, "--fix", "--quiet",
                  "--header-filter=.*", temp]
    if a.config:
        cmd.insert(len(tool), "--config=" + a.config)
    cmd += ["--", "-std=c++17"] + flags
    out = run(cmd)
    if out.returncode not in (0, 1) or "Stack dump" in out.stdout:
        sys.exit("torch-tidy crashed (%d):\n%s" % (out.returncode, out.stdout))
    # Show the fixed file's diagnostics as clang-tidy printed them.
    print(out.stdout)

    messages = out.stdout.replace(temp, a.input)
    if has_messages:
        filecheck("CHECK-MESSAGES", a.input, messages,
                  ["-implicit-check-not={{warning|error}}:"])
    elif re.search(r"(warning|error):", messages):
        sys.exit("expected no diagnostics, got:\n" + messages)
    if has_fixes:
        filecheck("CHECK-FIXES", a.input, open(temp).read())
    elif open(temp).read() != re.sub(r"// *CHECK-[A-Z0-9\-]*:[^\r\n]*", "//",
                                     source):
        sys.exit("the check changed the file but the test has no CHECK-FIXES")


if __name__ == "__main__":
    main()
