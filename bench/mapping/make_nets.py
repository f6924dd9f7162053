#!/usr/bin/env python3
"""Writes the mapping bench's standard networks (network YAML + synapse CSV files) into a folder.

  layered    feed-forward: Poisson input -> 3 hidden layers -> output, random fixed fan-out;
             populations are contiguous in id order, the case where `sequential` is already good.
  clustered  recurrent: 32 clusters of 48 LIF neurons (dense inside, sparse between), each driven
             by its own 16 Poisson sources, with the neuron ids of both populations SHUFFLED so
             that id order says nothing about the clusters.
  conv       convolution-like: a 24x24 Poisson image -> 4 channels of 3x3 convolution (24x24,
             padding 1) -> 4 channels of 3x3 stride-2 convolution over all channels (12x12);
             ids channel-major, so neighbours in space are far apart in id order.

Every network caps cores at 64 neurons (mapping.neurons_per_core) so that it spreads over the
Loihi preset's 8x4 mesh. Deterministic: fixed seeds. Usage: make_nets.py OUT_DIR
"""
import os
import random
import sys

LIF = "{du: 410, dv: 410, vth: 1200, bias_mant: 0, bias_exp: 0, refractory_steps: 2}"


def write_csv(path, rows):
    with open(path, "w") as f:
        f.write("pre,post,weight,delay\n")
        for r in rows:
            f.write("%d,%d,%d,%d\n" % r)


def layered(out):
    sizes = [("h1", 768), ("h2", 768), ("h3", 512), ("out", 128)]
    pops = "\n".join("  - {name: %s, size: %d, model: loihi_lif, params: %s}" % (n, s, LIF)
                     for n, s in sizes)
    chain = ["stim"] + [n for n, _ in sizes]
    proj = "\n".join(
        "  - {pre: %s, post: %s, connector: {type: fixed_fanout, fanout: 24, seed: %d}, weight: 32}"
        % (a, b, i + 1) for i, (a, b) in enumerate(zip(chain, chain[1:])))
    return ("name: layered\nmapping: {neurons_per_core: 64}\n"
            "inputs:\n  - {name: stim, size: 256, type: poisson, rate_hz: 100, seed: 7}\n"
            "populations:\n%s\nprojections:\n%s\n" % (pops, proj))


def clustered(out):
    rng = random.Random(11)
    clusters, size, per_input = 32, 48, 16
    n, m = clusters * size, clusters * per_input
    nid = list(range(n))
    rng.shuffle(nid)  # logical neuron k (cluster k // size) has id nid[k]
    sid = list(range(m))
    rng.shuffle(sid)
    rec = []
    for a in range(n):
        for b in range(n):
            same = a // size == b // size
            if a != b and rng.random() < (0.2 if same else 0.0015):
                rec.append((nid[a], nid[b], rng.randint(-10, 30), 0))
    rec.sort()
    drive = []
    for s in range(m):
        c = s // per_input
        for k in rng.sample(range(c * size, (c + 1) * size), 8):
            drive.append((sid[s], nid[k], 50, 0))
    drive.sort()
    write_csv(os.path.join(out, "clustered_rec.csv"), rec)
    write_csv(os.path.join(out, "clustered_in.csv"), drive)
    return ("name: clustered\nmapping: {neurons_per_core: 64}\n"
            "inputs:\n  - {name: stim, size: %d, type: poisson, rate_hz: 60, seed: 7}\n"
            "populations:\n  - {name: net, size: %d, model: loihi_lif, params: %s}\n"
            "projections:\n"
            "  - {pre: stim, post: net, connector: {type: from_file, file: clustered_in.csv}}\n"
            "  - {pre: net, post: net, connector: {type: from_file, file: clustered_rec.csv}}\n"
            % (m, n, LIF))


def conv(out):
    w, ch1, ch2 = 24, 4, 4
    w2 = w // 2
    l1, l2 = [], []
    for c in range(ch1):
        for y in range(w):
            for x in range(w):
                for dy in (-1, 0, 1):
                    for dx in (-1, 0, 1):
                        sy, sx = y + dy, x + dx
                        if 0 <= sy < w and 0 <= sx < w:
                            l1.append((sy * w + sx, c * w * w + y * w + x, 40, 0))
    for c2 in range(ch2):
        for y in range(w2):
            for x in range(w2):
                for c in range(ch1):
                    for dy in (-1, 0, 1):
                        for dx in (-1, 0, 1):
                            sy, sx = 2 * y + dy, 2 * x + dx
                            if 0 <= sy < w and 0 <= sx < w:
                                l2.append((c * w * w + sy * w + sx, c2 * w2 * w2 + y * w2 + x,
                                           25, 0))
    write_csv(os.path.join(out, "conv_l1.csv"), sorted(l1))
    write_csv(os.path.join(out, "conv_l2.csv"), sorted(l2))
    return ("name: conv\nmapping: {neurons_per_core: 64}\n"
            "inputs:\n  - {name: image, size: %d, type: poisson, rate_hz: 80, seed: 7}\n"
            "populations:\n"
            "  - {name: conv1, size: %d, model: loihi_lif, params: %s}\n"
            "  - {name: conv2, size: %d, model: loihi_lif, params: %s}\n"
            "projections:\n"
            "  - {pre: image, post: conv1, connector: {type: from_file, file: conv_l1.csv}}\n"
            "  - {pre: conv1, post: conv2, connector: {type: from_file, file: conv_l2.csv}}\n"
            % (w * w, ch1 * w * w, LIF, ch2 * w2 * w2, LIF))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, make in (("layered", layered), ("clustered", clustered), ("conv", conv)):
        with open(os.path.join(out, name + ".yaml"), "w") as f:
            f.write("# Generated by bench/mapping/make_nets.py; see its docstring.\n")
            f.write(make(out))


if __name__ == "__main__":
    main()
