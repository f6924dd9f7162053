"""Reading a `neuromesh digits --responses-out FILE` log (docs/digits.md, "Outputs")."""
from collections import namedtuple

Presentation = namedtuple("Presentation", "part sample attempt label rate_hz spikes responses")


def read_presentations(path):
    """Yields each row as a Presentation; `responses` is {neuron: spikes}. A last line still being
    written (the log of a run in progress) is skipped."""
    with open(path) as f:
        next(f)  # header
        for line in f:
            if not line.endswith("\n") or line.count(",") != 6:
                continue
            part, sample, attempt, label, rate, spikes, responses = line.rstrip("\n").split(",")
            yield Presentation(part, int(sample), int(attempt), int(label), float(rate),
                               int(spikes), {int(n): int(c) for n, c in
                                             (pair.split(":") for pair in responses.split())})
