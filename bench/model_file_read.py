#!/usr/bin/env python3
"""Shows that reading a model file's summary costs the central directory and
data.pkl, not the tensor data.

Writes a ~500 MB archive to a temporary directory: the real data.pkl (and
other small entries) of test/modelfile/Inputs/jit_half.pt plus a stored
500 MB data/0 record, then runs build/bin/torch-tidy-model-info on it a few
times and reports the fastest wall time, and, under strace when available,
how many bytes the tool read from the archive.

Usage: bench/model_file_read.py [--mb 500] [--runs 5]
"""
import argparse
import os
import re
import shutil
import subprocess
import tempfile
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get("TORCH_TIDY_BUILD", os.path.join(ROOT, "build"))
TOOL = os.path.join(BUILD, "bin", "torch-tidy-model-info")
SOURCE = os.path.join(ROOT, "test", "modelfile", "Inputs", "jit_half.pt")


def write_big_archive(path, megabytes):
    stem = os.path.splitext(os.path.basename(path))[0]
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(SOURCE) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_STORED,
                                                         allowZip64=True) as out:
        # The big record goes first, as LibTorch writes data/ before data.pkl:
        # data.pkl then sits 500 MB into the file.
        with out.open(zipfile.ZipInfo(stem + "/data/0"), "w", force_zip64=True) as big:
            for _ in range(megabytes):
                big.write(chunk)
        for info in src.infolist():
            rest = info.filename.split("/", 1)[1]
            if rest == "data/0":
                continue
            out.writestr(stem + "/" + rest, src.read(info.filename))


def bytes_read(path):
    if not shutil.which("strace"):
        return None
    trace = subprocess.run(
        ["strace", "-f", "-e", "trace=openat,read,pread64,lseek", "-e", "read=none",
         TOOL, path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    fds, total = set(), 0
    for line in trace.stderr.splitlines():
        m = re.search(r'openat\(.*"%s".*\) = (\d+)' % re.escape(path), line)
        if m:
            fds.add(m.group(1))
            continue
        m = re.search(r"\b(?:read|pread64)\((\d+),.*\) = (\d+)", line)
        if m and m.group(1) in fds:
            total += int(m.group(2))
    return total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big_half.pt")
        write_big_archive(path, args.mb)
        size = os.path.getsize(path)
        best = None
        for _ in range(args.runs):
            start = time.perf_counter()
            out = subprocess.run([TOOL, path], stdout=subprocess.PIPE, text=True, check=True)
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
        print(out.stdout.splitlines()[0])
        print("archive: %.1f MB; fastest of %d runs: %.1f ms (whole process)"
              % (size / 1e6, args.runs, best * 1000))
        got = bytes_read(path)
        if got is not None:
            print("bytes read from the archive: %d (%.4f%% of it)" % (got, 100.0 * got / size))


if __name__ == "__main__":
    main()
