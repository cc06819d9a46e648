#!/usr/bin/env python3
"""Applies what a review of run-torch-tidy --review suggests to the files
of the repository it was made for, as the platform would when the author
accepts it: GitHub's and GitLab's suggestion blocks replace the commented
lines, Gerrit's fix_suggestions and reviewdog's suggestions replace their
ranges. Prints each change.

  apply_review.py github|gitlab|gerrit|rdjson REVIEW.json REPO"""
import json
import os
import re
import sys


def read_lines(repo, path):
    with open(os.path.join(repo, path), encoding="utf-8") as f:
        return f.read().split("\n")


def write_lines(repo, path, lines):
    with open(os.path.join(repo, path), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def block(body, header):
    m = re.search(r"^(`{3,})%s\n(.*?)\n\1$" % header, body, re.M | re.S)
    return m


def github(review, repo):
    for c in review["comments"]:
        m = block(c["body"], "suggestion")
        if not m:
            continue
        first = c.get("start_line", c["line"])
        lines = read_lines(repo, c["path"])
        lines[first - 1:c["line"]] = m.group(2).split("\n")
        write_lines(repo, c["path"], lines)
        print("%s:%d-%d replaced" % (c["path"], first, c["line"]))


def gitlab(review, repo):
    for d in review["discussions"]:
        m = block(d["body"], r"suggestion:-(\d+)\+(\d+)")
        if not m:
            continue
        pos = d["position"]
        line = pos["new_line"]
        first, last = line - int(m.group(2)), line + int(m.group(3))
        lines = read_lines(repo, pos["new_path"])
        lines[first - 1:last] = m.group(4).split("\n")
        write_lines(repo, pos["new_path"], lines)
        print("%s:%d-%d replaced" % (pos["new_path"], first, last))


def _replace(repo, path, edits):
    """EDITS: (start line, start index, end line, end index, text), lines
    1-based, indexes into the line's text."""
    lines = read_lines(repo, path)
    for sl, sc, el, ec, text in sorted(edits, reverse=True):
        before = lines[sl - 1][:sc]
        after = lines[el - 1][ec:]
        lines[sl - 1:el] = (before + text + after).split("\n")
        print("%s:%d:%d-%d:%d replaced" % (path, sl, sc, el, ec))
    write_lines(repo, path, lines)


def gerrit(review, repo):
    for path, comments in review["robot_comments"].items():
        edits = []
        for c in comments:
            for fix in c.get("fix_suggestions", [])[:1]:
                for r in fix["replacements"]:
                    g = r["range"]
                    edits.append((g["start_line"], g["start_character"],
                                  g["end_line"], g["end_character"],
                                  r["replacement"]))
        if edits:
            _replace(repo, path, edits)


def rdjson(review, repo):
    by_path = {}
    for d in review["diagnostics"]:
        for s in d.get("suggestions", []):
            r = s["range"]
            # Columns are bytes; the sample files are ASCII.
            by_path.setdefault(d["location"]["path"], []).append(
                (r["start"]["line"], r["start"]["column"] - 1,
                 r["end"]["line"], r["end"]["column"] - 1, s["text"]))
    for path, edits in by_path.items():
        _replace(repo, path, edits)


if __name__ == "__main__":
    platform, review, repo = sys.argv[1:]
    with open(review) as f:
        globals()[platform](json.load(f), repo)
