#!/usr/bin/env bash
# Builds the model-file reader, its unit tests and its libFuzzer target with
# clang-19 and -fsanitize=address,undefined in build/modelfile-sanitize
# (incremental). The lit tests in test/modelfile run what it builds.
#
#   scripts/sanitize-modelfile.sh            build only
#   scripts/sanitize-modelfile.sh fuzz SECS  then fuzz for SECS seconds over a
#                                            corpus seeded with the fixtures
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/modelfile-sanitize
if [ ! -f "$out/build.ninja" ]; then
  cmake -S checker/modelfile -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-19 -DMODELFILE_SANITIZE=ON -DMODELFILE_FUZZER=ON >/dev/null
fi
ninja -C "$out" -j2 modelfile-tests fuzz_model_archive torch-tidy-model-info

if [ "${1:-}" = fuzz ]; then
  secs=${2:-600}
  corpus=build/modelfile-fuzz/corpus
  mkdir -p "$corpus" build/modelfile-fuzz/artifacts
  python3 test/modelfile/seed_corpus.py test/modelfile/Inputs "$corpus"
  "$out/fuzz_model_archive" -max_total_time="$secs" \
    -artifact_prefix=build/modelfile-fuzz/artifacts/ -print_final_stats=1 "$corpus"
fi
