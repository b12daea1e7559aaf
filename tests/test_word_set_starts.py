"""``WordSetStarts`` (set look-ups) finds exactly what the regex ``WordStarts`` finds for its body."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.numbers import WordSetStarts, WordStarts, fold, trie_alt

WORDS = frozenset(("ثلاثه", "الف", "مليون", "نحو", "حوالي", "عشره", "مئات", "عشرات", "ب", "سيارتان مفخختان",
                   "طايرتان دون طيار", "طايرتان بدون طيار", "ثلاثه الاف"))
CLITICS = "وفبلك"
REGEX = WordStarts.build(rf"(?:{trie_alt(WORDS)})(?!\w)|\d|\$", CLITICS)
FAST = WordSetStarts(WORDS, CLITICS)

PIECES = ["ثلاثه", "الف", "مليون", "نحو", "حوالي", "عشره", "مئات", "وثلاثه", "بالف", "كنحو", "لمليون",
          "والف", "فعشرات", "الالف", "ثلاثهم", "و", "ب", "ف", "5", "٣", "و5", "12ب", "$", "و$", "$5", "x_y",
          "abc", "جندي", "سيارتان", "مفخختان", "طايرتان", "دون", "بدون", "طيار", "الاف", "،", ".", "(", "«", "-", "_", "\n", " ", "  "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25), st.lists(st.sampled_from(["", " ", "،", "\n"]), max_size=25))
def test_same_spans_as_the_regex(pieces: list[str], seps: list[str]) -> None:
    text = "".join(p + (seps[i] if i < len(seps) else "") for i, p in enumerate(pieces))
    assert FAST.spans(text) == REGEX.spans(text)


def test_on_the_fixture_articles() -> None:
    fixtures = Path(__file__).parent / "fixtures"
    checked = 0
    for path in sorted(fixtures.glob("*/articles.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") or ""
            folded = fold(text).text
            assert FAST.spans(folded) == REGEX.spans(folded)
            checked += 1
    assert checked >= 20


def test_usable_only_for_whole_words() -> None:
    assert WordSetStarts.usable(["الف", "مليون"])
    assert WordSetStarts.usable(["نصف مليون"])
    assert not WordSetStarts.usable(["نصف  مليون", "-"])
    assert not WordSetStarts.usable(["%"])
