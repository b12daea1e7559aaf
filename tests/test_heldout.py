"""A second held-out set: six hand-annotated articles scored once, without tuning.

The dev set (``fixtures/devset``) has been used for tuning and is no longer held out. These six
articles (Ukraine/Avdiivka, Ethiopia/Amhara, DR Congo/M23 in Goma, Myanmar/Three Brotherhood
Alliance, Turkey/PKK strikes in Iraqi Kurdistan, Pakistan/Afghanistan border strikes) come from
other conflicts and outlet styles (wire agency, newspaper with a Hijri dateline, TV site, Kurdish
outlet) and carry scraping noise (menu lines, a repeated headline, related-headline lists, glued
words, misplaced tanween). They were written and annotated by hand following
``../shared/eval/ANNOTATION.md`` *before* rasid was run on them, and are scored with the shared
scorer, written to ``test-artifacts/heldout_scores.json``.

First (untuned) scoring: entities F1 0.843, quantities 0.735, times 0.957, quotes 0.923 (speaker
0.50), events 0.641 (actor 0.45, location 0.41), repair glued 0.43 / title 0.50. The misses were
then fixed as general rules (never by copying these sentences), so like the dev set this is now a
regression guard, and the floors sit just below what it reaches after that work.
"""

from __future__ import annotations

import pytest

from helpers_sets import FIXTURES, articles, check_fixtures, report_and_check, score_set

SET_DIR = FIXTURES / "heldout"

#: regression floors, just below the level reached once the first misses were fixed
FLOORS = {"entities": 0.95, "quantities": 0.95, "times": 0.95, "quotes": 0.95}


def test_fixtures_are_consistent() -> None:
    check_fixtures(SET_DIR, 6, words=(300, 600))


@pytest.fixture(scope="module")
def heldout_scores(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return score_set(SET_DIR, "heldout", tmp_path_factory.mktemp("heldout"))


@pytest.mark.shared
def test_heldout_scores(heldout_scores: dict) -> None:
    """Scores with the shared scorer; the misses are printed so ``pytest -s`` shows them."""
    report_and_check(heldout_scores, "heldout", len(articles(SET_DIR)), FLOORS)
