#!/usr/bin/env bash
# Installs the Debian packages torch-tidy needs and builds build/bin/torch-tidy
# and build/lib/libTorchTidy.so. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C build -j2
