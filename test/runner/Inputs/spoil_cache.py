#!/usr/bin/env python3
"""Spoils three entries of a run-torch-tidy cache: one is no longer JSON,
one has another format, one is replaced by another file's entry (so it
names another key)."""
import glob
import json
import os
import shutil
import sys

entries = sorted(glob.glob(os.path.join(sys.argv[1], "results", "*", "*.json")))
assert len(entries) >= 4, entries
with open(entries[0], "w") as f:
    f.write("\0\0 truncated")
with open(entries[1]) as f:
    entry = json.load(f)
entry["format"] = "something-else/7"
with open(entries[1], "w") as f:
    json.dump(entry, f)
shutil.copy(entries[3], entries[2])
