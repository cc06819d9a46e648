#!/usr/bin/env python3
"""Runs COMMAND with its stderr on a pseudo-terminal (stdout stays a pipe)
and prints what it wrote there, control characters escaped (\\r, \\x1b).

  in_terminal.py COMMAND..."""
import os
import pty
import subprocess
import sys

master, slave = pty.openpty()
p = subprocess.Popen(sys.argv[1:], stderr=slave, stdout=subprocess.DEVNULL)
os.close(slave)
chunks = []
while True:
    try:
        data = os.read(master, 4096)
    except OSError:  # EIO: the other side is closed
        break
    if not data:
        break
    chunks.append(data)
p.wait()
text = b"".join(chunks).decode("utf-8", "replace")
print(text.replace("\r", "\\r").replace("\x1b", "\\x1b"))
