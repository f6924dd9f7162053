#!/usr/bin/env bash
# The mapper's scale bench: a 1 024 000-neuron, 102 400 000-synapse network (make_scale_net.py)
# on a 32x32-tile Loihi-class mesh (4096 cores, 256 neurons per core), mapped by each strategy
# with `neuromesh map` under /usr/bin/time -v. Prints, per strategy: wall and CPU time of the
# whole command (loading included), peak memory, the mapper's own time and predicted traffic.
# NM_MAPPER_PHASES=1 also prints the metis mapper's time per phase.
#   bench/mapping/run_scale.sh [NEUROMESH] [OUT_DIR]
set -euo pipefail
here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
neuromesh=${1:-$here/../../build/apps/neuromesh}
out=${2:-$here/../../build/bench_mapping}
mkdir -p "$out"
python3 "$here/make_scale_net.py" "$out/scale_1m.yaml"
for mapper in sequential metis; do
  /usr/bin/time -v "$neuromesh" map loihi "$out/scale_1m.yaml" --set chip.mesh_width=32 \
    --set chip.mesh_height=32 --mapper "$mapper" >"$out/scale.$mapper.txt" 2>"$out/scale.$mapper.time"
  wall=$(grep "Elapsed (wall clock)" "$out/scale.$mapper.time" | awk '{print $NF}')
  user=$(grep "User time" "$out/scale.$mapper.time" | awk '{print $NF}')
  sys=$(grep "System time" "$out/scale.$mapper.time" | awk '{print $NF}')
  rss=$(grep "Maximum resident" "$out/scale.$mapper.time" | awk '{print $NF}')
  echo "== $mapper: wall $wall, CPU $(echo "$user + $sys" | bc) s (user $user, sys $sys)," \
       "peak RSS $((rss / 1024)) MiB"
  grep -E "^Mapping \(|^Predicted|^Mapping time" "$out/scale.$mapper.txt"
  grep "mapper phase" "$out/scale.$mapper.time" || true
done
