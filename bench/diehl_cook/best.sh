#!/usr/bin/env bash
# The best measured setting of the Diehl & Cook bench (bench/diehl_cook/README.md, "Best
# setting"): the 400-neuron network of configs/nets/diehl_cook.yaml with L2-normalised digits,
# inhibition x 2 and a quarter of the learning rate, trained on all 7,996 npm training digits,
# labelled on all of them, tested on all 2,004 test digits; one run per seed, two at a time.
# Not a test: each run takes 15-25 minutes on a 2-core machine.
# Usage: [NEUROMESH=BINARY] bench/diehl_cook/best.sh [SEED ...]   (default: seeds 1 2 3)
# Results: bench/results/diehl_cook/best_seed<S>.{json,log} and a table of both readouts,
# energy, latency and host time per seed.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seeds=("$@")
[[ ${#seeds[@]} -gt 0 ]] || seeds=(1 2 3)
out="$root/bench/results/diehl_cook"
mkdir -p "$out"
# NEUROMESH: a neuromesh binary to use instead of building this checkout's.
if [[ -n ${NEUROMESH:-} ]]; then
  cli=$NEUROMESH
else
  "$root/scripts/build.sh" --target neuromesh > /dev/null
  cli="$root/build/apps/neuromesh"
fi

run_seed() {
  "$cli" digits loihi "$root/configs/nets/diehl_cook.yaml" --data-dir "$root/data" \
    --train 7996 --label 7996 --test 2004 --seed "$1" --input-l2-norm 2350 \
    --set network.projections.inh_exc.weight_exponent=5 \
    --set 'network.projections.input_exc.learning.rule=dw = 2^-6*x1*y0 - 2^-7*w*y0' \
    --json "$out/best_seed$1.json" > "$out/best_seed$1.log" 2>&1
}

failed=0
for ((i = 0; i < ${#seeds[@]}; i += 2)); do
  pids=()
  for s in "${seeds[@]:i:2}"; do
    echo "seed $s: running (log: $out/best_seed$s.log)"
    run_seed "$s" & pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || failed=1; done
done
[[ $failed -eq 0 ]] || { echo "a run failed: see the logs above" >&2; exit 1; }

python3 - "$out" "${seeds[@]}" <<'EOF'
import json, sys
out, seeds = sys.argv[1], sys.argv[2:]
print("| seed | Diehl & Cook readout | response-proportion vote | energy per training sample "
      "| energy per inference | latency per inference | host time |")
print("|---|---|---|---|---|---|---|")
means = [0.0, 0.0]
for s in seeds:
    j = json.load(open(f"{out}/best_seed{s}.json"))
    a, b = j["accuracy"], j["accuracy_response_proportion"]
    means[0] += a["fraction"] / len(seeds)
    means[1] += b["fraction"] / len(seeds)
    host = sum(j[p]["host_seconds"] for p in ("train", "label", "test"))
    print(f"| {s} | {100 * a['fraction']:.2f} % ({a['correct']}) | {100 * b['fraction']:.2f} % "
          f"({b['correct']}) | {j['train']['energy_per_sample_pj'] * 1e-6:.1f} uJ | "
          f"{j['test']['energy_per_sample_pj'] * 1e-6:.1f} uJ | "
          f"{j['test']['ns_per_sample'] * 1e-3:.1f} us | {host:.0f} s |")
print(f"| mean | {100 * means[0]:.2f} % | {100 * means[1]:.2f} % | | | | |")
EOF
