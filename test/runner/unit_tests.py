#!/usr/bin/python3
"""Unit tests of run-torch-tidy's parts that need no torch-tidy run.

  unit_tests.py BUILD_DIR     (the package is in BUILD_DIR/lib/run-torch-tidy)
"""
import io
import os
import sys
import tempfile
import textwrap
import unittest

sys.path.insert(0, os.path.join(sys.argv.pop(1), "lib", "run-torch-tidy"))

from run_torch_tidy import (compdb, deps, diagnostics, fixes, flags,  # noqa
                            preamble, shard, summaries, textout)
from run_torch_tidy.errors import UsageError  # noqa: E402
from run_torch_tidy.review import findings, gitdiff  # noqa: E402


class Files:
    """A temporary tree of files."""

    def __init__(self, files):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = self.tmp.name
        for name, text in files.items():
            path = os.path.join(self.root, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(textwrap.dedent(text))

    def path(self, name):
        return os.path.join(self.root, name)


class PreambleTest(unittest.TestCase):
    def scan(self, files, main="a.cpp", quote=()):
        t = Files(files)
        return preamble.scan(t.path(main), [t.path(q) for q in quote])

    def test_library_includes_then_code(self):
        includes, stop = self.scan({"a.cpp": """\
            // A comment.
            /* A block
               comment. */
            #include <vector>
            #include <torch/torch.h>
            #  include <opencv2/core.hpp>

            int main() {}
            """})
        self.assertEqual(includes, ("vector", "torch/torch.h",
                                    "opencv2/core.hpp"))
        self.assertIn("code in", stop)

    def test_macro_first_stops(self):
        includes, stop = self.scan({"a.cpp": """\
            #define FEATURE 1
            #include <torch/torch.h>
            """})
        self.assertEqual(includes, ())
        self.assertTrue(stop.startswith("#define in"))

    def test_macro_between_keeps_the_part_before(self):
        includes, _ = self.scan({"a.cpp": """\
            #include <torch/torch.h>
            #define FEATURE 1
            #include <opencv2/core.hpp>
            """})
        self.assertEqual(includes, ("torch/torch.h",))

    def test_project_header_with_guard_or_pragma_once(self):
        for header in ("""\
                #ifndef APP_H
                #define APP_H
                #include <torch/script.h>
                class App {};
                #endif
                """, """\
                #pragma once
                #include <torch/script.h>
                class App {};
                """):
            includes, stop = self.scan({"src/a.cpp": '#include "app.h"\n',
                                        "include/app.h": header},
                                       main="src/a.cpp", quote=["include"])
            self.assertEqual(includes, ("torch/script.h",))
            self.assertIn("app.h", stop)

    def test_project_header_of_includes_only_continues(self):
        includes, _ = self.scan({
            "a.cpp": '#include "all.h"\n#include <c10/core.h>\nint x;\n',
            "all.h": "#pragma once\n#include <torch/torch.h>\n"})
        self.assertEqual(includes, ("torch/torch.h", "c10/core.h"))

    def test_guard_must_be_a_guard(self):
        includes, stop = self.scan({
            "a.cpp": '#include "app.h"\n',
            "app.h": "#ifndef APP_H\n#define OTHER\n#include <torch/torch.h>\n"})
        self.assertEqual(includes, ())
        self.assertIn("#ifndef without a guard", stop)

    def test_other_angle_include_stops(self):
        includes, stop = self.scan({"a.cpp": """\
            #include <torch/torch.h>
            #include <boost/any.hpp>
            #include <opencv2/core.hpp>
            """})
        self.assertEqual(includes, ("torch/torch.h",))
        self.assertIn("boost/any.hpp", stop)

    def test_line_continuation_stops(self):
        includes, stop = self.scan({"a.cpp": "#include <torch/torch.h>\n"
                                    "#include \\\n<vector>\n"})
        self.assertEqual(includes, ("torch/torch.h",))
        self.assertIn("continuation", stop)

    def test_heavy(self):
        self.assertTrue(preamble.is_heavy(("vector", "ATen/ATen.h")))
        self.assertFalse(preamble.is_heavy(("vector", "string")))


class FlagsTest(unittest.TestCase):
    def test_parse_args_drops_outputs_and_the_file(self):
        args = ["/usr/bin/c++", "-DX=1", "-Iinc", "-o", "a.o", "-c",
                "../src/a.cpp", "-MD", "-MF", "a.d", "-std=c++17"]
        self.assertEqual(flags.parse_args(args, "/p/src/a.cpp", "/p/build"),
                         ["-DX=1", "-Iinc", "-std=c++17"])

    def test_pch_refusal(self):
        self.assertIsNone(flags.pch_refusal(["/usr/bin/g++-12"], ["-O2"]))
        self.assertIsNone(flags.pch_refusal(["clang++-19"], []))
        self.assertIn("-include", flags.pch_refusal(["c++"], ["-include",
                                                              "x.h"]))
        self.assertIn("not a C++ driver", flags.pch_refusal(["/usr/bin/cc"],
                                                            []))

    def test_is_system_file_by_most_specific_directory(self):
        dirs = flags.IncludeDirs((), ("/usr/include/torch/csrc/api/include",),
                                 ("/usr/include",))
        self.assertFalse(flags.is_system_file(
            "/usr/include/torch/csrc/api/include/torch/torch.h", dirs))
        self.assertTrue(flags.is_system_file("/usr/include/ATen/ATen.h",
                                             dirs))
        self.assertFalse(flags.is_system_file("/home/me/app.h", dirs))


class CompdbTest(unittest.TestCase):
    def test_commands_and_selection(self):
        t = Files({"build/compile_commands.json": """\
            [{"directory": ".", "file": "../src/a.cpp",
              "command": "c++ '-DNAME=x y' -c ../src/a.cpp"},
             {"directory": ".", "file": "../src/b.cpp",
              "arguments": ["c++", "-c", "../src/b.cpp"]}]
            """, "src/a.cpp": "", "src/b.cpp": ""})
        db = compdb.load(t.path("build/compile_commands.json"))
        self.assertEqual(db.files(), [t.path("src/a.cpp"), t.path("src/b.cpp")])
        self.assertEqual(db.commands[t.path("src/a.cpp")][0].arguments[1],
                         '-DNAME=x y')
        self.assertEqual(compdb.select(db, ["b\\.cpp$"], t.root),
                         [t.path("src/b.cpp")])
        self.assertEqual(compdb.select(db, ["src/a.cpp"], t.root),
                         [t.path("src/a.cpp")])
        with self.assertRaisesRegex(UsageError, "matches '\\(nope'|valid"):
            compdb.select(db, ["(nope"], t.root)


class DepsTest(unittest.TestCase):
    def test_make_rules(self):
        text = ("a.o: /x/a.cpp /x/with\\ space.h \\\n  rel.h\n"
                "b.o: /x/b.cpp\n")
        rules = deps.parse_make(text, "/build")
        self.assertEqual(rules["a.o"], ["/x/a.cpp", "/x/with space.h",
                                        "/build/rel.h"])
        self.assertEqual(rules["b.o"], ["/x/b.cpp"])

    def test_h_output(self):
        headers, rest = deps.from_h_output(
            ". /a/x.h\n.. ../y.h\n1 warning generated.\n", "/b/c")
        self.assertEqual(headers, ["/a/x.h", "/b/y.h"])
        self.assertEqual(rest, "1 warning generated.")


class ShardTest(unittest.TestCase):
    def test_even_and_complete(self):
        keys = ["f%02d.cpp" % i for i in range(23)]
        parts = shard.partition(keys, shard.weights(keys, {}), 4)
        self.assertEqual(sorted(sum(parts, [])), keys)
        self.assertLessEqual(max(map(len, parts)) - min(map(len, parts)), 1)
        self.assertEqual(parts, shard.partition(list(reversed(keys)),
                                                shard.weights(keys, {}), 4))

    def test_weights(self):
        keys = ["a", "b", "c", "d"]
        w = shard.weights(keys, {"a": 10.0, "b": 1.0, "c": 1.0})
        self.assertEqual(w["d"], 1.0)  # the median of the known ones
        self.assertEqual(shard.partition(keys, w, 2), [["a"], ["b", "c", "d"]])

    def test_parse(self):
        self.assertEqual(shard.parse("2/4"), (2, 4))
        for bad in ("0/4", "5/4", "1/0", "x"):
            with self.assertRaises(UsageError):
                shard.parse(bad)


class TextTest(unittest.TestCase):
    OUT = ("a.cpp:3:5: warning: one [c]\n    3 |   x;\n      |   ^\n"
           "a.cpp:1:1: note: since here\n"
           "h.h:2:2: warning: two [c]\n"
           "error: cannot load torch-tidy rules: r.yaml:1:1: bad [c]\n")

    def test_blocks(self):
        b = textout.blocks(self.OUT)
        self.assertEqual(len(b), 3)
        self.assertTrue(b[0].endswith("since here\n"))

    def test_printer_prints_a_block_once(self):
        out = io.StringIO()
        p = textout.TextPrinter(out)
        p.print_output(self.OUT)
        p.print_output("h.h:2:2: warning: two [c]\nb.cpp:1:1: warning: 3 [c]\n")
        self.assertEqual(out.getvalue().count("two [c]"), 1)
        self.assertIn("b.cpp:1:1: warning: 3 [c]", out.getvalue())


class FixesTest(unittest.TestCase):
    def test_apply(self):
        t = Files({"a.cpp": "abcdef\n"})
        a = t.path("a.cpp")
        applied, problems = fixes.apply([
            (a, 1, 1, "B"), (a, 1, 1, "B"),  # the same twice: once
            (a, 1, 2, "X"),                  # overlaps: skipped
            (a, 4, 0, "+"), (a, 4, 0, "-"),  # two insertions at one place
            (a, 99, 0, "?")])                # past the end
        with open(a) as f:
            self.assertEqual(f.read(), "aBcd+ef\n")
        self.assertEqual(applied, 2)
        self.assertEqual(len(problems), 3)

    def test_replacements_to_apply(self):
        d = {"check": "torch-x", "fixes": [
            {"file": "a", "offset": 1, "length": 0, "text": "t"}]}
        e = {"check": "clang-diagnostic-error", "fixes": [
            {"file": "a", "offset": 2, "length": 0, "text": ";"}]}
        self.assertEqual(fixes.replacements_to_apply([d, d, e], False),
                         [("a", 1, 0, "t")])
        self.assertEqual(len(fixes.replacements_to_apply([d, e], True)), 2)


class PositionTest(unittest.TestCase):
    def test_columns(self):
        t = Files({"a.cpp": "int x;\n  f(\"é😀\", y);\n"})
        index = diagnostics.SourceIndex()
        with open(t.path("a.cpp"), "rb") as f:
            data = f.read()
        offset = data.index(b"y")
        # 14 bytes before y (é is 2, the emoji 4), 11 UTF-16 units (é is 1,
        # the emoji 2)
        self.assertEqual(index.position(t.path("a.cpp"), offset), (2, 15, 12))
        self.assertEqual(index.position(t.path("a.cpp"), 10 ** 6), (0, 0, 0))


def _fn(name, line, dtype=None, device=None, rank=None, kind="tensor",
        signature="()", feeds=()):
    return {"name": name, "signature": signature, "line": line, "kind": kind,
            "dtype": dtype, "device": device, "rank": rank,
            "feeds": list(feeds)}


def _export(calls=(), *functions):
    return {"version": 1, "file": "", "functions": list(functions),
            "calls": list(calls)}


class SummariesTest(unittest.TestCase):
    def test_conflicting_definitions_keep_what_they_share(self):
        merged = summaries.merge({
            "/p/a.cpp": _export((), _fn("n::scale", 3, "Half", "arg0")),
            "/p/b.cpp": _export((), _fn("n::scale", 9, "Float", "arg0"))},
            "/p")
        self.assertEqual(merged["n::scale", "()"]["dtype"], None)
        self.assertEqual(merged["n::scale", "()"]["device"], "arg0")
        self.assertEqual(merged["n::scale", "()"]["places"],
                         ["a.cpp:3", "b.cpp:9"])

    def test_overloads_keep_their_own_summaries(self):
        merged = summaries.merge({
            "/p/a.cpp": _export((), _fn("f", 3, "Half", "cpu",
                                        signature="(int)")),
            "/p/b.cpp": _export((), _fn("f", 9, "Float", "cpu",
                                        signature="(double)"))}, "/p")
        self.assertEqual(merged["f", "(int)"]["dtype"], "Half")
        self.assertEqual(merged["f", "(double)"]["dtype"], "Float")
        doc = summaries.load_yaml(summaries.rules_text(merged))
        self.assertEqual([c["signature"] for c in doc["calls"]],
                         ["(double)", "(int)"])

    def test_a_definition_of_which_nothing_is_known_takes_the_rest_away(self):
        feed = {"arg": 0, "dtype": "Half", "device": None,
                "input-dtype": "exact"}
        merged = summaries.merge({
            "/p/a.cpp": _export((), _fn("f", 3, "Half", "cpu", feeds=[feed])),
            "/p/b.cpp": _export((), _fn("f", 9, kind="other"))}, "/p")
        self.assertEqual(merged, {})

    def test_nothing_known_is_left_out(self):
        merged = summaries.merge({
            "/p/a.cpp": _export((), _fn("f", 1, "Half", None)),
            "/p/b.cpp": _export((), _fn("f", 2, "Float", None))}, "/p")
        self.assertEqual(merged, {})

    def test_a_file_needs_only_other_files_summaries_it_calls(self):
        exports = {"/p/a.cpp": _export(["g"], _fn("f", 1, "Half", "cpu")),
                   "/p/b.cpp": _export(["f", "h"], _fn("g", 1, "Byte", "cpu"))}
        merged = summaries.merge(exports, "/p")
        self.assertEqual(list(summaries.needed_by(exports["/p/b.cpp"],
                                                  "/p/b.cpp", merged)),
                         [("f", "()")])
        self.assertEqual(summaries.needed_by(_export(["g"]), "/p/b.cpp",
                                             merged), {})

    def test_rules_text_loads_as_rules(self):
        merged = summaries.merge({"/p/a.cpp": _export(
            (), _fn("n::load", 4, "Half", None, kind="module"),
            _fn("n::prep", 7, "Float", "arg1", "dims"))}, "/p")
        doc = summaries.load_yaml(summaries.rules_text(merged))
        self.assertEqual(doc["calls"][0], {
            "names": ["n::load"], "defined-in": "a.cpp:4", "signature": "()",
            "note": "n::load, defined in a.cpp:4, returns a module of dtype "
                    "Half", "dtype": "Half", "device": "unknown"})
        self.assertEqual(doc["calls"][1]["note"],
                         "n::prep, defined in a.cpp:7, returns a tensor of "
                         "dtype Float, on its second argument's device, "
                         "with dimensions")
        self.assertEqual(doc["calls"][1]["rank"], "dims")
        self.assertEqual(summaries.load_yaml(summaries.rules_text({})),
                         {"calls": []})

    def test_malformed_exports_are_refused(self):
        self.assertTrue(summaries.valid(_export(["f"], _fn("g", 1, "Half"))))
        self.assertFalse(summaries.valid({"version": 2, "functions": [],
                                          "calls": []}))
        self.assertFalse(summaries.valid(_export([3])))
        self.assertFalse(summaries.valid(_export((), {"name": "g"})))
        bad_feed = _fn("g", 1, feeds=[{"arg": "0", "input-dtype": "exact"}])
        self.assertFalse(summaries.valid(_export((), bad_feed)))
        self.assertFalse(summaries.valid(None))

    def test_config_layers_summaries_under_the_configured_rules(self):
        text = ("Checks: '-*,torch-*'\nCheckOptions:\n"
                "  torch-a.TorchRuleFiles: 'mine.yaml'\n"
                "  torch-a.TorchExportSummaries: ''\n")
        doc = summaries.load_yaml(summaries.config_with(text, rules="/s.yaml"))
        self.assertEqual(doc["CheckOptions"]["torch-a.TorchRuleFiles"],
                         "/s.yaml;mine.yaml")
        self.assertEqual(doc["CheckOptions"]["TorchRuleFiles"], "/s.yaml")
        self.assertEqual(doc["Checks"], "-*,torch-*")
        doc = summaries.load_yaml(summaries.config_with(text, export="/o.json"))
        self.assertEqual(doc["CheckOptions"]["TorchExportSummaries"], "/o.json")
        self.assertNotIn("torch-a.TorchExportSummaries", doc["CheckOptions"])

DIFF = """\
diff --git a/src/a.cpp b/src/a.cpp
index 1111111..2222222 100644
--- a/src/a.cpp
+++ b/src/a.cpp
@@ -3 +3,2 @@ void f() {
-  old();
+  one();
+  two();
@@ -9,2 +10,0 @@ void g() {
-  gone();
-  gone();
diff --git a/src/old.cpp b/src/new.cpp
similarity index 90%
rename from src/old.cpp
rename to src/new.cpp
index 3333333..4444444 100644
--- a/src/old.cpp
+++ b/src/new.cpp
@@ -5 +5 @@
-  x();
+  y();
diff --git a/src/same.cpp b/src/moved.cpp
similarity index 100%
rename from src/same.cpp
rename to src/moved.cpp
diff --git "a/src/sp\\303\\251cial file.cpp" "b/src/sp\\303\\251cial file.cpp"
new file mode 100644
--- /dev/null
+++ "b/src/sp\\303\\251cial file.cpp"
@@ -0,0 +1,2 @@
+int a;
+int b;
"""


class ReviewDiffTest(unittest.TestCase):
    def test_added_lines_renames_and_quoted_paths(self):
        d = gitdiff.parse(DIFF)
        self.assertEqual(sorted(d.files), ["src/a.cpp", "src/moved.cpp",
                                           "src/new.cpp",
                                           "src/sp\u00e9cial file.cpp"])
        self.assertEqual(d.added_lines("src/a.cpp"), {3, 4})
        self.assertEqual(d.added_lines("src/new.cpp"), {5})
        self.assertEqual(d.added_lines("src/moved.cpp"), set())
        self.assertEqual(d.added_lines("src/sp\u00e9cial file.cpp"), {1, 2})
        self.assertEqual(d.renamed_to(), {"src/old.cpp": "src/new.cpp",
                                          "src/same.cpp": "src/moved.cpp"})
        self.assertEqual(d.renamed_from("src/new.cpp"), "src/old.cpp")
        self.assertEqual(d.renamed_from("src/sp\u00e9cial file.cpp"), "")
        self.assertEqual(d.renamed_from("src/untouched.cpp"),
                         "src/untouched.cpp")
        # A deletion only adds no line, and one hunk ends where it ends.
        self.assertIsNone(d.files["src/a.cpp"].hunk_of(5))
        self.assertEqual(d.files["src/a.cpp"].hunk_of(4).new_start, 3)


def _finding(path, line, code, message="m", fixes=()):
    return findings.Finding("torch-x", "warning", message,
                            findings.Place(path, line, 1), code, [],
                            list(fixes))


class ReviewMatchTest(unittest.TestCase):
    def test_moved_and_reindented_code_is_not_new(self):
        d = gitdiff.parse(DIFF)
        base = [_finding("src/a.cpp", 20, "  call(x);")]
        head = [_finding("src/a.cpp", 3, "call(x);   "),
                _finding("src/a.cpp", 30, "call(y);")]
        new, existing = findings.new_findings(head, base, d)
        self.assertEqual([f.place.line for f in new], [30])
        self.assertEqual(existing, 1)

    def test_one_more_of_the_same_is_new_and_on_the_changed_line(self):
        d = gitdiff.parse(DIFF)
        base = [_finding("src/a.cpp", 7, "call(x);")]
        head = [_finding("src/a.cpp", 3, "call(x);"),
                _finding("src/a.cpp", 8, "call(x);")]
        new, existing = findings.new_findings(head, base, d)
        self.assertEqual([f.place.line for f in new], [3])
        self.assertEqual(len({f.key for f in head}), 2)

    def test_other_message_or_file_is_new(self):
        d = gitdiff.parse(DIFF)
        base = [_finding("src/a.cpp", 3, "c();", "one"),
                _finding("src/b.cpp", 3, "c();")]
        head = [_finding("src/a.cpp", 3, "c();", "two"),
                _finding("src/c.cpp", 3, "c();")]
        self.assertEqual(len(findings.new_findings(head, base, d)[0]), 2)


class ReviewSuggestionTest(unittest.TestCase):
    TEXT = "a\n  one();\n  two();\nb\n"

    def suggest(self, line, fixes, added=(2, 3)):
        self.files = t = Files({"f.cpp": self.TEXT})
        path = t.path("f.cpp")
        d = gitdiff.Diff({"f.cpp": gitdiff.FileDiff(
            "f.cpp", "f.cpp", [gitdiff.Hunk(added[0], len(added))])})
        f = _finding("f.cpp", line, "", fixes=[
            {"file": path, "offset": o, "length": n, "text": s}
            for o, n, s in fixes])
        findings.place([f], d)
        return findings.suggestion(f, t.root, d, findings.Sources())

    def test_insertion_on_the_line(self):
        s = self.suggest(2, [(8, 0, "X")])
        self.assertEqual((s.start_line, s.end_line, s.text),
                         (2, 2, "  one(X);"))

    def test_replacement_over_two_lines(self):
        s = self.suggest(2, [(4, 14, "(one();\n  two())")])
        self.assertEqual((s.start_line, s.end_line), (2, 3))
        self.assertEqual(s.text, "  (one();\n  two());")

    def test_fix_outside_the_hunk_gives_none(self):
        self.assertIsNone(self.suggest(2, [(21, 0, "X")]))
        self.assertIsNone(self.suggest(2, [(7, 0, "X")], added=(3,)))

    def test_overlapping_fixes_give_none(self):
        self.assertIsNone(self.suggest(2, [(4, 5, "X"), (6, 3, "Y")]))


if __name__ == "__main__":
    unittest.main(verbosity=1)
