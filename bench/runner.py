#!/usr/bin/env python3
"""Measures run-torch-tidy on a generated project, in one run.

The project (bench/project.py: 22 files that include LibTorch, 7 of them
OpenCV too; classes across files, helpers, main) is checked with the same
checks (-*,torch-*) by
  1. run-clang-tidy-19 -j J -clang-tidy-binary build/bin/torch-tidy, the
     baseline, with -export-fixes for its findings;
  2. run-torch-tidy -j J --no-cross-file with an empty cache: precompiled
     header built in the run; its findings must be identical to the
     baseline's;
  2b. run-torch-tidy -j J with an empty cache and its second pass across
     files (summaries of other files' functions): its cost over 2., and
     the findings it adds;
  3. run-torch-tidy again, nothing changed (warm cache);
  4. run-torch-tidy --changed-since HEAD after an edit of one helper header
     that K of the files include (the PCH is cached by then);
and reports wall times as ratios to the baseline, the precompiled header's
share, and peak memory (max RSS) of one worker process in each. Timings
are wall-clock on a shared machine: compare ratios from one run.

Usage: bench/runner.py [-j J] [--keep DIR]   (needs build/bin/run-torch-tidy)
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import project

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "build", "bin")
CHECKS = "-*,torch-*"

# Runs a command in a fresh interpreter so that ru_maxrss is the largest of
# that command's own child processes (one torch-tidy or clang++).
MEASURE = ("import resource,subprocess,sys,time;t=time.perf_counter();"
           "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,"
           "stderr=subprocess.DEVNULL);print(time.perf_counter()-t,"
           "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,r.returncode)")


def measure(cmd, cwd):
    out = subprocess.run([sys.executable, "-c", MEASURE] + cmd, cwd=cwd,
                         stdout=subprocess.PIPE, text=True, check=True
                         ).stdout.split()
    return float(out[0]), int(out[1]), int(out[2])


def yaml_findings(path):
    import yaml  # run-clang-tidy-19 writes its merged fixes with PyYAML
    with open(path) as f:
        doc = yaml.safe_load(f) or {}
    out = set()
    for d in doc.get("Diagnostics") or []:
        m = d["DiagnosticMessage"]
        build = d.get("BuildDirectory", "")

        def loc(x):
            return (os.path.normpath(os.path.join(build, x["FilePath"])),
                    x["FileOffset"])
        out.add((d["DiagnosticName"], m["Message"], loc(m),
                 tuple((n["Message"], loc(n)) for n in d.get("Notes") or []),
                 tuple((r["Offset"], r["Length"], r["ReplacementText"])
                       for r in m.get("Replacements") or [])))
    return out


def json_findings(doc):
    def loc(x):
        return (x["file"], x["offset"])
    return {(d["check"], d["message"], loc(d["location"]),
             tuple((n["message"], loc(n["location"])) for n in d["notes"]),
             tuple((r["offset"], r["length"], r["text"]) for r in d["fixes"]))
            for d in doc["diagnostics"]}


def runner(args, cwd, out_json):
    cmd = [os.path.join(BIN, "run-torch-tidy"), "-p", "build",
           "--checks=" + CHECKS, "--format=json", "--quiet",
           "--fail-on=never", *args]
    t = time.perf_counter()
    with open(out_json, "w") as f:
        r = subprocess.run(cmd, cwd=cwd, stdout=f)
    seconds = time.perf_counter() - t
    if r.returncode != 0:
        sys.exit("run-torch-tidy failed (%d): %s" % (r.returncode,
                                                     " ".join(cmd)))
    with open(out_json) as f:
        return seconds, json.load(f)


def git(cwd, *args):
    env = dict(os.environ, GIT_AUTHOR_NAME="bench", GIT_AUTHOR_EMAIL="b@b",
               GIT_COMMITTER_NAME="bench", GIT_COMMITTER_EMAIL="b@b")
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True,
                   stdout=subprocess.DEVNULL)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--keep", help="generate the project here and keep it")
    a = ap.parse_args()
    root = a.keep or tempfile.mkdtemp(prefix="torch-tidy-bench-")
    sources = project.write(root)
    with open(os.path.join(root, ".gitignore"), "w") as f:
        f.write("build/\n*.yaml\n*.json\n")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "generated")
    n = len(sources)
    print("project: %d files in %s, -j%d, checks %s" % (n, root, a.j, CHECKS))

    fixes = os.path.join(root, "baseline-fixes.yaml")
    base_s, base_kib, _ = measure(
        ["run-clang-tidy-19", "-p", "build", "-j", str(a.j), "-quiet",
         "-clang-tidy-binary", os.path.join(BIN, "torch-tidy"),
         "-checks=" + CHECKS, "-export-fixes", fixes], root)
    baseline = yaml_findings(fixes)
    print("1. run-clang-tidy-19 -j%d:  %6.1f s   %d findings, peak %d MiB "
          "per worker" % (a.j, base_s, len(baseline), base_kib // 1024))

    cold_s, cold = runner(["-j", str(a.j), "--no-cross-file", "--cache-dir",
                           os.path.join(root, "cache-one-pass")], root,
                          os.path.join(root, "cold.json"))
    found = json_findings(cold)
    s = cold["summary"]
    same = found == baseline
    print("2. run-torch-tidy, cold:   %6.1f s   %.2fx   %d findings (%s), "
          "%d of %d files with the PCH, peak %d MiB per worker; the PCH "
          "built in %.1f s, peak %d MiB" % (
              cold_s, cold_s / base_s, len(found),
              "identical" if same else "DIFFERENT", s["withPch"], n,
              s["peakWorkerRssKiB"] // 1024, s["pchBuildSeconds"],
              s["pchBuildRssKiB"] // 1024))
    if not same:
        for k in sorted(baseline - found):
            print("   only run-clang-tidy:", k)
        for k in sorted(found - baseline):
            print("   only run-torch-tidy:", k)

    cache = os.path.join(root, "cache")
    across_s, across = runner(["-j", str(a.j), "--cache-dir", cache], root,
                              os.path.join(root, "across.json"))
    added = json_findings(across) - found
    s = across["summary"]
    print("2b. with the pass across files: %5.1f s  %.2fx of 2.  %d "
          "summarized functions, %d files checked again, %d findings added, "
          "%d of 2.'s lost" % (
              across_s, across_s / cold_s, s.get("summarizedFunctions", 0),
              s.get("checkedAgain", 0), len(added),
              len(found - json_findings(across))))

    warm_s, warm = runner(["-j", str(a.j), "--cache-dir", cache], root,
                          os.path.join(root, "warm.json"))
    print("3. run-torch-tidy, warm:   %6.1f s   %.3fx  %d of %d files from "
          "the cache" % (warm_s, warm_s / base_s, warm["summary"]["cached"],
                         n))

    header = os.path.join(root, "include", "app", "stage3.h")
    with open(header, "a") as f:
        f.write("// edited\n")
    changed_s, changed = runner(["-j", str(a.j), "--cache-dir", cache,
                                 "--changed-since", "HEAD"], root,
                                os.path.join(root, "changed.json"))
    k = changed["summary"]["files"]
    per_file = cold_s / n
    print("4. --changed-since HEAD after editing app/stage3.h: %.1f s for "
          "%d of %d files (%.2fx the cold run; the cold run's time per file "
          "times %d is %.1f s)" % (changed_s, k, n, changed_s / cold_s, k,
                                   per_file * k))
    if not a.keep:
        shutil.rmtree(root, ignore_errors=True)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
