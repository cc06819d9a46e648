"""Child processes that Ctrl-C can stop: every running child is known, and
cancel() terminates them all."""
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from typing import Optional, Sequence, Set


@dataclass
class Finished:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    timed_out: bool = False
    cancelled: bool = False


class Processes:
    def __init__(self, timeout: Optional[float] = None):
        self.timeout = timeout
        self.cancelled = False
        self._live: Set[subprocess.Popen] = set()
        self._lock = threading.Lock()

    def run(self, cmd: Sequence[str], cwd: str) -> Finished:
        start = time.monotonic()
        with self._lock:
            if self.cancelled:
                return Finished(-signal.SIGTERM, "", "", 0.0, cancelled=True)
            try:
                p = subprocess.Popen(list(cmd), cwd=cwd or None,
                                     stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
            except OSError as e:
                return Finished(127, "", "cannot run %s: %s" % (cmd[0], e),
                                0.0)
            self._live.add(p)
        timed_out = False
        try:
            try:
                out, err = p.communicate(timeout=self.timeout)
            except subprocess.TimeoutExpired:
                timed_out = True
                p.kill()
                out, err = p.communicate()
        finally:
            with self._lock:
                self._live.discard(p)
        return Finished(p.returncode, out.decode("utf-8", "replace"),
                        err.decode("utf-8", "replace"),
                        time.monotonic() - start, timed_out, self.cancelled)

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            live = list(self._live)
        for p in live:
            try:
                p.terminate()
            except OSError:
                pass
        deadline = time.monotonic() + 5
        for p in live:
            try:
                p.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                p.kill()
