"""Fix-its across files: the merged --export-fixes file in clang-tidy's
format, and --fix, which applies each distinct replacement once and skips
those that overlap another."""
import os
from typing import Dict, List, Tuple

import yaml

from .cache import write_atomically

_LEVEL = {"warning": "Warning", "error": "Error", "remark": "Remark"}


def _message(text: str, loc, replacements, ranges=None) -> dict:
    out = {"Message": text,
           "FilePath": loc["file"] if loc else "",
           "FileOffset": loc["offset"] if loc else 0,
           "Replacements": [{"FilePath": r["file"], "Offset": r["offset"],
                             "Length": r["length"],
                             "ReplacementText": r["text"]}
                            for r in replacements]}
    if ranges:
        out["Ranges"] = [{"FilePath": r["file"], "FileOffset": r["offset"],
                          "Length": r["length"]} for r in ranges]
    return out


def export_document(diagnostics: List[dict]) -> dict:
    out = []
    for d in diagnostics:
        entry = {"DiagnosticName": d["check"],
                 "DiagnosticMessage": _message(d["message"], d["location"],
                                               d["fixes"], d["ranges"])}
        if d["notes"]:
            entry["Notes"] = [_message(n["message"], n["location"],
                                       n["fixes"]) for n in d["notes"]]
        entry["Level"] = _LEVEL.get(d["level"], "Warning")
        entry["BuildDirectory"] = d.get("buildDirectory", "")
        out.append(entry)
    return {"MainSourceFile": "", "Diagnostics": out}


def write_export(path: str, diagnostics: List[dict]) -> None:
    text = yaml.safe_dump(export_document(diagnostics), sort_keys=False,
                          explicit_start=True, explicit_end=True,
                          allow_unicode=True, width=1 << 20)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def replacements_to_apply(diagnostics: List[dict], with_errors: bool
                          ) -> List[Tuple[str, int, int, str]]:
    """Each diagnostic's own fix-its, once each; those of compile errors
    only with --fix-errors."""
    seen = set()
    out = []
    for d in diagnostics:
        if d["check"].startswith("clang-diagnostic-") and not with_errors:
            continue
        for r in d["fixes"]:
            key = (r["file"], r["offset"], r["length"], r["text"])
            if key not in seen:
                seen.add(key)
                out.append(key)
    return out


def apply(replacements: List[Tuple[str, int, int, str]]
          ) -> Tuple[int, List[str]]:
    """Applies the distinct replacements file by file, skipping any that overlaps
    one applied before it (in offset order) or runs past the end of its
    file; returns how many were applied and messages about the others."""
    by_file: Dict[str, List[Tuple[int, int, str]]] = {}
    for f, off, length, text in dict.fromkeys(replacements):
        by_file.setdefault(f, []).append((off, length, text))
    applied, problems = 0, []
    for path in sorted(by_file):
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as e:
            problems.append("cannot read %s: %s" % (path, e))
            continue
        chosen: List[Tuple[int, int, str]] = []
        end = -1
        for off, length, text in sorted(by_file[path]):
            if off + length > len(data):
                problems.append("%s: fix at offset %d is past the end of "
                                "the file" % (path, off))
                continue
            if chosen and (off < end or (off == end and length == 0
                                         and chosen[-1][1] == 0
                                         and chosen[-1][0] == off)):
                problems.append("%s: fix at offset %d overlaps another; "
                                "not applied" % (path, off))
                continue
            chosen.append((off, length, text))
            end = off + length
        for off, length, text in reversed(chosen):
            data = data[:off] + text.encode("utf-8") + data[off + length:]
        try:
            st = os.stat(path)
            write_atomically(path, data)
            os.chmod(path, st.st_mode & 0o7777)
        except OSError as e:
            problems.append("cannot write %s: %s" % (path, e))
            continue
        applied += len(chosen)
    return applied, problems
