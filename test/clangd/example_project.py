#!/usr/bin/env python3
"""Lays out a user's project around examples from examples/, the way an
editor meets one: the sources in src/, build/compile_commands.json with the
flags CMake wrote for the examples (the real LibTorch headers), and a
.clang-tidy that enables the torch-* checks. No .clangd file.

  example_project.py DEST EXAMPLE.cpp...

bench/editor.py lays out its projects with lay_out().
"""
import json
import os
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("TORCH_TIDY_BUILD", os.path.join(ROOT, "build"))
CLANG_TIDY = "Checks: '-*,torch-*,-torch-debug-*'\n"


def lay_out(dest, names, clang_tidy=CLANG_TIDY):
    """Returns the paths of the copied sources."""
    database = os.path.join(BUILD, "examples", "compile_commands.json")
    try:
        with open(database) as f:
            commands = {os.path.basename(e["file"]): e for e in json.load(f)}
    except OSError as e:
        raise SystemExit("error: %s (configure examples/ first, as "
                         "scripts/test.sh does)" % e)
    shutil.rmtree(dest, ignore_errors=True)
    os.makedirs(os.path.join(dest, "src"))
    os.makedirs(os.path.join(dest, "build"))
    entries = []
    for name in names:
        if name not in commands:
            raise SystemExit("error: %s is not in %s" % (name, database))
        source = os.path.join(dest, "src", name)
        shutil.copy(os.path.join(ROOT, "examples", name), source)
        entry = dict(commands[name])
        entry["command"] = entry["command"].replace(entry["file"], source)
        entry["file"] = source
        entries.append(entry)
    with open(os.path.join(dest, "build", "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    with open(os.path.join(dest, ".clang-tidy"), "w") as f:
        f.write(clang_tidy)
    return [e["file"] for e in entries]


if __name__ == "__main__":
    lay_out(sys.argv[1], sys.argv[2:])
