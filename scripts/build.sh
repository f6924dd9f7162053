#!/usr/bin/env bash
# Installs what is missing (setup.sh), configures build/ (Release) at the repository root if it
# is not configured yet, and builds everything with $NM_JOBS parallel jobs (default 2).
# Works from any folder. Extra arguments go to `cmake --build` (e.g. --target neuromesh).
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build"

"$root/scripts/setup.sh"

# Configure unless a previous configure finished (a failed one leaves a cache but no Makefile).
# ccache, when installed, makes rebuilds in several worktrees cheap; it is optional.
if [[ ! -f "$build/CMakeCache.txt" || ! ( -f "$build/Makefile" || -f "$build/build.ninja" ) ]]; then
  launcher=()
  if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release "${launcher[@]}"
fi
cmake --build "$build" -j "${NM_JOBS:-2}" "$@"
