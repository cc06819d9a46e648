#!/usr/bin/env python3
"""Tests of the generator, the judge and the shrinker's pieces that need
neither LibTorch nor torch-tidy (test/difftest/unit.test runs them)."""
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import difftest  # noqa: E402
import generate  # noqa: E402
import shrink  # noqa: E402


def outcome(kind, construct="operands.matmul", message="", inner=()):
    return {"construct": construct, "kind": kind, "message": message, "inner": list(inner)}


def warning(line, check, msg="m"):
    return {"line": line, "col": 3, "msg": msg, "check": check}


MATMUL = "expected scalar type Double but found Float"


class GeneratorTest(unittest.TestCase):
    def test_same_seed_same_program(self):
        self.assertEqual(generate.Program(7).generate(40), generate.Program(7).generate(40))

    def test_seeds_differ(self):
        self.assertNotEqual(generate.Program(7).generate(40), generate.Program(8).generate(40))

    def test_every_risky_statement_reports_its_line(self):
        for seed in range(1, 60):
            text = generate.Program(seed).generate(40)
            for line in text.split("\n"):
                if "torch::matmul(" in line and "auto w =" not in line:
                    self.assertRegex(line, r"DT_(OK|RETHROW)\(", line)
                if "from_blob(" in line:
                    self.assertIn("DT_VALUES(", line)
                if ".data_ptr<" in line or ".accessor<" in line:
                    self.assertIn("DT_CATCH(", line)

    def test_promotion(self):
        self.assertEqual(generate.promote("Half", "Float"), "Float")
        self.assertEqual(generate.promote("Byte", "Char"), "Short")
        self.assertEqual(generate.promote("Long", "Half"), "Half")
        self.assertEqual(generate.promote_shapes(("Byte", (2, 4)), ("Long", ())), "Byte")
        self.assertEqual(generate.promote_shapes(("Long", (2, 4)), ("Double", ())), "Float")


class CategoryTest(unittest.TestCase):
    def test_messages_name_their_checks(self):
        self.assertEqual(difftest.category(outcome("threw", message=MATMUL)),
                         difftest.DTYPE_CHECKS)
        self.assertEqual(difftest.category(outcome(
            "threw", message="result type Float can't be cast to the desired output type Byte")),
            {"torch-inplace-result-dtype"})
        self.assertEqual(difftest.category(outcome("garbage", "from_blob.vector")),
                         {"torch-from-blob-element-type"})
        self.assertEqual(difftest.category(outcome("garbage", "operands.masked_fill")),
                         {"torch-operand-dtype"})
        self.assertEqual(difftest.category(outcome("discarded", "discarded")),
                         {"torch-discarded-conversion"})

    def test_what_no_check_predicts(self):
        self.assertIsNone(difftest.category(outcome(
            "threw", message='"addmm_impl_cpu_" not implemented for \'Half\'')))
        self.assertIsNone(difftest.category(outcome("discarded-noop", "discarded")))
        self.assertEqual(difftest.category(outcome(
            "threw", message="mat1 and mat2 shapes cannot be multiplied (2x4 and 3x4)")), set())


class JudgeTest(unittest.TestCase):
    def judge(self, lines, warnings, remarks=()):
        truth = {"complete": True, "lines": {str(k): v for k, v in lines.items()}}
        return difftest.judge(truth, warnings, list(remarks))

    def test_warning_on_a_line_that_threw_is_confirmed(self):
        ok, fa, un, wrong = self.judge({10: [outcome("threw", message=MATMUL)]},
                                       [warning(10, "torch-operand-dtype")])
        self.assertEqual((len(ok), fa, un), (1, [], []))
        self.assertTrue(wrong[0]["found"])

    def test_warning_on_a_fine_line_is_a_false_alarm(self):
        _, fa, _, wrong = self.judge({10: [outcome("ok")]}, [warning(10, "torch-operand-dtype")])
        self.assertEqual([f["line"] for f in fa], [10])
        self.assertEqual(wrong, [])

    def test_warning_where_nothing_can_go_wrong_is_a_false_alarm(self):
        _, fa, _, _ = self.judge({}, [warning(4, "torch-module-input-dtype")])
        self.assertEqual(len(fa), 1)

    def test_warning_of_another_kind_of_mistake_is_a_false_alarm(self):
        _, fa, _, _ = self.judge({10: [outcome("threw", message=MATMUL)]},
                                 [warning(10, "torch-inplace-result-dtype")])
        self.assertEqual(len(fa), 1)

    def test_device_warning_on_cpu_only_run_is_a_false_alarm(self):
        _, fa, _, _ = self.judge({10: [outcome("threw", message=MATMUL)]},
                                 [warning(10, "torch-operand-device")])
        self.assertEqual(len(fa), 1)

    def test_not_implemented_on_cpu_is_unjudged(self):
        ok, fa, un, wrong = self.judge(
            {10: [outcome("threw", message='"addmm" not implemented for \'Half\'')]},
            [warning(10, "torch-operand-dtype")])
        self.assertEqual((ok, fa, len(un), wrong), ([], [], 1, []))

    def test_silence_on_a_wrong_line_is_a_miss_with_its_reason(self):
        remark = {"line": 10, "col": 3, "check": "torch-explain",
                  "msg": "the call of module 'fc' is undecided: the dtype of the input is "
                         "unknown: two different values meet where paths join (set at lines 7 and 9)"}
        _, _, _, wrong = self.judge({10: [outcome("threw", "module.linear|helper-return",
                                                  message=MATMUL)]}, [], [remark])
        self.assertEqual(len(wrong), 1)
        w = wrong[0]
        self.assertEqual((w["found"], w["decidable"], w["construct"], w["tags"]),
                         (False, True, "module.linear", ["helper-return"]))
        self.assertIn("two different values meet where paths join (set at lines N and N)",
                      w["reason"])

    def test_path_dependent_lines_are_not_decidable(self):
        _, _, _, wrong = self.judge({10: [outcome("threw", "module.linear|branch|join",
                                                  message=MATMUL)]}, [])
        self.assertFalse(wrong[0]["decidable"])

    def test_helper_line_counts_for_its_caller(self):
        lines = {5: [outcome("threw", "operands.matmul|helper-param", MATMUL)],
                 20: [outcome("threw", "call.apply", MATMUL, inner=[5])]}
        ok, fa, _, wrong = self.judge(lines, [warning(5, "torch-operand-dtype")])
        self.assertEqual((len(ok), fa), (1, []))
        self.assertEqual([(w["line"], w["found"]) for w in wrong], [(20, True)])
        _, _, _, wrong = self.judge(lines, [])
        self.assertEqual([(w["line"], w["found"]) for w in wrong], [(20, False)])


class DiagnosticsTest(unittest.TestCase):
    def test_parse(self):
        out = ("/w/p.cpp:54:22: warning: 'gather' needs a Long index tensor, but it is Double "
               "[torch-operand-dtype]\n"
               "/w/p.cpp:40:57: note: index is Double since here\n"
               "/w/p.cpp:1:1: remark: torch-tidy decided 1 of 3 places [torch-explain]\n"
               "/usr/include/x.h:3:1: warning: elsewhere [torch-operand-dtype]\n")
        w, e, r = difftest.parse_diagnostics(out, "/w/p.cpp")
        self.assertEqual([(x["line"], x["check"]) for x in w], [(54, "torch-operand-dtype")])
        self.assertEqual((e, [x["line"] for x in r]), ([], [1]))


class ShrinkTest(unittest.TestCase):
    def test_units_cover_helpers_and_statements(self):
        text = generate.Program(11).generate(30).split("\n")
        units = shrink.units_of(text)
        body = [text[a] for a, b in units if a == b]
        self.assertTrue(all(not l.startswith("  return dt::finish") for l in body))
        for a, b in units:
            if text[a].startswith("  ") and text[a].endswith("{"):
                self.assertEqual(text[b], "  }")
                self.assertNotEqual(a, b)

    def test_strip_keeps_line_numbers_and_the_statement(self):
        src = ['#include "difftest_runtime.h"',
               '  try { auto r = torch::matmul(t1, t2); dt::use(r); DT_OK("operands.matmul"); } '
               'DT_CATCH("operands.matmul")',
               '  auto t3 = torch::from_blob(b.data(), {4}); DT_VALUES("from_blob.vector", t3, b);',
               '  try { return fc(x); } DT_RETHROW("module.user-forward")',
               '  t1.to(torch::kHalf); DT_DISCARDED("discarded", t1, t1.to(torch::kHalf));',
               '  return dt::finish();']
        out = shrink.strip_instrumentation("\n".join(src)).split("\n")
        self.assertEqual(out, ["#include <torch/torch.h>",
                               "  auto r = torch::matmul(t1, t2);",
                               "  auto t3 = torch::from_blob(b.data(), {4});",
                               "  return fc(x);",
                               "  t1.to(torch::kHalf);",
                               "  return 0;"])


if __name__ == "__main__":
    unittest.main()
