"""The base revision's findings: its tree exported from git into a
directory of its own, the project's compilation database rewritten to
point into it, and the same analysis run there on the files the change
affects.

The export sits at a fixed place in the result cache (review-base/), so
that a later review of the same base finds its files' results in the
cache. Paths under the work tree are rewritten into the export where the
export has them; the rest (the build directory, with its generated
headers, and everything outside the work tree) stays as it is."""
import io
import json
import os
import shutil
import tarfile
import tempfile
from typing import Dict, List, Optional, Set

from .. import compdb
from ..errors import UsageError
from ..run import Run, RunOptions
from .gitdiff import Diff, git, relative

_PATH_FLAGS = ("-I", "-isystem", "-iquote", "-idirafter", "-include",
               "-imacros", "--include-directory=")


def export(commit: str, top: str, dest: str) -> None:
    """The tree of COMMIT, as `git archive` gives it, into DEST (emptied)."""
    shutil.rmtree(dest, ignore_errors=True)
    os.makedirs(dest)
    data = git(["archive", "--format=tar", commit], top, binary=True)
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            if member.issym() or member.islnk():
                target = os.path.normpath(os.path.join(
                    os.path.dirname(member.name), member.linkname))
                if target.startswith(".."):
                    continue  # a link out of the tree: left out
            if member.isfile() or member.isdir() or member.issym():
                tar.extract(member, dest, set_attrs=False)


class Rebase:
    """Maps paths of the work tree to the export of the base."""

    def __init__(self, top: str, root: str, diff: Diff):
        self.top = os.path.realpath(top)
        self.root = root
        self.old_names = {new: f.old_path for new, f in diff.files.items()
                          if f.old_path and f.old_path != new}
        self.added = {new for new, f in diff.files.items() if not f.old_path}

    def source(self, path: str) -> Optional[str]:
        """The base's copy of a file of the work tree (renames followed);
        None when the base has none."""
        rel = relative(path, self.top)
        if rel is None or rel in self.added:
            return None
        rel = self.old_names.get(rel, rel)
        mapped = os.path.join(self.root, rel)
        return mapped if os.path.isfile(mapped) else None

    def path(self, path: str) -> str:
        """A path in a command: into the export when the export has it."""
        rel = relative(path, self.top)
        if rel is None:
            return path
        mapped = os.path.normpath(os.path.join(self.root, rel))
        return mapped if os.path.exists(mapped) else path

    def argument(self, arg: str, directory: str) -> str:
        for flag in _PATH_FLAGS:
            if arg.startswith(flag) and len(arg) > len(flag):
                value = arg[len(flag):]
                return flag + self.path(os.path.join(directory, value))
        if os.path.isabs(arg):
            return self.path(arg)
        return arg


def _entry(c: compdb.CompileCommand, base_file: str, rebase: Rebase
           ) -> dict:
    args = list(c.arguments)
    out = [args[0]]
    after_flag = False
    for a in args[1:]:
        full = os.path.normpath(os.path.join(c.directory, a))
        if full == c.file:
            out.append(base_file)
        elif after_flag:
            out.append(rebase.path(os.path.join(c.directory, a)))
        else:
            out.append(rebase.argument(a, c.directory))
        after_flag = a in _PATH_FLAGS
    return {"directory": c.directory, "file": base_file, "arguments": out}


def database(db: compdb.Database, rebase: Rebase, dest: str
             ) -> Dict[str, str]:
    """Writes DEST/compile_commands.json: the entries of DB whose file the
    base has, pointing into the export. Returns base file -> head file."""
    entries, names = [], {}
    for f, commands in db.commands.items():
        base_file = rebase.source(f)
        if base_file is None:
            continue
        names[base_file] = f
        entries.extend(_entry(c, base_file, rebase) for c in commands)
    os.makedirs(dest, exist_ok=True)
    with open(os.path.join(dest, compdb.DATABASE_NAME), "w",
              encoding="utf-8") as out:
        json.dump(entries, out, indent=1)
    return names


class BaseRun(Run):
    """The run on the base: the files that correspond to those the head's
    run selected; the other files are unchanged by definition, so their
    first results (with their summaries, for the pass across files) are
    the head's."""

    def __init__(self, opts: RunOptions, out, err, selected: Set[str],
                 borrowed: Dict[str, dict]):
        super().__init__(opts, out, err)
        self.selected = selected
        self.borrowed = borrowed

    def _lookup(self, cache, unit):
        hit = super()._lookup(cache, unit)
        if hit is None and unit.file not in self.selected and \
                unit.file in self.borrowed:
            return {"result": self.borrowed[unit.file], "inputs": []}
        return hit

    def _changed(self, units, tidy, db):
        return [u for u in units if u.file in self.selected]


def analyze(head: Run, opts: RunOptions, diff: Diff, base: str, top: str,
            cache_dir: Optional[str]) -> dict:
    """The result document of the base's run (format of --format=json),
    its files' lines read before the export is removed: the caller gets
    the export's path in doc['sourceRoot'] and removes it."""
    where = os.path.join(cache_dir, "review-base") if cache_dir else \
        tempfile.mkdtemp(prefix="run-torch-tidy-base-")
    tree = os.path.join(where, "tree")
    export(base, top, tree)
    rebase = Rebase(top, tree, diff)
    db = head.database
    names = database(db, rebase, os.path.join(where, "build"))
    if not names:  # every file is new
        return {"diagnostics": [], "files": [], "sourceRoot": tree,
                "exportRoot": where}
    to_base = {h: b for b, h in names.items()}
    selected = {to_base[f] for f in head.selected_files if f in to_base}
    borrowed = {}
    for u in head.every_unit:
        if u.file in to_base and u.file not in head.selected_files and \
                u.cached:
            borrowed[to_base[u.file]] = u.cached["result"]
    base_opts = RunOptions(
        torch_tidy=opts.torch_tidy,
        build_path=os.path.join(where, "build"), jobs=opts.jobs,
        tidy=opts.tidy, format="review", fail_on="never",
        cache_dir=cache_dir, no_cache=cache_dir is None,
        no_pch=opts.no_pch, changed_since=base, timeout=opts.timeout,
        progress="none", quiet=True, source_root=tree,
        cross_file=opts.cross_file)
    run = BaseRun(base_opts, head.out, head.err, selected, borrowed)
    run.execute()
    doc = run.doc
    doc["exportRoot"] = where
    return doc


def check_ref_usable(top: Optional[str]) -> str:
    if top is None:
        raise UsageError("--review: the current directory is not in a git "
                         "work tree")
    return top
