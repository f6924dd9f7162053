#!/usr/bin/env bash
# The whole speed suite in one command: installs the bench dependencies (bench/setup.sh), builds
# neuromesh (Release), then runs bench/speed.py, which writes bench/results/speed.md and
# speed.csv (git-ignored). Arguments go to speed.py (e.g. --quick, --only noc, --nets net10k).
set -euo pipefail
root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
"$root/bench/setup.sh"
"$root/scripts/build.sh" --target neuromesh merolla_bench >/dev/null
exec /usr/bin/python3 "$root/bench/speed.py" "$@"
