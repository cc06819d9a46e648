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
   each), 200 and 2,000 of them; and methods of classes whose constructor
   converts the model under a member flag (each method checked once per
   value of the class flag, from members computed under it), 200 and 2,000.
7. Settings and state tests: methods that convert a model and their inputs
   with a `dtype_` member chosen in the constructor, after tests of their
   inputs' dtype and device (branches narrowed on each side), 200 and
   2,000 of them.
8. Objects used through their methods: functions that make local objects
   of the user's classes (one held by a std::unique_ptr), set their
   precision, load and run them in a loop; each object's methods are
   analyzed per object state, 200 and 2,000 functions.
9. Pathological code: one file of each kind bench/stress.py writes (a
   function of 20,000 statements, 500 nested scopes, a switch of 2,000
   cases, a call chain 200 deep, a class of 1,000 methods, initializer
   lists of 100,000 literals, thousands of nested macro uses), torch-*
   versus -fsyntax-only: the time and peak memory ratios, with the rows
   over 2.0x time or 1.5x memory marked.
Peak memory (max RSS) is reported for each. Timings are wall-clock on a
shared machine: compare ratios from one run, not numbers across runs.

Usage: bench/benchmark.py [--runs N] [--only real|objects|flags|pathological] [--tidy PATH]
(needs build/bin/torch-tidy, or the torch-tidy binary named by --tidy)
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

# Bounds for pathological code: torch-* over -fsyntax-only on the same file.
TIME_BOUND = 2.0
MEMORY_BOUND = 1.5
# Below this, the analysis time (torch-* minus plain clang-tidy, two
# timings) is within this machine's run-to-run noise.
RESOLUTION = 0.05
STRESS_KINDS = ["long-function", "nested", "switch", "call-chain", "methods", "init-list",
                "macros"]

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
    global TIDY
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", choices=["real", "pathological", "objects", "flags"],
                    help="run only this section")
    ap.add_argument("--tidy", default=TIDY, help="the torch-tidy binary to measure")
    args = ap.parse_args()
    runs, TIDY = args.runs, os.path.abspath(args.tidy)
    if not os.path.exists(TIDY):
        sys.exit("build torch-tidy first: bash scripts/build.sh")
    if args.only == "pathological":
        pathological(runs)
        return
    if args.only == "flags":
        across_files("Configuration flags", "functions", "--flags", runs)
        across_files("Class flags", "methods", "--class-flags", runs)
        return
    if args.only == "objects":
        across_files("Objects used through their methods", "functions", "--objects", runs)
        return

    real_headers(runs)
    if args.only == "real":
        return

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
    across_files("Class flags", "methods", "--class-flags", runs)
    across_files("Settings and state tests", "methods", "--settings", runs)
    across_files("Class templates, two instantiations each", "methods", "--templates", runs)
    across_files("Objects used through their methods", "functions", "--objects", runs)
    pathological(runs)


def real_headers(runs):
    """torch-* per translation unit on the real headers, against
    -fsyntax-only and a plain clang-tidy run."""
    print("Real LibTorch headers (fastest of %d runs; MiB = peak memory)" % runs)
    print("%-36s %8s %8s %8s %9s %9s %8s %8s" % ("file", "syntax s", "tidy s", "torch s",
          "torch/syn", "torch/tidy", "syn MiB", "torch MiB"))
    for rel in ["examples/fp16_inference_buggy.cpp", "test/checkers/correct-programs.cpp"]:
        t, m = compare(os.path.join(ROOT, rel), REAL, runs)
        print("%-36s %8.2f %8.2f %8.2f %8.3fx %8.3fx %8.0f %8.0f" % (
            rel, t["syntax"], t["tidy"], t["torch"], t["torch"] / t["syntax"],
            t["torch"] / t["tidy"], m["syntax"] / 1024, m["torch"] / 1024), flush=True)


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
    if analysis[small] < RESOLUTION:
        # A difference of two noisy timings this small says nothing.
        print("\nanalysis time at {:,} {} under {:.2f} s, too small to compare; "
              "{:,} {}: {:.2f} s".format(small, unit, RESOLUTION, large, unit,
                                         analysis[large]))
        return
    print("\nanalysis time {:,} / {:,} {}: {:.1f}x (linear: 10x)".format(
        large, small, unit, analysis[large] / analysis[small]))


def pathological(runs):
    """torch-* versus -fsyntax-only on one file of each kind of
    bench/stress.py at its default size; rows over TIME_BOUND (time) or
    MEMORY_BOUND (peak memory) are marked."""
    print("\nPathological code (bench/stress.py, mock headers, fastest of %d runs; "
          "bounds %.1fx time, %.1fx memory)" % (runs, TIME_BOUND, MEMORY_BOUND))
    print("%-14s %8s %8s %8s %9s %8s %9s %9s  %s" % (
        "kind", "syntax s", "tidy s", "torch s", "torch/syn", "syn MiB", "torch MiB",
        "mem ratio", "over"))
    over = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind in STRESS_KINDS:
            path = os.path.join(tmp, "%s.cpp" % kind)
            with open(path, "w") as f:
                subprocess.run([sys.executable, os.path.join(ROOT, "bench", "stress.py"),
                                "--" + kind], stdout=f, check=True)
            t, m = compare(path, MOCK, runs)
            time_ratio = t["torch"] / t["syntax"]
            memory_ratio = m["torch"] / m["syntax"]
            marks = ([] if time_ratio <= TIME_BOUND else ["time"]) + \
                ([] if memory_ratio <= MEMORY_BOUND else ["memory"])
            if marks:
                over.append(kind)
            print("%-14s %8.2f %8.2f %8.2f %8.2fx %8.0f %9.0f %8.2fx  %s" % (
                kind, t["syntax"], t["tidy"], t["torch"], time_ratio, m["syntax"] / 1024,
                m["torch"] / 1024, memory_ratio, " ".join("*" + k for k in marks)), flush=True)
    print("\n%d of %d kinds over the bounds%s" % (
        len(over), len(STRESS_KINDS), (": " + ", ".join(over)) if over else ""))


if __name__ == "__main__":
    main()
