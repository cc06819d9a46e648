#!/usr/bin/env python3
"""Prints a review of run-torch-tidy --review with the commits of the
sample repository REPO (HEAD, and the base branch `main~1` at the time of
the review: BASE) written as <head> and <base>, for exact comparison.

  normalize_review.py REPO BASE < REVIEW.json"""
import json
import subprocess
import sys

repo, base = sys.argv[1:]


def rev(what):
    return subprocess.run(["git", "rev-parse", what], cwd=repo, check=True,
                          stdout=subprocess.PIPE, text=True).stdout.strip()


text = sys.stdin.read()
json.loads(text)  # well-formed
for sha, name in ((rev("HEAD"), "<head>"), (rev(base), "<base>")):
    text = text.replace(sha, name)
sys.stdout.write(text)
