#!/usr/bin/env bash
# Differential testing against the real libtorch: generates N programs from
# seeds SEED, SEED+1, ... (test/difftest/generate.py), builds and runs each
# against Debian's libtorch and OpenCV, runs torch-tidy on it, and compares
# (test/difftest/README.md). Prints the false alarms, crashes and recall per
# construct; keeps findings and summary.json in build/difftest/N-SEED/.
#
#   bash scripts/difftest.sh [N [SEED]]     default: 100 programs from seed 1
#
# Exits 1 on a false alarm, a torch-tidy crash or a program that does not
# build or run. DIFFTEST_JOBS=J handles J programs at once (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100}
seed=${2:-1}
bash scripts/build.sh
exec nice -n 10 python3 test/difftest/difftest.py --count "$n" --seed "$seed" \
  --jobs "${DIFFTEST_JOBS:-1}" --work "build/difftest/$n-$seed" --quiet
