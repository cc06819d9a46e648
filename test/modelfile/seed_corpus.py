#!/usr/bin/env python3
"""Copies the model-file fixtures into a libFuzzer corpus directory, with
the data.pkl of each readable archive as a seed of its own (the fuzz target
also walks its input as a bare pickle).

Usage: seed_corpus.py INPUTS_DIR CORPUS_DIR
"""
import os
import shutil
import sys
import zipfile


def main():
    inputs, corpus = sys.argv[1], sys.argv[2]
    os.makedirs(corpus, exist_ok=True)
    for folder, _, files in os.walk(inputs):
        for name in files:
            path = os.path.join(folder, name)
            tag = os.path.relpath(path, inputs).replace(os.sep, "_")
            shutil.copyfile(path, os.path.join(corpus, "seed_" + tag))
            try:
                with zipfile.ZipFile(path) as z:
                    for entry in z.namelist():
                        if entry.endswith("data.pkl"):
                            with open(os.path.join(corpus, "seed_pkl_" + tag), "wb") as f:
                                f.write(z.read(entry))
                            break
            except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError):
                pass  # damaged on purpose


if __name__ == "__main__":
    main()
