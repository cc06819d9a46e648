"""The result cache: one entry per file and configuration, valid while every
file it depends on has the same contents.

Layout of the cache directory:
  results/ab/<key>.json   a file's result and what it depends on
  pch/<key>.{h,pch,json}  precompiled headers, their header and manifest
  timings.json            seconds per file, for --shard

An entry is written to a temporary file and renamed into place, so an
interrupted run leaves complete entries or none. An entry that does not
parse, has another format or names another key is ignored with a warning
and overwritten."""
import json
import os
import tempfile
import time
from typing import Callable, Dict, List, Optional

from .fingerprint import FileHasher, signatures_unchanged

FORMAT = "run-torch-tidy/result/1"
PCH_FORMAT = "run-torch-tidy/pch/1"
TIMINGS_FORMAT = "run-torch-tidy/timings/1"
PCH_KEEP = 8              # precompiled headers kept besides this run's
PCH_MAX_AGE = 7 * 86400   # older unused ones are removed

_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
        "# This directory holds run-torch-tidy's cache.\n")


def write_atomically(path: str, data) -> None:
    """Writes text or bytes to `path` through a temporary file renamed into
    place: readers see the old contents or the new, never a part."""
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path) or ".",
                               prefix=".tmp-", suffix=".part")
    try:
        if isinstance(data, bytes):
            with os.fdopen(fd, "wb") as f:
                f.write(data)
        else:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _is_pairs(value) -> bool:
    return isinstance(value, list) and all(
        isinstance(p, list) and len(p) == 2 and isinstance(p[0], str)
        and (p[1] is None or isinstance(p[1], str)) for p in value)


class ResultCache:
    def __init__(self, directory: Optional[str], warn: Callable[[str], None]):
        self.directory = directory
        self.warn = warn
        if directory:
            os.makedirs(directory, exist_ok=True)
            tag = os.path.join(directory, "CACHEDIR.TAG")
            if not os.path.exists(tag):
                write_atomically(tag, _TAG)

    @property
    def enabled(self) -> bool:
        return self.directory is not None

    def _entry_path(self, key: str) -> str:
        return os.path.join(self.directory, "results", key[:2], key + ".json")

    def _read(self, path: str, fmt: str, key: str) -> Optional[dict]:
        try:
            with open(path, encoding="utf-8") as f:
                entry = json.load(f)
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as e:
            self.warn("ignoring corrupt cache entry %s: %s" % (path, e))
            return None
        if not isinstance(entry, dict) or entry.get("format") != fmt:
            self.warn("ignoring cache entry %s: not a %s entry"
                      % (path, fmt))
            return None
        if entry.get("key") != key:
            self.warn("ignoring cache entry %s: it belongs to another key"
                      % path)
            return None
        return entry

    def lookup(self, key: str, hasher: FileHasher) -> Optional[dict]:
        """The stored result for `key` when all it depends on is unchanged,
        with the files it read ('inputs'); None otherwise."""
        if not self.enabled:
            return None
        path = self._entry_path(key)
        entry = self._read(path, FORMAT, key)
        if entry is None:
            return None
        inputs, stats, result = (entry.get("inputs"), entry.get("stats"),
                                 entry.get("result"))
        if not (_is_pairs(inputs) and _is_pairs(stats)
                and isinstance(result, dict)
                and isinstance(result.get("diagnostics"), list)
                and isinstance(result.get("output"), str)
                and isinstance(result.get("status"), str)):
            self.warn("ignoring corrupt cache entry %s: fields missing or "
                      "of the wrong type" % path)
            return None
        if not hasher.unchanged(inputs) or not signatures_unchanged(stats):
            return None
        return entry

    def store(self, key: str, file: str, inputs: List, stats: List,
              result: dict) -> None:
        if not self.enabled:
            return
        entry = {"format": FORMAT, "key": key, "file": file,
                 "inputs": inputs, "stats": stats, "result": result}
        write_atomically(self._entry_path(key), json.dumps(entry))

    # Precompiled headers.

    def pch_paths(self, key: str):
        base = os.path.join(self.directory, "pch", key)
        return base + ".h", base + ".pch", base + ".json"

    def pch_lookup(self, key: str, hasher: FileHasher) -> Optional[str]:
        """The cached precompiled header for `key` when the headers it was
        built from are unchanged."""
        if not self.enabled:
            return None
        header, pch, manifest = self.pch_paths(key)
        entry = self._read(manifest, PCH_FORMAT, key)
        if entry is None or not os.path.isfile(pch) or \
                not os.path.isfile(header):
            return None
        if not _is_pairs(entry.get("inputs")) or \
                not hasher.unchanged(entry["inputs"]):
            return None
        os.utime(manifest)  # most recently used
        return pch

    def pch_store(self, key: str, inputs: List) -> None:
        _, _, manifest = self.pch_paths(key)
        write_atomically(manifest, json.dumps(
            {"format": PCH_FORMAT, "key": key, "inputs": inputs}))

    def pch_prune(self, used: List[str]) -> None:
        """Removes precompiled headers not used by this run beyond the
        PCH_KEEP most recent, and any unused for PCH_MAX_AGE."""
        if not self.enabled:
            return
        d = os.path.join(self.directory, "pch")
        try:
            names = os.listdir(d)
        except OSError:
            return
        keys = {}
        for n in names:
            key, ext = os.path.splitext(n)
            if ext == ".json" and key not in used:
                try:
                    keys[key] = os.stat(os.path.join(d, n)).st_mtime
                except OSError:
                    pass
        now = time.time()
        ordered = sorted(keys, key=lambda k: -keys[k])
        for i, key in enumerate(ordered):
            if i >= PCH_KEEP or now - keys[key] > PCH_MAX_AGE:
                for path in self.pch_paths(key):
                    try:
                        os.unlink(path)
                    except OSError:
                        pass

    # Timings.

    def _timings_path(self) -> str:
        return os.path.join(self.directory, "timings.json")

    def timings(self) -> Dict[str, float]:
        if not self.enabled:
            return {}
        path = self._timings_path()
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as e:
            self.warn("ignoring corrupt %s: %s" % (path, e))
            return {}
        seconds = data.get("seconds") if isinstance(data, dict) else None
        if not isinstance(seconds, dict) or \
                data.get("format") != TIMINGS_FORMAT:
            self.warn("ignoring %s: not a timings file" % path)
            return {}
        return {k: float(v) for k, v in seconds.items()
                if isinstance(k, str) and isinstance(v, (int, float))}

    def update_timings(self, measured: Dict[str, float]) -> None:
        if not self.enabled or not measured:
            return
        seconds = self.timings()
        seconds.update({k: round(v, 3) for k, v in measured.items()})
        write_atomically(self._timings_path(), json.dumps(
            {"format": TIMINGS_FORMAT, "seconds": seconds}, sort_keys=True,
            indent=0))
