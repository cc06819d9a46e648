"""The change under review, read from git: the base commit (where the
branch left REF), the head commit, and per file of the diff its old and new
path and the lines it adds, grouped in hunks."""
import os
import re
import subprocess
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set, Tuple

from ..errors import UsageError

_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = {"a": "\a", "b": "\b", "t": "\t", "n": "\n", "v": "\v",
            "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


def git(args: List[str], cwd: str, binary: bool = False):
    try:
        p = subprocess.run(["git", *args], cwd=cwd, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
    except OSError as e:
        raise UsageError("--review needs git: %s" % e)
    if p.returncode != 0:
        raise UsageError("git %s: %s" % (" ".join(args),
                                         p.stderr.decode(errors="replace")
                                         .strip()))
    return p.stdout if binary else p.stdout.decode("utf-8", "replace")


def resolve(ref: str, top: str) -> Tuple[str, str, str]:
    """(base, start, head): the commit where HEAD's history left REF (what
    a pull request's diff is taken against), REF's commit, HEAD's."""
    try:
        start = git(["rev-parse", "--verify", "--quiet", ref + "^{commit}"],
                    top).strip()
    except UsageError:
        raise UsageError("--changed-since: '%s' is not a commit in %s"
                         % (ref, top))
    head = git(["rev-parse", "HEAD^{commit}"], top).strip()
    try:
        base = git(["merge-base", start, head], top).strip()
    except UsageError:
        raise UsageError("--review: '%s' and HEAD have no common ancestor"
                         % ref)
    return base, start, head


@dataclass
class Hunk:
    new_start: int
    new_count: int

    def lines(self) -> range:
        return range(self.new_start, self.new_start + self.new_count)


@dataclass
class FileDiff:
    old_path: Optional[str]     # None: added
    new_path: Optional[str]     # None: deleted
    hunks: List[Hunk] = field(default_factory=list)

    @property
    def added(self) -> Set[int]:
        return {n for h in self.hunks for n in h.lines()}

    def hunk_of(self, line: int) -> Optional[Hunk]:
        for h in self.hunks:
            if line in h.lines():
                return h
        return None


@dataclass
class Diff:
    files: Dict[str, FileDiff]   # by new path (relative to the work tree)

    def renamed_from(self, new_path: str) -> str:
        """The file's path in the base ('' when it is new)."""
        f = self.files.get(new_path)
        if f is None:
            return new_path
        return f.old_path or ""

    def renamed_to(self) -> Dict[str, str]:
        """Old path -> new path, of the files renamed."""
        return {f.old_path: p for p, f in self.files.items()
                if f.old_path and f.old_path != p}

    def added_lines(self, path: str) -> Set[int]:
        f = self.files.get(path)
        return f.added if f else set()


def unquote(path: str) -> str:
    """A path as git prints it: C-quoted when it has special characters."""
    if not (path.startswith('"') and path.endswith('"')):
        return path
    out = bytearray()
    s = path[1:-1]
    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            nxt = s[i + 1]
            if nxt in "01234567":
                out.append(int(s[i + 1:i + 4], 8))
                i += 4
                continue
            out += _ESCAPES.get(nxt, nxt).encode()
            i += 2
            continue
        out += c.encode()
        i += 1
    return out.decode("utf-8", "replace")


def _strip_prefix(path: str) -> Optional[str]:
    path = unquote(path)
    if path == "/dev/null":
        return None
    return path[2:] if path[:2] in ("a/", "b/") else path


def parse(text: str) -> Diff:
    """`git diff -U0 -M` output: files, renames and added lines."""
    files: Dict[str, FileDiff] = {}
    current: Optional[FileDiff] = None
    old = new = None
    for line in text.splitlines():
        if line.startswith("diff --git "):
            current, old, new = None, None, None
        elif line.startswith("rename from "):
            old = unquote(line[len("rename from "):])
        elif line.startswith("rename to "):
            new = unquote(line[len("rename to "):])
            current = FileDiff(old, new)
            files[new] = current
        elif line.startswith("--- "):
            old = _strip_prefix(line[4:])
        elif line.startswith("+++ "):
            new = _strip_prefix(line[4:])
            if current is None or current.new_path != new:
                current = FileDiff(old, new)
                if new is not None:
                    files[new] = current
        elif current is not None:
            m = _HUNK.match(line)
            if m:
                count = int(m.group(4)) if m.group(4) is not None else 1
                if count:
                    current.hunks.append(Hunk(int(m.group(3)), count))
    return Diff(files)


def read(base: str, top: str) -> Diff:
    """The work tree against BASE, renames found, no context lines."""
    return parse(git(["-c", "core.quotePath=true", "diff", "--no-color",
                      "--no-ext-diff", "-U0", "-M", base, "--"], top))


def relative(path: str, top: str) -> Optional[str]:
    """PATH relative to the work tree TOP, or None outside it."""
    rel = os.path.relpath(os.path.realpath(path), os.path.realpath(top))
    if rel == ".." or rel.startswith(".." + os.sep) or os.path.isabs(rel):
        return None
    return rel.replace(os.sep, "/")
