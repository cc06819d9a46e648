"""Findings as clang-tidy prints them: torch-tidy's own text, each
diagnostic (with its source lines and notes) printed once even when several
files report it."""
import re
import threading
from typing import List, Set, TextIO

_STARTS_BLOCK = re.compile(
    r"^(?:.+?:\d+:\d+: |)(?:warning|error|remark|fatal error): ")


def blocks(text: str) -> List[str]:
    """torch-tidy's stdout cut into diagnostics: a block starts at a
    warning, error or remark line and holds the lines under it (source
    excerpt, fix-it, notes)."""
    out: List[List[str]] = []
    for line in text.splitlines(keepends=True):
        if _STARTS_BLOCK.match(line) or not out:
            out.append([line])
        else:
            out[-1].append(line)
    return ["".join(b) for b in out if "".join(b).strip()]


class TextPrinter:
    """Prints blocks not printed before, whole, under a lock."""

    def __init__(self, stream: TextIO, before_print=None):
        self.stream = stream
        self.before_print = before_print
        self._seen: Set[str] = set()
        self._lock = threading.Lock()

    def print_output(self, text: str) -> None:
        fresh = []
        with self._lock:
            for b in blocks(text):
                if b not in self._seen:
                    self._seen.add(b)
                    fresh.append(b)
        if not fresh:
            return
        if self.before_print:
            self.before_print()
        with self._lock:
            for b in fresh:
                self.stream.write(b if b.endswith("\n") else b + "\n")
            self.stream.flush()
