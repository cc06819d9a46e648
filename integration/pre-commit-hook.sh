#!/usr/bin/env bash
# Git pre-commit hook: run-torch-tidy on the translation units the change
# touches, and refuse the commit when a check warns.
#
# Install:  cp pre-commit-hook.sh .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit
# Skip once: git commit --no-verify
#
# The files checked are those that differ from HEAD (staged, unstaged or
# untracked) and those that include a header that does: run-torch-tidy
# --changed-since HEAD. Results are cached, so an unchanged file costs
# nothing the next time.
#
# Environment:
#   RUN_TORCH_TIDY        run-torch-tidy program  (default: run-torch-tidy on PATH)
#   TORCH_TIDY_BUILD_DIR  dir with compile_commands.json, relative to the
#                         repository root or absolute  (default: build)
#   TORCH_TIDY_CHECKS     --checks value  (default: -*,torch-*,-torch-debug-*)
#
# Arguments: `-p DIR` sets the build directory (as TORCH_TIDY_BUILD_DIR);
# file arguments (as the pre-commit framework passes them) are checked
# instead of the changed files. run-torch-tidy reads the files in the working tree,
# so a partly staged file is checked as it is on disk.
set -euo pipefail

RUN_TORCH_TIDY=${RUN_TORCH_TIDY:-run-torch-tidy}
BUILD_DIR=${TORCH_TIDY_BUILD_DIR:-build}
CHECKS=${TORCH_TIDY_CHECKS:--*,torch-*,-torch-debug-*}

if [ "${1:-}" = -p ] && [ $# -ge 2 ]; then
  BUILD_DIR=$2
  shift 2
fi

cd "$(git rev-parse --show-toplevel)"

if ! command -v "$RUN_TORCH_TIDY" >/dev/null 2>&1; then
  echo "torch-tidy hook: '$RUN_TORCH_TIDY' not found; set RUN_TORCH_TIDY to its path" >&2
  exit 1
fi
if [ ! -f "$BUILD_DIR/compile_commands.json" ]; then
  echo "torch-tidy hook: no $BUILD_DIR/compile_commands.json; configure with" >&2
  echo "  cmake -B $BUILD_DIR -DCMAKE_EXPORT_COMPILE_COMMANDS=ON" >&2
  echo "or set TORCH_TIDY_BUILD_DIR" >&2
  exit 1
fi

if [ $# -gt 0 ]; then
  select=("$@")
elif git rev-parse --verify --quiet HEAD >/dev/null; then
  select=(--changed-since HEAD)
else
  select=()  # the first commit: every file
fi

if ! "$RUN_TORCH_TIDY" -p "$BUILD_DIR" --checks="$CHECKS" --progress=none \
       "${select[@]}"; then
  echo "torch-tidy hook: commit refused (fix the findings above, or" \
       "commit with --no-verify)" >&2
  exit 1
fi
