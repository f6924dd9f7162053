#!/usr/bin/env python3
"""Compares readouts of a `neuromesh digits --responses-out FILE` log without using its test
digits (docs/digits.md, "Readouts"): the labelling part is split in two, the first FIT samples
label the neurons and the rest are classified, as held-out training digits, by

- Diehl & Cook's readout (what `accuracy` reports): each neuron takes the class it answered most
  on average; a digit goes to the class whose labelled neurons spiked most on average;
- the response-proportion vote (what `accuracy_response_proportion` reports): every neuron votes
  for each class with its spikes times that class's share of its mean responses;
- BindsNET's proportion weighting (Hazan et al. 2018): like the vote, but a neuron votes only for
  its own label, and each class's votes are divided by its number of labelled neurons.

Each sample's last presentation is the one that counts, as in the simulator.

Usage: bench/diehl_cook/readout_validation.py FILE [FIT]   (FIT default: half the labelling part)
Plain Python 3, no packages needed.
"""
import sys

from response_log import read_presentations

CLASSES = 10


def last_presentations(path, part):
    """[(label, {neuron: spikes})] of the last presentation of each sample of `part`, in order."""
    found = {p.sample: (p.label, p.responses) for p in read_presentations(path) if p.part == part}
    return [found[s] for s in sorted(found)]


def class_means(samples):
    """{neuron: [mean spikes per sample of each class]} over the samples."""
    per_class = [0] * CLASSES
    sums = {}
    for label, spikes in samples:
        per_class[label] += 1
        for n, c in spikes.items():
            sums.setdefault(n, [0] * CLASSES)[label] += c
    return {n: [s[k] / per_class[k] if per_class[k] else 0.0 for k in range(CLASSES)]
            for n, s in sums.items()}


def best(scores):
    """The class with the highest positive score (ties: the lower class), or None."""
    top = max(scores)
    return scores.index(top) if top > 0 else None


def readouts(means):
    labels = {n: m.index(max(m)) for n, m in means.items()}
    members = [sum(1 for l in labels.values() if l == k) for k in range(CLASSES)]
    shares = {n: [x / sum(m) for x in m] for n, m in means.items()}

    def diehl_cook(spikes):
        sums = [0.0] * CLASSES
        for n, c in spikes.items():
            if n in labels:
                sums[labels[n]] += c
        return best([sums[k] / members[k] if members[k] else 0.0 for k in range(CLASSES)])

    def proportion_vote(spikes):
        votes = [0.0] * CLASSES
        for n, c in spikes.items():
            for k, share in enumerate(shares.get(n, [])):
                votes[k] += c * share
        return best(votes)

    def bindsnet(spikes):
        votes = [0.0] * CLASSES
        for n, c in spikes.items():
            if n in labels:
                votes[labels[n]] += c * shares[n][labels[n]] / members[labels[n]]
        return best(votes)

    return [("Diehl & Cook readout", diehl_cook), ("response-proportion vote", proportion_vote),
            ("BindsNET proportion weighting", bindsnet)]


def main():
    samples = last_presentations(sys.argv[1], "label")
    fit = int(sys.argv[2]) if len(sys.argv) > 2 else len(samples) // 2
    if not 0 < fit < len(samples):
        sys.exit(f"FIT must be between 1 and {len(samples) - 1} (the log has {len(samples)} "
                 "labelling samples)")
    held_out = samples[fit:]
    print(f"labels from labelling samples 0-{fit - 1}, accuracy on samples {fit}-"
          f"{len(samples) - 1} ({len(held_out)} held-out training digits)")
    for name, readout in readouts(class_means(samples[:fit])):
        correct = sum(1 for label, spikes in held_out if readout(spikes) == label)
        print(f"{name:32s} {100 * correct / len(held_out):.2f} % ({correct} of {len(held_out)})")


if __name__ == "__main__":
    main()
