#!/usr/bin/env bash
# Installs what Myoscope needs from Debian 12's packages (only what is missing) and configures + builds.
# Usage: scripts/setup.sh BUILD_DIR [extra cmake arguments...]
# Sourced by run.sh and test.sh; safe to run again.
set -euo pipefail

# Each package and what it is for (README "Dependencies" says the same in words).
PACKAGES=(
  cmake ninja-build g++ pkg-config    # build
  libglfw3-dev                        # window and input
  libassimp-dev zlib1g-dev            # mesh import (Assimp's CMake config needs libz.so)
  libglm-dev                          # vector math
  libimgui-dev                        # Dear ImGui with its GLFW and OpenGL3 backends
  python3-glad                        # generates the OpenGL 3.3 core loader at build time
  libegl-dev libegl-mesa0 libgl1-mesa-dri  # headless OpenGL: EGL surfaceless on Mesa llvmpipe
  libcli11-dev                        # command-line parsing
  nlohmann-json3-dev                  # JSON output and atlas manifests
  libstb-dev                          # PNG reading and writing
  libmeshoptimizer-dev                # vertex welding of imported meshes
  libyaml-cpp-dev                     # lesson and content files
  fonts-dejavu-core                   # a readable UI and label font
  libgtest-dev libbenchmark-dev       # tests and benchmarks
  clang libclang-rt-14-dev            # the lesson parser's fuzz target (libFuzzer), run in CI by test.sh
  xvfb xauth xdotool                  # the window tests: an X server, and clicks and keys sent to it
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "myoscope setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "myoscope setup: these Debian packages are missing. Install them, then run this again:"
    echo "  sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
fi

build_dir=$1
shift
cmake -S "$(dirname "$0")/.." -B "$build_dir" -G Ninja "$@" >/dev/null
cmake --build "$build_dir" -j "$(nproc)"
