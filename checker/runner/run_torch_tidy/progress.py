"""Progress on stderr: one updating line on a terminal, one line per
finished file on a pipe or in CI, nothing with --quiet."""
import os
import shutil
import sys
import threading
import time
from typing import Dict, Optional, TextIO


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    return "%d:%02d" % divmod(seconds, 60)


class Progress:
    def __init__(self, mode: str, stream: TextIO = sys.stderr,
                 display_path=lambda p: p):
        """mode: 'auto', 'line' (one updating line), 'lines' (one line per
        file) or 'none'."""
        if mode == "auto":
            ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
            mode = "line" if stream.isatty() and not ci else "lines"
        self.mode = mode
        self.stream = stream
        self.display_path = display_path
        self.total = 0
        self.done = 0
        self.analyzed = 0
        self.analyzed_seconds = 0.0
        self.findings = 0
        self.in_flight: Dict[str, float] = {}
        self.start = time.monotonic()
        self._lock = threading.RLock()
        self._line_shown = False

    def begin(self, total: int) -> None:
        with self._lock:
            self.total = total
            self.start = time.monotonic()
            self._draw()

    def more(self, count: int) -> None:
        """Adds `count` files to the total (files a change reaches only
        through the summaries of another file's functions)."""
        with self._lock:
            self.total += count
            self._draw()

    def _eta(self) -> Optional[float]:
        remaining = self.total - self.done
        if remaining <= 0 or self.done == 0:
            return None
        elapsed = time.monotonic() - self.start
        return elapsed / self.done * remaining

    def _status(self) -> str:
        elapsed = time.monotonic() - self.start
        eta = self._eta()
        text = "[%d/%d] %d finding%s, %s elapsed" % (
            self.done, self.total, self.findings,
            "" if self.findings == 1 else "s", _clock(elapsed))
        if eta is not None:
            text += ", ETA %s" % _clock(eta)
        if self.in_flight:
            oldest = min(self.in_flight, key=self.in_flight.get)
            text += ": " + self.display_path(oldest)
        return text

    def _draw(self) -> None:
        if self.mode != "line":
            return
        width = shutil.get_terminal_size((100, 20)).columns - 1
        status = self._status()
        if len(status) > width:
            status = status[:max(0, width - 3)] + "..."
        self.stream.write("\r\x1b[K" + status)
        self.stream.flush()
        self._line_shown = True

    def tick(self) -> None:
        """Redraws the updating line (elapsed time, ETA)."""
        with self._lock:
            self._draw()

    def clear(self) -> None:
        """Takes the updating line away before other output."""
        with self._lock:
            if self._line_shown:
                self.stream.write("\r\x1b[K")
                self.stream.flush()
                self._line_shown = False

    def started(self, path: str) -> None:
        with self._lock:
            self.in_flight[path] = time.monotonic()
            self._draw()

    def finished(self, path: str, summary: str, findings: int,
                 seconds: Optional[float]) -> None:
        """One file done; seconds is None for a cached result."""
        with self._lock:
            self.in_flight.pop(path, None)
            self.done += 1
            self.findings += findings
            if seconds is not None:
                self.analyzed += 1
                self.analyzed_seconds += seconds
            if self.mode == "lines":
                when = "cached" if seconds is None else "%.1fs" % seconds
                self.stream.write("[%d/%d] %s: %s (%s)\n" % (
                    self.done, self.total, self.display_path(path), summary,
                    when))
                self.stream.flush()
            self._draw()

    def note(self, text: str) -> None:
        """A message that stays (warnings, failures), whatever the mode."""
        with self._lock:
            self.clear()
            self.stream.write(text.rstrip("\n") + "\n")
            self.stream.flush()
            self._draw()

    def end(self) -> None:
        with self._lock:
            self.clear()
