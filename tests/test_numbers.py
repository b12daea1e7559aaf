"""Number parsing: digits in any script, separators, scale words, number words, vague amounts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.numbers import fold, number_pattern, parse_number, to_words, trie_alt

EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@pytest.mark.parametrize(("text", "value"), [
    ("31 ألف", 31000), ("3 آلاف", 3000), ("اثنين", 2), ("2,500", 2500), ("عشرة", 10),
    ("٢٠١٤", 2014), ("ثلاثة آلاف وخمسمائة", 3500), ("خمسة عشر ألفا", 15000),
    ("مليون ونصف", 1_500_000), ("2.5 مليون", 2_500_000), ("1,5 مليار", 1_500_000_000),
    ("ثلاث مائة", 300), ("مئتان وخمسون", 250), ("إحدى عشرة", 11), ("اثنا عشر", 12),
    ("أربعة وعشرون", 24), ("مائة ألف", 100_000), ("ألفان", 2000), ("١٢٫٥", 12.5),
])
def test_parse_number_values(text: str, value: float) -> None:
    n = parse_number(text)
    assert n is not None and n.value == value


@pytest.mark.parametrize(("text", "low", "high"), [
    ("عشرات", 20, 99), ("مئات", 200, 999), ("المئات", 200, 999), ("عشرات الآلاف", 20_000, 99_000),
    ("بضعة", 3, 9), ("آلاف", 2000, 9999),
])
def test_vague_amounts_are_ranges(text: str, low: int, high: int) -> None:
    n = parse_number(text)
    assert n is not None and n.vague and n.value is None and (n.low, n.high) == (low, high)


@pytest.mark.parametrize("text", ["أحد", "إحدى", "عام", "", "داعش"])
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_fold_maps_back_to_original_offsets() -> None:
    text = "حاليًا نحو ٣٧٠٠ جنديٍ"
    f = fold(text)
    assert "حاليا" in f.text and "3700" in f.text
    i = f.text.index("3700")
    a, b = f.span(i, i + 4)
    assert text[a:b] == "٣٧٠٠"
    j = f.text.index("جندي")
    a, b = f.span(j, j + 4)
    assert text[a:b].startswith("جندي")


def test_trie_alt_prefers_longest_form() -> None:
    rx = re.compile(f"(?:{trie_alt(['ال', 'الف', 'الاف'])})")
    assert [m.group() for m in rx.finditer("الاف الف ال")] == ["الاف", "الف", "ال"]


_NUMBER_RE = re.compile(rf"(?:{number_pattern()})")


def _reads_back(text: str, n: int) -> None:
    folded = fold(text).text
    m = _NUMBER_RE.fullmatch(folded)
    assert m is not None, text
    parsed = parse_number(text)
    assert parsed is not None and parsed.value == n, (text, parsed)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_every_integer_reads_back_in_each_script_and_in_words(n: int) -> None:
    _reads_back(str(n), n)
    _reads_back(str(n).translate(EASTERN), n)
    _reads_back(str(n).translate(PERSIAN), n)
    _reads_back(f"{n:,}", n)
    _reads_back(f"{n:,}".translate(EASTERN), n)
    _reads_back(to_words(n), n)


@pytest.mark.parametrize("n", [0, 1, 2, 3, 10, 11, 12, 19, 20, 21, 99, 100, 101, 110, 200, 999, 1000, 1001,
                               2000, 3000, 10_000, 11_000, 100_000, 102_000, 999_999, 1_000_000,
                               2_000_000, 13_000_000, 1_000_000_000])
def test_boundary_integers_in_words(n: int) -> None:
    _reads_back(to_words(n), n)
