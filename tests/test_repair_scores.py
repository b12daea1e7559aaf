"""The shared scorer's repair floors and the no-false-split check on the five shared articles."""

from __future__ import annotations

import json

import pytest

from conftest import need_shared
from rasid import clean

pytestmark = pytest.mark.shared

# floors from the acceptance criteria of the foundation issue
FLOORS = {"glued": 0.90, "drop": 0.90, "keep": 1.0, "title": 0.80}


def test_repair_floors(shared_scores: dict) -> None:
    assert shared_scores["offset_problems"] == 0, shared_scores["_details"]["offsets"]
    for key, floor in FLOORS.items():
        value = shared_scores["repair"][key]
        assert value is not None and value >= floor, (key, value, shared_scores["_details"]["repair"])


def test_no_false_splits(shared_articles: list[dict], gold_docs: dict[str, dict]) -> None:
    """Every split made on the articles' bodies is one the gold lists as glued."""
    made: list[tuple[str, str, str]] = []
    for art in shared_articles:
        _, _, evidence = clean.clean_text(art["raw"], art.get("title"))
        made.extend((art["id"], g["glued"], g["fixed"]) for g in evidence.get("glued", []))
    gold = {(doc_id, g["glued"], g["fixed"]) for doc_id, d in gold_docs.items()
            for g in d.get("repair", {}).get("glued", [])}
    false = [m for m in made if m not in gold]
    assert not false, f"splits not in gold repair.glued: {false}"
    assert made, "the glued words of the articles were not split at all"


def test_gold_glued_words_are_split(gold_docs: dict[str, dict]) -> None:
    for d in gold_docs.values():
        for g in d.get("repair", {}).get("glued", []):
            fixed = clean.clean_text(f"قال المسؤول {g['glued']} أمس في بيان رسمي.", "عنوان")[0].text
            assert g["fixed"] in fixed, (g, fixed)


def test_corpus_is_readable_by_the_reader() -> None:
    from rasid.readers import ArticleRecord, read_path

    path = need_shared("corpus", "articles.jsonl")
    recs = list(read_path(path))
    assert recs and all(isinstance(r, ArticleRecord) for r in recs)
    ids = [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [r.id for r in recs] == ids
