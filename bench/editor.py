#!/usr/bin/env python3
"""Measures torch-clangd in an editor session, in one run.

Each session is what an editor does: start the server on a project
(compile_commands.json with the real LibTorch flags, a .clang-tidy, no
.clangd), open one file, wait for its diagnostics, make a one-line edit in a
function body (a new statement before the line of the torch warning), wait
for the diagnostics of the new version, shut down. Measured per session:

  open   didOpen to the first diagnostics, which for torch-clangd on an
         example must hold the torch warning (clangd-19 cannot run the
         torch checks; the synthetic file is correct code); includes
         building the preamble (the headers)
  edit   didChange to the diagnostics of the edited version
  MiB    the server's peak resident memory (VmHWM)

Servers, all with the same standard checks (STANDARD below) and
--background-index=false, so that indexing does not compete for the CPU:
  clangd-19         Debian's clangd 19 (torch-* in .clang-tidy is unknown to it)
  torch-clangd std  build/bin/torch-clangd, the standard checks only
  torch-clangd      build/bin/torch-clangd, the standard checks and torch-*
Files: two buggy examples (the real headers) and, with the same headers,
bench/synthetic.py --calls 200: 200 functions passing tensors to each other,
correct code on which the analysis does the most work per line.

Each figure is the fastest of --runs alternating sessions, the least
disturbed by other load. The summary gives the ratios asked of
torch-clangd: open versus clangd-19 (goal <= 1.10x), edit versus open
(goal <= 0.3x), and the torch checks' share of the edit (the torch-clangd
edit minus the torch-clangd std edit). Timings are wall-clock on a shared
machine: compare ratios from one run, not numbers across runs.

Usage: bench/editor.py [--runs N]
  (needs build/bin/torch-clangd, /usr/lib/llvm-19/bin/clangd and
  build/examples/compile_commands.json: run scripts/test.sh first)
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "test", "clangd"))
import example_project  # noqa: E402
import lsp_client as lsp  # noqa: E402

TORCH_CLANGD = os.path.join(ROOT, "build", "bin", "torch-clangd")
CLANGD_19 = "/usr/lib/llvm-19/bin/clangd"
STANDARD = ("bugprone-*,performance-*,readability-misleading-indentation,"
            "misc-unused-using-decls")
SERVERS = [
    ("clangd-19", CLANGD_19, STANDARD + ",torch-*,-torch-debug-*"),
    ("torch-clangd std", TORCH_CLANGD, STANDARD),
    ("torch-clangd", TORCH_CLANGD, STANDARD + ",torch-*,-torch-debug-*"),
]
EXAMPLES = ["fp16_inference_buggy.cpp", "detector_class_buggy.cpp"]
SYNTHETIC = "synthetic_calls_200.cpp"
EDIT = "  int edited = 1; (void)edited;\n"


def lay_out(project, name, checks):
    """The project for one session; returns the source's path."""
    clang_tidy = "Checks: '-*,%s'\n" % checks
    if name != SYNTHETIC:
        return example_project.lay_out(project, [name], clang_tidy)[0]
    # The synthetic file gets the flags CMake wrote for an example.
    base = example_project.lay_out(project, [EXAMPLES[0]], clang_tidy)[0]
    source = os.path.join(project, "src", SYNTHETIC)
    with open(source, "w") as f:
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "synthetic.py"),
                        "--calls", "200"], stdout=f, check=True)
    database = os.path.join(project, "build", "compile_commands.json")
    with open(database) as f:
        entry = json.load(f)[0]
    entry["command"] = entry["command"].replace(base, source)
    entry["file"] = source
    with open(database, "w") as f:
        json.dump([entry], f)
    os.remove(base)
    return source


def peak_mib(pid):
    with open("/proc/%d/status" % pid) as f:
        return int(re.search(r"VmHWM:\s+(\d+) kB", f.read()).group(1)) / 1024


def is_torch(d):
    return str(d.get("code", "")).startswith("torch-")


def session(server_path, checks, name, workdir):
    project = tempfile.mkdtemp(dir=workdir)
    source = lay_out(project, name, checks)
    env = dict(os.environ)
    for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME"):  # no user config
        env[var] = os.path.join(project, "xdg")
    log = os.path.join(project, "server.log")
    server = lsp.Server([server_path, "--background-index=false"], project,
                        stderr_path=log, env=env, timeout=600)
    try:
        server.initialize()
        with open(source) as f:
            text = f.read()
        expect_torch = (server_path == TORCH_CLANGD and "torch-*" in checks
                        and name != SYNTHETIC)
        start = time.perf_counter()
        uri = server.open(source, text)
        first = server.diagnostics(uri)
        open_s = time.perf_counter() - start
        torch = [d for d in first if is_torch(d)]
        if expect_torch and not torch:
            sys.exit("%s: the first diagnostics of %s hold no torch warning"
                     % (server_path, name))
        # The line to edit before: the torch warning's, which the other
        # servers are not told of; the same line for every server.
        lines = text.splitlines(keepends=True)
        at = next(i for i, l in enumerate(lines)
                  if ".forward(" in l and not l.lstrip().startswith("//"))
        edited = "".join(lines[:at] + [EDIT] + lines[at:])
        start = time.perf_counter()
        server.change(uri, edited)
        after = server.diagnostics(uri)
        edit_s = time.perf_counter() - start
        if expect_torch and not any(is_torch(d) for d in after):
            sys.exit("%s: the torch warning is gone after the edit of %s"
                     % (server_path, name))
        mib = peak_mib(server.proc.pid)
        server.shutdown()
    finally:
        server.kill()
    with open(log, errors="replace") as f:
        preambles = len(re.findall(r"Built preamble of size", f.read()))
    return {"open": open_s, "edit": edit_s, "mib": mib,
            "preambles": preambles, "torch": len(torch)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for path in (TORCH_CLANGD, CLANGD_19):
        if not os.access(path, os.X_OK):
            sys.exit("error: %s is missing (run scripts/test.sh first)" % path)

    files = EXAMPLES + [SYNTHETIC]
    results = {}
    with tempfile.TemporaryDirectory(prefix="torch-clangd-bench-") as workdir:
        for name in files:
            for run in range(args.runs):
                for label, server_path, checks in SERVERS:
                    r = session(server_path, checks, name, workdir)
                    results.setdefault((name, label), []).append(r)
                    print("  %s, %s, run %d: open %.2f s, edit %.2f s, "
                          "%.0f MiB, %d preamble build(s)" % (
                              name, label, run + 1, r["open"], r["edit"],
                              r["mib"], r["preambles"]), file=sys.stderr)

    print("Editor sessions (real LibTorch headers; fastest of %d runs; "
          "MiB = peak memory)" % args.runs)
    print("%-28s %-17s %8s %8s %9s %8s %10s" % (
        "file", "server", "open s", "edit s", "edit/open", "MiB", "preambles"))
    best = {}
    for name in files:
        for label, _, _ in SERVERS:
            runs = results[(name, label)]
            b = {"open": min(r["open"] for r in runs),
                 "edit": min(r["edit"] for r in runs),
                 "mib": max(r["mib"] for r in runs),
                 "preambles": max(r["preambles"] for r in runs)}
            best[(name, label)] = b
            print("%-28s %-17s %8.2f %8.2f %8.2fx %8.0f %10d" % (
                name, label, b["open"], b["edit"], b["edit"] / b["open"],
                b["mib"], b["preambles"]))

    print("\n%-28s %12s %12s %12s %14s" % (
        "file", "open vs 19", "edit/open", "MiB vs 19", "torch share"))
    for name in files:
        torch, std, base = (best[(name, l)] for l in
                            ("torch-clangd", "torch-clangd std", "clangd-19"))
        print("%-28s %11.2fx %11.2fx %11.2fx %13.0f%%" % (
            name, torch["open"] / base["open"], torch["edit"] / torch["open"],
            torch["mib"] / base["mib"],
            100 * max(0.0, torch["edit"] - std["edit"]) / torch["edit"]))
    print("\nopen vs 19: torch-clangd's open over clangd-19's (goal <= 1.10x)")
    print("edit/open: torch-clangd re-diagnosing an edit over its open "
          "(goal <= 0.3x)")
    print("torch share: the torch checks' part of torch-clangd's edit time "
          "(edit minus the std edit)")
    print("preambles: preamble builds in a session (1: the edit reused it)")


if __name__ == "__main__":
    main()
