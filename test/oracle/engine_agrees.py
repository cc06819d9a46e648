#!/usr/bin/env python3
"""Compares torch-tidy's inferred states with an oracle program's checks.

Every EXPECT_DTYPE / EXPECT_DEVICE in an oracle program also hands its
expression and the expected value to torch_tidy_inspect (see oracle.h). The
debug check prints what the engine infers for both. The expected values are
what the program asserts, and the program's own run proves them against
libtorch; so wherever the engine claims a value it must be that one.

Usage: engine_agrees.py [--all-modeled] ORACLE.cpp
Exits 1 on any disagreement, and with --all-modeled also when the engine
leaves a component the program asserts unknown.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("TORCH_TIDY_BUILD", os.path.join(ROOT, "build"))
LINE = re.compile(r"^(?P<loc>[^\s]+):(?P<line>\d+):\d+: warning: dtype=(?P<d>\S+) "
                  r"device=(?P<v>\S+)(?: rank=(?P<r>\S+))?"
                  r" \| expected dtype=(?P<ed>\S+) device=(?P<ev>\S+)(?: rank=(?P<er>\S+))?"
                  r" \[torch-debug-inspect\]")


def components(m, source_lines):
    """(got, expected, what) for each component the check at m asserts: the
    rank for EXPECT_RANK lines, the dtype and device otherwise."""
    text = source_lines[int(m["line"]) - 1] if int(m["line"]) <= len(source_lines) else ""
    if "EXPECT_RANK" in text:
        return [(m["r"] or "unknown", m["er"] or "unknown", "rank")]
    return [(m["d"], m["ed"], "dtype"), (m["v"], m["ev"], "device")]


def main():
    args = sys.argv[1:]
    all_modeled = "--all-modeled" in args
    src = os.path.abspath([a for a in args if a != "--all-modeled"][0])
    cmd = [os.path.join(BUILD, "bin", "torch-tidy"), "--checks=-*,torch-debug-inspect",
           "--quiet", src, "--", "-std=c++17",
           "-I/usr/include/torch/csrc/api/include", "-I" + os.path.dirname(src)]
    out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if out.returncode != 0:
        sys.exit("torch-tidy failed (%d):\n%s" % (out.returncode, out.stdout))
    agree, unmodeled, disagree = [], [], []
    source_lines = open(src).read().splitlines()
    for line in out.stdout.splitlines():
        m = LINE.match(line)
        if not m:
            continue
        loc = "%s:%s" % (m["loc"], m["line"])
        for got, want, what in components(m, source_lines):
            if want == "unknown":
                continue  # this check asserts nothing about that component
            if got == want:
                agree.append(loc)
            elif got == "unknown":
                unmodeled.append("%s: %s not modeled (runtime %s)" % (loc, what, want))
            else:
                disagree.append("%s: engine says %s=%s, runtime %s" % (loc, what, got, want))
    for d in disagree:
        print("DISAGREE", d)
    for u in unmodeled:
        print("unmodeled", u)
    print("engine vs runtime: %d agree, %d unmodeled, %d disagree"
          % (len(agree), len(unmodeled), len(disagree)))
    if not agree:
        sys.exit("no inspected expressions found: the oracle markers are not wired")
    sys.exit(1 if disagree or (all_modeled and unmodeled) else 0)


if __name__ == "__main__":
    main()
