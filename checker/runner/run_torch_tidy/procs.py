"""Child processes that Ctrl-C can stop: every running child is known, and
cancel() terminates them all. Each run reports its peak memory."""
import os
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from typing import List, Optional, Sequence, Set


@dataclass
class Finished:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    timed_out: bool = False
    cancelled: bool = False
    max_rss_kib: int = 0


def _drain(stream, into: List[bytes]) -> None:
    into.append(stream.read())
    stream.close()


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
        out: List[bytes] = []
        err: List[bytes] = []
        readers = [threading.Thread(target=_drain, args=(p.stdout, out)),
                   threading.Thread(target=_drain, args=(p.stderr, err))]
        for r in readers:
            r.start()
        timed_out = threading.Event()

        def expire():
            timed_out.set()
            self._signal(p, signal.SIGKILL)

        timer = threading.Timer(self.timeout, expire) if self.timeout else None
        if timer:
            timer.start()
        # wait4, not wait: the child's own resource usage (peak memory).
        _, status, usage = os.wait4(p.pid, 0)
        if timer:
            timer.cancel()
        with self._lock:
            p.returncode = os.waitstatus_to_exitcode(status)
            self._live.discard(p)
        for r in readers:
            r.join()
        return Finished(p.returncode, b"".join(out).decode("utf-8", "replace"),
                        b"".join(err).decode("utf-8", "replace"),
                        time.monotonic() - start, timed_out.is_set(),
                        self.cancelled, usage.ru_maxrss)

    def _signal(self, p: subprocess.Popen, sig: int) -> None:
        with self._lock:
            if p.returncode is None:
                try:
                    os.kill(p.pid, sig)
                except OSError:
                    pass

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            live = list(self._live)
        for p in live:
            self._signal(p, signal.SIGTERM)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            with self._lock:
                if not self._live:
                    return
            time.sleep(0.05)
        for p in live:
            self._signal(p, signal.SIGKILL)
