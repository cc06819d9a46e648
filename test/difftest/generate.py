#!/usr/bin/env python3
"""Generates random, valid C++17 LibTorch programs for differential testing.

    generate.py SEED [-o FILE]

The same seed gives the same program, byte for byte (Python's `random`
with an explicit seed, nothing else). Each program is built from the
constructs torch-tidy models: factories with and without options,
conversions, promoting arithmetic, reductions, indexing, `from_blob` over
typed buffers (vectors, arrays, C arrays, OpenCV Mats), nn modules (Linear,
Conv2d, Embedding, Sequential, a user module) converted or not, typed raw
reads, in-place arithmetic, index and loss operations, helpers that pass
values in and out, lambdas, class members, branches on a run-time value,
loops and containers.

Every statement that may go wrong at run time is wrapped on one line so
that the program reports it (test/difftest/runtime/difftest_runtime.h):
its construct, and whether it threw (with the message), read garbage or
dropped a conversion. The construct is "kind[|tag...]": the tags name how
the operands' states were made (helper, lambda, member, branch, loop,
container, ...); the tag "join" marks a line where an operand's state
depends on the path taken, so no analysis that is sound on every path can
decide it (such lines are not counted for recall).

The generator keeps its own model of each value's dtype and shape only to
choose operands (about half the risky statements are meant to go wrong)
and to keep shapes valid; whether a line goes wrong is decided by the run.
"""
import argparse
import random
import sys

# dtype -> (spellings, C++ element type, category, size in bytes)
DTYPES = {
    "Float": (["torch::kFloat", "torch::kFloat32", "at::kFloat"], "float", 2, 4),
    "Double": (["torch::kDouble", "torch::kFloat64"], "double", 2, 8),
    "Half": (["torch::kHalf", "torch::kFloat16"], "at::Half", 2, 2),
    "Long": (["torch::kLong", "torch::kInt64"], "int64_t", 1, 8),
    "Int": (["torch::kInt", "torch::kInt32"], "int32_t", 1, 4),
    "Short": (["torch::kShort", "torch::kInt16"], "int16_t", 1, 2),
    "Char": (["torch::kChar", "torch::kInt8"], "int8_t", 1, 1),
    "Byte": (["torch::kByte", "torch::kUInt8"], "uint8_t", 1, 1),
    "Bool": (["torch::kBool"], "bool", 0, 1),
}
FLOATS = ["Float", "Double", "Half"]
# Dtypes a module may be converted to: Half and BFloat16 modules do not run
# on the CPU in LibTorch 1.13, so they would only show "not implemented".
MODULE_DTYPES = ["Float", "Double"]
NUMERIC = ["Float", "Double", "Half", "Long", "Int", "Short", "Char", "Byte"]
INT_ORDER = ["Byte", "Char", "Short", "Int", "Long"]
FLOAT_ORDER = ["Half", "Float", "Double"]

# Buffer element types for from_blob, with values whose bits differ under
# every other reading (a Byte buffer holds 200, which is -56 as Char).
BUFFERS = {
    "uint8_t": ("Byte", "CV_8U", [1, 200, 3, 250, 5, 6, 7, 8]),
    "int8_t": ("Char", "CV_8S", [-1, 2, -3, 4, -5, 6, -7, 8]),
    "int16_t": ("Short", "CV_16S", [-1, 2, -3, 300, -5, 6, -7, 8]),
    "int32_t": ("Int", "CV_32S", [-1, 2, -3, 70000, -5, 6, -7, 8]),
    "int64_t": ("Long", None, [-1, 2, -3, 70000, -5, 6, -7, 8]),
    "float": ("Float", "CV_32F", [1.5, -2.25, 3.0, 4.5, -5.0, 6.25, 7.5, -8.0]),
    "double": ("Double", "CV_64F", [1.5, -2.25, 3.0, 4.5, -5.0, 6.25, 7.5, -8.0]),
}

ROW = (2, 4)     # a batch of two rows of four features
VEC = (4,)       # one row
IDX = (2,)       # two indices (values in [0, 4) when idx is set)
SCALAR = ()      # zero-dim
IMAGE = (1, 3, 6, 6)


def promote(a, b):
    """Result dtype of a binary op on two tensors of the same rank class."""
    ca, cb = DTYPES[a][2], DTYPES[b][2]
    if ca != cb:
        return a if ca > cb else b
    if ca == 2:
        return FLOAT_ORDER[max(FLOAT_ORDER.index(a), FLOAT_ORDER.index(b))]
    if ca == 0:
        return "Bool"
    if {a, b} == {"Byte", "Char"}:
        return "Short"
    return INT_ORDER[max(INT_ORDER.index(a), INT_ORDER.index(b))]


def promote_shapes(a, b):
    """Result dtype when a tensor of dtype a and shape sa meets b, sb."""
    (da, sa), (db, sb) = a, b
    if (sa == SCALAR) == (sb == SCALAR):
        return promote(da, db)
    dim, zero = (da, db) if sb == SCALAR else (db, da)
    if DTYPES[zero][2] > DTYPES[dim][2]:
        return "Float" if DTYPES[zero][2] == 2 and DTYPES[dim][2] < 2 else zero
    return dim


def broadcast(sa, sb):
    if sa == SCALAR:
        return sb
    if sb == SCALAR:
        return sa
    if sa == sb:
        return sa
    if {sa, sb} == {ROW, VEC}:
        return ROW
    return None


class Value:
    """A tensor variable as the generator models it."""

    def __init__(self, name, dtype, shape, tags=(), join=False, idx=False):
        self.name = name
        self.dtype = dtype
        self.shape = shape
        self.tags = set(tags)
        self.join = join      # its state depends on the path taken
        self.idx = idx        # its values are valid indices in [0, 4)


class Module:
    def __init__(self, name, kind, dtype, call, tags=(), join=False):
        self.name = name
        self.kind = kind      # linear, conv2d, embedding, sequential, user
        self.dtype = dtype
        self.call = call      # format string of a call, {x} the input
        self.tags = set(tags)
        self.join = join


class Program:
    def __init__(self, seed):
        self.seed = seed
        self.r = random.Random(seed)
        self.helpers = []     # lines before main, in the anonymous namespace
        self.body = []        # lines of main's body
        self.values = []
        self.modules = []
        self.counter = 0
        self.has_user_module = False
        self.indent = "  "

    # ---- small utilities -------------------------------------------------
    def fresh(self, prefix):
        self.counter += 1
        return "%s%d" % (prefix, self.counter)

    def emit(self, line):
        self.body.append(self.indent + line)

    def spell(self, dtype):
        return self.r.choice(DTYPES[dtype][0])

    def pick(self, pred=lambda v: True):
        cands = [v for v in self.values if pred(v)]
        return self.r.choice(cands) if cands else None

    def options(self, dtype):
        """An argument that gives `dtype` to a factory."""
        d = self.spell(dtype)
        return self.r.choice([d, d, "torch::dtype(%s)" % d,
                              "torch::TensorOptions().dtype(%s)" % d,
                              "torch::TensorOptions().dtype(%s).device(torch::kCPU)" % d])

    def construct(self, kind, *operands):
        tags = set()
        join = False
        for o in operands:
            tags |= o.tags
            join = join or o.join
        if join:
            tags.add("join")
        return "|".join([kind] + sorted(tags))

    def wrapped(self, kind, stmt, operands, use=None):
        c = self.construct(kind, *operands)
        use = "" if use is None else " dt::use(%s);" % use
        return 'try { %s;%s DT_OK("%s"); } DT_CATCH("%s")' % (stmt, use, c, c)

    def add(self, dtype, shape, expr, tags=(), join=False, idx=False):
        name = self.fresh("t")
        self.emit("auto %s = %s;" % (name, expr))
        v = Value(name, dtype, shape, tags, join, idx)
        self.values.append(v)
        return v

    # ---- values ----------------------------------------------------------
    def factory(self):
        r = self.r
        shape = r.choice([ROW, ROW, VEC, SCALAR, IMAGE])
        sizes = "{%s}" % ", ".join(map(str, shape))
        kind = r.randrange(6)
        if kind == 0 and shape != SCALAR:
            dtype = r.choice(FLOATS)
            return self.add(dtype, shape, "torch::%s(%s, %s)" % (
                r.choice(["rand", "randn"]), sizes, self.options(dtype)))
        if kind == 1:
            return self.add("Float", shape, "torch::%s(%s)" % (
                r.choice(["ones", "zeros", "rand"]), sizes))
        if kind == 2 and shape == VEC:
            if r.random() < 0.5:
                return self.add("Float", VEC, "torch::tensor({1.5, 2.0, 0.5, 1.0})")
            return self.add("Long", VEC, "torch::arange(4)")
        if kind == 3:
            dtype = r.choice(NUMERIC)
            return self.add(dtype, shape, "torch::full(%s, 2, %s)" % (sizes, self.options(dtype)))
        if kind == 4:
            # an index tensor: values 0 and 1
            if r.random() < 0.5:
                dtype = r.choice(["Long", "Float"])
                lit = "{0, 1}" if dtype == "Long" else "{0.0, 1.0}"
                return self.add(dtype, IDX, "torch::tensor(%s)" % lit, idx=True)
            dtype = r.choice(["Long", "Int", "Float", "Double", "Byte"])
            return self.add(dtype, IDX, "torch::zeros({2}, %s)" % self.options(dtype), idx=True)
        dtype = r.choice(NUMERIC)
        return self.add(dtype, shape, "torch::ones(%s, %s)" % (sizes, self.options(dtype)))

    def options_variable(self):
        dtype = self.r.choice(NUMERIC)
        name = self.fresh("opts")
        self.emit("auto %s = torch::TensorOptions().dtype(%s);" % (name, self.spell(dtype)))
        shape = self.r.choice([ROW, VEC])
        sizes = "{%s}" % ", ".join(map(str, shape))
        return self.add(dtype, shape, "torch::ones(%s, %s)" % (sizes, name), tags=["options-variable"])

    def conversion_expr(self, v):
        """(expr, dtype) converting v."""
        r = self.r
        k = r.randrange(8)
        if k == 0:
            return "%s.to(%s)" % (v.name, self.spell("Half")), "Half"
        if k == 1:
            return "%s.to(torch::kCPU)" % v.name, v.dtype
        if k == 2:
            return "%s.cpu()" % v.name, v.dtype
        if k == 3:
            d = r.choice(NUMERIC)
            return "%s.toType(%s)" % (v.name, self.spell(d)), d
        if k == 4:
            d = r.choice(FLOATS)
            return "%s.to(torch::kCPU, %s)" % (v.name, self.spell(d)), d
        if k == 5:
            o = self.pick(lambda o: o is not v)
            if o is not None:
                return "%s.to(%s)" % (v.name, o.name), o.dtype
        d = r.choice(NUMERIC)
        return "%s.to(%s)" % (v.name, self.spell(d)), d

    def conversion(self):
        v = self.pick()
        expr, dtype = self.conversion_expr(v)
        idx = v.idx and dtype != "Half"
        if self.r.random() < 0.4 and not v.tags & {"from_blob"}:
            # reassign the variable itself
            self.emit("%s = %s;" % (v.name, expr))
            v.dtype, v.idx = dtype, idx
            v.tags.add("reassigned")
            return v
        return self.add(dtype, v.shape, expr, v.tags | {"conversion"}, v.join, idx)

    def arithmetic(self):
        r = self.r
        a = self.pick(lambda v: v.dtype != "Bool")
        if r.random() < 0.3:
            num = r.choice(["2", "2.0", "255", "0.5"])
            op = r.choice(["+", "*", "/"])
            if op == "/":
                dtype = a.dtype if DTYPES[a.dtype][2] == 2 else "Float"
            elif "." in num:
                dtype = a.dtype if DTYPES[a.dtype][2] == 2 else "Float"
            else:
                dtype = a.dtype
            return self.add(dtype, a.shape, "%s %s %s" % (a.name, op, num),
                            a.tags | {"arithmetic"}, a.join)
        b = self.pick(lambda v: v.dtype != "Bool" and broadcast(a.shape, v.shape) is not None)
        shape = broadcast(a.shape, b.shape)
        op = r.choice(["+", "*", "-", "/", "add", "mul"])
        dtype = promote_shapes((a.dtype, a.shape), (b.dtype, b.shape))
        if op == "/":
            dtype = dtype if DTYPES[dtype][2] == 2 else "Float"
        if len(op) == 1:
            expr = "%s %s %s" % (a.name, op, b.name)
        elif r.random() < 0.5:
            expr = "torch::%s(%s, %s)" % (op, a.name, b.name)
        else:
            expr = "%s.%s(%s)" % (a.name, op, b.name)
        return self.add(dtype, shape, expr, a.tags | b.tags | {"arithmetic"}, a.join or b.join)

    def reduction(self):
        r = self.r
        v = self.pick(lambda v: v.shape in (ROW, VEC) and v.dtype in ("Float", "Double", "Long", "Int"))
        if v is None:
            return None
        k = r.randrange(4)
        if k == 0:
            dtype = "Long" if DTYPES[v.dtype][2] < 2 else v.dtype
            return self.add(dtype, SCALAR, "%s.sum()" % v.name, v.tags | {"reduction"}, v.join)
        if k == 1 and v.shape == ROW:
            return self.add("Long", IDX, "torch::argmax(%s, 1)" % v.name,
                            v.tags | {"reduction"}, v.join, idx=True)
        if k == 2:
            return self.add("Bool", v.shape, "%s > 0" % v.name, v.tags | {"comparison"}, v.join)
        if v.shape == ROW:
            return self.add(v.dtype, VEC, "%s[0]" % v.name, v.tags | {"indexing"}, v.join)
        return self.add(v.dtype, SCALAR, "%s.max()" % v.name, v.tags | {"reduction"}, v.join)

    def from_blob(self):
        r = self.r
        ctype = r.choice(list(BUFFERS))
        elem, cvdepth, vals = BUFFERS[ctype]
        buf = self.fresh("buf")
        container = r.choice(["vector", "array", "carray"] + (["mat"] if cvdepth else []))
        init = ", ".join(str(x) for x in vals)
        if container == "vector":
            self.emit("std::vector<%s> %s{%s};" % (ctype, buf, init))
            ptr, cmp = "%s.data()" % buf, buf
        elif container == "array":
            self.emit("std::array<%s, 8> %s{%s};" % (ctype, buf, init))
            ptr, cmp = "%s.data()" % buf, buf
        elif container == "carray":
            self.emit("%s %s[8] = {%s};" % (ctype, buf, init))
            ptr, cmp = buf, buf
        else:
            src = self.fresh("src")
            self.emit("std::vector<%s> %s{%s};" % (ctype, src, init))
            self.emit("cv::Mat %s = cv::Mat(2, 4, %sC1, %s.data()).clone();" % (buf, cvdepth, src))
            ptr, cmp = "%s.data" % buf, src
        dtype = r.choice(["Float", "Float", elem, elem, r.choice(NUMERIC)])
        given = dtype != "Float" or r.random() < 0.3
        count = min(8, (8 * _size(ctype)) // DTYPES[dtype][3])
        shape = ROW if count == 8 else VEC if count == 4 else (count,)
        sizes = "{%s}" % ", ".join(map(str, shape))
        args = "%s, %s" % (ptr, sizes)
        if given:
            args += ", " + self.options(dtype)
        name = self.fresh("t")
        c = "from_blob." + container
        self.emit("auto %s = torch::from_blob(%s); DT_VALUES(\"%s\", %s, %s);"
                  % (name, args, c, name, cmp))
        if shape in (ROW, VEC):
            v = Value(name, dtype, shape, ["from_blob"])
            self.values.append(v)
            return v
        return None

    # ---- modules ---------------------------------------------------------
    def module(self):
        r = self.r
        kind = r.choice(["linear", "linear", "conv2d", "embedding", "sequential", "user", "jit"])
        name = self.fresh("m")
        if kind == "linear":
            self.emit("torch::nn::Linear %s(4, %d);" % (name, r.choice([3, 4])))
            call = r.choice(["{m}({x})", "{m}->forward({x})"])
        elif kind == "conv2d":
            self.emit("torch::nn::Conv2d %s(torch::nn::Conv2dOptions(3, 2, 3));" % name)
            call = r.choice(["{m}({x})", "{m}->forward({x})"])
        elif kind == "embedding":
            self.emit("torch::nn::Embedding %s(10, 4);" % name)
            call = "{m}({x})"
        elif kind == "sequential":
            self.emit("torch::nn::Sequential %s(torch::nn::Linear(4, 4), torch::nn::ReLU());" % name)
            call = "{m}->forward({x})"
        elif kind == "user":
            self.user_module()
            self.emit("Net %s;" % name)
            call = r.choice(["{m}({x})", "{m}->forward({x})"])
        else:
            # a TorchScript model saved by test/modelfile/make_fixtures.py:
            # Conv2d(3, 2, 1), BatchNorm2d, pooling, Linear(2, 2)
            saved = r.choice(MODULE_DTYPES)
            self.emit('torch::jit::script::Module %s = torch::jit::load("jit_%s.pt");'
                      % (name, saved.lower()))
            call = "{m}.forward({{{x}}}).toTensor()"
        dtype = saved if kind == "jit" else "Float"
        if r.random() < 0.6:
            dtype = r.choice(MODULE_DTYPES)
            self.emit("%s%sto(%s);" % (name, "." if kind == "jit" else "->", self.spell(dtype)))
        converted = self.body[-1].startswith(self.indent + name) and "to(" in self.body[-1]
        m = Module(name, kind, dtype, call, ["module-converted"] if converted else [])
        self.modules.append(m)
        return m

    def user_module(self):
        if self.has_user_module:
            return
        self.has_user_module = True
        self.helpers += [
            "struct NetImpl : torch::nn::Module {",
            "  NetImpl() { fc = register_module(\"fc\", torch::nn::Linear(4, 3)); }",
            "  torch::Tensor forward(const torch::Tensor &x) {",
            "    try { return fc(x); } DT_RETHROW(\"module.user-forward\")",
            "  }",
            "  torch::nn::Linear fc{nullptr};",
            "};",
            "TORCH_MODULE(Net);",
            "",
        ]

    def module_call(self):
        m = self.r.choice(self.modules) if self.modules else self.module()
        if m.kind == "embedding":
            x = self.pick(lambda v: v.idx and v.dtype != "Bool")
        elif m.kind in ("conv2d", "jit"):
            x = self.pick(lambda v: v.shape == IMAGE and v.dtype != "Bool")
        else:
            x = self.pick(lambda v: v.shape in (ROW, VEC) and DTYPES[v.dtype][2] == 2)
        if x is None:
            return
        y = self.fresh("y")
        stmt = "auto %s = %s" % (y, m.call.format(m=m.name, x=x.name))
        self.emit(self.wrapped("module." + m.kind, stmt, [m, x], y))

    # ---- risky operations on tensors --------------------------------------
    def operands(self):
        r = self.r
        k = r.randrange(7)
        if k == 0:
            # Float and Double only: the CPU has no Half matrix product, and
            # it says so before it compares dtypes.
            a = self.pick(lambda v: v.shape == ROW and v.dtype in ("Float", "Double"))
            b = self.pick(lambda v: v.shape in (ROW, VEC) and v.dtype in ("Float", "Double")
                          and (a is None or r.random() < 0.5 or v.dtype == a.dtype))
            if a is None or b is None:
                return
            w = "%s.t()" % b.name if b.shape == ROW else b.name
            if b.shape == ROW:
                stmt = r.choice(["torch::matmul(%s, %s.reshape({4, 2}))" % (a.name, b.name),
                                 "torch::mm(%s, %s.t())" % (a.name, b.name),
                                 "torch::nn::functional::linear(%s, %s)" % (a.name, b.name)])
            else:
                stmt = "torch::matmul(%s, %s)" % (a.name, w)
            kind = stmt.split("(")[0].split("::")[-1]
            self.emit(self.wrapped("operands." + kind, "auto r = " + stmt, [a, b], "r"))
        elif k == 1:
            src = self.pick(lambda v: v.shape == ROW and v.dtype != "Bool")
            idx = self.pick(lambda v: v.idx)
            if src is None or idx is None:
                return
            self.emit(self.wrapped("operands.index_select", "auto r = %s.index_select(1, %s)"
                                   % (src.name, idx.name), [src, idx], "r"))
        elif k == 2:
            src = self.pick(lambda v: v.shape == ROW and v.dtype != "Bool")
            idx = self.pick(lambda v: v.idx)
            if src is None or idx is None:
                return
            self.emit(self.wrapped("operands.gather", "auto r = %s.gather(1, %s.view({2, 1}))"
                                   % (src.name, idx.name), [src, idx], "r"))
        elif k == 3:
            x = self.pick(lambda v: v.shape == ROW and v.dtype in ("Float", "Double"))
            t = self.pick(lambda v: v.idx)
            if x is None or t is None:
                return
            self.emit(self.wrapped("operands.nll_loss",
                                   "auto r = torch::nll_loss(torch::log_softmax(%s, 1), %s)"
                                   % (x.name, t.name), [x, t], "r"))
        elif k == 4:
            x = self.pick(lambda v: v.shape in (ROW, VEC) and v.dtype != "Bool")
            if x is None:
                return
            mdtype = r.choice(["Bool", "Bool", "Float", "Int", "Double"])
            mask = self.add(mdtype, x.shape, "torch::ones({%s}, %s)" % (
                ", ".join(map(str, x.shape)), self.options(mdtype)))
            c = self.construct("operands.masked_fill", x, mask)
            # A mask the operation misreads fills the wrong elements.
            self.emit('try { auto r = %s.masked_fill(%s, 7); dt::record(__LINE__, "%s", '
                      'torch::equal(r, %s.masked_fill(%s.to(torch::kBool), 7)) ? "ok" : "garbage"); '
                      '} DT_CATCH("%s")' % (x.name, mask.name, c, x.name, mask.name, c))
        elif k == 5:
            cond = self.pick(lambda v: v.shape in (ROW, VEC))
            a = self.pick(lambda v: v.shape in (ROW, VEC) and v.dtype != "Bool")
            if cond is None or a is None:
                return
            self.emit(self.wrapped("operands.where", "auto r = torch::where(%s, %s, %s)"
                                   % (cond.name, a.name, a.name), [cond, a], "r"))
        else:
            self.raw_read()

    def raw_read(self):
        r = self.r
        v = self.pick(lambda v: v.dtype != "Half" or r.random() < 0.5)
        d = r.choice([v.dtype, v.dtype, r.choice(NUMERIC + ["Bool"])])
        ctype = DTYPES[d][1]
        k = r.randrange(3)
        if k == 0 or v.shape == SCALAR:
            if r.random() < 0.2:
                stmt = "auto p = %s.sum().item<%s>()" % (v.name, ctype) if v.shape != SCALAR \
                    else "auto p = %s.item<%s>()" % (v.name, ctype)
                self.emit(self.wrapped("raw.item", stmt, [v], "p"))
                return
            self.emit(self.wrapped("raw.data_ptr", "const %s *p = %s.data_ptr<%s>()"
                                   % (ctype, v.name, ctype), [v], "p"))
            return
        n = len(v.shape)
        index = "[0]" * n
        self.emit(self.wrapped("raw.accessor", "auto a = %s.accessor<%s, %d>()"
                               % (v.name, ctype, n), [v], "a" + index))

    def inplace(self):
        r = self.r
        a = self.pick(lambda v: v.dtype != "Bool" and v.shape != SCALAR and "from_blob" not in v.tags)
        if a is None:
            return
        k = r.randrange(3)
        if k == 0:
            op = r.choice(["div_(255.0)", "mul_(0.5)", "add_(1)", "mul_(2)", "sqrt_()", "clamp_(0, 1)"])
            stmt = "%s.%s" % (a.name, op)
            self.emit(self.wrapped("inplace." + op.split("(")[0], stmt, [a]))
            a.idx = False
            return
        b = self.pick(lambda v: v.dtype != "Bool" and broadcast(a.shape, v.shape) == a.shape)
        if b is None:
            return
        if k == 1:
            op = r.choice(["add_", "sub_", "mul_", "div_"])
            stmt = "%s.%s(%s)" % (a.name, op, b.name)
        else:
            op = r.choice(["+=", "-=", "*=", "/="])
            stmt = "%s %s %s" % (a.name, op, b.name)
        self.emit(self.wrapped("inplace." + op, stmt, [a, b]))
        a.idx = False

    def discarded(self):
        v = self.pick(lambda v: "from_blob" not in v.tags)
        d = self.r.choice(NUMERIC)
        conv = self.r.choice(["%s.to(%s)" % (v.name, self.spell(d)),
                              "%s.toType(%s)" % (v.name, self.spell(d)),
                              "%s.to(torch::kCPU, %s)" % (v.name, self.spell(d))])
        c = self.construct("discarded", v)
        if self.r.random() < 0.2:
            self.emit('(void)%s; dt::record(__LINE__, "%s", "ok");' % (conv, c))
        else:
            self.emit("%s; DT_DISCARDED(\"%s\", %s, %s);" % (conv, c, v.name, conv))

    # ---- across functions and paths -----------------------------------------
    def helper(self):
        r = self.r
        v = self.pick(lambda v: v.dtype != "Bool")
        d = r.choice(NUMERIC)
        h = self.fresh("convert")
        k = r.randrange(4)
        if k == 0:
            self.helpers += ["torch::Tensor %s(const torch::Tensor &x) { return x.to(%s); }"
                             % (h, self.spell(d)), ""]
            return self.add(d, v.shape, "%s(%s)" % (h, v.name), v.tags | {"helper-return"}, v.join,
                            v.idx and d != "Half")
        if k == 1:
            self.helpers += ["void %s(torch::Tensor &x) { x = x.to(%s); }" % (h, self.spell(d)), ""]
            n = self.add(v.dtype, v.shape, "%s.clone()" % v.name, v.tags, v.join, v.idx)
            self.emit("%s(%s);" % (h, n.name))
            n.dtype = d
            n.idx = n.idx and d != "Half"
            n.tags.add("helper-out-param")
            return n
        if k == 2:
            lam = self.fresh("lambda")
            self.emit("auto %s = [](const torch::Tensor &x) { return x.to(%s); };" % (lam, self.spell(d)))
            return self.add(d, v.shape, "%s(%s)" % (lam, v.name), v.tags | {"lambda"}, v.join,
                            v.idx and d != "Half")
        shape = r.choice([ROW, VEC])
        sizes = "{%s}" % ", ".join(map(str, shape))
        self.helpers += ["torch::Tensor %s() { return torch::ones(%s, %s); }" % (h, sizes, self.spell(d)), ""]
        return self.add(d, shape, "%s()" % h, {"helper-factory"})

    def helper_call(self):
        """A helper whose body does the risky call, with the caller's states."""
        r = self.r
        x = self.pick(lambda v: v.shape in (ROW, VEC) and DTYPES[v.dtype][2] == 2)
        if x is None:
            return
        h = self.fresh("apply")
        d = r.choice(MODULE_DTYPES)
        c = self.construct("helper-body.matmul", x).replace("helper-body.matmul", "operands.matmul|helper-param")
        self.helpers += [
            "torch::Tensor %s(const torch::Tensor &x) {" % h,
            "  auto w = torch::ones({4, 2}, %s);" % self.spell(d),
            '  try { return torch::matmul(x, w); } DT_RETHROW("%s")' % c,
            "}", ""]
        self.emit(self.wrapped("call." + h.rstrip("0123456789"), "auto r = %s(%s)" % (h, x.name), [x], "r"))

    def member_holder(self):
        r = self.r
        cls = self.fresh("Holder")
        d = r.choice(MODULE_DTYPES)
        convert = r.random() < 0.7
        self.helpers += [
            "class %s {" % cls,
            " public:",
            "  %s() : fc_(4, 3) {%s}" % (cls, (" fc_->to(%s); " % self.spell(d)) if convert else ""),
            "  torch::Tensor run(const torch::Tensor &x) {",
            '    try { return fc_(x); } DT_RETHROW("module.linear|member")',
            "  }",
            "",
            " private:",
            "  torch::nn::Linear fc_;",
            "};",
            ""]
        x = self.pick(lambda v: v.shape in (ROW, VEC) and DTYPES[v.dtype][2] == 2)
        if x is None:
            return
        obj = self.fresh("holder")
        self.emit("%s %s;" % (cls, obj))
        self.emit(self.wrapped("call.member", "auto r = %s.run(%s)" % (obj, x.name), [x], "r"))

    def branch(self):
        """x is converted on both arms of a run-time condition."""
        r = self.r
        if r.random() < 0.25:
            return self.cuda_branch()
        v = self.pick(lambda v: "from_blob" not in v.tags)
        a, b = r.choice(NUMERIC), r.choice(NUMERIC + [None])
        if r.random() < 0.4:
            b = a
        cond = r.choice(["argc > 1", "argc == 1", "argc < 3", "argc >= 2"])
        self.emit("if (%s) {" % cond)
        self.emit("  %s = %s.to(%s);" % (v.name, v.name, self.spell(a)))
        if b is not None:
            self.emit("} else {")
            self.emit("  %s = %s.to(%s);" % (v.name, v.name, self.spell(b)))
        self.emit("}")
        taken = eval(cond.replace("argc", "1"))
        before = v.dtype
        v.dtype = a if taken else (b if b is not None else before)
        v.join = v.join or (b if b is not None else before) != a
        v.idx = v.idx and "Half" not in (a, b)
        v.tags.add("branch")

    def cuda_branch(self):
        """A tensor or module moved to the GPU when there is one. This
        libtorch has no CUDA: the branch is never taken, the device after it
        is cpu or cuda depending on the machine, and no line is wrong for
        it; a device warning anywhere is a false alarm."""
        if self.modules and self.r.random() < 0.5:
            m = self.r.choice(self.modules)
            sep = "." if m.kind == "jit" else "->"
            self.emit("if (torch::cuda::is_available()) %s%sto(torch::kCUDA);" % (m.name, sep))
            m.tags.add("cuda-branch")
            return
        v = self.pick()
        self.emit("if (torch::cuda::is_available()) {")
        self.emit("  %s = %s.to(torch::kCUDA);" % (v.name, v.name))
        self.emit("}")
        v.tags.add("cuda-branch")

    def loop(self):
        r = self.r
        if r.random() < 0.5:
            # a risky statement repeated
            self.emit("for (int i = 0; i < 2; ++i) {")
            old = self.indent
            self.indent += "  "
            n = len(self.body)
            values = list(self.values)
            body = [self.operands, self.inplace] + ([self.module_call] if self.modules else [])
            r.choice(body)()
            for i in range(n, len(self.body)):
                self.body[i] = self.body[i].replace('"operands.', '"loop.operands.') \
                    .replace('"module.', '"loop.module.').replace('"inplace.', '"loop.inplace.')
            self.indent = old
            self.values = values  # what the body declared is out of scope
            self.emit("}")
            return
        # an accumulator whose dtype may change on the first iteration
        v = self.pick(lambda v: v.shape in (ROW, VEC) and v.dtype != "Bool")
        if v is None:
            return
        acc = self.add("Float", v.shape, "torch::zeros({%s}, %s)" % (
            ", ".join(map(str, v.shape)), self.spell("Float")), v.tags | {"loop"}, v.join)
        self.emit("for (int i = 0; i < 3; ++i) {")
        self.emit("  %s = %s + %s;" % (acc.name, acc.name, v.name))
        self.emit("}")
        after = promote_shapes(("Float", v.shape), (v.dtype, v.shape))
        acc.join = acc.join or after != "Float"
        acc.dtype = after

    def container(self):
        r = self.r
        a = self.pick(lambda v: v.shape in (ROW, VEC))
        if a is None:
            return None
        b = self.pick(lambda v: v.shape == a.shape)
        vec = self.fresh("list")
        self.emit("std::vector<torch::Tensor> %s{%s, %s};" % (vec, a.name, b.name))
        if r.random() < 0.5:
            return self._cat(vec, a, b)
        return self.add(a.dtype, a.shape, "%s[0]" % vec, a.tags | {"container"}, a.join, a.idx)

    def _cat(self, vec, a, b):
        # cat along dim 0 of two ROW tensors gives {4, 4}: not a shape the
        # generator uses further, so read its first two rows back.
        expr = "torch::cat(%s).slice(0, 0, %d)" % (vec, a.shape[0])
        return self.add(promote(a.dtype, b.dtype), a.shape, expr, a.tags | b.tags | {"container"},
                        a.join or b.join, a.idx and b.idx and "Half" not in (a.dtype, b.dtype))

    # ---- the program ---------------------------------------------------------
    def generate(self, statements):
        for _ in range(4):
            self.factory()
        steps = [
            (self.factory, 6), (self.options_variable, 2), (self.conversion, 10),
            (self.arithmetic, 8), (self.reduction, 5), (self.from_blob, 5),
            (self.module, 3), (self.module_call, 10), (self.operands, 10),
            (self.raw_read, 6), (self.inplace, 6), (self.discarded, 2),
            (self.helper, 5), (self.helper_call, 2), (self.member_holder, 2),
            (self.branch, 3), (self.loop, 3), (self.container, 3),
        ]
        fns, weights = zip(*steps)
        for _ in range(statements):
            self.r.choices(fns, weights)[0]()
        return self.text()

    def text(self):
        out = ["// Generated by test/difftest/generate.py from seed %d." % self.seed,
               '#include "difftest_runtime.h"',
               "",
               "#include <opencv2/core.hpp>",
               "#include <torch/script.h>",
               "",
               "#include <array>",
               "#include <cstdint>",
               "#include <vector>",
               "",
               "namespace {",
               ""]
        out += self.helpers
        out += ["}  // namespace", "",
                "int main(int argc, char **argv) {",
                "  (void)argv;",
                "  torch::manual_seed(%d);" % self.seed]
        out += self.body
        out += ["  return dt::finish();", "}", ""]
        return "\n".join(out)


def _size(ctype):
    return {"uint8_t": 1, "int8_t": 1, "int16_t": 2, "int32_t": 4, "int64_t": 8,
            "float": 4, "double": 8}[ctype]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("seed", type=int)
    ap.add_argument("-o", "--output", help="write here instead of stdout")
    ap.add_argument("--statements", type=int, default=30,
                    help="statements to generate (default 30)")
    a = ap.parse_args()
    text = Program(a.seed).generate(a.statements)
    if a.output:
        with open(a.output, "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
