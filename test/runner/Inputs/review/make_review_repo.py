#!/usr/bin/env python3
"""Makes a sample git repository for review mode: DEST with two commits,
the tree of SCENARIO/base, then that of SCENARIO/head (renames are found
by git), and DEST/build/compile_commands.json for the head's src/*.cpp
(c++17, -IDEST/include and the flags given).

  make_review_repo.py SCENARIO DEST -- COMPILER_FLAGS..."""
import json
import os
import shlex
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def git(dest, *args):
    subprocess.run(["git", *args], cwd=dest, check=True)


def replace_tree(source, dest):
    for name in os.listdir(dest):
        if name not in (".git", ".gitignore", "build"):
            path = os.path.join(dest, name)
            shutil.rmtree(path) if os.path.isdir(path) else os.unlink(path)
    shutil.copytree(source, dest, dirs_exist_ok=True)


def main():
    argv = sys.argv[1:]
    cut = argv.index("--") if "--" in argv else len(argv)
    scenario, dest = argv[:cut]
    flags = argv[cut + 1:]
    dest = os.path.abspath(dest)
    shutil.rmtree(dest, ignore_errors=True)
    os.makedirs(dest)
    git(dest, "init", "-q", "-b", "main")
    git(dest, "config", "user.name", "t")
    git(dest, "config", "user.email", "t@t")
    with open(os.path.join(dest, ".gitignore"), "w") as f:
        f.write("build/\n")
    for step in ("base", "head"):
        replace_tree(os.path.join(HERE, scenario, step), dest)
        git(dest, "add", "-A")
        git(dest, "commit", "-q", "-m", step)
    build = os.path.join(dest, "build")
    os.makedirs(build)
    entries = []
    for name in sorted(os.listdir(os.path.join(dest, "src"))):
        args = ["/usr/bin/c++", "-std=c++17",
                "-I" + os.path.join(dest, "include"), *flags,
                "-o", os.path.splitext(name)[0] + ".o", "-c", "../src/" + name]
        entries.append({"directory": build, "file": "../src/" + name,
                        "command": " ".join(shlex.quote(a) for a in args)})
    with open(os.path.join(build, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)


if __name__ == "__main__":
    main()
