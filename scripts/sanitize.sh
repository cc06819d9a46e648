#!/usr/bin/env bash
# Builds torch-tidy and the fuzz targets (checker/fuzz) with clang-19,
# AddressSanitizer and UndefinedBehaviorSanitizer in build/sanitize
# (incremental), then runs the mock-header suites and the fixed-seed
# difftest batch with that binary; any sanitizer report fails the run.
#
#   scripts/sanitize.sh              build and test (what scripts/test.sh runs)
#   scripts/sanitize.sh build        build only
#   scripts/sanitize.sh fuzz SECS    build, then fuzz each target for SECS
#                                    seconds over corpora seeded with the tests
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/sanitize
if [ ! -f "$out/build.ninja" ]; then
  # -O0 and line tables: readable reports, and a third of -O1's compile
  # time (the sanitizers' instrumentation of the optimized code is most
  # of a build that CI makes afresh each time; only our code is
  # instrumented, not LLVM's). NDEBUG as in Debian's LLVM, whose headers
  # we share.
  cmake -S . -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_COMPILER=clang++-19 \
    "-DCMAKE_CXX_FLAGS_RELEASE=-O0 -DNDEBUG -gline-tables-only" \
    -DTORCH_TIDY_SANITIZE=ON -DTORCH_TIDY_FUZZERS=ON >/dev/null
fi
ninja -C "$out" -j2 torch-tidy torch-tidy-model-info fuzz_rule_file fuzz_annotation
[ "${1:-}" = build ] && exit 0

# Reports abort the process, which fails the test that ran it. Leaks are
# reported too (the tool frees what it allocates).
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

if [ "${1:-}" = fuzz ]; then
  secs=${2:-600}
  for target in fuzz_rule_file fuzz_annotation; do
    corpus=build/fuzz/$target/corpus
    mkdir -p "$corpus" "build/fuzz/$target/artifacts"
    python3 checker/fuzz/seed_corpus.py "$target" "$corpus"
    "$out/checker/fuzz/$target" -max_total_time="$secs" -timeout=10 \
      -artifact_prefix="build/fuzz/$target/artifacts/" -print_final_stats=1 \
      "$corpus" checker/fuzz/regressions/$target
  done
  exit 0
fi

lit=/usr/lib/llvm-19/build/utils/lit/lit.py
TORCH_TIDY_BUILD="$PWD/$out" python3 "$lit" -sv -j2 test/checkers test/rules \
  test/fuzz
rm -rf "$out/difftest"
python3 test/difftest/difftest.py --count 16 --seed 1000 --build "$out" \
  --work "$out/difftest" --quiet
