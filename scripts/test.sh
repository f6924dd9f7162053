#!/usr/bin/env bash
# Installs what is missing, builds everything (scripts/build.sh), then runs the whole test suite
# with ctest. Extra arguments go to ctest (e.g. -R e2e). Exits with ctest's exit code.
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)

"$root/scripts/build.sh"
exec ctest --test-dir "$root/build" --output-on-failure -j "${NM_JOBS:-2}" "$@"
