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

# The lesson parser under libFuzzer (clang, AddressSanitizer), for a bounded half minute: seeded with every lesson
# and the malformed corpus of tests/data/lessons. A crash, leak or sanitizer report fails CI and leaves the
# input that caused it in build-fuzz/ (crash-*), to add to the corpus once fixed.
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ -DMYOSCOPE_FUZZ=ON \
  -DMYOSCOPE_BUILD_GL=OFF >/dev/null
cmake --build build-fuzz --target lesson_parser_fuzz -j "$jobs"
rm -rf build-fuzz/corpus && mkdir -p build-fuzz/corpus
cp lessons/*.yaml tests/data/lessons/*.yaml build-fuzz/corpus/
build-fuzz/src/lesson/lesson_parser_fuzz -max_total_time=30 -rss_limit_mb=2048 -artifact_prefix=build-fuzz/ \
  -print_final_stats=1 build-fuzz/corpus
