#!/usr/bin/env python3
"""Measures torch-tidy against clang++-19 -fsyntax-only, in one run.

1. Real headers: torch-tidy with every torch-* check versus -fsyntax-only,
   and versus clang-tidy running one cheap standard check, on the same files
   (a bundled example and the correct-programs suite); the fastest of a few
   alternating runs, the least disturbed by other load.
2. Growth: synthetic functions with 1,000 and 10,000 tensor statements (mock
   headers, so parsing does not drown the analysis); the analysis time is
   the torch-* run's time minus the plain clang-tidy run's, and should grow
   about linearly.
3. Calls across functions: a synthetic file of 200 small functions and
   methods passing tensors to each other (chains and fan-out, mock
   headers), torch-* versus -fsyntax-only; and the analysis time at 200
   and 2,000 functions, which should grow about linearly (summaries are
   cached per callee and argument states).
4. Members across a class's methods: classes of 20 methods that hold a
   model, a device, a tensor and a list of inputs as private members,
   calling each other on `this`; the same comparison at 200 and 2,000
   methods.
5. A helper called from many sites: three helpers (one taking the model by
   reference) called from 100 and 1,000 sites in three precisions; helpers
   are checked again for each distinct state of their callers, so the
   analysis should grow about linearly.
6. Configuration flags: functions that each test two flags and convert a
   module and its input under them (checked once per valuation, four runs
   each), 200 and 2,000 of them.
7. Settings and state tests: methods that convert a model and their inputs
   with a `dtype_` member chosen in the constructor, after tests of their
   inputs' dtype and device (branches narrowed on each side), 200 and
   2,000 of them.
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
REAL = ["-std=c++17", "-I/usr/include/torch/csrc/api/include", "-I/usr/include/opencv4"]
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
    """Fastest of `runs` alternating runs of -fsyntax-only, of clang-tidy with
    one cheap standard check (what any clang-tidy check costs: the AST walk
    of the matchers) and of every torch-* check; with peak memory."""
    commands = {
        "syntax": [CLANG, "-fsyntax-only"] + flags + [path],
        "tidy": [TIDY, "--checks=-*,misc-unused-alias-decls", "--quiet", path, "--"] + flags,
        "torch": [TIDY, "--checks=-*,torch-*", "--quiet", path, "--"] + flags,
    }
    times = {k: [] for k in commands}
    memory = {k: 0 for k in commands}
    for _ in range(runs):  # alternate, so drifting load hits all alike
        for name, cmd in commands.items():
            seconds, kib = measure(cmd)
            times[name].append(seconds)
            memory[name] = max(memory[name], kib)
    return {k: min(v) for k, v in times.items()}, memory


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    runs = ap.parse_args().runs
    if not os.path.exists(TIDY):
        sys.exit("build torch-tidy first: bash scripts/build.sh")

    print("Real LibTorch headers (fastest of %d runs; MiB = peak memory)" % runs)
    print("%-36s %8s %8s %8s %9s %9s %8s %8s" % ("file", "syntax s", "tidy s", "torch s",
          "torch/syn", "torch/tidy", "syn MiB", "torch MiB"))
    for rel in ["examples/fp16_inference_buggy.cpp", "test/checkers/correct-programs.cpp"]:
        t, m = compare(os.path.join(ROOT, rel), REAL, runs)
        print("%-36s %8.2f %8.2f %8.2f %8.3fx %8.3fx %8.0f %8.0f" % (
            rel, t["syntax"], t["tidy"], t["torch"], t["torch"] / t["syntax"],
            t["torch"] / t["tidy"], m["syntax"] / 1024, m["torch"] / 1024))

    print("\nGrowth of the analysis (mock headers, fastest of %d runs)" % runs)
    print("%-12s %8s %8s %11s %8s %9s" % ("statements", "tidy s", "torch s", "analysis s",
                                           "tidy MiB", "torch MiB"))
    analysis = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (1000, 10000):
            path = os.path.join(tmp, "synthetic%d.cpp" % n)
            with open(path, "w") as f:
                subprocess.run([sys.executable, os.path.join(ROOT, "bench", "synthetic.py"), str(n)],
                               stdout=f, check=True)
            t, m = compare(path, MOCK, runs)
            # The analysis: torch-* checks over a plain clang-tidy run.
            analysis[n] = max(t["torch"] - t["tidy"], 1e-3)
            print("%-12d %8.2f %8.2f %11.2f %8.0f %9.0f" % (
                n, t["tidy"], t["torch"], analysis[n], m["tidy"] / 1024, m["torch"] / 1024))
    print("\nanalysis time 10,000 / 1,000 statements: %.1fx (linear: 10x)"
          % (analysis[10000] / analysis[1000]))

    across_files("Calls across functions", "functions", "--calls", runs)
    across_files("Members across a class's methods", "methods", "--methods", runs)
    across_files("A helper called from many sites", "sites", "--sites", runs, (100, 1000))
    across_files("Configuration flags", "functions", "--flags", runs)
    across_files("Settings and state tests", "methods", "--settings", runs)
    across_files("Class templates, two instantiations each", "methods", "--templates", runs)


def across_files(title, unit, flag, runs, sizes=(200, 2000)):
    """Ratio to -fsyntax-only of `synthetic.py FLAG N` for two sizes, ten
    times apart."""
    print("\n%s (mock headers, fastest of %d runs)" % (title, runs))
    print("%-12s %8s %8s %8s %11s %9s %9s" % (unit, "syntax s", "tidy s", "torch s",
                                               "analysis s", "torch/syn", "torch MiB"))
    analysis = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = os.path.join(tmp, "%s%d.cpp" % (unit, n))
            with open(path, "w") as f:
                subprocess.run([sys.executable, os.path.join(ROOT, "bench", "synthetic.py"),
                                flag, str(n)], stdout=f, check=True)
            t, m = compare(path, MOCK, runs)
            analysis[n] = max(t["torch"] - t["tidy"], 1e-3)
            print("%-12d %8.2f %8.2f %8.2f %11.2f %8.2fx %9.0f" % (
                n, t["syntax"], t["tidy"], t["torch"], analysis[n], t["torch"] / t["syntax"],
                m["torch"] / 1024))
    small, large = sizes
    print("\nanalysis time {:,} / {:,} {}: {:.1f}x (linear: 10x)".format(
        large, small, unit, analysis[large] / analysis[small]))


if __name__ == "__main__":
    main()
