#!/usr/bin/env python3
"""Interrupts a run: starts COMMAND, waits until MARKER holds the pid of a
child that hangs, sends SIGNAL to COMMAND alone (as CI systems do on
cancel), and prints COMMAND's exit status and whether the hanging child was
stopped.

  interrupt.py SIGINT|SIGTERM MARKER -- COMMAND..."""
import os
import signal
import subprocess
import sys
import time

sig, marker = getattr(signal, sys.argv[1]), sys.argv[2]
command = sys.argv[sys.argv.index("--") + 1:]
p = subprocess.Popen(command)
deadline = time.monotonic() + 120
while not (os.path.exists(marker) and open(marker).read().strip()):
    if time.monotonic() > deadline or p.poll() is not None:
        sys.exit("the hanging child never started")
    time.sleep(0.1)
child = int(open(marker).read())
time.sleep(0.5)
p.send_signal(sig)
try:
    status = p.wait(60)
except subprocess.TimeoutExpired:
    p.kill()
    sys.exit("the run did not stop")
print("exit status %d" % status)
try:
    for _ in range(50):
        os.kill(child, 0)
        time.sleep(0.1)
    print("the hanging child is still running")
    os.kill(child, signal.SIGKILL)
except ProcessLookupError:
    print("the hanging child was stopped")
