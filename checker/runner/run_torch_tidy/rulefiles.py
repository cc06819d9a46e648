"""The user rule files a configuration names, with the files they include:
their contents are part of every cache key."""
import os
from typing import List, Sequence

from .tidy import load_yaml


def closure(paths: Sequence[str]) -> List[str]:
    """`paths` and, transitively, the files their `include` keys name
    (relative to the including file). Unreadable or malformed files are
    listed too: torch-tidy reports them, and their contents still key the
    result."""
    seen: List[str] = []
    todo = list(paths)
    while todo:
        path = os.path.normpath(todo.pop(0))
        if path in seen:
            continue
        seen.append(path)
        try:
            with open(path, encoding="utf-8") as f:
                doc = load_yaml(f.read())
        except Exception:  # missing, unreadable, not YAML
            continue
        include = doc.get("include") if isinstance(doc, dict) else None
        if isinstance(include, str):
            include = [include]
        for name in include or []:
            if isinstance(name, str):
                todo.append(os.path.join(os.path.dirname(path), name))
    return seen
