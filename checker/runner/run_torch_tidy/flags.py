"""What a compile command means for sharing a precompiled header: the flags
clang-tidy parses with, whether a PCH can be added, and the include search
directories."""
import functools
import os
import re
import subprocess
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

# Flags that produce output or dependency files: clang-tidy drops them (its
# argument adjusters) and so does a PCH build.
_DROP_WITH_VALUE = {"-o", "-MF", "-MT", "-MQ", "-MJ"}
_DROP = {"-c", "-S", "-E", "-M", "-MM", "-MD", "-MMD", "-MG", "-MP",
         "-fsyntax-only", "--save-temps", "-save-temps"}
_DROP_PREFIX = ("-o", "-MF", "-MT", "-MQ", "-MJ", "-fcolor-diagnostics",
                "-fno-color-diagnostics", "-fdiagnostics-color",
                "-save-temps=", "--save-temps=")

# Flags after which a precompiled header of ours would not be what the file
# sees first: forced includes, PCHs of the build's own, modules, languages.
_NO_PCH_PREFIX = ("-include", "-imacros", "--include", "-fmodules",
                  "-fmodule-", "-fprebuilt-module", "-x", "--language",
                  "-emit-", "-fpch-", "-Xclang", "/Yu", "/FI", "-Yu",
                  "-fplugin", "-arch")

_CXX_DRIVER = re.compile(r"(^|[-/])(c\+\+|g\+\+|clang\+\+)(-[0-9.]+)?(\.exe)?$")


@dataclass(frozen=True)
class IncludeDirs:
    """Absolute include search directories by kind, in search order."""
    quote: Tuple[str, ...]    # -iquote
    user: Tuple[str, ...]     # -I
    system: Tuple[str, ...]   # -isystem, -idirafter and the compiler's own


def parse_args(arguments: Sequence[str], source: str,
               directory: str) -> List[str]:
    """The flags of a compile command without the compiler, the source file
    and the output and dependency-file options: what clang-tidy gives the
    driver (it adds -fsyntax-only) and what a PCH for the file is built
    with."""
    out: List[str] = []
    args = list(arguments[1:])
    i = 0
    while i < len(args):
        a = args[i]
        if a in _DROP_WITH_VALUE:
            i += 2
            continue
        if a in _DROP or a.startswith(_DROP_PREFIX):
            i += 1
            continue
        if os.path.normpath(os.path.join(directory, a)) == source:
            i += 1
            continue
        out.append(a)
        i += 1
    return out


def pch_refusal(arguments: Sequence[str], flags: Sequence[str]) -> Optional[str]:
    """Why a file compiled with these flags cannot use a shared precompiled
    header, or None."""
    if not _CXX_DRIVER.search(os.path.basename(arguments[0])):
        return "its compiler '%s' is not a C++ driver" % arguments[0]
    for f in flags:
        if f.startswith(_NO_PCH_PREFIX) or f == "--":
            return "its flags have '%s'" % f
    return None


def _joined_or_next(args: Sequence[str], i: int, flag: str):
    """For '-Ifoo' or '-I foo' at args[i]: (value, next index)."""
    a = args[i]
    if a == flag:
        return (args[i + 1] if i + 1 < len(args) else None), i + 2
    return a[len(flag):], i + 1


def explicit_include_dirs(flags: Sequence[str], directory: str):
    quote, user, system = [], [], []
    i = 0
    kinds = (("-iquote", quote), ("-isystem", system), ("-idirafter", system),
             ("-cxx-isystem", system), ("-I", user))
    while i < len(flags):
        a = flags[i]
        for flag, into in kinds:
            if a.startswith(flag):
                value, i = _joined_or_next(flags, i, flag)
                if value:
                    into.append(os.path.normpath(os.path.join(directory, value)))
                break
        else:
            if a.startswith("--include-directory="):
                user.append(os.path.normpath(
                    os.path.join(directory, a.split("=", 1)[1])))
            i += 1
    return quote, user, system


def compiler_include_dirs(clang: str, resource_dir: str,
                          flags: Sequence[str], directory: str) -> List[str]:
    """The <...> search list the compiler uses with these flags (explicit
    -I and -isystem included), from `clang -E -v`."""
    try:
        p = subprocess.run(
            [clang, "-resource-dir", resource_dir, *flags, "-E", "-x", "c++",
             "-v", os.devnull, "-o", os.devnull],
            cwd=directory, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            text=True, errors="replace", timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return []
    dirs, inside = [], False
    for line in p.stderr.splitlines():
        if line.startswith("#include <...> search starts here"):
            inside = True
        elif line.startswith("End of search list"):
            break
        elif inside and line.startswith(" "):
            d = line.strip()
            if d.endswith("(framework directory)"):
                continue
            dirs.append(os.path.normpath(d))
    return dirs


def include_dirs(clang: str, resource_dir: str, flags: Sequence[str],
                 directory: str) -> IncludeDirs:
    quote, user, system = explicit_include_dirs(flags, directory)
    known = set(quote) | set(user) | set(system)
    defaults = [d for d in compiler_include_dirs(clang, resource_dir, flags,
                                                 directory) if d not in known]
    return IncludeDirs(tuple(quote), tuple(user), tuple(system + defaults))


@functools.lru_cache(maxsize=None)
def _prefixes(dirs: IncludeDirs) -> Tuple[Tuple[str, bool], ...]:
    out = []
    for is_system, group in ((False, dirs.quote), (False, dirs.user),
                             (True, dirs.system)):
        for d in group:
            for cand in {d, os.path.realpath(d)}:
                out.append((cand.rstrip("/") + "/", is_system))
    return tuple(out)


def is_system_file(path: str, dirs: IncludeDirs) -> bool:
    """Whether a header is a system header under these search directories:
    the most specific directory that holds it is a system one."""
    best, best_system = -1, False
    for p in {path, os.path.realpath(path)}:
        for prefix, is_system in _prefixes(dirs):
            if p.startswith(prefix) and len(prefix) > best:
                best, best_system = len(prefix), is_system
    return best_system
