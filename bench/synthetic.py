#!/usr/bin/env python3
"""Writes a C++ file for the benchmark.

synthetic.py N: one function with N tensor statements: factories,
conversions, arithmetic, a branch every 10 statements, a loop every 100 and
a module call every 25, the shapes the analysis meets in real code.

synthetic.py --calls N: N small functions and methods that pass tensors to
each other and return them: chains of 10, each function also calling the
next two or three of its chain (fan-out), every fourth one a method of a
helper object, every third one a static method, and a driver per chain that
feeds a chain's result to a Half module.

Usage: synthetic.py [--calls] N > file.cpp
"""
import sys


def calls(n):
    """N functions calling each other; see the module's docstring."""
    def name(i):
        if i % 4 == 1:
            return "stages.s%d" % i
        if i % 3 == 0:
            return "Static::f%d" % i
        return "f%d" % i

    def signature(i):
        return "torch::Tensor %s(const torch::Tensor &x, bool flag)" % (
            "s%d" % i if i % 4 == 1 else "f%d" % i)

    def body(i):
        chain_end = (i // 10) * 10 + 9
        conv = ["x.to(torch::kHalf)", "x.to(torch::kCUDA)", "x.contiguous()",
                "x * 2", "x.to(torch::kFloat)"][i % 5]
        lines = ["  auto a = %s;" % conv]
        callees = [j for j in (i + 1, i + 2, i + 3) if j <= min(chain_end, n - 1)]
        if i % 2:
            callees = callees[:2]
        prev = "a"
        for k, j in enumerate(callees):
            lines.append("  auto c%d = %s(%s, flag);" % (k, name(j), prev))
            prev = "c%d" % k
        lines.append("  if (flag)")
        lines.append("    return %s.relu();" % prev)
        lines.append("  return %s;" % ("a" if not callees else "c0"))
        return lines

    out = ["#include <torch/script.h>", "#include <torch/torch.h>", "#include <string>", "",
           "struct Stages;", "extern const Stages stages;", "struct Static;", ""]
    # Declarations first, so any function may call any other.
    out.append("struct Stages {")
    out += ["  %s const;" % signature(i) for i in range(n) if i % 4 == 1]
    out.append("};")
    out.append("struct Static {")
    out += ["  static %s;" % signature(i) for i in range(n) if i % 4 != 1 and i % 3 == 0]
    out.append("};")
    out += ["%s;" % signature(i) for i in range(n) if i % 4 != 1 and i % 3 != 0]
    out.append("")
    for i in range(n):
        qualified = signature(i).replace(" s%d(" % i, " Stages::s%d(" % i) \
            .replace(" f%d(" % i, (" Static::f%d(" if i % 3 == 0 and i % 4 != 1 else " f%d(") % i)
        out.append(qualified + (" const {" if i % 4 == 1 else " {"))
        out += body(i)
        out.append("}")
    for head in range(0, n, 10):
        out += ["void run%d(const std::string &path, bool flag) {" % head,
                "  auto model = torch::jit::load(path);",
                "  model.to(torch::kHalf);",
                "  auto input = torch::ones({2, 2}, torch::kHalf);",
                "  model.forward({%s(input, flag)});" % name(head),
                "}"]
    out.append("const Stages stages{};")
    return out


def main():
    if sys.argv[1] == "--calls":
        print("\n".join(calls(int(sys.argv[2]))))
        return
    n = int(sys.argv[1])
    out = ["#include <torch/script.h>", "#include <torch/torch.h>", "#include <string>", "",
           "void synthetic(const std::string &path, bool flag, int steps) {",
           "  auto model = torch::jit::load(path);",
           "  model.to(torch::kHalf);",
           "  auto t0 = torch::ones({2, 2}, torch::kHalf);"]
    i = 1
    while i < n:
        p = "t%d" % (i - 1)
        kind = i % 10
        if i % 100 == 0:
            out.append("  auto t%d = %s;" % (i, p))
            out.append("  for (int k = 0; k < steps; ++k) t%d = t%d * 2;" % (i, i))
        elif kind == 0:
            out.append("  auto t%d = flag ? %s.to(torch::kFloat) : %s.view({4});" % (i, p, p))
        elif kind == 1:
            out.append("  auto t%d = %s.to(torch::kHalf);" % (i, p))
        elif kind == 5:
            out.append("  auto t%d = %s;" % (i, p))
            out.append("  if (flag) t%d = t%d + 1; else t%d = t%d.contiguous();" % (i, i, i, i))
        elif kind == 7:
            out.append("  auto t%d = torch::zeros({2, 2}, torch::kHalf) + %s;" % (i, p))
        else:
            out.append("  auto t%d = %s.relu().to(torch::kCUDA).to(torch::kHalf);" % (i, p))
        if i % 25 == 0:
            out.append("  model.forward({t%d});" % i)
        i += 1
    out.append("}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
