#!/usr/bin/env python3
"""Lists string literals in checker/'s C++ that name LibTorch, OpenCV, c10
or caffe2 entities: what the libraries are is vocabulary, data in rules/.

usage: library_names.py CHECKER_DIR

Looks for `ns::name` spellings and bare namespace names of those libraries
inside string literals (comments are skipped). checker/modelfile is left
out: it reads the pickle format of saved models, whose class names
("torch", "HalfStorage") are the file format, not the C++ API. Exits 1
when it finds one.
"""
import os
import re
import sys

LIBRARIES = ("at", "c10", "torch", "caffe2", "cv")
LITERAL = re.compile(r'//[^\n]*|/\*.*?\*/|"((?:\\.|[^"\\])*)"', re.S)
NAME = re.compile(r'\b(%s)::\w' % "|".join(LIBRARIES))


def main():
    root = sys.argv[1]
    found = 0
    for dirpath, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if os.path.join(dirpath, d) !=
                   os.path.join(root, "modelfile")]
        for f in sorted(files):
            if not f.endswith((".cpp", ".h")):
                continue
            path = os.path.join(dirpath, f)
            text = open(path).read()
            for m in LITERAL.finditer(text):
                body = m.group(1)
                if body is None:
                    continue  # a comment
                if NAME.search(body) or body in LIBRARIES:
                    line = text.count("\n", 0, m.start()) + 1
                    print("%s:%d: \"%s\"" % (os.path.relpath(path, root), line, body))
                    found += 1
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
