"""Content hashes of the files a result depends on, each file read once per
run, and the signatures of model files a source may name."""
import hashlib
import json
import os
import re
import threading
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

_STRING_LITERALS = re.compile(r'"((?:[^"\\\n]|\\.){1,1024})"')
_ADJACENT = re.compile(r'"\s*"')


def digest(*parts: object) -> str:
    """A stable hash of JSON-able parts."""
    h = hashlib.sha256()
    h.update(json.dumps(parts, sort_keys=True, separators=(",", ":"))
             .encode("utf-8"))
    return h.hexdigest()


class FileHasher:
    """sha256 of file contents, memoized for the run (None: unreadable)."""

    def __init__(self):
        self._memo: Dict[str, Optional[str]] = {}
        self._lock = threading.Lock()

    def hash(self, path: str) -> Optional[str]:
        with self._lock:
            if path in self._memo:
                return self._memo[path]
        try:
            h = hashlib.sha256()
            with open(path, "rb") as f:
                for chunk in iter(lambda: f.read(1 << 20), b""):
                    h.update(chunk)
            value: Optional[str] = h.hexdigest()
        except OSError:
            value = None
        with self._lock:
            self._memo[path] = value
        return value

    def hashes(self, paths: Iterable[str]) -> List[Tuple[str, Optional[str]]]:
        return [(p, self.hash(p)) for p in sorted(set(paths))]

    def unchanged(self, recorded: Sequence[Sequence[object]]) -> bool:
        return all(self.hash(p) == h for p, h in recorded)


def stat_signature(path: str) -> str:
    """Size and modification time: model files can be large, and what
    torch-tidy reads of them is a function of the file."""
    try:
        st = os.stat(path)
    except OSError:
        return "missing"
    return "%d:%d" % (st.st_size, st.st_mtime_ns)


def model_file_candidates(sources: Iterable[str], model_paths: Sequence[str]
                          ) -> List[str]:
    """Every path a model-file rule could read for these sources: each
    string literal (adjacent literals joined) looked up as torch-tidy looks
    model paths up, next to the file that holds it, then in
    TorchModelPaths. Existing or not: a model file that appears later
    changes the result too."""
    out = set()
    for source in sources:
        try:
            with open(source, encoding="utf-8", errors="replace") as f:
                text = _ADJACENT.sub("", f.read())
        except OSError:
            continue
        for m in _STRING_LITERALS.finditer(text):
            literal = m.group(1)
            if "\\" in literal or not literal.strip():
                continue
            if os.path.isabs(literal):
                out.add(os.path.normpath(literal))
                continue
            for d in [os.path.dirname(source), *model_paths]:
                out.add(os.path.normpath(os.path.join(d, literal)))
    return sorted(out)


def signatures(paths: Iterable[str]) -> List[Tuple[str, str]]:
    return [(p, stat_signature(p)) for p in paths]


def signatures_unchanged(recorded: Sequence[Sequence[str]]) -> bool:
    return all(stat_signature(p) == s for p, s in recorded)
