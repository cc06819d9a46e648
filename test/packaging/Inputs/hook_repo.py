#!/usr/bin/env python3
"""Makes DEST a git repository that holds what a pre-commit hook repository
of torch-tidy serves: SOURCE's .pre-commit-hooks.yaml and the files its
hooks run, as they are in SOURCE's working tree, committed and tagged TAG
(the `rev:` a project writes).

  hook_repo.py SOURCE DEST TAG"""
import os
import shutil
import subprocess
import sys

import yaml

source, dest, tag = sys.argv[1:]
shutil.rmtree(dest, ignore_errors=True)
os.makedirs(dest)
files = [".pre-commit-hooks.yaml"]
with open(os.path.join(source, ".pre-commit-hooks.yaml")) as f:
    for hook in yaml.safe_load(f):
        if hook["language"] == "script":
            files.append(hook["entry"].split()[0])
for name in files:
    os.makedirs(os.path.dirname(os.path.join(dest, name)) or dest,
                exist_ok=True)
    shutil.copy2(os.path.join(source, name), os.path.join(dest, name))
env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t",
           GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@t")
for cmd in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", tag],
            ["tag", tag]):
    subprocess.run(["git", *cmd], cwd=dest, env=env, check=True)
