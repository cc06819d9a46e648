"""Shared precompiled headers: which files share one, and building it.

Files whose flags agree (same command apart from the file and its output)
and that begin with the same library includes (preamble.py) share one PCH
of those includes, built once with clang++ of torch-tidy's LLVM version and
torch-tidy's resource directory, and cached across runs while the headers
it holds are unchanged. A PCH is built for a prefix of includes that two or
more files begin with (or reused from the cache for one). It is not used
where it could change a finding: when system-header diagnostics are on, or
when the header filter selects a non-system header the PCH would hold."""
import json
import os
import re
import tempfile
import threading
from collections import Counter
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from . import flags as flagmod
from . import preamble
from .cache import ResultCache, write_atomically
from .deps import parse_make
from .fingerprint import FileHasher, digest
from .units import Unit

# Always: templates the headers instantiate are instantiated once in the
# PCH instead of at the end of every file (what CMake does for clang PCHs),
# and no timestamps, since the cache checks the headers' contents.
PCH_FLAGS = ["-Xclang", "-fno-pch-timestamp", "-fpch-instantiate-templates"]


class Pch:
    def __init__(self, key: str, includes: Tuple[str, ...], flags: List[str],
                 directory: str):
        self.key = key
        self.includes = includes
        self.flags = flags
        self.directory = directory
        self.path: Optional[str] = None   # the .pch, once usable
        self.inputs: List = []            # [path, sha256] of its headers
        self.user_headers: List[str] = []  # non-system headers it holds
        self.state = "pending"  # pending, building, ready, failed, broken
        self.error = ""
        self.cached = False
        self.build_seconds = 0.0
        self.build_rss_kib = 0
        self.lock = threading.Lock()


class Planner:
    def __init__(self, clang: Optional[str], resource_dir: str,
                 cache: ResultCache, hasher: FileHasher, tmpdir: str,
                 extra_before: Sequence[str], extra_after: Sequence[str]):
        self.clang = clang
        self.resource_dir = resource_dir
        self.cache = cache
        self.hasher = hasher
        self.tmpdir = tmpdir
        self.extra_before = list(extra_before)
        self.extra_after = list(extra_after)
        self._dirs: Dict[str, flagmod.IncludeDirs] = {}

    def include_dirs(self, flags: Sequence[str],
                     directory: str) -> flagmod.IncludeDirs:
        key = digest(list(flags), directory)
        if key not in self._dirs:
            self._dirs[key] = flagmod.include_dirs(
                self.clang or "clang++", self.resource_dir, flags, directory)
        return self._dirs[key]

    def unit_flags(self, unit: Unit) -> List[str]:
        c = unit.commands[0]
        return (self.extra_before
                + flagmod.parse_args(c.arguments, c.file, c.directory)
                + self.extra_after)

    def _refusal(self, unit: Unit) -> Optional[str]:
        if not self.clang:
            return "no clang++ of torch-tidy's LLVM version"
        if not self.resource_dir:
            return "torch-tidy's resource directory is unknown"
        if not unit.commands:
            return "it is not in the compilation database"
        if len(unit.commands) > 1:
            return "the database compiles it more than once"
        if unit.config.system_headers:
            return "system-header diagnostics are on"
        c = unit.commands[0]
        return flagmod.pch_refusal(c.arguments, self.unit_flags(unit))

    def plan(self, units: Sequence[Unit]) -> List[Pch]:
        """Gives each unit that can share a PCH its Pch (unit.pch), the
        others the reason why not (unit.pch_note)."""
        groups: Dict[str, List[Tuple[Unit, Tuple[str, ...]]]] = {}
        group_info: Dict[str, Tuple[List[str], str]] = {}
        for u in units:
            reason = self._refusal(u)
            if reason:
                u.pch_note = reason
                continue
            fl = self.unit_flags(u)
            dirs = self.include_dirs(fl, u.directory)
            includes, stop = preamble.scan(u.file, dirs.quote + dirs.user)
            # Only the part up to the last heavy include is worth it.
            while includes and not preamble.is_heavy(includes[-1:]):
                includes = includes[:-1]
            if not includes:
                u.pch_note = "no LibTorch or OpenCV include comes " \
                             "before the %s" % stop
                continue
            gkey = digest(self.clang, self.resource_dir, fl, u.directory)
            groups.setdefault(gkey, []).append((u, includes))
            group_info[gkey] = (fl, u.directory)
        pchs: List[Pch] = []
        for gkey in sorted(groups):
            fl, directory = group_info[gkey]
            pchs += self._choose(gkey, groups[gkey], fl, directory)
        return pchs

    def _choose(self, gkey, members, fl, directory) -> List[Pch]:
        """First a PCH still valid in the cache, for each file the one of its
        longest include prefix; then, greedily, a new PCH of the prefix most
        of the other files begin with (the longer on a tie), if two or more
        do; again for the rest."""
        out: List[Pch] = []
        remaining = []
        for u, inc in members:
            for k in range(len(inc), 0, -1):
                if not preamble.is_heavy(inc[:k]):
                    continue
                pch = self._cached(gkey, inc[:k], fl, directory, out)
                if pch:
                    u.pch = pch
                    break
            else:
                remaining.append((u, inc))
        while remaining:
            counts: Counter = Counter()
            for _, inc in remaining:
                for k in range(1, len(inc) + 1):
                    if preamble.is_heavy(inc[:k]):
                        counts[inc[:k]] += 1
            best = max(sorted(counts), key=lambda p: (counts[p], len(p)))
            if counts[best] < 2:
                break
            pch = Pch(digest(gkey, list(best)), best, fl, directory)
            out.append(pch)
            rest = []
            for u, inc in remaining:
                if inc[:len(best)] == best:
                    u.pch = pch
                else:
                    rest.append((u, inc))
            remaining = rest
        for u, _ in remaining:
            u.pch_note = "no other file begins with the same includes"
        return out

    def _cached(self, gkey, includes, fl, directory, made: List[Pch]
                ) -> Optional[Pch]:
        key = digest(gkey, list(includes))
        for p in made:
            if p.key == key:
                return p
        path = self.cache.pch_lookup(key, self.hasher)
        if not path:
            return None
        pch = Pch(key, includes, fl, directory)
        self._adopt_cached(pch, path)
        made.append(pch)
        return pch

    def _adopt_cached(self, pch: Pch, path: str) -> None:
        _, _, manifest = self.cache.pch_paths(pch.key)
        with open(manifest, encoding="utf-8") as f:
            pch.inputs = json.load(f)["inputs"]
        pch.path, pch.state, pch.cached = path, "ready", True
        dirs = self.include_dirs(pch.flags, pch.directory)
        pch.user_headers = [p for p, _ in pch.inputs
                            if not flagmod.is_system_file(p, dirs)]

    def build(self, pch: Pch, run: Callable) -> None:
        """Builds `pch` (run: the process runner, which honours Ctrl-C)."""
        if self.cache.enabled:
            header, target, _ = self.cache.pch_paths(pch.key)
        else:
            base = os.path.join(self.tmpdir, "pch-" + pch.key[:16])
            header, target = base + ".h", base + ".pch"
        write_atomically(header, preamble.header_text(pch.includes))
        fd, partial = tempfile.mkstemp(dir=os.path.dirname(target),
                                       prefix=".tmp-", suffix=".pch")
        os.close(fd)
        depfile = partial + ".d"
        cmd = [self.clang, "-resource-dir", self.resource_dir, *pch.flags,
               "-x", "c++-header", header, "-o", partial, *PCH_FLAGS,
               "-MD", "-MF", depfile]
        try:
            outcome = run(cmd, pch.directory)
            if outcome.returncode != 0:
                pch.state = "failed"
                pch.error = _first_error(outcome.stderr) or \
                    "clang++ exited with %s" % outcome.returncode
                return
            with open(depfile, encoding="utf-8", errors="replace") as f:
                rules = parse_make(f.read(), pch.directory)
            deps = sorted({d for ds in rules.values() for d in ds
                           if d != os.path.normpath(header)})
            pch.inputs = [list(p) for p in self.hasher.hashes(deps)]
            dirs = self.include_dirs(pch.flags, pch.directory)
            pch.user_headers = [d for d in deps
                                if not flagmod.is_system_file(d, dirs)]
            os.replace(partial, target)
            if self.cache.enabled:
                self.cache.pch_store(pch.key, pch.inputs)
            pch.path, pch.state = target, "ready"
            pch.build_seconds = outcome.seconds
            pch.build_rss_kib = outcome.max_rss_kib
        finally:
            for p in (partial, depfile):
                try:
                    os.unlink(p)
                except OSError:
                    pass

    @staticmethod
    def usable_for(pch: Pch, unit: Unit) -> Optional[str]:
        """Why `unit` must not use the built `pch`, or None."""
        regex = unit.config.header_filter
        if not regex or not pch.user_headers:
            return None
        try:
            r = re.compile(regex)
        except re.error:
            return "the header filter is not a Python regular expression"
        for h in pch.user_headers:
            if r.search(h):
                return "the header filter selects %s, which the " \
                       "precompiled header holds" % h
        return None


def _first_error(stderr: str) -> str:
    for line in stderr.splitlines():
        if "error:" in line:
            return line.strip()
    return ""


def find_clang(tidy) -> Optional[str]:
    return tidy.companion("clang++")
