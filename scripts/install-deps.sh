#!/usr/bin/env bash
# The one list of Debian packages torch-tidy needs to build, test and run.
# Idempotent: safe to run again on a machine that already has them.
set -euo pipefail

PACKAGES=(
  clang-19 clang-tidy-19 libclang-19-dev llvm-19-dev llvm-19-tools
  libyaml-cpp-dev libtorch-dev libopencv-dev
  cmake ninja-build python3 libzip-dev libclang-rt-19-dev libgtest-dev
  # torch-clangd: clangd's remote-index client links gRPC, protobuf, abseil
  libgrpc++-dev libprotobuf-dev libabsl-dev
  # its tests drive it from Neovim; its benchmark compares it with clangd-19
  neovim clangd-19
  # run-torch-tidy: clang-scan-deps-19, fixes as YAML, SARIF schema checks
  clang-tools-19 python3-yaml python3-jsonschema git
  # packaging: cpack's Depends (dpkg-shlibdeps, file), the package's checks
  # (lintian, man), the pre-commit hook repository's test
  dpkg-dev file lintian man-db pre-commit
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
