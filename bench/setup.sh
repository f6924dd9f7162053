#!/usr/bin/env bash
# Bench-only dependencies (the tests do not need them): Debian's Brian2 and numpy for the
# side-by-side peer (../shared/bench/brian2_peer.py, run with /usr/bin/python3) and the network
# generator, and g++ for Brian2's C++ standalone mode. Installs only what is missing.
set -euo pipefail
want=(python3-brian python3-numpy g++)
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if (( ${#missing[@]} )); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
