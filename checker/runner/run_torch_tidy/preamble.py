"""The library includes a translation unit begins with.

A precompiled header of those includes can stand in for them only when
nothing the file (or a project header it starts with) says before them
could change how they are read: no macro, no pragma but `#pragma once`, no
declaration. The scan follows the file from its first line through comments,
include guards and `#pragma once`, into project headers included with
quotes, and collects the `#include <...>` lines of LibTorch, OpenCV and the
C++ standard library; it stops at anything else."""
import os
import re
from typing import List, Optional, Sequence, Set, Tuple

# First path components of the headers worth precompiling.
HEAVY_ROOTS = {"torch", "ATen", "c10", "caffe2", "opencv2", "torchvision"}
_LIBRARY_ROOTS = HEAVY_ROOTS | {"opencv"}

_STD_HEADERS = set("""
algorithm any array atomic barrier bit bitset cassert ccomplex cctype cerrno
cfenv cfloat charconv chrono cinttypes ciso646 climits clocale cmath codecvt
compare complex concepts condition_variable coroutine csetjmp csignal
cstdalign cstdarg cstdbool cstddef cstdint cstdio cstdlib cstring ctgmath
ctime cuchar cwchar cwctype deque exception execution expected filesystem
format forward_list fstream functional future initializer_list iomanip ios
iosfwd iostream istream iterator latch limits list locale map memory
memory_resource mutex new numbers numeric optional ostream queue random
ranges ratio regex scoped_allocator semaphore set shared_mutex source_location
span sstream stack stdexcept stop_token streambuf string string_view
syncstream system_error thread tuple type_traits typeindex typeinfo
unordered_map unordered_set utility valarray variant vector version
""".split())

_DIRECTIVE = re.compile(r"#\s*(\w+)\s*(.*)$")
_ANGLE = re.compile(r"<([^>]+)>\s*$")
_QUOTE = re.compile(r'"([^"]+)"\s*$')
_IDENT = re.compile(r"[A-Za-z_]\w*$")

MAX_DEPTH = 16


def is_library_header(name: str) -> bool:
    return name in _STD_HEADERS or name.split("/", 1)[0] in _LIBRARY_ROOTS


def is_heavy(includes: Sequence[str]) -> bool:
    """Whether these includes are worth a precompiled header."""
    return any(n.split("/", 1)[0] in HEAVY_ROOTS for n in includes)


def _logical_lines(text: str):
    """The file's lines with comments removed. A line continuation ends the
    usable part (yields None)."""
    in_block = False
    for raw in text.splitlines():
        if raw.endswith("\\"):
            yield None
            return
        line, i, out = raw, 0, []
        while i < len(line):
            if in_block:
                end = line.find("*/", i)
                if end < 0:
                    i = len(line)
                    continue
                in_block, i = False, end + 2
                out.append(" ")
                continue
            if line.startswith("//", i):
                break
            if line.startswith("/*", i):
                in_block, i = True, i + 2
                continue
            if line[i] in "\"'" and not _is_directive(out):
                # Code, not a directive: stop here.
                out.append(line[i:])
                break
            out.append(line[i])
            i += 1
        yield "".join(out).strip()


def _is_directive(out: List[str]) -> bool:
    return "".join(out).lstrip().startswith("#")


class _Scan:
    def __init__(self, quote_dirs: Sequence[str]):
        self.quote_dirs = list(quote_dirs)
        self.includes: List[str] = []
        self.entered: Set[str] = set()
        self.stop: Optional[str] = None

    def resolve_quoted(self, name: str, includer: str) -> Optional[str]:
        for d in [os.path.dirname(includer)] + self.quote_dirs:
            candidate = os.path.normpath(os.path.join(d, name))
            if os.path.isfile(candidate):
                return candidate
        return None

    def file(self, path: str, depth: int, is_header: bool) -> bool:
        """Scans one file; True when all of it was consumed."""
        real = os.path.realpath(path)
        if real in self.entered:
            return True  # guarded or only includes: nothing new
        self.entered.add(real)
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
        except OSError as e:
            self.stop = "cannot read %s: %s" % (path, e)
            return False
        guard: Optional[str] = None
        guard_state = "none" if is_header else "done"
        for line in _logical_lines(text):
            if line is None:
                self.stop = "line continuation in %s" % path
                return False
            if not line:
                continue
            m = _DIRECTIVE.match(line)
            if not m:
                self.stop = "code in %s" % path
                return False
            word, rest = m.group(1), m.group(2).strip()
            if guard_state == "ifndef":
                if word == "define" and rest == guard:
                    guard_state = "inside"
                    continue
                self.stop = "#ifndef without a guard #define in %s" % path
                return False
            if word == "ifndef" and guard_state == "none" and _IDENT.match(rest):
                guard, guard_state = rest, "ifndef"
                continue
            if word == "endif" and guard_state == "inside":
                guard_state = "closed"
                continue
            if word == "pragma" and rest == "once" and is_header:
                continue
            if word != "include" or guard_state == "closed":
                self.stop = "#%s in %s" % (word, path)
                return False
            if guard_state == "none":
                guard_state = "done"
            angle = _ANGLE.match(rest)
            if angle:
                name = angle.group(1).strip()
                if not is_library_header(name):
                    self.stop = "#include <%s> in %s" % (name, path)
                    return False
                if name not in self.includes:
                    self.includes.append(name)
                continue
            quoted = _QUOTE.match(rest)
            if not quoted or depth >= MAX_DEPTH:
                self.stop = "#include %s in %s" % (rest, path)
                return False
            name = quoted.group(1)
            target = self.resolve_quoted(name, path)
            if target is None or is_library_header(name):
                self.stop = '#include "%s" in %s' % (name, path)
                return False
            if not self.file(target, depth + 1, True):
                return False
        return True


def scan(source: str, quote_dirs: Sequence[str]) -> Tuple[Tuple[str, ...], str]:
    """The library headers `source` begins with, in order, and why the scan
    stopped. Quoted includes are looked up next to the including file and
    in `quote_dirs` (-iquote, then -I)."""
    s = _Scan(quote_dirs)
    s.file(source, 0, False)
    return tuple(s.includes), s.stop or "end of file"


def header_text(includes: Sequence[str]) -> str:
    """The header a precompiled header is built from."""
    return "".join("#include <%s>\n" % name for name in includes)
