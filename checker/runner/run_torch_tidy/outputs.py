"""The outputs of a finished run or merge: the JSON document on stdout,
SARIF, the merged fixes file, the summary line."""
import json
import os
from typing import Optional, TextIO

from . import fixes, results, sarif


def display_path(path: str, cwd: str) -> str:
    rel = os.path.relpath(path, cwd)
    return path if rel.startswith("..") else rel


def emit(doc: dict, out: TextIO, err: TextIO, fmt: str,
         sarif_path: Optional[str], export_path: Optional[str], quiet: bool,
         cwd: str) -> None:
    if fmt == "json":
        json.dump(doc, out, indent=1)
        out.write("\n")
        out.flush()
    if sarif_path:
        sarif.write(sarif_path, sarif.document(
            doc["diagnostics"], doc["files"], doc["sourceRoot"],
            doc["torchTidy"]))
    if export_path:
        fixes.write_export(export_path, doc["diagnostics"])
    if not quiet:
        err.write("run-torch-tidy: %s\n" % results.summary_line(
            doc, lambda p: display_path(p, cwd)))
        err.flush()
