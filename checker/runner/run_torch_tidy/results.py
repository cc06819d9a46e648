"""The result of a run as one JSON document (--format=json, and what
`merge` reads), its summary line, and the exit status."""
import json
import os
from typing import Dict, List, Optional

from .analyze import COMPILE_ERROR, TOOL_FAILURES
from .diagnostics import FAIL_LEVELS, counts, merge
from .errors import (EXIT_CLEAN, EXIT_FINDINGS, EXIT_TOOL_FAILED,
                     UsageError)

FORMAT = "run-torch-tidy/report/1"


def document(files: List[dict], version: str, root: str,
             shard: Optional[dict], stats: Dict[str, object]) -> dict:
    diagnostics = merge(files)
    c = counts(diagnostics)
    summary = {
        "files": len(files),
        "cached": sum(1 for f in files if f.get("cached")),
        "withPch": sum(1 for f in files
                       if f.get("pch") and not f.get("cached")),
        "errors": c["error"], "warnings": c["warning"],
        "remarks": c["remark"],
        "compileErrors": sum(1 for f in files if f["status"] == COMPILE_ERROR),
        "toolFailures": sum(1 for f in files
                            if f["status"] in TOOL_FAILURES),
    }
    summary.update(stats)
    return {"format": FORMAT, "torchTidy": version, "sourceRoot": root,
            "shard": shard, "summary": summary, "files": files,
            "diagnostics": diagnostics}


def read(path: str) -> dict:
    """A document written by --format=json, checked enough to merge."""
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        raise UsageError("cannot read %s: %s" % (path, e))
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise UsageError("%s is not a run-torch-tidy --format=json result"
                         % path)
    files = doc.get("files")
    if not isinstance(files, list) or not all(
            isinstance(f, dict) and isinstance(f.get("file"), str)
            and isinstance(f.get("status"), str)
            and isinstance(f.get("diagnostics"), list)
            and isinstance(f.get("output"), str) for f in files):
        raise UsageError("%s: 'files' is malformed" % path)
    return doc


def exit_status(files: List[dict], fail_on: str) -> int:
    if any(f["status"] in TOOL_FAILURES for f in files):
        return EXIT_TOOL_FAILED
    levels = FAIL_LEVELS[fail_on]
    if any(d["level"] in levels for f in files for d in f["diagnostics"]):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _plural(n: int, word: str) -> str:
    return "%d %s%s" % (n, word, "" if n == 1 else "s")


def summary_line(doc: dict, display=os.path.relpath) -> str:
    s = doc["summary"]
    analyzed = s["files"] - s["cached"]
    parts = [_plural(s["files"], "file")]
    detail = ["%d analyzed" % analyzed]
    if s["cached"]:
        detail.append("%d cached" % s["cached"])
    if s.get("withPch"):
        detail.append("%d with a precompiled header" % s["withPch"])
    parts[0] += " (%s)" % ", ".join(detail)
    found = [_plural(s["warnings"], "warning"), _plural(s["errors"], "error")]
    if s["remarks"]:
        found.append(_plural(s["remarks"], "remark"))
    line = "%s: %s" % (parts[0], ", ".join(found))
    broken = [f for f in doc["files"] if f["status"] == COMPILE_ERROR]
    if broken:
        line += "; %s: %s" % (
            "1 file does not compile" if len(broken) == 1 else
            "%d files do not compile" % len(broken),
            ", ".join(display(f["file"]) for f in broken[:5])
            + (", ..." if len(broken) > 5 else ""))
    failed = [f for f in doc["files"] if f["status"] in TOOL_FAILURES]
    if failed:
        line += "; torch-tidy failed on %s: %s" % (
            _plural(len(failed), "file"),
            ", ".join(display(f["file"]) for f in failed[:5])
            + (", ..." if len(failed) > 5 else ""))
    if "seconds" in s:
        line += "; %.1fs" % s["seconds"]
    return line
