"""One torch-tidy run on one file, and what it amounts to: findings, a file
that does not compile, a crash, a timeout, a configuration error."""
import os
import signal
from typing import List, Optional, Tuple

from . import deps as depmod
from . import summaries
from .diagnostics import (ExportError, SourceIndex, is_compile_error,
                          is_config_error, read_export)
from .procs import Finished, Processes
from .tidy import TorchTidy
from .units import Unit

# Statuses of a file's result.
OK = "ok"                        # analyzed; findings or not
COMPILE_ERROR = "compile-error"  # the file does not compile
CRASHED = "crashed"              # torch-tidy died of a signal
TIMEOUT = "timeout"              # killed after --timeout
FAILED = "failed"                # torch-tidy failed otherwise
CONFIG_ERROR = "config-error"    # torch-tidy refused the configuration
INTERRUPTED = "interrupted"      # stopped by Ctrl-C

CACHEABLE = {OK, COMPILE_ERROR}
TOOL_FAILURES = {CRASHED, TIMEOUT, FAILED, INTERRUPTED}


def _signal_name(returncode: int) -> str:
    try:
        return signal.Signals(-returncode).name
    except ValueError:
        return "signal %d" % -returncode


def _tail(text: str, lines: int = 12) -> str:
    kept = [l for l in text.splitlines() if l.strip()]
    return "\n".join(kept[-lines:])


def classify(done: Finished, export: str, index: SourceIndex
             ) -> Tuple[str, List[dict], str]:
    """(status, diagnostics, message) of a finished torch-tidy run; stderr
    is the run's without the -H lines."""
    if done.cancelled or done.returncode in (-signal.SIGINT,
                                             -signal.SIGTERM):
        return INTERRUPTED, [], "stopped"
    if done.timed_out:
        return TIMEOUT, [], "still running after the --timeout"
    if done.returncode < 0 or "Stack dump:" in done.stderr:
        what = (_signal_name(done.returncode) if done.returncode < 0
                else "exit status %d" % done.returncode)
        return CRASHED, [], "torch-tidy crashed (%s):\n%s" % (
            what, _tail(done.stderr))
    try:
        diagnostics = read_export(export, index)
    except ExportError as e:
        return FAILED, [], str(e)
    config = [d for d in diagnostics if is_config_error(d)]
    if config:
        return CONFIG_ERROR, diagnostics, config[0]["message"]
    if any(is_compile_error(d) for d in diagnostics):
        errors = sum(1 for d in diagnostics if is_compile_error(d))
        return COMPILE_ERROR, diagnostics, "does not compile (%d error%s)" % (
            errors, "" if errors == 1 else "s")
    if done.returncode != 0 and not any(d["level"] == "error"
                                        for d in diagnostics):
        return FAILED, diagnostics, "torch-tidy exited with %d:\n%s" % (
            done.returncode, _tail(done.stderr))
    return OK, diagnostics, ""


def run_unit(tidy: TorchTidy, procs: Processes, db_dir: str, unit: Unit,
             pch: Optional[str], tmpdir: str, serial: int
             ) -> Tuple[dict, List[str]]:
    """Runs torch-tidy on `unit` (with the precompiled header `pch` if
    given); returns its result and the headers it read."""
    export = os.path.join(tmpdir, "fixes-%d.yaml" % serial)
    summary = os.path.join(tmpdir, "summary-%d.json" % serial)
    config = None
    if unit.export_summaries:
        config = summaries.config_with(unit.config.text, export=summary)
    elif unit.summary_rules:
        config = summaries.config_with(unit.config.text,
                                       rules=unit.summary_rules)
    cmd = tidy.command(db_dir, unit.file, export, pch, config)
    done = procs.run(cmd, tidy.cwd)
    headers, stderr = depmod.from_h_output(done.stderr,
                                           unit.directory or tidy.cwd)
    done.stderr = stderr
    status, diagnostics, message = classify(done, export, SourceIndex())
    exported = summaries.read_export(summary) \
        if unit.export_summaries and status == OK else None
    for path in (export, summary):
        try:
            os.unlink(path)
        except OSError:
            pass
    result = {"file": unit.file, "status": status,
              "seconds": round(done.seconds, 3), "pch": bool(pch),
              "maxRssKiB": done.max_rss_kib,
              "output": done.stdout if status in (OK, COMPILE_ERROR,
                                                  CONFIG_ERROR) else "",
              "diagnostics": diagnostics, "message": message}
    if unit.export_summaries and status == OK:
        # None: no torch-* check ran (its configuration turns them off), so
        # what the file defines is not known.
        result["summary"] = exported
    return result, headers
