#!/usr/bin/env python3
"""Writes a C++ file whose one function has N tensor statements: factories,
conversions, arithmetic, a branch every 10 statements, a loop every 100 and
a module call every 25, the shapes the analysis meets in real code.

Usage: synthetic.py N > file.cpp
"""
import sys


def main():
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
