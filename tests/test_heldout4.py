"""A fifth held-out set: six hand-annotated articles, scored untuned.

``fixtures/devset``, ``heldout``, ``heldout2`` and ``heldout3`` have all been tuned on, so they are
regression guards now. These six articles come from conflicts and outlets none of them covers: the
opening of the Mosul offensive and the coalition's air campaign in October 2016 (Gulf newspaper with a
Hijri + Gregorian dateline and Eastern Arabic digits), the drone attack on Tower 22 in Jordan in January
2024 (wire agency), the Taliban's entry into Kabul in August 2021 (TV site), Haftar's offensive on
Tripoli in April 2019 (Lebanese newspaper, Levantine month names), the first phase of the ATMIS drawdown
in Somalia in mid-2023 (newspaper, Hijri dateline) and the Iranian drones used by Russia against Kyiv in
October 2022 (agency, dotted Eastern Arabic dateline). They carry scraping noise (site menus, a repeated
headline, dateline lines, related-headline lists, glued words) and were written and annotated by hand
following ``../shared/eval/ANNOTATION.md`` *before* rasid was run on them. They are scored with the
shared scorer, written to ``test-artifacts/heldout4_scores.json``; the test skips when ``../shared`` is
absent.
"""

from __future__ import annotations

import pytest

from helpers_sets import FIXTURES, articles, check_fixtures, report_and_check, score_set

SET_DIR = FIXTURES / "heldout4"

#: floors: the first, untuned scoring was entities .936, quantities .829, times .989, quotes .935, events .684;
#: raised after the round-4 rules (events .857, the other sections .99-1.0)
FLOORS = {"entities": 0.99, "quantities": 0.99, "times": 0.99, "quotes": 0.99, "events": 0.85}


def test_fixtures_are_consistent() -> None:
    check_fixtures(SET_DIR, 6, words=(300, 600))


@pytest.fixture(scope="module")
def heldout4_scores(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return score_set(SET_DIR, "heldout4", tmp_path_factory.mktemp("heldout4"))


@pytest.mark.shared
def test_heldout4_scores(heldout4_scores: dict) -> None:
    """Scores with the shared scorer; the misses are printed so ``pytest -s`` shows them."""
    report_and_check(heldout4_scores, "heldout4", len(articles(SET_DIR)), FLOORS)
