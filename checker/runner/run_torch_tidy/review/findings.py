"""New findings and where they go.

A finding of the head is new when the base has no finding with the same
check, message and code (the text of its line, whitespace-normalized) in
the same file (followed through renames): line numbers do not count, so
code that only moved is not new. Each new finding is placed on its own
line when the diff adds that line, otherwise on the first of its notes
whose line the diff adds, otherwise in the summary."""
import hashlib
import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from ..diagnostics import SourceIndex
from .gitdiff import Diff, relative

REPORTED = ("warning", "error")


class Sources(SourceIndex):
    """The lines of files, read once."""

    def line_span(self, path: str, line: int) -> Optional[Tuple[int, int]]:
        """Byte offsets of the start and end (before the newline) of a
        1-based line."""
        data = self.data(path)
        if data is None or line < 1:
            return None
        start = 0
        for _ in range(line - 1):
            nl = data.find(b"\n", start)
            if nl < 0:
                return None
            start = nl + 1
        end = data.find(b"\n", start)
        return start, len(data) if end < 0 else end

    def line(self, path: str, line: int) -> str:
        span = self.line_span(path, line)
        if span is None:
            return ""
        return self.data(path)[span[0]:span[1]].decode("utf-8", "replace")


def normalized(code: str) -> str:
    return " ".join(code.split())


@dataclass
class Place:
    path: str            # relative to the work tree
    line: int            # 1-based
    column: int          # 1-based, bytes


@dataclass
class Note:
    message: str
    place: Optional[Place]


@dataclass
class Finding:
    check: str
    level: str
    message: str
    place: Place
    code: str                          # the finding's line, as written
    notes: List[Note]
    fixes: List[dict]                  # {file, offset, length, text}
    key: str = ""                      # stable over pushes (the marker)
    comment: Optional[Place] = None    # where the comment goes; None: summary
    via_note: Optional[Note] = None    # the note it is placed on

    def identity(self) -> tuple:
        return (self.check, self.message, self.place.path,
                normalized(self.code))


@dataclass
class Review:
    new: List[Finding]
    existing: int                      # head findings the base had too
    base_findings: int
    files: int                         # files analyzed at the head
    tool_failures: List[str] = field(default_factory=list)

    @property
    def inline(self) -> List[Finding]:
        return [f for f in self.new if f.comment]

    @property
    def summary(self) -> List[Finding]:
        return [f for f in self.new if not f.comment]


def _place(loc: Optional[dict], root: str) -> Optional[Place]:
    if not loc or not loc.get("line"):
        return None
    rel = relative(loc["file"], root)
    if rel is None:
        return None
    return Place(rel, loc["line"], loc["column"])


def read(doc: dict, root: str, sources: Sources,
         renamed: Optional[Dict[str, str]] = None) -> List[Finding]:
    """The warnings and errors of a result document in files under ROOT,
    paths relative to it (RENAMED maps them to the head's names)."""
    renamed = renamed or {}
    out = []
    for d in doc["diagnostics"]:
        place = _place(d["location"], root)
        if d["level"] not in REPORTED or place is None:
            continue
        code = sources.line(os.path.join(root, place.path), place.line)
        place.path = renamed.get(place.path, place.path)
        notes = []
        for n in d["notes"]:
            p = _place(n["location"], root)
            if p:
                p.path = renamed.get(p.path, p.path)
            notes.append(Note(n["message"], p))
        out.append(Finding(d["check"], d["level"], d["message"], place, code,
                           notes, d["fixes"]))
    return out


def _key(f: Finding, occurrence: int) -> str:
    text = "\0".join(f.identity()) + "\0%d" % occurrence
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def new_findings(head: List[Finding], base: List[Finding], diff: Diff
                 ) -> Tuple[List[Finding], int]:
    """The head's findings the base does not have (as many of each
    identity as the head has more), with their keys; and how many it
    has."""
    remaining: Dict[tuple, int] = {}
    for b in base:
        remaining[b.identity()] = remaining.get(b.identity(), 0) + 1
    # Of equal findings, those on lines the change did not add are the
    # base's.
    order = sorted(head, key=lambda f: (
        f.place.line in diff.added_lines(f.place.path), f.place.path,
        f.place.line, f.place.column))
    new, seen = [], {}
    for f in order:
        ident = f.identity()
        seen[ident] = seen.get(ident, 0) + 1
        f.key = _key(f, seen[ident])
        if remaining.get(ident, 0) > 0:
            remaining[ident] -= 1
        else:
            new.append(f)
    new.sort(key=lambda f: (f.place.path, f.place.line, f.place.column,
                            f.check, f.message))
    return new, len(head) - len(new)


def place(findings: List[Finding], diff: Diff) -> None:
    """Sets where each finding is commented (None: the summary)."""
    for f in findings:
        if f.place.line in diff.added_lines(f.place.path):
            f.comment = f.place
            continue
        for n in f.notes:
            if n.place and n.place.line in diff.added_lines(n.place.path):
                f.comment, f.via_note = n.place, n
                break


@dataclass
class Suggestion:
    path: str
    start_line: int
    end_line: int
    text: str                  # the new text of lines start..end


def suggestion(f: Finding, root: str, diff: Diff, sources: Sources
               ) -> Optional[Suggestion]:
    """The fixed text of the commented lines, when the fix-its change only
    lines the diff adds, in one hunk, around the finding's own line."""
    if not f.fixes or f.comment is not f.place:
        return None
    path = os.path.join(root, f.place.path)
    if any(os.path.realpath(r["file"]) != os.path.realpath(path)
           for r in f.fixes):
        return None
    data = sources.data(path)
    if data is None:
        return None
    lines = [f.place.line]
    for r in f.fixes:
        if r["offset"] + r["length"] > len(data):
            return None
        lines.append(data.count(b"\n", 0, r["offset"]) + 1)
        lines.append(data.count(b"\n", 0, r["offset"] + r["length"]) + 1)
    lo, hi = min(lines), max(lines)
    hunk = diff.files[f.place.path].hunk_of(f.place.line)
    if hunk is None or lo not in hunk.lines() or hi not in hunk.lines():
        return None
    start = sources.line_span(path, lo)[0]
    end = sources.line_span(path, hi)[1]
    text = data[start:end]
    last = len(text) + 1
    for r in sorted(f.fixes, key=lambda r: r["offset"], reverse=True):
        off = r["offset"] - start
        if off + r["length"] > last:
            return None  # overlapping replacements
        text = text[:off] + r["text"].encode("utf-8") + \
            text[off + r["length"]:]
        last = off
    return Suggestion(f.place.path, lo, hi, text.decode("utf-8", "replace"))
