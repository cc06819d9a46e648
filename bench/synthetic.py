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

synthetic.py --methods N: N small methods in classes of 20 that hold a
model, a device, a tensor and a list of inputs as private members: the
constructor loads and converts the model; each method calls the next two
of its class on `this`, every fifth writes a member, every seventh feeds
the model.

synthetic.py --sites N: three helpers (normalize, infer, head) called from N
sites, each site loading or building a model and an input in one of three
precisions; every 50th site hands a Float input to its converted model, a
bug inside the helper (unless that model is Float) that is reported once
however many sites share it.

synthetic.py --flags N: N functions that each test two configuration flags
(parameters) and convert a module and its input under them, as detector
and server code does; every tenth one forgets to convert its input.

synthetic.py --class-flags N: N methods, in classes of five, whose
constructor converts the model under a member flag set from its argument
(`if (fp16_)`); four methods convert their input under the same flag, every
fifth feeds a Float tensor (a finding when the flag is true).

synthetic.py --settings N: N methods, in classes of five, converting a
model and their inputs with a `dtype_` setting chosen from a string in the
constructor, after tests of their inputs' own dtype and device.

synthetic.py --templates N: N methods, in class templates of five, each
instantiated for float and double, reading a std::vector<T> with
c10::CppTypeToScalarType<T> (2N instantiated methods, no finding).

synthetic.py --objects N: N functions, each making a local object of one
of ten detector classes (and a std::unique_ptr to another), setting its
precision, loading and running it in a loop, as applications drive their
classes; every tenth one forgets to convert its input.

Usage: synthetic.py [--calls | --methods | --sites | --flags | --class-flags | --settings | --templates | --objects] N > file.cpp
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


def methods(n):
    """N methods of classes with followed members; see the module's docstring."""
    per_class = 20
    out = ["#include <torch/script.h>", "#include <torch/torch.h>", "#include <string>",
           "#include <vector>", ""]
    for c in range(0, n, per_class):
        count = min(per_class, n - c)
        out += ["class Engine%d {" % c, "public:",
                "  explicit Engine%d(const std::string &path)" % c,
                "      : module_(torch::jit::load(path)), device_(torch::kCUDA) {",
                "    module_.to(device_);",
                "    module_.to(torch::kHalf);",
                "    mean_ = torch::zeros({3}, torch::kHalf).to(device_);",
                "  }"]
        for i in range(count):
            body = ["  torch::Tensor m%d(const torch::Tensor &x, bool flag) {" % i,
                    "    auto a = x.to(device_).to(torch::kHalf) - mean_;"]
            for j in (i + 1, i + 2):
                if j < count:
                    body.append("    a = m%d(a, !flag);" % j)
            if i % 5 == 0:
                body += ["    if (flag)", "      mean_ = a.mean().to(torch::kHalf);"]
            if i % 7 == 0:
                body += ["    inputs_.clear();", "    inputs_.push_back(a);",
                         "    return module_.forward(inputs_).toTensor();"]
            else:
                body.append("    return flag ? a.relu() : a;")
            body.append("  }")
            out += body
        out += ["", "private:", "  torch::jit::script::Module module_;",
                "  torch::Device device_;", "  torch::Tensor mean_;",
                "  std::vector<torch::jit::IValue> inputs_;", "};", ""]
    return out


def sites(n):
    """N call sites of three helpers; see the module's docstring."""
    out = ["#include <torch/script.h>", "#include <torch/torch.h>", "#include <string>", "",
           "torch::Tensor normalize(const torch::Tensor &img, torch::Dtype dtype) {",
           "  auto mean = torch::tensor({0.485, 0.456, 0.406}, dtype).view({1, 3, 1, 1});",
           "  auto stdv = torch::tensor({0.229, 0.224, 0.225}, dtype).view({1, 3, 1, 1});",
           "  return (img.to(dtype) - mean) / stdv;",
           "}", "",
           "torch::Tensor infer(torch::jit::script::Module &model, const torch::Tensor &img,",
           "                    torch::Dtype dtype) {",
           "  auto x = normalize(img, dtype);",
           "  return model.forward({x}).toTensor();",
           "}", "",
           "torch::Tensor head(torch::nn::Linear &fc, const torch::Tensor &x) {",
           "  return fc(x.flatten(1));",
           "}", ""]
    dtypes = ["torch::kFloat", "torch::kHalf", "torch::kDouble"]
    for i in range(n):
        dtype = dtypes[i % 3]
        given = "torch::kFloat" if i % 50 == 49 else dtype  # the bug: not converted
        if i % 2:
            out += ["torch::Tensor site%d(const std::string &path) {" % i,
                    "  auto model = torch::jit::load(path);",
                    "  model.to(%s);" % dtype,
                    "  auto img = torch::rand({1, 3, 8, 8});",
                    "  return infer(model, img, %s);" % given,
                    "}"]
        else:
            out += ["torch::Tensor site%d() {" % i,
                    "  torch::nn::Linear fc(192, 10);",
                    "  fc->to(%s);" % dtype,
                    "  auto x = normalize(torch::rand({1, 3, 8, 8}), %s);" % given,
                    "  return head(fc, x);",
                    "}"]
    return out


def flags(n):
    """N functions with configuration flags; see the module's docstring."""
    out = ["#include <torch/script.h>", "#include <torch/torch.h>", "#include <string>", ""]
    for i in range(n):
        convert = "" if i % 10 == 9 else "    x = x.to(torch::kHalf);"
        out += ["torch::Tensor stage%d(const std::string &path, bool half, bool gpu) {" % i,
                "  auto model = torch::jit::load(path);",
                "  auto x = torch::rand({1, 3, 8, 8});",
                "  if (gpu) {",
                "    model.to(torch::kCUDA);",
                "    x = x.to(torch::kCUDA);",
                "  }",
                "  if (half) {",
                "    model.to(torch::kHalf);"]
        out += [convert] if convert else []
        out += ["  }",
                "  auto y = model.forward({x}).toTensor();",
                "  return half ? y.to(torch::kFloat) : y;",
                "}"]
    return out


def class_flags(n):
    """N methods with class flags; see the module's docstring."""
    out = ["#include <torch/script.h>", "#include <torch/torch.h>", "#include <string>", ""]
    for c in range((n + 4) // 5):
        out += ["class Detector%d {" % c,
                "public:",
                "  Detector%d(const std::string &path, bool fp16)" % c,
                "      : model_(torch::jit::load(path)), fp16_(fp16) {",
                "    if (fp16_)",
                "      model_.to(torch::kHalf);",
                "  }"]
        for m in range(min(5, n - 5 * c)):
            if m == 4:
                out += ["  torch::Tensor warmup%d() {" % m,
                        "    return model_.forward({torch::zeros({1, 4})}).toTensor();",
                        "  }"]
                continue
            out += ["  torch::Tensor infer%d(torch::Tensor x) {" % m,
                    "    if (fp16_)",
                    "      x = x.to(torch::kHalf);",
                    "    return model_.forward({x}).toTensor();",
                    "  }"]
        out += ["private:",
                "  torch::jit::script::Module model_;",
                "  bool fp16_;",
                "};", ""]
    return out


def settings(n):
    """N methods, in classes of five, that keep their precision in a
    `dtype_` setting chosen in the constructor and test their inputs'
    state before converting them; see the module's docstring."""
    out = ["#include <torch/script.h>", "#include <torch/torch.h>", "#include <string>", ""]
    for c in range(max(1, n // 5)):
        out += ["class Runner%d {" % c,
                "public:",
                "  Runner%d(const std::string &path, const std::string &precision)"
                " : model_(torch::jit::load(path)) {" % c,
                "    if (precision == \"fp16\")",
                "      dtype_ = torch::kHalf;",
                "    else",
                "      dtype_ = torch::kFloat;",
                "    model_.to(dtype_);",
                "  }"]
        for m in range(5):
            out += ["  torch::Tensor run%d(torch::Tensor x) {" % m,
                    "    if (!x.is_cpu())",
                    "      x = x.cpu();",
                    "    if (x.scalar_type() != torch::kFloat)",
                    "      x = x.to(torch::kFloat);",
                    "    auto y = model_.forward({x.to(dtype_)}).toTensor();",
                    "    return y.is_cpu() ? y : y.cpu();",
                    "  }"]
        out += ["private:",
                "  torch::ScalarType dtype_;",
                "  torch::jit::Module model_;",
                "};",
                ""]
    return out


def templates(n):
    """N methods, in class templates of five, each template instantiated
    for float and double: 2N instantiated methods that read a buffer with
    c10::CppTypeToScalarType<T> and convert it for a Float layer."""
    out = ["#include <torch/torch.h>", "#include <vector>", ""]
    classes = max(1, n // 5)
    for c in range(classes):
        out += ["template <typename T> class Pair%d {" % c,
                "public:",
                "  Pair%d() { fc_->to(torch::kFloat); }" % c]
        for m in range(5):
            out += ["  torch::Tensor run%d(std::vector<T> &pos) {" % m,
                    "    auto x = torch::from_blob(pos.data(), {2, 3},",
                    "        torch::TensorOptions().dtype(c10::CppTypeToScalarType<T>::value));",
                    "    return fc_(x.to(torch::kFloat));",
                    "  }"]
        out += ["private:",
                "  torch::nn::Linear fc_{3, 3};",
                "};",
                ""]
    out += ["template <typename T> void runAll(std::vector<T> &pos) {"]
    for c in range(classes):
        out += ["  Pair%d<T> p%d;" % (c, c)]
        out += ["  p%d.run%d(pos);" % (c, m) for m in range(5)]
    out += ["}",
            "",
            "void both(std::vector<float> &f, std::vector<double> &d) {",
            "  runAll(f);",
            "  runAll(d);",
            "}"]
    return out


def objects(n):
    """N functions using objects of the user's classes; see the module's
    docstring."""
    out = ["#include <torch/script.h>", "#include <torch/torch.h>", "#include <memory>",
           "#include <string>", ""]
    for c in range(10):
        out += ["class Detector%d {" % c,
                "public:",
                "  explicit Detector%d(torch::ScalarType dtype) : dtype_(dtype) {}" % c,
                "  void setPrecision(torch::ScalarType dtype) { dtype_ = dtype; }",
                "  void load(const std::string &path) {",
                "    module_ = torch::jit::load(path);",
                "    module_.to(dtype_);",
                "  }",
                "  torch::Tensor run(const torch::Tensor &x) {",
                "    return module_.forward({x.to(dtype_)}).toTensor();",
                "  }",
                "  torch::Tensor runRaw(const torch::Tensor &x) {",
                "    return module_.forward({x}).toTensor();",
                "  }",
                "private:",
                "  torch::ScalarType dtype_;",
                "  torch::jit::Module module_;",
                "};", ""]
    dtypes = ["torch::kFloat", "torch::kHalf", "torch::kDouble"]
    for i in range(n):
        c, d = i % 10, dtypes[i % 3]
        run = "runRaw" if i % 10 == 9 else "run"
        out += ["void drive%d(const std::string &path, int steps) {" % i,
                "  Detector%d det(torch::kFloat);" % c,
                "  det.setPrecision(%s);" % d,
                "  det.load(path);",
                "  auto helper = std::make_unique<Detector%d>(%s);" % ((c + 1) % 10, d),
                "  helper->load(path);",
                "  for (int s = 0; s < steps; ++s) {",
                "    auto x = torch::rand({1, 4});",
                "    det.%s(x);" % run,
                "    helper->run(x);",
                "  }",
                "}"]
    return out


def main():
    if sys.argv[1] == "--objects":
        print("\n".join(objects(int(sys.argv[2]))))
        return
    if sys.argv[1] == "--templates":
        print("\n".join(templates(int(sys.argv[2]))))
        return
    if sys.argv[1] == "--settings":
        print("\n".join(settings(int(sys.argv[2]))))
        return
    if sys.argv[1] == "--class-flags":
        print("\n".join(class_flags(int(sys.argv[2]))))
        return
    if sys.argv[1] == "--flags":
        print("\n".join(flags(int(sys.argv[2]))))
        return
    if sys.argv[1] == "--sites":
        print("\n".join(sites(int(sys.argv[2]))))
        return
    if sys.argv[1] == "--calls":
        print("\n".join(calls(int(sys.argv[2]))))
        return
    if sys.argv[1] == "--methods":
        print("\n".join(methods(int(sys.argv[2]))))
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
