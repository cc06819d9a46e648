#!/usr/bin/env python3
"""Seeds a libFuzzer corpus for one of the fuzz targets in checker/fuzz
from what the tests and docs already hold.

fuzz_rule_file: the bundled rules/*.yaml and the rule files of test/rules
(well-formed and malformed).
fuzz_annotation: every distinct "torch-tidy:..." string literal in the
tests and docs. The target adds the prefix itself to inputs whose first
byte is odd, so each text is also written without it behind such a byte.

Usage: seed_corpus.py TARGET CORPUS_DIR
"""
import glob
import hashlib
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def rule_files():
    for pattern in ("rules/*.yaml", "test/rules/Inputs/**/*.yaml"):
        for path in sorted(glob.glob(os.path.join(ROOT, pattern), recursive=True)):
            with open(path, "rb") as f:
                yield f.read()


def annotations():
    literal = re.compile(rb'"(torch-tidy:[^"\\\n]*)"')
    seen = set()
    for pattern in ("test/**/*.cpp", "checker/docs/*.md"):
        for path in sorted(glob.glob(os.path.join(ROOT, pattern), recursive=True)):
            with open(path, "rb") as f:
                for text in literal.findall(f.read()):
                    if text not in seen:
                        seen.add(text)
                        yield text
                        yield b"\x01" + text[len(b"torch-tidy:"):]


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("fuzz_rule_file", "fuzz_annotation"):
        sys.exit(__doc__)
    target, corpus = sys.argv[1], sys.argv[2]
    os.makedirs(corpus, exist_ok=True)
    seeds = rule_files() if target == "fuzz_rule_file" else annotations()
    count = 0
    for data in seeds:
        name = "seed_" + hashlib.sha1(data).hexdigest()[:16]
        with open(os.path.join(corpus, name), "wb") as f:
            f.write(data)
        count += 1
    if count == 0:
        sys.exit("seed_corpus.py: no seeds found for %s" % target)


if __name__ == "__main__":
    main()
