"""Runs the analyses on -j workers: precompiled headers first (files wait for
theirs), then the longest files first. A file that fails to compile (or
crashes) with a shared PCH is analyzed again without it, and that PCH is not
used for the rest of the run if the file is fine without it. Ctrl-C stops every worker
and child process."""
import concurrent.futures as cf
import os
from typing import Callable, List, Optional, Tuple

from .analyze import (COMPILE_ERROR, CONFIG_ERROR, CRASHED, FAILED, OK,
                      run_unit)
from .errors import UsageError
from .pch import Pch, Planner
from .procs import Processes
from .progress import Progress
from .tidy import TorchTidy
from .units import Unit


class Scheduler:
    def __init__(self, jobs: int, tidy: TorchTidy, procs: Processes,
                 planner: Planner, progress: Progress, db_dir: str,
                 tmpdir: str, on_done: Callable[[Unit], None]):
        self.jobs = max(1, jobs)
        self.tidy = tidy
        self.procs = procs
        self.planner = planner
        self.progress = progress
        self.db_dir = db_dir
        self.tmpdir = tmpdir
        self.on_done = on_done
        self._serial = 0

    def _next_serial(self) -> int:
        self._serial += 1
        return self._serial

    # Work done on the workers.

    def _build(self, pch: Pch) -> Pch:
        self.planner.build(pch, self.procs.run)
        return pch

    def _analyze(self, unit: Unit, serial: int) -> Unit:
        pch_path = None
        pch: Optional[Pch] = unit.pch
        if pch is not None:
            if pch.state == "ready":
                why_not = Planner.usable_for(pch, unit)
                if why_not:
                    unit.pch_note = why_not
                else:
                    pch_path = pch.path
            elif pch.state == "failed":
                unit.pch_note = "building the precompiled header failed: " \
                    + pch.error
            elif pch.state == "broken":
                unit.pch_note = "the precompiled header " + pch.error
        self.progress.started(unit.file)
        result, headers = run_unit(self.tidy, self.procs, self.db_dir, unit,
                                   pch_path, self.tmpdir, serial)
        if pch_path and result["status"] in (COMPILE_ERROR, FAILED, CRASHED):
            first_error = next((d["message"] for d in result["diagnostics"]
                                if d["level"] == "error"), result["message"])
            retry, retry_headers = run_unit(self.tidy, self.procs,
                                            self.db_dir, unit, None,
                                            self.tmpdir, serial)
            if retry["status"] == OK:
                pch.state = "broken"
                pch.error = "failed for %s (%s)" % (
                    os.path.basename(unit.file), first_error)
                unit.pch_note = "the precompiled header " + pch.error
            retry["seconds"] = round(retry["seconds"] + result["seconds"], 3)
            retry["maxRssKiB"] = max(retry["maxRssKiB"], result["maxRssKiB"])
            result, headers, pch_path = retry, retry_headers, None
        inputs = [unit.file] + headers
        if pch_path:
            inputs += [p for p, _ in pch.inputs]
        unit.result, unit.inputs, unit.headers = result, inputs, headers
        return unit

    # The dispatcher, on the calling thread.

    def run(self, units: List[Unit], pchs: List[Pch]) -> None:
        for u in units:
            if u.pch is not None and u.pch not in pchs:
                u.pch = None
        builds = sorted((p for p in pchs if p.state == "pending"),
                        key=lambda p: -sum(1 for u in units if u.pch is p))
        waiting = sorted(units, key=lambda u: (-u.estimate, u.file))
        running = {}
        with cf.ThreadPoolExecutor(self.jobs) as pool:
            try:
                while builds or waiting or running:
                    while len(running) < self.jobs:
                        task = self._take(builds, waiting)
                        if task is None:
                            break
                        kind, item = task
                        if kind == "pch":
                            item.state = "building"
                            f = pool.submit(self._build, item)
                        else:
                            f = pool.submit(self._analyze, item,
                                            self._next_serial())
                        running[f] = task
                    if not running:
                        break
                    done, _ = cf.wait(running, timeout=0.5,
                                      return_when=cf.FIRST_COMPLETED)
                    self.progress.tick()
                    for f in done:
                        kind, item = running.pop(f)
                        f.result()  # a bug in a worker surfaces here
                        if kind == "pch" and item.state == "building":
                            item.state = "failed"
                        if kind == "unit":
                            if item.result["status"] == CONFIG_ERROR:
                                raise UsageError(item.result["message"])
                            self.on_done(item)
            except BaseException:
                self.procs.cancel()
                for f in running:
                    f.cancel()
                raise

    @staticmethod
    def _take(builds: List[Pch], waiting: List[Unit]) -> Optional[Tuple]:
        if builds:
            return "pch", builds.pop(0)
        for i, u in enumerate(waiting):
            if u.pch is None or u.pch.state not in ("pending", "building"):
                return "unit", waiting.pop(i)
        return None

