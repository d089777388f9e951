#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, runs every test (ctest: unit, gl, app,
# window), then builds the unit tests with AddressSanitizer and UndefinedBehaviorSanitizer and runs them.
set -euo pipefail
cd "$(dirname "$0")"
jobs=$(nproc)

scripts/setup.sh build-ci -DCMAKE_BUILD_TYPE=Release -DMYOSCOPE_WERROR=ON
ctest --test-dir build-ci --output-on-failure -j "$jobs"

# Sanitizers over the libraries without GL (Mesa's llvmpipe is not built for ASan).
scripts/setup.sh build-asan -DCMAKE_BUILD_TYPE=Debug -DMYOSCOPE_WERROR=ON -DMYOSCOPE_SANITIZE=ON -DMYOSCOPE_BUILD_GL=OFF
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs" -L unit
