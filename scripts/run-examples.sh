#!/usr/bin/env bash
# Sets everything up and runs torch-tidy on the bundled examples, the way a
# user runs it on a CMake project: configure to get compile_commands.json,
# then point torch-tidy at it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
cmake -S examples -B build/examples -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
for f in examples/*.cpp; do
  echo "== torch-tidy $f"
  build/bin/torch-tidy -p build/examples --checks='-*,torch-*,-torch-debug-*' --quiet "$f"
done
