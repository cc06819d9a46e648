#!/usr/bin/env bash
# torch-tidy in CI: the steps of the GitHub action (action.yml at the top of
# torch-tidy's repository) and of the GitLab recipe (gitlab-ci.yml). Run from
# the root of the project to check, with run-torch-tidy installed.
#
#   torch-tidy-ci.sh [check] [RUN_TORCH_TIDY_OPTION...]
#       run-torch-tidy over the project's compile_commands.json; with
#       TORCH_TIDY_SHARD=I/N, over part I of N, writing its results as JSON
#   torch-tidy-ci.sh merge RESULT.json...
#       the shards' results: one report, one SARIF file, one verdict
#
# Environment (every variable is optional):
#   TORCH_TIDY_BUILD_DIR  directory with compile_commands.json (default
#                         build); when it has none and the project has a
#                         CMakeLists.txt, it is configured with
#                         cmake -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
#   TORCH_TIDY_CHECKS     --checks (default -*,torch-*,-torch-debug-*)
#   TORCH_TIDY_CHANGED    what to check: auto (default) checks the files a
#                         GitHub pull request or GitLab merge request
#                         changes (and their includers), everything on other
#                         events; all; or a git revision to compare with
#   TORCH_TIDY_SARIF      write SARIF 2.1.0 to this file (default: none)
#   TORCH_TIDY_FAIL_ON    warning (default), error or never: what fails
#   TORCH_TIDY_CACHE_DIR  result cache (default .torch-tidy-cache)
#   TORCH_TIDY_SHARD      I/N: check part I of N (for merge)
#   TORCH_TIDY_RESULT     the shard's JSON file (default torch-tidy-shard-I.json)
#   TORCH_TIDY_REVIEW     review mode on a pull or merge request: github,
#                         gitlab, gerrit or rdjson writes the review of the
#                         findings the change brings (run-torch-tidy
#                         --review) to TORCH_TIDY_REVIEW_FILE (default
#                         torch-tidy-review.json); github and gitlab also
#                         post it (torch-tidy-review.py, beside this script)
#                         unless TORCH_TIDY_REVIEW_POST=false; only new
#                         findings then fail the step
#   TORCH_TIDY_MAX_COMMENTS  new review comments per run at most (default 10)
#   RUN_TORCH_TIDY        the run-torch-tidy program (default: on PATH)
# On GitHub, the paths of the SARIF file, of a shard's results and of the
# review are also written to $GITHUB_OUTPUT as `sarif`, `result` and
# `review`.
# Exit status: run-torch-tidy's (0 clean, 1 findings, 2 bad options or
# configuration, 3 a crash of torch-tidy).
set -euo pipefail

RUN_TORCH_TIDY=${RUN_TORCH_TIDY:-run-torch-tidy}
BUILD_DIR=${TORCH_TIDY_BUILD_DIR:-build}
CHECKS=${TORCH_TIDY_CHECKS:--*,torch-*,-torch-debug-*}
CHANGED=${TORCH_TIDY_CHANGED:-auto}
SARIF=${TORCH_TIDY_SARIF:-}
FAIL_ON=${TORCH_TIDY_FAIL_ON:-warning}
CACHE_DIR=${TORCH_TIDY_CACHE_DIR:-.torch-tidy-cache}
SHARD=${TORCH_TIDY_SHARD:-}
REVIEW=${TORCH_TIDY_REVIEW:-}
REVIEW_FILE=${TORCH_TIDY_REVIEW_FILE:-torch-tidy-review.json}
REVIEW_POST=${TORCH_TIDY_REVIEW_POST:-true}
MAX_COMMENTS=${TORCH_TIDY_MAX_COMMENTS:-10}

fail() {
  echo "torch-tidy-ci: $*" >&2
  exit 2
}

command -v "$RUN_TORCH_TIDY" >/dev/null 2>&1 ||
  fail "'$RUN_TORCH_TIDY' not found: install torch-tidy or set RUN_TORCH_TIDY"
case $FAIL_ON in
  warning | error | never) ;;
  *) fail "TORCH_TIDY_FAIL_ON is '$FAIL_ON'; expected warning, error or never" ;;
esac
case $REVIEW in
  '' | github | gitlab | gerrit | rdjson) ;;
  *) fail "TORCH_TIDY_REVIEW is '$REVIEW'; expected github, gitlab, gerrit or rdjson" ;;
esac

report=()
if [ -n "$SARIF" ]; then
  report=(--sarif "$SARIF")
fi
# Tells a GitHub workflow where the SARIF file is (it is written even when
# the check fails).
announce_sarif() {
  if [ -n "$SARIF" ] && [ -n "${GITHUB_OUTPUT:-}" ]; then
    echo "sarif=$SARIF" >> "$GITHUB_OUTPUT"
  fi
}

mode=check
if [ $# -gt 0 ] && { [ "$1" = check ] || [ "$1" = merge ]; }; then
  mode=$1
  shift
fi

if [ "$mode" = merge ]; then
  [ $# -gt 0 ] || fail "merge: name the shards' result files"
  announce_sarif
  exec "$RUN_TORCH_TIDY" merge "$@" --cache-dir "$CACHE_DIR" \
    --fail-on "$FAIL_ON" "${report[@]}"
fi

# The revision to compare with, from the CI's variables.
base=""
case $CHANGED in
  auto)
    if [ "${GITHUB_EVENT_NAME:-}" = pull_request ] && [ -n "${GITHUB_BASE_REF:-}" ]; then
      base=origin/$GITHUB_BASE_REF
    elif [ -n "${CI_MERGE_REQUEST_DIFF_BASE_SHA:-}" ]; then
      base=$CI_MERGE_REQUEST_DIFF_BASE_SHA
    fi ;;
  all) ;;
  *) base=$CHANGED ;;
esac
select=()
if [ -n "$base" ]; then
  # CI checkouts in containers belong to another user than the job's.
  if [ -n "${GITHUB_WORKSPACE:-}${GITLAB_CI:-}" ]; then
    git config --global --add safe.directory "$PWD"
  fi
  git rev-parse --verify --quiet "$base^{commit}" >/dev/null ||
    fail "cannot compare with '$base': no such revision here (fetch the history: fetch-depth: 0, GIT_DEPTH: 0)"
  select=(--changed-since "$base")
fi

if [ ! -f "$BUILD_DIR/compile_commands.json" ]; then
  [ -f CMakeLists.txt ] ||
    fail "no $BUILD_DIR/compile_commands.json; write one, or set TORCH_TIDY_BUILD_DIR"
  echo "torch-tidy-ci: configuring $BUILD_DIR for compile_commands.json" >&2
  cmake -S . -B "$BUILD_DIR" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >&2
fi

common=(-p "$BUILD_DIR" --checks="$CHECKS" --cache-dir "$CACHE_DIR"
        --progress=none "${select[@]}")
if [ -n "$REVIEW" ]; then
  if [ -z "$base" ]; then
    echo "torch-tidy-ci: review mode needs a pull or merge request (or TORCH_TIDY_CHANGED=REVISION); checking everything" >&2
  else
    status=0
    "$RUN_TORCH_TIDY" "${common[@]}" --fail-on "$FAIL_ON" "${report[@]}" \
      --review="$REVIEW" "$@" > "$REVIEW_FILE" || status=$?
    announce_sarif
    if [ -n "${GITHUB_OUTPUT:-}" ]; then
      echo "review=$REVIEW_FILE" >> "$GITHUB_OUTPUT"
    fi
    [ "$status" -le 1 ] || exit "$status"
    echo "torch-tidy-ci: review written to $REVIEW_FILE" >&2
    if [ "$REVIEW_POST" = true ] && { [ "$REVIEW" = github ] || [ "$REVIEW" = gitlab ]; }; then
      python3 "$(dirname "$0")/torch-tidy-review.py" "$REVIEW" "$REVIEW_FILE" \
        --max-comments "$MAX_COMMENTS"
    fi
    exit "$status"
  fi
fi
if [ -n "$SHARD" ]; then
  result=${TORCH_TIDY_RESULT:-torch-tidy-shard-${SHARD%%/*}.json}
  "$RUN_TORCH_TIDY" "${common[@]}" --shard "$SHARD" --format=json \
    --fail-on=never "$@" > "$result"
  echo "torch-tidy-ci: part $SHARD written to $result" >&2
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    echo "result=$result" >> "$GITHUB_OUTPUT"
  fi
  exit 0
fi
announce_sarif
exec "$RUN_TORCH_TIDY" "${common[@]}" --fail-on "$FAIL_ON" "${report[@]}" "$@"
