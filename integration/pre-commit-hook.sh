#!/usr/bin/env bash
# Git pre-commit hook: run torch-tidy on the staged C++ sources and refuse the
# commit when a torch-* check warns.
#
# Install:  cp pre-commit-hook.sh .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit
# Skip once: git commit --no-verify
#
# Environment:
#   TORCH_TIDY            torch-tidy binary           (default: torch-tidy on PATH)
#   TORCH_TIDY_BUILD_DIR  dir with compile_commands.json, relative to the
#                         repository root or absolute  (default: build)
#   TORCH_TIDY_CHECKS     clang-tidy --checks value    (default: -*,torch-*,-torch-debug-*)
#
# With file arguments (as the pre-commit framework passes them) those files
# are checked instead of the staged ones. torch-tidy reads the files in the
# working tree, so a partly staged file is checked as it is on disk.
set -euo pipefail

TORCH_TIDY=${TORCH_TIDY:-torch-tidy}
BUILD_DIR=${TORCH_TIDY_BUILD_DIR:-build}
CHECKS=${TORCH_TIDY_CHECKS:--*,torch-*,-torch-debug-*}

cd "$(git rev-parse --show-toplevel)"

if [ $# -gt 0 ]; then
  files=("$@")
else
  files=()
  while IFS= read -r -d '' f; do
    files+=("$f")
  done < <(git diff --cached --name-only --diff-filter=ACMR -z -- \
             '*.cpp' '*.cc' '*.cxx')
fi
[ ${#files[@]} -gt 0 ] || exit 0

if ! command -v "$TORCH_TIDY" >/dev/null 2>&1; then
  echo "torch-tidy hook: '$TORCH_TIDY' not found; set TORCH_TIDY to its path" >&2
  exit 1
fi
if [ ! -f "$BUILD_DIR/compile_commands.json" ]; then
  echo "torch-tidy hook: no $BUILD_DIR/compile_commands.json; configure with" >&2
  echo "  cmake -B $BUILD_DIR -DCMAKE_EXPORT_COMPILE_COMMANDS=ON" >&2
  echo "or set TORCH_TIDY_BUILD_DIR" >&2
  exit 1
fi

if ! "$TORCH_TIDY" -p "$BUILD_DIR" --quiet --checks="$CHECKS" \
       --warnings-as-errors='torch-*' "${files[@]}"; then
  echo "torch-tidy hook: commit refused (fix the errors above, or" \
       "commit with --no-verify)" >&2
  exit 1
fi
