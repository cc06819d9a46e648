"""Diagnostics as data: read from clang-tidy's exported fixes (YAML), with
lines and columns added, deduplicated across files, ranked for --fail-on."""
import os
from typing import Dict, List, Optional, Tuple

from .tidy import load_yaml

LEVELS = {"Warning": "warning", "Error": "error", "Remark": "remark"}
# --fail-on: which levels make the exit status 1.
FAIL_LEVELS = {"error": {"error"}, "warning": {"error", "warning"},
               "never": set()}


class ExportError(Exception):
    pass


class SourceIndex:
    """Lines and columns of byte offsets, the files read once."""

    def __init__(self):
        self._files: Dict[str, Optional[bytes]] = {}

    def data(self, path: str) -> Optional[bytes]:
        if path not in self._files:
            try:
                with open(path, "rb") as f:
                    self._files[path] = f.read()
            except OSError:
                self._files[path] = None
        return self._files[path]

    def position(self, path: str, offset: int) -> Tuple[int, int, int]:
        """(line, byte column, UTF-16 column), 1-based; (0, 0, 0) when the
        file cannot be read or is shorter."""
        data = self.data(path)
        if data is None or offset > len(data):
            return 0, 0, 0
        line_start = data.rfind(b"\n", 0, offset) + 1
        line = data.count(b"\n", 0, offset) + 1
        prefix = data[line_start:offset].decode("utf-8", errors="replace")
        utf16 = len(prefix.encode("utf-16-le")) // 2
        return line, offset - line_start + 1, utf16 + 1


def _location(message: dict, build_dir: str, index: SourceIndex):
    path = message.get("FilePath") or ""
    if not path:
        return None
    path = os.path.normpath(os.path.join(build_dir, path))
    offset = int(message.get("FileOffset") or 0)
    line, column, utf16 = index.position(path, offset)
    return {"file": path, "offset": offset, "line": line, "column": column,
            "utf16Column": utf16}


def _replacements(items, build_dir: str) -> List[dict]:
    out = []
    for r in items or []:
        out.append({"file": os.path.normpath(
                        os.path.join(build_dir, r.get("FilePath") or "")),
                    "offset": int(r.get("Offset") or 0),
                    "length": int(r.get("Length") or 0),
                    "text": str(r.get("ReplacementText") or "")})
    return out


def _ranges(items, build_dir: str) -> List[dict]:
    return [{"file": os.path.normpath(
                 os.path.join(build_dir, r.get("FilePath") or "")),
             "offset": int(r.get("FileOffset") or 0),
             "length": int(r.get("Length") or 0)} for r in items or []]


def read_export(path: str, index: SourceIndex) -> List[dict]:
    """The diagnostics of one torch-tidy --export-fixes file."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as e:
        raise ExportError("cannot read %s: %s" % (path, e))
    try:
        doc = load_yaml(text)
    except Exception as e:  # yaml.YAMLError and friends
        raise ExportError("%s is not valid YAML: %s" % (path, e))
    if doc is None:
        return []
    if not isinstance(doc, dict) or not isinstance(
            doc.get("Diagnostics", []), list):
        raise ExportError("%s is not a clang-tidy fixes file" % path)
    out = []
    try:
        for d in doc.get("Diagnostics") or []:
            message = d["DiagnosticMessage"]
            build_dir = d.get("BuildDirectory") or ""
            notes = []
            for n in d.get("Notes") or []:
                notes.append({"message": str(n.get("Message") or ""),
                              "location": _location(n, build_dir, index),
                              "fixes": _replacements(n.get("Replacements"),
                                                     build_dir)})
            out.append({
                "check": str(d["DiagnosticName"]),
                "level": LEVELS.get(d.get("Level"), "warning"),
                "message": str(message.get("Message") or ""),
                "location": _location(message, build_dir, index),
                "ranges": _ranges(message.get("Ranges"), build_dir),
                "fixes": _replacements(message.get("Replacements"),
                                       build_dir),
                "notes": notes,
                "buildDirectory": build_dir,
            })
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise ExportError("%s: unexpected diagnostic shape (%s)" % (path, e))
    return out


def identity(d: dict) -> tuple:
    """What makes two diagnostics the same finding (a header's diagnostic
    reported by every file that includes it)."""
    def loc(l):
        return (l["file"], l["offset"]) if l else None
    return (d["check"], d["level"], d["message"], loc(d["location"]),
            tuple((n["message"], loc(n["location"])) for n in d["notes"]),
            tuple((r["file"], r["offset"], r["length"], r["text"])
                  for r in d["fixes"]))


def is_compile_error(d: dict) -> bool:
    return d["check"] == "clang-diagnostic-error" or (
        d["level"] == "error" and d["check"].startswith("clang-diagnostic-")
        and d["check"] != "clang-diagnostic-warning")


def is_config_error(d: dict) -> bool:
    return d["check"] == "clang-tidy-config"


def merge(results: List[dict]) -> List[dict]:
    """Every distinct diagnostic of these file results, in file order, each
    with the files ('reportedBy') whose analysis produced it."""
    seen: Dict[tuple, dict] = {}
    out = []
    for r in results:
        for d in r.get("diagnostics", []):
            key = identity(d)
            if key in seen:
                if r["file"] not in seen[key]["reportedBy"]:
                    seen[key]["reportedBy"].append(r["file"])
                continue
            merged = dict(d, reportedBy=[r["file"]])
            seen[key] = merged
            out.append(merged)
    return out


def counts(diagnostics: List[dict]) -> Dict[str, int]:
    c = {"error": 0, "warning": 0, "remark": 0}
    for d in diagnostics:
        c[d["level"]] = c.get(d["level"], 0) + 1
    return c
