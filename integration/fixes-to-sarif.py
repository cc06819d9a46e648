#!/usr/bin/env python3
"""Convert clang-tidy's text diagnostics into a SARIF 2.1.0 log.

Reads what torch-tidy (or clang-tidy, or run-clang-tidy) prints on stdout:

    path/to/file.cpp:6:5: warning: message [check-name]
    path/to/file.cpp:5:5: note: message

Each warning or error becomes a SARIF result; the notes that follow it become
its related locations. Source lines, carets and fix-it hints are skipped.
Diagnostics repeated across translation units (the same header seen twice)
are reported once. Messages without a location, such as
"error: cannot load torch-tidy rules: ...", become tool execution
notifications and mark the run as failed.

Usage:
    torch-tidy -p build src/*.cpp | fixes-to-sarif.py -o torch-tidy.sarif
    fixes-to-sarif.py --source-root . tidy.txt > torch-tidy.sarif

Paths under --source-root (default: the current directory) are written
relative to it, with uriBaseId SRCROOT, as GitHub code scanning expects.
"""

import argparse
import json
import os
import re
import sys
from pathlib import Path
from urllib.parse import quote

SCHEMA = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/"
          "schemas/sarif-schema-2.1.0.json")

LOCATED = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): "
    r"(?P<level>warning|error|note): (?P<msg>.*?)(?: \[(?P<check>[^\]]+)\])?$")
UNLOCATED = re.compile(
    r"^(?P<level>warning|error): (?P<msg>.*?)(?: \[(?P<check>[^\]]+)\])?$")


def rule_id(checks):
    """'torch-x,-warnings-as-errors' -> 'torch-x'."""
    names = [c for c in (checks or "").split(",")
             if c and c != "-warnings-as-errors"]
    return names[0] if names else "clang-tidy"


class Converter:
    def __init__(self, source_root):
        self.root = Path(source_root).resolve()
        self.rules = {}        # rule id -> index in tool.driver.rules
        self.results = []
        self.notifications = []
        self.seen = set()
        self.current = None    # the result later notes attach to

    def location(self, path, line, col, message=None):
        path = Path(os.path.abspath(path))
        try:
            artifact = {"uri": quote(path.relative_to(self.root).as_posix()),
                        "uriBaseId": "SRCROOT"}
        except ValueError:
            artifact = {"uri": path.as_uri()}
        loc = {"physicalLocation": {
            "artifactLocation": artifact,
            "region": {"startLine": int(line), "startColumn": int(col)}}}
        if message is not None:
            loc["message"] = {"text": message}
        return loc

    def feed(self, line):
        line = line.rstrip("\r\n")
        m = LOCATED.match(line)
        if m:
            self.diagnostic(m)
            return
        m = UNLOCATED.match(line)
        if m:
            self.current = None
            self.notifications.append({
                "level": m["level"],
                "message": {"text": m["msg"]},
                "descriptor": {"id": rule_id(m["check"])}})

    def diagnostic(self, m):
        if m["level"] == "note":
            if self.current is not None:
                related = self.current.setdefault("relatedLocations", [])
                loc = self.location(m["file"], m["line"], m["col"], m["msg"])
                loc["id"] = len(related)
                related.append(loc)
            return
        rid = rule_id(m["check"])
        key = (os.path.abspath(m["file"]), m["line"], m["col"], rid, m["msg"])
        if key in self.seen:
            self.current = None   # drop the notes of a repeated diagnostic
            return
        self.seen.add(key)
        if rid not in self.rules:
            self.rules[rid] = len(self.rules)
        self.current = {
            "ruleId": rid,
            "ruleIndex": self.rules[rid],
            "level": m["level"],
            "message": {"text": m["msg"]},
            "locations": [self.location(m["file"], m["line"], m["col"])],
        }
        self.results.append(self.current)

    def sarif(self):
        invocation = {"executionSuccessful": not any(
            n["level"] == "error" for n in self.notifications)}
        if self.notifications:
            invocation["toolExecutionNotifications"] = self.notifications
        rules = [{"id": rid, "name": rid} for rid in self.rules]
        return {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {"name": "torch-tidy", "rules": rules}},
                "originalUriBaseIds": {
                    "SRCROOT": {"uri": self.root.as_uri().rstrip("/") + "/"}},
                "invocations": [invocation],
                "results": self.results,
            }],
        }


def main():
    ap = argparse.ArgumentParser(
        description="Convert clang-tidy text output to SARIF 2.1.0.")
    ap.add_argument("input", nargs="?", default="-",
                    help="clang-tidy stdout saved to a file (default: stdin)")
    ap.add_argument("-o", "--output", default="-",
                    help="SARIF file to write (default: stdout)")
    ap.add_argument("--source-root", default=".",
                    help="directory results are made relative to "
                         "(default: the current directory)")
    args = ap.parse_args()

    conv = Converter(args.source_root)
    src = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8",
                                                   errors="replace")
    with src:
        for line in src:
            conv.feed(line)

    text = json.dumps(conv.sarif(), indent=2) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
