#!/usr/bin/env bash
# Sets everything up and runs the whole test suite: mock-header tests,
# real-header tests, rule-file tests, the oracle programs against libtorch
# and the examples (built and run); then the mock-header suites, the fuzz
# targets and the difftest batch again with torch-tidy built under ASan and
# UBSan. Prints lit's summary and the sanitized run's.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
# The model-file reader, its unit tests and fuzz target under ASan/UBSan.
bash scripts/sanitize-modelfile.sh
ninja -C build -j2 oracle-programs
cmake -S examples -B build/examples -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
ninja -C build/examples -j2
status=0
# pipefail: a failing lit run fails the pipeline, not only tee.
ninja -C build check-torch-tidy | tee build/lit.log || status=$?
passed=$(sed -n 's/^ *Passed *: *\([0-9]*\).*/\1/p' build/lit.log)
failed=$(sed -n 's/^ *Failed *: *\([0-9]*\).*/\1/p' build/lit.log)
echo "lit: ${passed:-0} passed, ${failed:-0} failed"
# torch-tidy and the fuzz targets under ASan and UBSan: the mock-header
# suites, the fuzz targets' replay and short run, the difftest batch.
sanitized=0
bash scripts/sanitize.sh 2>&1 | tee build/sanitize.log || sanitized=$?
echo "sanitized: $([ "$sanitized" = 0 ] && echo passed || echo FAILED)"
[ "$sanitized" = 0 ] || status=$sanitized
exit "$status"
