"""--changed-since REF: the files that differ from REF in the working tree
(committed, staged or not, untracked, deleted), and the translation units
that are one of them or read one of them."""
import os
import subprocess
from typing import Callable, Dict, Iterable, List, Optional, Set

from .errors import UsageError


def _git(args: List[str], cwd: str) -> str:
    try:
        p = subprocess.run(["git", *args], cwd=cwd, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True,
                           errors="replace")
    except OSError as e:
        raise UsageError("--changed-since needs git: %s" % e)
    if p.returncode != 0:
        raise UsageError("git %s: %s" % (" ".join(args), p.stderr.strip()))
    return p.stdout


def toplevel(cwd: str) -> Optional[str]:
    try:
        p = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=cwd,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                           text=True)
    except OSError:
        return None
    return p.stdout.strip() if p.returncode == 0 and p.stdout.strip() else None


def changed_files(ref: str, cwd: str) -> Set[str]:
    """Absolute real paths of the files that differ from REF."""
    top = toplevel(cwd)
    if top is None:
        raise UsageError("--changed-since: '%s' is not in a git work tree"
                         % cwd)
    try:
        _git(["rev-parse", "--verify", "--quiet", ref + "^{commit}"], top)
    except UsageError:
        raise UsageError("--changed-since: '%s' is not a commit in %s"
                         % (ref, top))
    names = _git(["diff", "--name-only", "--no-renames", "-z", ref, "--"],
                 top).split("\0")
    names += _git(["ls-files", "--others", "--exclude-standard", "-z"],
                  top).split("\0")
    return {os.path.realpath(os.path.join(top, n)) for n in names if n}


def select(files: Iterable[str], changed: Set[str],
           deps_of: Callable[[List[str]], Dict[str, List[str]]]) -> List[str]:
    """The files that changed or read a changed file; deps_of gives the
    files each of a list of files reads."""
    files = list(files)
    selected = {f for f in files if os.path.realpath(f) in changed}
    rest = [f for f in files if f not in selected]
    reads = deps_of(rest)
    for f in rest:
        if any(os.path.realpath(d) in changed for d in reads.get(f, [])):
            selected.add(f)
    return [f for f in files if f in selected]
