#!/usr/bin/env python3
"""Prints, for run-torch-tidy --format=json results, each one's shard, its
files (relative to its source root) and its partition fingerprint's first
characters."""
import json
import os
import sys

for path in sys.argv[1:]:
    with open(path) as f:
        doc = json.load(f)
    s = doc["shard"]
    files = [os.path.relpath(f["file"], doc["sourceRoot"]) for f in doc["files"]]
    print("shard %d/%d of %d files, partition %s: %s" % (
        s["index"], s["count"], s["files"], s["partition"][:12],
        " ".join(sorted(files))))
