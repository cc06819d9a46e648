#!/usr/bin/env python3
"""Copies the sample project to DEST and writes DEST/build/compile_commands.json.

  make_project.py DEST [--from NAME] [--only NAME.cpp ...]
                  [--with NAME.cpp ...] [--git] -- COMPILER_FLAGS...

The database compiles every DEST/src/*.cpp with /usr/bin/c++ -std=c++17
-IDEST/include and the flags given, from DEST/build. --only keeps only the
files named of src/, --with copies files from extra/ into src/, --git makes
DEST a git repository with one commit. --from copies another sample
project of Inputs/ (default: project)."""
import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dest")
    ap.add_argument("--from", dest="source", default="project")
    ap.add_argument("--with", dest="extra", action="append", default=[])
    ap.add_argument("--only", action="append", default=[],
                    help="keep only these files of src/")
    ap.add_argument("--git", action="store_true")
    argv = sys.argv[1:]
    cut = argv.index("--") if "--" in argv else len(argv)
    a = ap.parse_args(argv[:cut])
    flags = argv[cut + 1:]
    dest = os.path.abspath(a.dest)
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(os.path.join(HERE, a.source), dest,
                    ignore=shutil.ignore_patterns("extra"))
    if a.only:
        for name in os.listdir(os.path.join(dest, "src")):
            if name not in a.only:
                os.unlink(os.path.join(dest, "src", name))
    for name in a.extra:
        shutil.copy(os.path.join(HERE, a.source, "extra", name),
                    os.path.join(dest, "src", name))
    build = os.path.join(dest, "build")
    os.makedirs(build)
    entries = []
    for name in sorted(os.listdir(os.path.join(dest, "src"))):
        stem = os.path.splitext(name)[0]
        args = ["/usr/bin/c++", "-std=c++17", "-I" + os.path.join(dest, "include"),
                *flags, "-o", stem + ".o", "-c", "../src/" + name]
        entries.append({"directory": build, "file": "../src/" + name,
                        "command": " ".join(shlex.quote(x) for x in args)})
    with open(os.path.join(build, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    if a.git:
        with open(os.path.join(dest, ".gitignore"), "w") as f:
            f.write("build/\n")
        env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t",
                   GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@t")
        for cmd in (["init", "-q"], ["add", "-A"],
                    ["commit", "-q", "-m", "sample"]):
            subprocess.run(["git", *cmd], cwd=dest, env=env, check=True)


if __name__ == "__main__":
    main()
