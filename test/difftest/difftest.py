#!/usr/bin/env python3
"""Differential testing of torch-tidy against the real LibTorch.

    difftest.py [--count N] [--seed S] [--work DIR] [--jobs J] [--fail-on-miss]

For each seed S, S+1, ..., S+N-1: generate a program (generate.py), build
it against Debian's libtorch and OpenCV with a precompiled header shared by
the run, run it (its JSON is the ground truth: which lines threw, with
which message, read garbage or dropped a conversion), run torch-tidy on it
(all torch-* checks, and once more with TorchExplain for the reasons of
silence), and judge:

* every warning must be on a line the run shows wrong, in the way its check
  predicts (test/difftest/README.md has the table); anything else is a
  false alarm, and the program is kept under DIR/findings/;
* every decidable wrong line without a warning is a recall miss, counted
  per construct and per torch-explain reason.

Prints a summary and writes DIR/summary.json. Exits 1 on a false alarm, a
torch-tidy crash or error, or a program that does not build or run to the
end (a generator bug); 0 otherwise.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import generate  # noqa: E402

CLANG = "/usr/lib/llvm-19/bin/clang++"
TORCH_INCLUDES = ["-isystem", "/usr/include/torch/csrc/api/include"]
OPENCV_INCLUDES = ["-isystem", "/usr/include/opencv4"]
DEFINES = ["-D_GLIBCXX_USE_CXX11_ABI=1"]
CXXFLAGS = ["-std=c++17", "-O0", "-w"] + DEFINES + TORCH_INCLUDES + OPENCV_INCLUDES + \
    ["-I", os.path.join(HERE, "runtime")]
LIBDIR = "/usr/lib/x86_64-linux-gnu"
LIBS = ["-L" + LIBDIR, "-Wl,--no-as-needed", "-ltorch", "-ltorch_cpu", "-lc10",
        "-Wl,--as-needed", "-lopencv_core", "-lpthread"]
CHECKS = "-*,torch-*,-torch-debug-*"
# TorchScript models the programs load, next to them (made by
# test/modelfile/make_fixtures.py).
MODELS = ["jit_float.pt", "jit_double.pt"]

WARNING = re.compile(r"^(?P<file>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): "
                     r"(?P<level>warning|error|remark): (?P<msg>.*?)(?: \[(?P<check>[\w.,-]+)\])?$")

# What a check predicts, as the run shows it: a category of outcome.
DTYPE_CHECKS = {"torch-module-input-dtype", "torch-operand-dtype", "torch-data-ptr-dtype"}
DEVICE_CHECKS = {"torch-module-input-device", "torch-operand-device"}


def category(outcome):
    """The kind of mistake a non-ok outcome is: the checks that predict it
    (an empty set: no check predicts it), or None for an outcome no check
    can be judged by (an operation LibTorch does not implement on the CPU)."""
    kind, msg = outcome["kind"], outcome.get("message", "")
    if kind == "garbage":
        if outcome["construct"].startswith("from_blob"):
            return {"torch-from-blob-element-type"}
        return {"torch-operand-dtype"}          # masked_fill that fills nothing
    if kind == "discarded":
        return {"torch-discarded-conversion"}
    if kind == "discarded-noop" or "not implemented for" in msg:
        return None
    if "can't be cast to the desired output type" in msg:
        return {"torch-inplace-result-dtype"}
    if re.search(r"same device|device type|on the same device|cuda", msg, re.I):
        return set(DEVICE_CHECKS)
    if re.search(r"scalar type|dtype|should be the same|Long, Int|boolean tensor|"
                 r"Expected object of|must have the same", msg):
        return set(DTYPE_CHECKS)
    return set()


class Tools:
    def __init__(self, build, work):
        self.build = build
        self.tidy = os.path.join(build, "bin", "torch-tidy")
        self.work = work
        self.pch = None

    def run(self, cmd, timeout=600, **kw):
        t0 = time.time()
        try:
            p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, timeout=timeout, **kw)
            return p, time.time() - t0
        except subprocess.TimeoutExpired as e:
            return subprocess.CompletedProcess(cmd, 124, e.stdout or "", "timed out"), \
                time.time() - t0

    def setup(self):
        """The precompiled header every program and torch-tidy run uses."""
        if not os.access(self.tidy, os.X_OK):
            sys.exit("difftest: no %s: build torch-tidy first (bash scripts/build.sh)" % self.tidy)
        header = os.path.join(self.work, "difftest_pch.h")
        with open(header, "w") as f:
            f.write("#include <torch/torch.h>\n#include <torch/script.h>\n"
                    "#include <opencv2/core.hpp>\n#include \"difftest_runtime.h\"\n")
        for model in MODELS:
            shutil.copy(os.path.join(ROOT, "test", "modelfile", "Inputs", model), self.work)
        self.pch = os.path.join(self.work, "difftest_pch.pch")
        p, secs = self.run([CLANG, *CXXFLAGS, "-x", "c++-header", header, "-o", self.pch,
                            "-Xclang", "-fno-pch-timestamp", "-fpch-instantiate-templates"])
        if p.returncode != 0:
            sys.exit("difftest: the precompiled header does not build:\n" + p.stderr[-3000:])
        return secs

    def compile(self, src, exe):
        obj = exe + ".o"
        p, t1 = self.run(["nice", "-n", "10", CLANG, *CXXFLAGS, "-include-pch", self.pch,
                          "-c", src, "-o", obj])
        if p.returncode != 0:
            return p, t1, 0.0
        q, t2 = self.run(["nice", "-n", "10", CLANG, obj, "-o", exe, *LIBS])
        os.unlink(obj)
        return q, t1, t2

    def analyze(self, src):
        """torch-tidy's warnings, and torch-explain's remarks on why it is
        silent where it is (the option adds remarks, never warnings)."""
        return self.run([self.tidy, "--checks=" + CHECKS,
                         "--config={CheckOptions: {TorchExplain: true}}",
                         "--quiet", src, "--", *CXXFLAGS, "-include-pch", self.pch])


def parse_diagnostics(text, src):
    """(warnings, errors, remarks) in `src` from torch-tidy's output."""
    warnings, errors, remarks = [], [], []
    base = os.path.basename(src)
    for line in text.splitlines():
        m = WARNING.match(line)
        if not m or os.path.basename(m["file"]) != base:
            continue
        d = {"line": int(m["line"]), "col": int(m["col"]), "msg": m["msg"],
             "check": m["check"] or ""}
        {"warning": warnings, "error": errors, "remark": remarks}[m["level"]].append(d)
    return warnings, errors, remarks


def reason_of(remarks, line):
    """torch-explain's reason for the undecided place on `line`, without the
    names and numbers that differ between programs."""
    for r in remarks:
        if r["line"] != line:
            continue
        m = re.search(r"is undecided: (.*)", r["msg"])
        text = m.group(1) if m else ("decided: no mismatch" if "is decided" in r["msg"] else r["msg"])
        text = re.sub(r"'[^']*'", "'_'", text)
        return re.sub(r"\d+", "N", text)
    return "no place compared here"


def judge(truth, warnings, remarks):
    """Compares torch-tidy's warnings with the run's outcomes."""
    lines = {int(k): v for k, v in truth["lines"].items()}
    inner = {i for outs in lines.values() for o in outs for i in o.get("inner", [])}
    verdicts, false_alarms, unjudged = [], [], []
    warned = collections.defaultdict(set)
    for w in warnings:
        warned[w["line"]].add(w["check"])
        outs = lines.get(w["line"], [])
        cats = [category(o) for o in outs if o["kind"] != "ok"]
        if any(c is not None and w["check"] in c for c in cats):
            verdicts.append(dict(w, verdict="confirmed"))
        elif cats and all(c is None for c in cats):
            unjudged.append(dict(w, verdict="unjudged", outcomes=outs))
        else:
            false_alarms.append(dict(w, verdict="false alarm", outcomes=outs))
    wrong = []
    for line, outs in sorted(lines.items()):
        if line in inner:
            continue  # judged at the caller's line, with the helper's line
        bad = [o for o in outs if o["kind"] != "ok" and category(o)]
        if not bad:
            continue
        o = bad[0]
        checks = category(o)
        places = [line] + o.get("inner", [])
        found = any(warned[p] & checks for p in places)
        kind, *tags = o["construct"].split("|")
        wrong.append({"line": line, "construct": kind, "tags": tags, "found": found,
                      "decidable": "join" not in tags, "message": o.get("message", ""),
                      "kind": o["kind"],
                      "reason": "" if found else reason_of(remarks, places[-1])})
    return verdicts, false_alarms, unjudged, wrong


def one(tools, seed, statements, work):
    src = os.path.join(work, "prog_%d.cpp" % seed)
    exe = os.path.join(work, "prog_%d" % seed)
    text = generate.Program(seed).generate(statements)
    with open(src, "w") as f:
        f.write(text)
    res = {"seed": seed, "status": "ok", "times": {}}
    p, tc, tl = tools.compile(src, exe)
    res["times"].update(compile=round(tc, 2), link=round(tl, 2))
    if p.returncode != 0:
        res.update(status="build-failed", detail=p.stderr[-2000:])
        return res, src
    p, tr = tools.run([exe], timeout=120, cwd=work)
    res["times"]["run"] = round(tr, 2)
    os.unlink(exe)
    truth = None
    if p.returncode == 0:
        try:
            truth = json.loads(p.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            truth = None
    if not truth or not truth.get("complete"):
        res.update(status="run-failed", detail=(p.stdout[-1000:] + p.stderr[-1500:]))
        return res, src
    q, tt = tools.analyze(src)
    res["times"]["tidy"] = round(tt, 2)
    warnings, errors, remarks = parse_diagnostics(q.stdout, src)
    if q.returncode < 0 or q.returncode > 1 or "PLEASE submit a bug report" in q.stderr \
            or "Stack dump" in q.stderr:
        res.update(status="tidy-crash", detail=q.stderr[-3000:])
        return res, src
    if errors:
        res.update(status="tidy-error", detail="\n".join(e["msg"] for e in errors[:5]))
        return res, src
    verdicts, false_alarms, unjudged, wrong = judge(truth, warnings, remarks)
    res.update(confirmed=len(verdicts), false_alarms=false_alarms, unjudged=unjudged,
               wrong=wrong, warnings=warnings, truth=truth)
    if false_alarms:
        res["status"] = "false-alarm"
    return res, src


def record(res, src, findings, keep, quiet):
    """Keeps a finding's program and prints the program's line."""
    if res["status"] != "ok":
        dest = os.path.join(findings, os.path.basename(src))
        shutil.copy(src, dest)
        with open(dest[:-4] + ".json", "w") as f:
            json.dump(res, f, indent=1)
    elif not keep:
        os.unlink(src)
    if quiet and res["status"] == "ok":
        return
    t = res["times"]
    print("seed %d: %s%s (%.0f s)" % (
        res["seed"], res["status"],
        "" if "wrong" not in res else ", %d warnings, %d wrong lines, %d found" % (
            len(res["warnings"]), len(res["wrong"]), sum(w["found"] for w in res["wrong"])),
        sum(t.values())), flush=True)
    for fa in res.get("false_alarms", []):
        print("  false alarm at line %d: %s [%s]" % (fa["line"], fa["msg"], fa["check"]))
    if res["status"] not in ("ok", "false-alarm"):
        print("  " + res.get("detail", "").strip().replace("\n", "\n  ")[:1500])


def summarize(results, pch_secs, wall):
    by_status = collections.Counter(r["status"] for r in results)
    judged = [r for r in results if "wrong" in r]
    wrong = [w for r in judged for w in r["wrong"]]
    decidable = [w for w in wrong if w["decidable"]]
    found = [w for w in decidable if w["found"]]
    per = collections.defaultdict(lambda: [0, 0])
    per_tag = collections.defaultdict(lambda: [0, 0])
    reasons = collections.Counter()
    for w in decidable:
        per[w["construct"]][0] += w["found"]
        per[w["construct"]][1] += 1
        for t in w["tags"] or ["(plain)"]:
            per_tag[t][0] += w["found"]
            per_tag[t][1] += 1
        if not w["found"]:
            reasons[w["reason"]] += 1
    times = collections.defaultdict(list)
    for r in results:
        for k, v in r["times"].items():
            times[k].append(v)
    return {
        "programs": len(results),
        "status": dict(by_status),
        "warnings": sum(len(r["warnings"]) for r in judged),
        "confirmed": sum(r["confirmed"] for r in judged),
        "false_alarms": sum(len(r["false_alarms"]) for r in judged),
        "unjudged": sum(len(r["unjudged"]) for r in judged),
        "wrong_lines": len(wrong),
        "undecidable": len(wrong) - len(decidable),
        "decidable": len(decidable),
        "found": len(found),
        "recall": round(len(found) / len(decidable), 4) if decidable else None,
        "per_construct": {k: {"found": v[0], "wrong": v[1]} for k, v in sorted(per.items())},
        "per_tag": {k: {"found": v[0], "wrong": v[1]} for k, v in sorted(per_tag.items())},
        "miss_reasons": dict(reasons.most_common()),
        "seconds": {"pch": round(pch_secs, 1), "wall": round(wall, 1),
                    **{k: round(sum(v) / len(v), 2) for k, v in times.items()}},
    }


def print_summary(s, out):
    p = lambda *a: print(*a, file=out)  # noqa: E731
    p("programs: %d (%s)" % (s["programs"], ", ".join(
        "%s %d" % kv for kv in sorted(s["status"].items()))))
    p("warnings: %d (confirmed %d, false alarms %d, unjudged %d)" % (
        s["warnings"], s["confirmed"], s["false_alarms"], s["unjudged"]))
    p("wrong lines: %d (decidable %d, path-dependent %d); found %d; recall %s" % (
        s["wrong_lines"], s["decidable"], s["undecidable"], s["found"],
        "%.1f%%" % (100 * s["recall"]) if s["recall"] is not None else "n/a"))
    p("per construct (found/wrong):")
    for k, v in s["per_construct"].items():
        p("  %-28s %3d/%-3d" % (k, v["found"], v["wrong"]))
    p("per operand origin (found/wrong):")
    for k, v in s["per_tag"].items():
        p("  %-28s %3d/%-3d" % (k, v["found"], v["wrong"]))
    if s["miss_reasons"]:
        p("misses by torch-explain reason:")
        for k, v in s["miss_reasons"].items():
            p("  %4d  %s" % (v, k))
    t = s["seconds"]
    p("seconds: pch %s, per program: %s; wall %s" % (t["pch"], ", ".join(
        "%s %s" % (k, t[k]) for k in ("compile", "link", "run", "tidy") if k in t),
        t["wall"]))


def summarize_files(paths):
    """Prints the summary of the programs in results.jsonl files (a program
    judged twice counts once, as last judged); 1 when any has a finding."""
    by_seed = {}
    for path in paths:
        with open(path) as f:
            for line in f:
                if line.strip():
                    res = json.loads(line)
                    by_seed[res["seed"]] = res
    results = [by_seed[k] for k in sorted(by_seed)]
    s = summarize(results, 0.0, 0.0)
    print("seeds %d..%d" % (min(by_seed), max(by_seed)) if by_seed else "no programs")
    print_summary(s, sys.stdout)
    return 1 if any(r["status"] != "ok" for r in results) else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--statements", type=int, default=30)
    ap.add_argument("--work", default=os.path.join(ROOT, "build", "difftest"))
    ap.add_argument("--build", default=os.environ.get("TORCH_TIDY_BUILD",
                                                      os.path.join(ROOT, "build")))
    ap.add_argument("--jobs", type=int, default=1, help="programs handled at once (default 1)")
    ap.add_argument("--keep", action="store_true", help="keep every program, not only findings")
    ap.add_argument("--quiet", action="store_true", help="a line only for the programs with findings")
    ap.add_argument("--summarize", nargs="+", metavar="RESULTS.jsonl",
                    help="only print the summary of earlier runs' results.jsonl files")
    a = ap.parse_args()
    if a.summarize:
        sys.exit(summarize_files(a.summarize))
    os.makedirs(a.work, exist_ok=True)
    findings = os.path.join(a.work, "findings")
    os.makedirs(findings, exist_ok=True)
    tools = Tools(os.path.abspath(a.build), os.path.abspath(a.work))
    t0 = time.time()
    pch_secs = tools.setup()
    results = []

    def handle(seed):
        return one(tools, seed, a.statements, tools.work)

    # One line per program as it is judged: a run stopped half-way keeps
    # what it did, and --summarize adds up runs of several seed ranges.
    with open(os.path.join(a.work, "results.jsonl"), "a") as log, \
            concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        for res, src in pool.map(handle, range(a.seed, a.seed + a.count)):
            results.append(res)
            record(res, src, findings, a.keep, a.quiet)
            log.write(json.dumps(res) + "\n")
            log.flush()
    s = summarize(results, pch_secs, time.time() - t0)
    with open(os.path.join(a.work, "summary.json"), "w") as f:
        json.dump({"summary": s, "programs": results}, f, indent=1)
    print_summary(s, sys.stdout)
    bad = sum(v for k, v in s["status"].items() if k != "ok")
    if bad:
        print("difftest: FAILED: %d programs with a false alarm, a crash, or a generator bug "
              "(kept in %s)" % (bad, findings))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
