"""The development set: eight hand-annotated articles, first scored untuned, since tuned on.

The shared gold covers five articles about the US in Iraq; the hidden evaluation uses other outlets
and conflicts. These fixtures (Sudan, Yemen, Gaza/West Bank, Libya, north-east Syria, Somalia,
Lebanon, Mali) were written and annotated by hand following ``../shared/eval/ANNOTATION.md`` so
that generalisation can be measured with the very same scorer. Their misses were fixed as general
rules, so this is now a regression guard (``fixtures/heldout`` is the newer estimate of how rasid
generalises, and it too has since been tuned on). The figures are written to
``test-artifacts/devset_scores.json`` for CI and for reading the misses.
"""

from __future__ import annotations

import pytest

from helpers_sets import FIXTURES, articles, check_fixtures, report_and_check, score_set

SET_DIR = FIXTURES / "devset"

#: regression floors: the set has been tuned on, so a drop means a rule broke
FLOORS = {"entities": 0.95, "quantities": 0.95, "times": 0.95, "quotes": 0.95}


def test_fixtures_are_consistent() -> None:
    check_fixtures(SET_DIR, 8)


@pytest.fixture(scope="module")
def devset_scores(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return score_set(SET_DIR, "devset", tmp_path_factory.mktemp("devset"))


@pytest.mark.shared
def test_devset_scores(devset_scores: dict) -> None:
    """Scores with the shared scorer; the misses are printed so ``pytest -s`` shows them."""
    report_and_check(devset_scores, "devset", len(articles(SET_DIR)), FLOORS)
