#!/usr/bin/env python3
"""Measures torch-tidy against clang++-19 -fsyntax-only, in one run.

1. Real headers: torch-tidy with every torch-* check versus -fsyntax-only on
   the same files (a bundled example and the correct-programs suite), with
   the median of a few alternating runs; the ratio is what users pay on top
   of a compile.
2. Growth: synthetic functions with 1,000 and 10,000 tensor statements (mock
   headers, so parsing does not drown the analysis); the analysis time is
   torch-tidy's time minus -fsyntax-only's, and should grow about linearly.
Peak memory (max RSS) is reported for each. Timings are wall-clock on a
shared machine: compare ratios from one run, not numbers across runs.

Usage: bench/benchmark.py [--runs N]   (needs build/bin/torch-tidy)
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIDY = os.path.join(ROOT, "build", "bin", "torch-tidy")
CLANG = "/usr/lib/llvm-19/bin/clang++"
REAL = ["-std=c++17", "-I/usr/include/torch/csrc/api/include"]
MOCK = ["-std=c++17", "-isystem", os.path.join(ROOT, "test", "checkers", "Inputs")]

# Runs cmd in a child of a fresh interpreter so ru_maxrss is that command's.
MEASURE = ("import resource,subprocess,sys,time;t=time.perf_counter();"
           "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);"
           "print(time.perf_counter()-t,resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,r.returncode)")


def measure(cmd):
    out = subprocess.run([sys.executable, "-c", MEASURE] + cmd, stdout=subprocess.PIPE,
                         text=True, check=True).stdout.split()
    seconds, kib, rc = float(out[0]), int(out[1]), int(out[2])
    if rc != 0:
        sys.exit("failed (%d): %s" % (rc, " ".join(cmd)))
    return seconds, kib


def compare(path, flags, runs):
    syntax = [CLANG, "-fsyntax-only"] + flags + [path]
    tidy = [TIDY, "--checks=-*,torch-*", "--quiet", path, "--"] + flags
    s_times, t_times, s_mem, t_mem = [], [], 0, 0
    for _ in range(runs):  # alternate, so drifting load hits both alike
        s, sm = measure(syntax)
        t, tm = measure(tidy)
        s_times.append(s)
        t_times.append(t)
        s_mem, t_mem = max(s_mem, sm), max(t_mem, tm)
    return min(s_times), min(t_times), s_mem, t_mem


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    runs = ap.parse_args().runs
    if not os.path.exists(TIDY):
        sys.exit("build torch-tidy first: bash scripts/build.sh")

    print("Real LibTorch headers (fastest of %d runs)" % runs)
    print("%-44s %9s %9s %7s %10s %10s" % ("file", "syntax s", "tidy s", "ratio", "syntax MiB", "tidy MiB"))
    for rel in ["examples/fp16_inference_buggy.cpp", "test/checkers/correct-programs.cpp"]:
        s, t, sm, tm = compare(os.path.join(ROOT, rel), REAL, runs)
        print("%-44s %9.2f %9.2f %6.3fx %10.0f %10.0f" % (rel, s, t, t / s, sm / 1024, tm / 1024))

    print("\nGrowth of the analysis (mock headers, median of %d runs)" % runs)
    print("%-12s %9s %9s %11s %10s %10s" % ("statements", "syntax s", "tidy s", "analysis s", "syntax MiB", "tidy MiB"))
    analysis = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (1000, 10000):
            path = os.path.join(tmp, "synthetic%d.cpp" % n)
            with open(path, "w") as f:
                subprocess.run([sys.executable, os.path.join(ROOT, "bench", "synthetic.py"), str(n)],
                               stdout=f, check=True)
            s, t, sm, tm = compare(path, MOCK, runs)
            analysis[n] = max(t - s, 1e-3)
            print("%-12d %9.2f %9.2f %11.2f %10.0f %10.0f" % (n, s, t, t - s, sm / 1024, tm / 1024))
    print("\nanalysis time 10,000 / 1,000 statements: %.1fx (linear: 10x)"
          % (analysis[10000] / analysis[1000]))


if __name__ == "__main__":
    main()
