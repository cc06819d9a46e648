#!/usr/bin/env python3
"""Runs a command without network: in a new network namespace (no interface
but a down loopback) where this user may make one (root), and in any case
with git limited to local repositories and
HTTP(S) proxies that point nowhere, so that a download fails at once.

  offline.py COMMAND [ARG...]"""
import os
import subprocess
import sys

env = dict(os.environ, GIT_ALLOW_PROTOCOL="file",
           http_proxy="http://127.0.0.1:9", https_proxy="http://127.0.0.1:9",
           HTTP_PROXY="http://127.0.0.1:9", HTTPS_PROXY="http://127.0.0.1:9",
           no_proxy="", NO_PROXY="")
cmd = sys.argv[1:]
if subprocess.call(["unshare", "--net", "true"], stderr=subprocess.DEVNULL) == 0:
    cmd = ["unshare", "--net", "--"] + cmd
os.execvpe(cmd[0], cmd, env)
