"""SARIF 2.1.0 from the structured diagnostics: one run, a rule per check,
notes as related locations, fix-its as fixes, paths relative to the source
root (%SRCROOT%), torch-tidy's failures as tool notifications."""
import json
import os
import re
import urllib.parse
from typing import List

from .analyze import TOOL_FAILURES

SRCROOT = "SRCROOT"
_LEVEL = {"error": "error", "warning": "warning", "remark": "note"}


def _uri(path: str, root: str):
    rel = os.path.relpath(path, root)
    if not rel.startswith(".." + os.sep) and rel != ".." and \
            not os.path.isabs(rel):
        return {"uri": urllib.parse.quote(rel.replace(os.sep, "/")),
                "uriBaseId": SRCROOT}
    return {"uri": "file://" + urllib.parse.quote(path)}


def _version_number(version: str) -> str:
    """tool.driver.version: the number of torch-tidy's first --version line
    ("torch-tidy version 0.1.0 (git ...)" gives "0.1.0"), or of LLVM's for
    clang-tidy with the plugin."""
    m = re.search(r"version (\S+)", version)
    return m.group(1) if m else "unknown"


def _location(loc, root: str, message: str = None, ident: int = None):
    out = {"physicalLocation": {"artifactLocation": _uri(loc["file"], root)}}
    if loc.get("line", 0) >= 1:
        out["physicalLocation"]["region"] = {
            "startLine": loc["line"],
            "startColumn": max(1, loc.get("utf16Column") or loc["column"])}
    if message is not None:
        out["message"] = {"text": message}
    if ident is not None:
        out["id"] = ident
    return out


def _fixes(d: dict, root: str) -> List[dict]:
    if not d["fixes"]:
        return []
    by_file = {}
    for r in d["fixes"]:
        by_file.setdefault(r["file"], []).append(
            {"deletedRegion": {"byteOffset": r["offset"],
                               "byteLength": r["length"]},
             "insertedContent": {"text": r["text"]}})
    return [{"description": {"text": "fix-it of %s" % d["check"]},
             "artifactChanges": [
                 {"artifactLocation": _uri(f, root), "replacements": reps}
                 for f, reps in sorted(by_file.items())]}]


def document(diagnostics: List[dict], files: List[dict], root: str,
             version: str) -> dict:
    checks = sorted({d["check"] for d in diagnostics if d["location"]})
    rule_index = {c: i for i, c in enumerate(checks)}
    results, notifications = [], []
    for d in diagnostics:
        if not d["location"]:
            notifications.append({
                "level": "error" if d["level"] == "error" else "warning",
                "message": {"text": "%s [%s]" % (d["message"], d["check"])}})
            continue
        result = {
            "ruleId": d["check"],
            "ruleIndex": rule_index[d["check"]],
            "level": _LEVEL.get(d["level"], "warning"),
            "message": {"text": d["message"]},
            "locations": [_location(d["location"], root)],
        }
        related = [_location(n["location"], root, n["message"], i)
                   for i, n in enumerate(
                       [n for n in d["notes"] if n["location"]])]
        if related:
            result["relatedLocations"] = related
        fixes = _fixes(d, root)
        if fixes:
            result["fixes"] = fixes
        results.append(result)
    for f in files:
        if f["status"] in TOOL_FAILURES:
            notifications.append({
                "level": "error",
                "message": {"text": "%s: %s" % (f["status"], f["message"])},
                "locations": [_location({"file": f["file"], "line": 0},
                                        root)]})
    invocation = {"executionSuccessful": not any(
        f["status"] in TOOL_FAILURES for f in files)}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "torch-tidy",
                "fullName": "torch-tidy (%s)" % version if version
                            else "torch-tidy",
                "version": _version_number(version),
                "rules": [{"id": c} for c in checks]}},
            "originalUriBaseIds": {SRCROOT: {
                "uri": "file://" + urllib.parse.quote(
                    root.rstrip("/") + "/")}},
            "invocations": [invocation],
            "columnKind": "utf16CodeUnits",
            "results": results,
        }],
    }


def write(path: str, doc: dict) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2)
        f.write("\n")
