#!/usr/bin/env python3
"""Writes a pathological C++ file for the benchmark: code of a shape real
projects seldom have but generators, macros and long-lived files do, each
full of tensors so that the analysis works on all of it. Every file is
deterministic, correct LibTorch code (no finding is expected) and compiles
with clang++ -fsyntax-only against the mock headers of test/checkers/Inputs.

stress.py --long-function [N]: one function of N statements (20,000):
factories, from_blob over a vector, .to(kHalf)/.to(kFloat), arithmetic, an
nn::Linear fed Half tensors, a branch every 10 statements, a loop every
100, and every 20th tensor adds the one declared 37 tensors before.

stress.py --nested [N]: one function with N nested scopes (500), starting
from from_blob over a vector: a block every third level (a tensor declared
and converted, and converted again after the inner levels; every other
block is an if/else), between them `if (auto t = ...; cond) ... else ...`
(declarations without braces, so clang's bracket depth of 256 is not
reached; each `else` converts the enclosing level's tensor), a while loop
every 25 levels; the innermost level feeds tensors of several depths to an
nn::Linear.

stress.py --switch [N]: a switch of N cases (2,000) on an int, each case
converting a tensor read by from_blob from a vector or feeding it to an
nn::Linear or a user module, every fifth falling through to the next,
every seventh branching on a flag.

stress.py --call-chain [N]: N helpers (200), each calling the next: by
value, by const reference and by non-const reference in turn, each
converting its argument and returning a tensor; every fourth helper calls
the next twice, with a Half and a Float tensor. Drivers start the chain at
every 50th helper and feed its result to an nn::Linear.

stress.py --methods [N]: one class of N methods (1,000) with followed
private members (an nn::Linear, two tensors, a vector of tensors); each
method calls the next one on `this`, every third the one after too, every
tenth writes a member, every seventh feeds the Linear.

stress.py --init-list [N]: huge braced initializer lists: a
std::vector<float> of N literals (100,000) read by from_blob, a
std::vector<double> of N/10 read as kDouble, torch::tensor of a 2-D nested
list of N/4 literals and of a 3-D one of N/8, and a std::vector of N/100
factory tensors given to torch::cat.

stress.py --macros [N]: N uses (4,000) of macros that expand to several
tensor statements, nested three deep (a step macro built on a round-trip
macro built on a conversion macro), in functions of 100 uses; N/20 helper
functions and N/200 user modules defined by macros.

Usage: stress.py --KIND [N] > file.cpp
"""
import argparse

HEADER = ["#include <torch/torch.h>", "#include <memory>", "#include <string>",
          "#include <vector>", ""]

# A user module, fed Float tensors where a kind needs one.
NET = ["struct Net : torch::nn::Module {",
       "  Net() : fc(register_module(\"fc\", torch::nn::Linear(4, 4))) {}",
       "  torch::Tensor forward(torch::Tensor x) { return fc(x.to(torch::kFloat)).relu(); }",
       "  torch::nn::Linear fc;",
       "};", ""]


def literal(i):
    """A float literal, different from its neighbours, deterministic."""
    return "%d.%02df" % (i % 7, (i * 37) % 100)


def long_function(n):
    """One function of N statements; see the module's docstring."""
    out = HEADER + ["torch::Tensor longFunction(std::vector<float> buf, bool flag, int steps) {",
                    "  torch::nn::Linear fc(4, 4);",
                    "  fc->to(torch::kHalf);",
                    "  auto t0 = torch::from_blob(buf.data(), {4, 4}).to(torch::kHalf);"]
    count = 4  # statements so far
    i = 1
    while count < n:
        p = "t%d" % (i - 1)
        if i % 100 == 0:
            out.append("  for (int k = 0; k < steps; ++k) %s = %s * 2;" % (p, p))
            out.append("  auto t%d = %s.contiguous();" % (i, p))
            count += 2
        elif i % 20 == 0 and i > 37:
            out.append("  auto t%d = %s + t%d;" % (i, p, i - 37))
            count += 1
        elif i % 10 == 0:
            out.append("  auto t%d = %s;" % (i, p))
            out.append("  if (flag) t%d = t%d.to(torch::kFloat).relu().to(torch::kHalf);"
                       " else t%d = t%d * 0.5;" % (i, i, i, i))
            count += 2
        else:
            out.append("  auto t%d = %s;" % (i, [
                "torch::zeros({4, 4}, torch::kHalf) + %s" % p,
                "%s.to(torch::kFloat).sigmoid().to(torch::kHalf)" % p,
                "fc(%s)" % p,
                "%s * 2 + %s" % (p, p),
                "torch::from_blob(buf.data(), {4, 4}).to(torch::kHalf) - %s" % p,
                "torch::ones({4, 4}).to(torch::kHalf).matmul(%s)" % p,
                "flag ? %s.to(torch::kFloat).to(torch::kHalf) : %s.clone()" % (p, p),
                "%s.to(torch::kFloat).abs().to(torch::kHalf)" % p,
                "fc(%s.detach())" % p][i % 10 - 1]))
            count += 1
        i += 1
    out += ["  return fc(t%d);" % (i - 1), "}"]
    return out


def nested(n):
    """N nested scopes in one function; see the module's docstring."""
    out = HEADER + ["torch::Tensor nested(std::vector<float> &buf, bool flag, int steps) {",
                    "  torch::nn::Linear fc(4, 4);",
                    "  auto t0 = torch::from_blob(buf.data(), {4, 4});"]
    closing = []  # what closes each level, innermost last
    prev = "t0"
    declared = ["t0"]
    for d in range(1, n + 1):
        pad = "  " * d
        t = "t%d" % d
        if d % 25 == 0:
            out.append(pad + "while (steps-- > 0) {")
            out.append(pad + "  %s = %s.to(torch::kHalf).to(torch::kFloat);" % (prev, prev))
            closing.append([pad + "}"])
        elif d % 3 == 0:
            out.append(pad + ("{" if d % 2 else "if (flag) {"))
            out.append(pad + "  auto %s = %s.to(torch::kHalf);" % (t, prev))
            out.append(pad + "  %s = %s.to(torch::kFloat) * 2;" % (t, t))
            closing.append([pad + "  %s = fc(%s.to(torch::kHalf).to(torch::kFloat));" % (t, t),
                            pad + ("}" if d % 2 else "} else {"),
                            ] + ([] if d % 2 else [pad + "  %s = %s.relu();" % (prev, prev),
                                                   pad + "}"]))
            prev = t
            declared.append(t)
        elif d % 3 == 1:
            out.append(pad + "if (auto %s = %s + 1; flag)" % (t, prev))
            closing.append([pad + "else", pad + "  %s = %s.to(torch::kHalf).to(torch::kFloat);"
                            % (prev, prev)])
            prev = t
            declared.append(t)
        else:
            out.append(pad + "if (auto %s = %s.to(torch::kFloat); steps > %d)" % (t, prev, d))
            closing.append([pad + "else", pad + "  %s = %s.relu();" % (prev, prev)])
            prev = t
            declared.append(t)
    pad = "  " * (n + 1)
    picks = declared[::max(1, len(declared) // 8)]
    out.append(pad + "return fc(%s);" % " + ".join("%s.to(torch::kFloat)" % v for v in picks))
    for lines in reversed(closing):
        out += lines
    out += ["  return fc(t0);", "}"]
    return out


def switch(n):
    """A switch of N cases; see the module's docstring."""
    out = HEADER + NET + [
        "torch::Tensor dispatch(int op, std::vector<float> &buf, bool flag) {",
        "  torch::nn::Linear fc(4, 4);",
        "  auto net = std::make_shared<Net>();",
        "  auto x = torch::from_blob(buf.data(), {4, 4});",
        "  torch::Tensor y = x;",
        "  switch (op) {"]
    for i in range(n):
        body = [
            "{ auto h = x.to(torch::kHalf); y = h.to(torch::kFloat) * %d; break; }" % (i % 9 + 1),
            "y = fc(x + %d); break;" % i,
            "y = net->forward(x.to(torch::kHalf)); break;",
            "x = x.to(torch::kDouble); y = x.to(torch::kFloat).relu(); break;",
            "y = torch::ones({4, 4}, torch::kHalf).to(torch::kFloat) + x; break;",
        ][i % 5]
        if i % 5 == 4 and i + 1 < n:
            body = "x = x.to(torch::kHalf).to(torch::kFloat); [[fallthrough]];"
        if i % 7 == 6:
            body = ("if (flag) y = fc(x.to(torch::kFloat)); else y = x.to(torch::kHalf)"
                    ".to(torch::kFloat); break;")
        out.append("  case %d: %s" % (i, body))
    out += ["  default: y = x; break;",
            "  }",
            "  return fc(y.to(torch::kFloat));",
            "}"]
    return out


def call_chain(n):
    """N helpers calling each other in a chain; see the module's docstring."""
    def signature(i):
        param = ["torch::Tensor x", "const torch::Tensor &x", "torch::Tensor &x"][i % 3]
        return "torch::Tensor h%d(%s, bool flag)" % (i, param)

    def call(j, arg, out, pad):
        """Calls h<j> with `arg`, through a local when it takes a reference."""
        if j % 3 == 2:
            out.append("%sauto r%d = %s;" % (pad, len(out), arg))
            return "h%d(r%d, !flag)" % (j, len(out) - 1)
        return "h%d(%s, !flag)" % (j, arg)

    out = HEADER + NET + ["%s;" % signature(i) for i in range(n)] + [""]
    for i in range(n):
        out.append(signature(i) + " {")
        if i % 3 == 2:
            out.append("  x = x.to(torch::kFloat);")
        out.append("  auto a = x.to(torch::kHalf);")
        if i + 1 < n:
            out.append("  auto b = %s;" % call(i + 1, "a", out, "  "))
            if i % 4 == 0:
                out.append("  auto c = %s;" % call(i + 1, "a.to(torch::kFloat)", out, "  "))
                out.append("  b = b + c;")
        else:
            out.append("  auto b = a.to(torch::kFloat) * 2;")
        out += ["  if (flag)", "    return b.to(torch::kFloat).relu();",
                "  return b.to(torch::kFloat);", "}"]
    for head in range(0, n, 50):
        out += ["torch::Tensor drive%d(bool flag) {" % head,
                "  torch::nn::Linear fc(4, 4);",
                "  auto net = std::make_shared<Net>();",
                "  auto x = torch::ones({4, 4});",
                "  return fc(net->forward(h%d(x, flag)));" % head,
                "}"]
    return out


def methods(n):
    """One class of N methods; see the module's docstring."""
    out = HEADER + ["class Pipeline {", "public:",
                    "  Pipeline() {",
                    "    fc_->to(torch::kHalf);",
                    "    weight_ = torch::zeros({4, 4}, torch::kHalf);",
                    "    bias_ = torch::ones({4}).to(torch::kHalf);",
                    "  }"]
    for i in range(n):
        body = ["  torch::Tensor m%d(const torch::Tensor &x, bool flag) {" % i,
                "    auto a = x.to(torch::kHalf) + weight_;"]
        for j in ((i + 1, i + 2) if i % 3 == 0 else (i + 1,)):
            if j < n:
                body.append("    a = m%d(a, !flag);" % j)
        if i % 10 == 0:
            body += ["    if (flag)", "      weight_ = a.detach().to(torch::kHalf);"]
        if i % 13 == 0:
            body.append("    cache_.push_back(a.to(torch::kFloat));")
        if i % 7 == 0:
            body.append("    return fc_(a + bias_);")
        else:
            body.append("    return flag ? a.relu() : a.to(torch::kFloat).to(torch::kHalf);")
        body.append("  }")
        out += body
    out += ["", "private:", "  torch::nn::Linear fc_{4, 4};", "  torch::Tensor weight_;",
            "  torch::Tensor bias_;", "  std::vector<torch::Tensor> cache_;", "};", "",
            "torch::Tensor run(const torch::Tensor &x) {",
            "  Pipeline p;",
            "  return p.m0(x, true);",
            "}"]
    return out


def braced(values, per_line, pad):
    """`values` as the lines of a braced list, `per_line` to a line."""
    lines = [pad + "  " + ", ".join(values[k:k + per_line]) + ","
             for k in range(0, len(values), per_line)]
    return [pad + "{"] + lines + [pad + "}"]


def init_list(n):
    """Huge braced initializer lists; see the module's docstring."""
    out = HEADER + ["torch::Tensor initLists(bool flag) {",
                    "  torch::nn::Linear fc(100, 4);",
                    "  std::vector<float> data = {"]
    out += braced([literal(i) for i in range(n)], 20, "   ")[1:-1]
    out += ["  };",
            "  auto t = torch::from_blob(data.data(), {%d, 100});" % max(1, n // 100),
            "  auto h = t.to(torch::kHalf);",
            "  auto y = fc(h.to(torch::kFloat));"]
    doubles = max(100, n // 10)
    out.append("  std::vector<double> more = {")
    out += braced(["%d.5" % (i % 11) for i in range(doubles)], 20, "   ")[1:-1]
    out += ["  };",
            "  auto d = torch::from_blob(more.data(), {%d, 100}, torch::kDouble);"
            % (doubles // 100),
            "  y = y + fc(d.to(torch::kFloat)).sum();"]
    rows = max(1, n // 400)
    out.append("  auto m = torch::tensor({")
    for r in range(rows):
        out.append("      {" + ", ".join(literal(r * 100 + c) for c in range(100)) + "},")
    out += ["  });", "  y = y + fc(m.to(torch::kFloat)).sum();"]
    blocks = max(1, n // 800)
    out.append("  auto cube = torch::tensor({")
    for b in range(blocks):
        out.append("      {")
        for r in range(2):
            out.append("        {" + ", ".join("%d.25" % ((b + r + c) % 5)
                                                for c in range(50)) + "},")
        out.append("      },")
    out += ["  }, torch::kHalf);", "  auto half = cube.to(torch::kFloat).flatten(1);"]
    parts = max(2, n // 100)
    factories = ["torch::ones({4, 100})", "torch::zeros({4, 100})",
                 "torch::rand({4, 100}).to(torch::kFloat)",
                 "torch::ones({4, 100}, torch::kHalf).to(torch::kFloat)"]
    out.append("  std::vector<torch::Tensor> parts = {")
    out += ["      %s," % factories[i % 4] for i in range(parts)]
    out += ["  };",
            "  auto all = torch::cat(parts);",
            "  y = y + fc(all).sum();",
            "  return flag ? fc(half.view({-1, 100})) : y;",
            "}"]
    return out


MACROS = [
    "#define TT_CONVERT(x, dt) (x).to(torch::dt)",
    "#define TT_ROUND(x) TT_CONVERT(TT_CONVERT(x, kHalf), kFloat)",
    "#define TT_STEP(x, fc) \\",
    "  do { \\",
    "    auto h_ = TT_CONVERT(x, kHalf); \\",
    "    auto f_ = TT_ROUND(h_) * 2; \\",
    "    x = (fc)(f_ + TT_ROUND(x)); \\",
    "  } while (0)",
    "#define TT_STEP2(x, fc) \\",
    "  TT_STEP(x, fc); \\",
    "  TT_STEP(x, fc)",
    "#define TT_BRANCH(x, fc, flag) \\",
    "  if (flag) \\",
    "    TT_STEP(x, fc); \\",
    "  else \\",
    "    x = TT_ROUND(x).relu()",
    "#define TT_DEFINE_STAGE(name, dt) \\",
    "  torch::Tensor name(const torch::Tensor &x) { \\",
    "    auto y = TT_ROUND(x); \\",
    "    return TT_CONVERT(y, dt).to(torch::kFloat); \\",
    "  }",
    "#define TT_DEFINE_MODULE(name) \\",
    "  struct name : torch::nn::Module { \\",
    "    name() : fc(register_module(\"fc\", torch::nn::Linear(4, 4))) {} \\",
    "    torch::Tensor forward(torch::Tensor x) { \\",
    "      TT_STEP(x, fc); \\",
    "      return x; \\",
    "    } \\",
    "    torch::nn::Linear fc; \\",
    "  };",
    ""]


def macros(n):
    """N uses of nested tensor macros; see the module's docstring."""
    out = HEADER + MACROS
    stages = max(1, n // 20)
    modules = max(1, n // 200)
    dtypes = ["kHalf", "kDouble", "kFloat", "kBFloat16"]
    out += ["TT_DEFINE_STAGE(stage%d, %s)" % (s, dtypes[s % 4]) for s in range(stages)]
    out += ["TT_DEFINE_MODULE(Module%d)" % m for m in range(modules)] + [""]
    per_function = 100
    for f in range(0, n, per_function):
        out += ["torch::Tensor generated%d(torch::Tensor x, bool flag) {" % f,
                "  torch::nn::Linear fc(4, 4);",
                "  auto net = std::make_shared<Module%d>();" % ((f // per_function) % modules),
                "  x = x.to(torch::kFloat);"]
        for u in range(f, min(n, f + per_function)):
            out.append("  " + [
                "TT_STEP(x, fc);",
                "TT_STEP2(x, fc);",
                "TT_BRANCH(x, fc, flag);",
                "x = stage%d(x);" % (u % stages),
                "x = net->forward(TT_ROUND(x));"][u % 5])
        out += ["  return x;", "}"]
    return out


KINDS = {
    "long-function": (long_function, 20000),
    "nested": (nested, 500),
    "switch": (switch, 2000),
    "call-chain": (call_chain, 200),
    "methods": (methods, 1000),
    "init-list": (init_list, 100000),
    "macros": (macros, 4000),
}


def main():
    ap = argparse.ArgumentParser(description="Writes a pathological C++ file.")
    kind = ap.add_mutually_exclusive_group(required=True)
    for name, (_, size) in KINDS.items():
        kind.add_argument("--" + name, dest="kind", action="store_const", const=name,
                          help="default size %d" % size)
    ap.add_argument("n", type=int, nargs="?", help="size (see the docstring)")
    args = ap.parse_args()
    generate, size = KINDS[args.kind]
    print("\n".join(generate(args.n if args.n is not None else size)))


if __name__ == "__main__":
    main()
