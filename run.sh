#!/usr/bin/env bash
# Installs what is missing, builds Release and starts Myoscope. Without a display it renders the
# standard views headless to PNG files and prints where they are. Extra arguments go to myoscope.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh build -DCMAKE_BUILD_TYPE=Release
exec build/src/app/myoscope "$@"
