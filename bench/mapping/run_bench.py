#!/usr/bin/env python3
"""The mapping bench: maps each standard network with every strategy, SIMULATES it, and tabulates
the simulator's own counts (report.json: flit-hops, NoC energy, step latency) next to the
mapper's prediction.

  python3 bench/mapping/run_bench.py [--neuromesh build/apps/neuromesh] [--out build/bench_mapping]
                                     [--steps 200] [--profile-steps 50]

Networks: configs/nets/default.yaml plus those of make_nets.py (layered, clustered with shuffled
ids, conv), on the Loihi preset. Rates for the mapper come from a --profile-steps run (the
first N steps of the same inputs); the simulation then runs --steps steps, so the prediction
extrapolates from the profile. Writes OUT/table.md and OUT/<net>.<mapper>.json (the reports).
"""
import argparse
import json
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MAPPERS = ["sequential", "metis"]


def pearson(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy)


def run(neuromesh, net, mapper, steps, profile_steps):
    cmd = [neuromesh, "run", "loihi", net, "--steps", str(steps), "--mapper", mapper,
           "--profile-steps", str(profile_steps), "--format", "json"]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--neuromesh", default=os.path.join(ROOT, "build", "apps", "neuromesh"))
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "bench_mapping"))
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--profile-steps", type=int, default=50)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    subprocess.run([sys.executable, os.path.join(HERE, "make_nets.py"), a.out], check=True)
    nets = [("default", os.path.join(ROOT, "configs", "nets", "default.yaml"))] + [
        (n, os.path.join(a.out, n + ".yaml")) for n in ("layered", "clustered", "conv")]

    rows, predicted, simulated = [], [], []
    for name, path in nets:
        base = None
        for mapper in MAPPERS:
            r = run(a.neuromesh, path, mapper, a.steps, a.profile_steps)
            with open(os.path.join(a.out, "%s.%s.json" % (name, mapper)), "w") as f:
                json.dump(r, f, indent=1)
            hops = r["counts"]["hops"]
            base = hops if mapper == "sequential" else base
            pred = r["mapping"]["predicted_per_step"]["hops"]
            sim = r["mapping"]["simulated_per_step"]["hops"]
            predicted.append(pred)
            simulated.append(sim)
            change = "" if mapper == "sequential" else " (%+.1f%%)" % (100.0 * (hops - base) / base)
            rows.append("| %s | %s | %d | %d | %d%s | %.0f | %.1f | %.2f | %.2f | %.3f |" % (
                name, mapper, r["mapping"]["cores_used"], r["counts"]["packets"], hops, change,
                r["energy_pj"]["noc"], r["time"]["step_latency_ns"]["mean"], pred, sim,
                r["host"]["mapping_seconds"]))
    header = ("| network | mapper | cores | packets | packet-hops (vs sequential) | "
              "NoC energy [pJ] | mean step latency [ns] | predicted hops/step | "
              "simulated hops/step | mapping [s] |\n" + "|---" * 10 + "|")
    corr = pearson(predicted, simulated)
    text = ("Simulated over %d steps on the Loihi preset; mapper rates from a %d-step profile.\n\n"
            "%s\n%s\n\nPearson correlation of predicted vs simulated hops per step over the %d "
            "runs: %.4f\n" % (a.steps, a.profile_steps, header, "\n".join(rows), len(rows), corr))
    with open(os.path.join(a.out, "table.md"), "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
