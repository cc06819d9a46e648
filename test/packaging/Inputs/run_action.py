#!/usr/bin/env python3
"""Runs one step of a composite action.yml here, as GitHub's runner would.

  run_action.py ACTION_YML STEP_ID [INPUT=VALUE ...]

The step's `run` goes to `bash --noprofile --norc -eo pipefail`, in the
current directory, with the step's `env` (each `${{ inputs.NAME }}` is the
INPUT=VALUE given, or the input's default), GITHUB_ACTION_PATH the
directory of ACTION_YML and GITHUB_OUTPUT a fresh file. Afterwards prints
the action's outputs this step set, one `output NAME=VALUE` line each, and
exits with the step's status. Any other `${{ }}` expression is refused, so
that a step this cannot run faithfully fails the test instead."""
import os
import re
import subprocess
import sys
import tempfile

import yaml

EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def main():
    action_yml, step_id, *assignments = sys.argv[1:]
    with open(action_yml) as f:
        action = yaml.safe_load(f)
    declared = action.get("inputs") or {}
    inputs = {name: str(spec.get("default", ""))
              for name, spec in declared.items()}
    for a in assignments:
        name, _, value = a.partition("=")
        if name not in declared:
            sys.exit("run_action: the action has no input '%s'" % name)
        inputs[name] = value

    def substitute(text):
        def one(m):
            ref = re.fullmatch(r"inputs\.([\w-]+)", m.group(1))
            if not ref or ref.group(1) not in declared:
                sys.exit("run_action: cannot evaluate '%s'" % m.group(0))
            return inputs[ref.group(1)]
        return EXPR.sub(one, str(text))

    steps = [s for s in action["runs"]["steps"] if s.get("id") == step_id]
    if action["runs"].get("using") != "composite" or len(steps) != 1:
        sys.exit("run_action: no composite step with id '%s'" % step_id)
    step = steps[0]
    if step.get("shell") != "bash":
        sys.exit("run_action: the step's shell is not bash")
    env = dict(os.environ)
    env.update({k: substitute(v) for k, v in (step.get("env") or {}).items()})
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "step.sh")
        with open(script, "w") as f:
            f.write(substitute(step["run"]))
        output = os.path.join(tmp, "output")
        open(output, "w").close()
        env["GITHUB_ACTION_PATH"] = os.path.dirname(os.path.abspath(action_yml))
        env["GITHUB_OUTPUT"] = output
        status = subprocess.call(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", script],
            env=env)
        with open(output) as f:
            written = dict(l.rstrip("\n").split("=", 1) for l in f if "=" in l)
    sys.stdout.flush()
    for name, spec in sorted((action.get("outputs") or {}).items()):
        m = re.fullmatch(r"\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}",
                         str(spec.get("value", "")))
        if m and m.group(1) == step_id and m.group(2) in written:
            print("output %s=%s" % (name, written[m.group(2)]))
    sys.exit(status)


if __name__ == "__main__":
    main()
