"""compile_commands.json: finding it, reading it strictly, choosing files."""
import json
import os
import re
import shlex
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from .errors import UsageError

DATABASE_NAME = "compile_commands.json"


@dataclass(frozen=True)
class CompileCommand:
    directory: str          # absolute, as the entry gives it
    file: str               # absolute and normalized
    arguments: Tuple[str, ...]  # compiler first, as the entry gives them


@dataclass
class Database:
    path: str                          # the compile_commands.json read
    commands: Dict[str, List[CompileCommand]]  # by file, in entry order

    @property
    def directory(self) -> str:
        return os.path.dirname(self.path)

    def files(self) -> List[str]:
        return sorted(self.commands)


def find(build_path: Optional[str], cwd: str) -> str:
    """The compile_commands.json that -p names (a directory or the file), or
    the first one found walking up from cwd, as clang-tidy does."""
    if build_path:
        path = build_path
        if os.path.isdir(path):
            path = os.path.join(path, DATABASE_NAME)
        if not os.path.isfile(path):
            raise UsageError(
                "no %s in '%s'; configure the build with "
                "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON or point -p at the "
                "directory that has it" % (DATABASE_NAME, build_path))
        return os.path.abspath(path)
    d = cwd
    while True:
        candidate = os.path.join(d, DATABASE_NAME)
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(d)
        if parent == d:
            raise UsageError(
                "no %s in '%s' or any parent directory; use -p BUILD_DIR"
                % (DATABASE_NAME, cwd))
        d = parent


def _entry_error(path: str, index: int, what: str) -> UsageError:
    return UsageError("%s: entry %d: %s" % (path, index, what))


def load(path: str) -> Database:
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError("cannot read %s: %s" % (path, e))
    try:
        entries = json.loads(text)
    except json.JSONDecodeError as e:
        raise UsageError("%s:%d:%d: not valid JSON: %s"
                         % (path, e.lineno, e.colno, e.msg))
    if not isinstance(entries, list):
        raise UsageError("%s: expected a JSON array of compile commands"
                         % path)
    commands: Dict[str, List[CompileCommand]] = {}
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise _entry_error(path, i, "expected an object")
        directory = entry.get("directory")
        file = entry.get("file")
        if not isinstance(directory, str) or not directory:
            raise _entry_error(path, i, "'directory' missing or not a string")
        if not isinstance(file, str) or not file:
            raise _entry_error(path, i, "'file' missing or not a string")
        if "arguments" in entry:
            args = entry["arguments"]
            if (not isinstance(args, list) or not args
                    or not all(isinstance(a, str) for a in args)):
                raise _entry_error(path, i, "'arguments' must be a non-empty "
                                   "list of strings")
        elif "command" in entry:
            if not isinstance(entry["command"], str):
                raise _entry_error(path, i, "'command' must be a string")
            try:
                args = shlex.split(entry["command"])
            except ValueError as e:
                raise _entry_error(path, i, "cannot split 'command': %s" % e)
            if not args:
                raise _entry_error(path, i, "'command' is empty")
        else:
            raise _entry_error(path, i, "neither 'arguments' nor 'command'")
        directory = os.path.normpath(
            os.path.join(os.path.dirname(path), directory))
        file = os.path.normpath(os.path.join(directory, file))
        commands.setdefault(file, []).append(
            CompileCommand(directory, file, tuple(args)))
    if not commands:
        raise UsageError("%s holds no compile commands" % path)
    return Database(path, commands)


def select(db: Database, patterns: List[str], cwd: str) -> List[str]:
    """The files to check: every file of the database without patterns;
    otherwise each pattern that names an existing file selects that file
    (in the database or not: torch-tidy infers its flags), and any other
    pattern is a regular expression searched in the database's paths, as
    run-clang-tidy does."""
    if not patterns:
        return db.files()
    chosen = set()
    for pattern in patterns:
        candidate = os.path.normpath(os.path.join(cwd, pattern))
        if os.path.isfile(candidate):
            chosen.add(candidate)
            continue
        try:
            regex = re.compile(pattern)
        except re.error as e:
            raise UsageError("'%s' is neither a file nor a valid regular "
                             "expression: %s" % (pattern, e))
        matched = [f for f in db.files() if regex.search(f)]
        if not matched:
            raise UsageError("no file in %s matches '%s'" % (db.path, pattern))
        chosen.update(matched)
    return sorted(chosen)
