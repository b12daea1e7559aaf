"""Floors on the shared gold (quotes and events), measured with the shared scorer in-process.

The issue asks for quotes F1 ≥ 0.90 with speaker_acc ≥ 0.85 and events F1 ≥ 0.75 with
actor_acc ≥ 0.75, location_acc ≥ 0.80, modality_acc ≥ 0.85. Where the pipeline does not reach a
target yet, the floor below is the level it reached (so a regression still fails) and the target
is kept next to it; the gap is reported in the issue.
"""

from __future__ import annotations

import pytest

# metric: (floor enforced now, issue target)
FLOORS = {
    ("quotes", "f1"): (0.90, 0.90),
    ("quotes", "speaker_acc"): (0.85, 0.85),
    ("events", "f1"): (0.835, 0.75),
    ("events", "p"): (0.79, 0.75),
    ("events", "actor_acc"): (0.80, 0.75),
    ("events", "location_acc"): (0.87, 0.80),
    ("events", "modality_acc"): (0.90, 0.85),
}


@pytest.mark.parametrize(("section", "metric"), list(FLOORS))
def test_shared_gold_floor(shared_scores, section, metric):
    floor, target = FLOORS[(section, metric)]
    got = shared_scores[section][metric]
    print(f"{section}.{metric} = {got} (floor {floor}, issue target {target})")
    assert got is not None and got >= floor, f"{section}.{metric} = {got} < {floor}"


def test_no_offset_problems(shared_scores):
    assert shared_scores["offset_problems"] == 0, shared_scores["_details"]["offsets"]
