#!/usr/bin/env bash
# Writes the inhibitory -> excitatory synapses of the Diehl & Cook network as a synapses.csv
# (docs/config.md): inhibitory neuron i inhibits every excitatory neuron except i, weight W.
# Usage: make_lateral_inhibition.sh N WEIGHT > inh_exc_N.csv
set -euo pipefail
n=$1
w=$2
echo "pre,post,weight,delay"
awk -v n="$n" -v w="$w" 'BEGIN { for (i = 0; i < n; ++i) for (j = 0; j < n; ++j) if (i != j) printf "%d,%d,%d,0\n", i, j, w }'
