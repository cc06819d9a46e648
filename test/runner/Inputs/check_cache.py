#!/usr/bin/env python3
"""Checks that every entry of a run-torch-tidy cache is complete JSON and
that no partly written file is left; prints how many entries there are."""
import glob
import json
import os
import sys

root = sys.argv[1]
entries = glob.glob(os.path.join(root, "results", "*", "*.json"))
for path in entries:
    with open(path) as f:
        entry = json.load(f)
    assert entry["format"] == "run-torch-tidy/result/1", path
partial = [p for p in glob.glob(os.path.join(root, "**", "*"), recursive=True)
           if os.path.basename(p).startswith(".tmp-")]
print("%d complete entries, %d partial files" % (len(entries), len(partial)))
