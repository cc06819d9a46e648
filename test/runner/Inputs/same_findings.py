#!/usr/bin/python3
"""Checks that run-torch-tidy found exactly what torch-tidy finds file by file.

  same_findings.py TORCH_TIDY BUILD_DIR RESULT.json [torch-tidy options...]

Runs TORCH_TIDY -p BUILD_DIR --export-fixes on each file of the database (two
at a time), as run-clang-tidy does, and compares every diagnostic (check, level, message,
file, offset, notes, fix-its) with those in RESULT.json (run-torch-tidy
--format=json). Prints the differences and exits 1 when there are any;
otherwise prints how many findings agree and which files used a
precompiled header."""
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile

import yaml


def key_of_yaml(d):
    def loc(m):
        return (os.path.normpath(os.path.join(d.get("BuildDirectory", ""),
                                              m["FilePath"]))
                if m.get("FilePath") else "", m.get("FileOffset", 0))
    m = d["DiagnosticMessage"]
    return (d["DiagnosticName"], d.get("Level", "Warning").lower(),
            m["Message"], loc(m),
            tuple((n["Message"], loc(n)) for n in d.get("Notes") or []),
            tuple((os.path.normpath(os.path.join(d.get("BuildDirectory", ""),
                                                 r["FilePath"])),
                   r["Offset"], r["Length"], r["ReplacementText"])
                  for r in m.get("Replacements") or []))


def key_of_json(d):
    def loc(l):
        return (l["file"], l["offset"]) if l else ("", 0)
    return (d["check"], d["level"], d["message"], loc(d["location"]),
            tuple((n["message"], loc(n["location"])) for n in d["notes"]),
            tuple((r["file"], r["offset"], r["length"], r["text"])
                  for r in d["fixes"]))


def main():
    tidy, build, result = sys.argv[1:4]
    options = sys.argv[4:]
    with open(os.path.join(build, "compile_commands.json")) as f:
        files = sorted({os.path.normpath(os.path.join(e["directory"], e["file"]))
                        for e in json.load(f)})
    expected = set()
    with tempfile.TemporaryDirectory() as tmp:
        def run(i_source):
            i, source = i_source
            export = os.path.join(tmp, "%d.yaml" % i)
            subprocess.run([tidy, "-p", build, "--quiet", *options,
                            "--export-fixes=" + export, source],
                           stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            return export

        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            exports = list(pool.map(run, enumerate(files)))
        for export in exports:
            if os.path.exists(export):
                with open(export) as f:
                    doc = yaml.safe_load(f) or {}
                expected |= {key_of_yaml(d) for d in doc.get("Diagnostics")
                             or []}
    with open(result) as f:
        doc = json.load(f)
    found = {key_of_json(d) for d in doc["diagnostics"]}
    ok = True
    for k in sorted(expected - found):
        print("only torch-tidy file by file:", k)
        ok = False
    for k in sorted(found - expected):
        print("only run-torch-tidy:", k)
        ok = False
    if not ok:
        sys.exit(1)
    print("same %d findings in %d files" % (len(found), len(files)))
    for f in doc["files"]:
        print("%s: %s" % (os.path.relpath(f["file"], os.path.dirname(build)),
                          "precompiled header" if f["pch"] else
                          "no precompiled header (%s)" % f.get("pchNote", "")))


if __name__ == "__main__":
    main()
