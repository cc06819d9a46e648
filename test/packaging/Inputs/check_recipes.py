#!/usr/bin/env python3
"""Checks that what users read matches the tool and its version.

  check_recipes.py REPO TORCH_TIDY VERSION

- The torch-* checks of `TORCH_TIDY --list-checks` are exactly those of the
  README's table, of the list in integration/README.md and of
  CHANGELOG.md's entry for VERSION, and each has checker/docs/<check>.md.
- The recipes name what users install, at this version: the GitHub
  workflows use the action as OWNER/torch-tidy@vVERSION, the GitLab recipe
  and the examples of `rev:` name vVERSION, and no recipe runs a tool from
  a build directory of a torch-tidy clone.
- CHANGELOG.md has an entry for VERSION.
Prints each mismatch and exits 1, or prints a summary."""
import glob
import os
import re
import subprocess
import sys

repo, torch_tidy, version = sys.argv[1:]
problems = []


def read(rel):
    with open(os.path.join(repo, rel), encoding="utf-8") as f:
        return f.read()


def compare(what, names, checks):
    if set(names) != checks:
        missing = sorted(checks - set(names))
        extra = sorted(set(names) - checks)
        problems.append("%s: missing %s; not checks of torch-tidy: %s"
                        % (what, missing or "none", extra or "none"))


out = subprocess.run([torch_tidy, "--list-checks", "--checks=-*,torch-*"],
                     stdout=subprocess.PIPE, text=True, check=True).stdout
checks = {l.strip() for l in out.splitlines()
          if re.fullmatch(r"\s*torch-[a-z-]+\s*", l)}
if not checks:
    problems.append("torch-tidy --list-checks lists no torch-* check")

readme = read("README.md")
compare("README.md's table of checks",
        re.findall(r"^\| `(torch-[a-z-]+)` \|", readme, re.M), checks)

integration = read("integration/README.md")
m = re.search(r"^The checks are ((?:`torch-[a-z-]+`[,.]?(?: and)?\s*)+)",
              integration, re.M)
compare("integration/README.md's list of checks",
        re.findall(r"`(torch-[a-z-]+)`", m.group(1)) if m else [], checks)

changelog = read("CHANGELOG.md")
entry = re.search(r"^## \[%s\].*?(?=^## |\Z)" % re.escape(version),
                  changelog, re.M | re.S)
if not entry:
    problems.append("CHANGELOG.md has no entry '## [%s]'" % version)
else:
    tools = {"torch-tidy", "torch-clangd", "torch-tidy-model-info"}
    compare("CHANGELOG.md's entry for %s" % version,
            [n for n in re.findall(r"`(torch-[a-z-]+)`", entry.group(0))
             if n not in tools], checks)

for check in sorted(checks):
    if not os.path.isfile(os.path.join(repo, "checker", "docs", check + ".md")):
        problems.append("no checker/docs/%s.md" % check)

recipes = sorted(glob.glob(os.path.join(repo, "integration", "*"))) + [
    os.path.join(repo, ".pre-commit-hooks.yaml"),
    os.path.join(repo, "action.yml")]
tag = "v" + version
for path in recipes:
    rel = os.path.relpath(path, repo)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for line_no, line in enumerate(text.splitlines(), 1):
        if re.search(r"build/(bin|lib)/|/opt/torch-tidy", line) \
                and not rel.endswith(".md"):
            problems.append("%s:%d runs a tool inside a clone: %s"
                            % (rel, line_no, line.strip()))
        for used in re.findall(r"uses: [\w.-]+/torch-tidy@(\S+)", line):
            if used != tag:
                problems.append("%s:%d uses torch-tidy@%s, not @%s"
                                % (rel, line_no, used, tag))
        for rev in re.findall(r"\brev: (\S+)", line):
            if rev != tag:
                problems.append("%s:%d rev: %s, not %s"
                                % (rel, line_no, rev, tag))
        for ref in re.findall(r"TORCH_TIDY_REF: (\S+)", line):
            if ref != tag:
                problems.append("%s:%d TORCH_TIDY_REF: %s, not %s"
                                % (rel, line_no, ref, tag))

for p in problems:
    print("error: " + p)
if problems:
    sys.exit(1)
print("recipes: %d checks in the README, integration/README.md, the "
      "changelog and checker/docs; %d recipe files at %s"
      % (len(checks), len(recipes), tag))
