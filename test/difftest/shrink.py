#!/usr/bin/env python3
"""Reduces a difftest program to a small reproducer of its discrepancy.

    shrink.py FINDING.cpp [--line N] [--check C] [-o OUT.cpp]

FINDING.cpp is a program difftest.py kept (its FINDING.json next to it
says what went wrong). The discrepancy kept while shrinking is one of:

* a false alarm: torch-tidy gives the same warning (check and message) on
  the same statement, and the run shows that statement is not wrong;
* a miss: the run shows the statement wrong, and torch-tidy is silent there;
* a crash of torch-tidy.

The statement is the one at line N (default: the first false alarm, else
the first miss of the finding). Delta debugging removes statements of
main and whole helpers (functions, classes) while the discrepancy
persists: first everything after the statement, then chunks of halving
size, then one unit at a time, until no single unit can go. Every
candidate is built, run and analyzed like a difftest program.

Writes OUT.cpp (default FINDING.min.cpp), the reduced program, and
OUT.lit.cpp: the same program without the run-time instrumentation,
headed with a RUN line for test/real/ (real LibTorch headers), and says
whether torch-tidy still shows the discrepancy on it.
"""
import argparse
import hashlib
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import difftest  # noqa: E402


def units_of(lines):
    """Removable units: (first, last) line index ranges. Helpers are the
    blocks between blank lines inside the anonymous namespace; main's
    statements are single lines, or `if`/`for` blocks with their braces."""
    start = lines.index("namespace {") + 1
    end = lines.index("}  // namespace")
    out = []
    i = start
    while i < end:
        if lines[i].strip() == "":
            i += 1
            continue
        j = i
        while j + 1 < end and lines[j + 1].strip() != "":
            j += 1
        out.append((i, j))
        i = j + 1
    body = next(k for k, l in enumerate(lines) if l.startswith("int main(")) + 1
    last = max(k for k, l in enumerate(lines) if l.strip() == "return dt::finish();")
    i = body
    while i < last:
        line = lines[i]
        if line.startswith("  ") and line.rstrip().endswith("{") and not line.startswith("   "):
            j = i + 1
            while not lines[j].startswith("  }") or lines[j].startswith("  } else"):
                j += 1
            out.append((i, j))
            i = j + 1
            continue
        if line.strip() not in ("(void)argv;",) and not line.strip().startswith("torch::manual_seed"):
            out.append((i, i))
        i += 1
    return out


class Shrinker:
    def __init__(self, tools, src_lines, key_text, check, message, mode, work):
        self.tools = tools
        self.lines = src_lines
        self.key = key_text
        self.check = check
        self.message = message
        self.mode = mode  # false-alarm, miss, crash
        self.work = work
        self.cache = {}
        self.tests = 0

    def text(self, keep):
        """The program with only the units in `keep` (and the statement)."""
        drop = set()
        for (a, b) in self.all_units:
            if (a, b) not in keep and not a <= self.key_idx <= b:
                drop.update(range(a, b + 1))
        return "\n".join(l for k, l in enumerate(self.lines) if k not in drop) + "\n"

    def holds(self, text):
        h = hashlib.sha256(text.encode()).hexdigest()
        if h in self.cache:
            return self.cache[h]
        self.tests += 1
        ok = self._holds(text)
        self.cache[h] = ok
        print("  test %d: %d lines: %s" % (self.tests, text.count("\n"), "keeps it" if ok else "no"),
              flush=True)
        return ok

    def _holds(self, text):
        src = os.path.join(self.work, "cand.cpp")
        with open(src, "w") as f:
            f.write(text)
        lines = text.split("\n")
        if self.key not in lines:
            return False
        key_line = lines.index(self.key) + 1
        if self.mode == "crash":
            q, _ = self.tools.analyze(src)
            return q.returncode < 0 or q.returncode > 1 or "Stack dump" in q.stderr
        exe = os.path.join(self.work, "cand")
        p, _, _ = self.tools.compile(src, exe)
        if p.returncode != 0:
            return False
        q, _ = self.tools.analyze(src)
        warnings, errors, remarks = difftest.parse_diagnostics(q.stdout, src)
        if errors:
            return False
        here = [w for w in warnings if w["line"] == key_line]
        if self.mode == "false-alarm" and not any(
                w["check"] == self.check and w["msg"] == self.message for w in here):
            return False
        p, _ = self.tools.run([exe], timeout=120, cwd=self.work)
        try:
            truth = json.loads(p.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            return False
        _, false_alarms, _, wrong = difftest.judge(truth, warnings, remarks)
        if self.mode == "false-alarm":
            return any(fa["line"] == key_line and fa["check"] == self.check for fa in false_alarms)
        return any(w["line"] == key_line and not w["found"] and w["decidable"]
                   and w["message"] == self.message for w in wrong)

    def run(self):
        lines = self.lines
        self.all_units = units_of(lines)
        key_idx = self.key_idx = lines.index(self.key)
        units = [u for u in self.all_units if not (u[0] <= key_idx <= u[1])]
        # Everything after the statement in main seldom matters: try once.
        after = [u for u in units if u[0] > key_idx]
        if after and self.holds(self.text(set(units) - set(after))):
            units = [u for u in units if u not in after]
        n = 2
        while len(units) >= 2:
            size = max(1, len(units) // n)
            chunks = [units[i:i + size] for i in range(0, len(units), size)]
            for c in chunks:
                cand = [u for u in units if u not in c]
                if self.holds(self.text(set(cand))):
                    units = cand
                    n = max(n - 1, 2)
                    break
            else:
                if size == 1:
                    break
                n = min(len(units), n * 2)
        return self.text(set(units))


RUN_LINE = ("// RUN: %check_torch_tidy %s {check} %t -- -std=c++17 %real_flags "
            "-isystem /usr/include/opencv4")


def strip_instrumentation(text):
    """The program without the difftest runtime: what a user would write.
    Lines stay where they are, so findings keep their line numbers."""
    out = []
    for line in text.split("\n"):
        if line == '#include "difftest_runtime.h"':
            line = "#include <torch/torch.h>"
        m = re.match(r"^(\s*)try \{ (.*?;)(?: dt::use\([^)]*\);)? DT_OK\(\"[^\"]*\"\); \} DT_CATCH\(\"[^\"]*\"\)$", line)
        if m:
            line = m.group(1) + m.group(2)
        m = re.match(r"^(\s*)try \{ (.*?;) \} DT_RETHROW\(\"[^\"]*\"\)$", line)
        if m:
            line = m.group(1) + m.group(2)
        m = re.match(r"^(\s*)try \{ auto r = (.*?); dt::record\(.*\} DT_CATCH\(\"[^\"]*\"\)$", line)
        if m:
            line = m.group(1) + "auto r = %s;" % m.group(2)
        line = re.sub(r" DT_VALUES\([^;]*\);$", "", line)
        line = re.sub(r" DT_DISCARDED\([^;]*\);$", "", line)
        line = re.sub(r" dt::record\(__LINE__, [^;]*\);$", "", line)
        line = line.replace("return dt::finish();", "return 0;")
        out.append(line)
    return "\n".join(out)


def finding_of(path):
    """What difftest.py says about the program at `path`: PROG.json next to
    a kept finding, or its entry in summary.json of a run with --keep."""
    if os.path.exists(path[:-4] + ".json"):
        with open(path[:-4] + ".json") as f:
            return json.load(f)
    m = re.search(r"prog_(\d+)\.cpp$", path)
    summary = os.path.join(os.path.dirname(os.path.abspath(path)), "summary.json")
    if m and os.path.exists(summary):
        with open(summary) as f:
            for res in json.load(f)["programs"]:
                if res["seed"] == int(m.group(1)):
                    return res
    sys.exit("shrink: no %s.json and no entry in %s: run difftest.py first"
             % (path[:-4], summary))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("finding")
    ap.add_argument("--line", type=int)
    ap.add_argument("-o", "--output")
    ap.add_argument("--build", default=os.environ.get("TORCH_TIDY_BUILD",
                                                      os.path.join(difftest.ROOT, "build")))
    a = ap.parse_args()
    with open(a.finding) as f:
        lines = f.read().rstrip("\n").split("\n")
    res = finding_of(a.finding)
    mode, check, message, line = None, "", "", a.line
    if res["status"] == "tidy-crash":
        mode = "crash"
        line = line or next(k + 1 for k, l in enumerate(lines) if l.startswith("int main("))
    for fa in res.get("false_alarms", []):
        if line in (None, fa["line"]):
            mode, check, message, line = "false-alarm", fa["check"], fa["msg"], fa["line"]
            break
    if mode is None:
        for w in res.get("wrong", []):
            if line in (None, w["line"]) and not w["found"] and w["decidable"]:
                mode, message, line = "miss", w["message"], w["line"]
                break
    if mode is None:
        sys.exit("shrink: nothing to keep: the finding has no false alarm, miss or crash%s"
                 % (" at line %d" % a.line if a.line else ""))
    out = a.output or a.finding[:-4] + ".min.cpp"
    work = tempfile.mkdtemp(prefix="shrink-", dir=os.path.dirname(os.path.abspath(out)))
    tools = difftest.Tools(os.path.abspath(a.build), work)
    tools.setup()
    key = lines[line - 1]
    print("shrink: keeping the %s at line %d: %s" % (mode, line, key.strip()[:120]))
    s = Shrinker(tools, lines, key, check, message, mode, work)
    s.key_idx = lines.index(key)
    if not s.holds("\n".join(lines) + "\n"):
        sys.exit("shrink: the discrepancy does not show on the program as it is")
    small = s.run()
    with open(out, "w") as f:
        f.write(small)
    plain = strip_instrumentation(small)
    new_line = small.split("\n").index(key) + 1
    what = {"false-alarm": "torch-tidy warns at line %d ([%s] %s), but the run shows "
                           "the statement is fine." % (new_line, check, message),
            "miss": "The run shows line %d wrong (%s); torch-tidy is silent." % (new_line, message),
            "crash": "torch-tidy crashes on it."}[mode]
    # The first line says what it shows, the RUN line goes last: every other
    # line keeps its number.
    body = plain.rstrip("\n").split("\n")
    body[0] = "// A reproducer reduced by test/difftest/shrink.py. " + what
    body.append(RUN_LINE.format(check=check or "torch-*"))
    lit = out[:-4] + ".lit.cpp"
    with open(lit, "w") as f:
        f.write("\n".join(body) + "\n")
    q, _ = tools.analyze(lit)
    warnings, errors, _ = difftest.parse_diagnostics(q.stdout, lit)
    still = [w for w in warnings if w["line"] == new_line and (not check or w["check"] == check)]
    print("shrink: %d tests; %d of %d lines kept: %s" % (s.tests, small.count("\n"), len(lines), out))
    print("shrink: without the instrumentation (%s): %s" % (
        lit, "errors: " + "; ".join(e["msg"] for e in errors[:3]) if errors else
        ("the warning stays at line %d" % new_line if still else "no warning at line %d"
         % new_line) if mode != "crash" else "rc %d" % q.returncode))
    print(q.stdout)


if __name__ == "__main__":
    main()
