#!/usr/bin/env python3
"""Summarises a `neuromesh digits --responses-out FILE` log (docs/digits.md), per part and per
block of samples: how many presentations a sample needed, how many excitatory spikes and firing
neurons its last presentation had, the busiest neuron's share of those spikes (1.0: one winner
takes all), and how many samples had over 100 neurons firing (a sign of runaway synchrony).

Usage: bench/diehl_cook/responses_summary.py FILE [BLOCK]   (BLOCK: samples per row, default 500)
Plain Python 3, no packages needed. A last line still being written is skipped.
"""
import statistics
import sys

from response_log import read_presentations


def main():
    path = sys.argv[1]
    block = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    blocks = {}  # (part, first sample of the block) -> {sample: (presentations, spikes, counts)}
    for p in read_presentations(path):
        key = (p.part, p.sample // block * block)
        blocks.setdefault(key, {})[p.sample] = (p.attempt + 1, p.spikes, list(p.responses.values()))
    print("| part | samples | presentations per sample | spikes per sample | firing neurons "
          "(median) | busiest neuron's share | samples with > 100 firing |")
    print("|---|---|---|---|---|---|---|")
    for (part, first), samples in blocks.items():
        last = list(samples.values())
        firing = [len(c) for _, _, c in last]
        share = [max(c) / s for _, s, c in last if s > 0]
        print(f"| {part} | {first}-{first + len(last) - 1} | "
              f"{statistics.mean(p for p, _, _ in last):.2f} | "
              f"{statistics.mean(s for _, s, _ in last):.1f} | "
              f"{statistics.mean(firing):.1f} ({statistics.median(firing):.0f}) | "
              f"{statistics.mean(share) if share else 0:.2f} | "
              f"{sum(1 for n in firing if n > 100)} |")


if __name__ == "__main__":
    main()
