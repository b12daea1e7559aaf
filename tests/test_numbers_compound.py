"""Compound numbers: a part ending in a scale word joined by و to a smaller part."""

from __future__ import annotations

import re

import pytest

from rasid.numbers import fold, number_pattern, parse_number


@pytest.mark.parametrize(("text", "value"), [
    ("14 ألفا و128", 14128), ("مليون و400 ألف", 1_400_000), ("3 آلاف وخمسمائة", 3500),
    ("مليونا و12 ألفا و300", 1_012_300), ("٢ مليون و٥٠٠ ألف", 2_500_000), ("ألف مليون", 1_000_000_000),
    ("مليار و500 مليون", 1_500_000_000), ("مليونا وألف", 1_001_000), ("مليون و ألف", 1_001_000),
])
def test_compound_values(text: str, value: int) -> None:
    n = parse_number(text)
    assert n is not None and n.value == value


@pytest.mark.parametrize("text", ["3 آلاف و5 آلاف", "مليون و2 مليون", "5 و6", "ثلاثة و4"])
def test_parts_not_smaller_than_the_scale_are_not_one_number(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(("text", "whole"), [
    ("بلغ 14 ألفا و128 شهيدا", "14 الفا و128"), ("نحو مليون و400 ألف برميل", "مليون و400 الف"),
])
def test_pattern_matches_the_whole_compound(text: str, whole: str) -> None:
    rx = re.compile(number_pattern())
    assert any(m.group() == whole for m in rx.finditer(fold(text).text))


def test_simple_pattern_stops_at_the_scale() -> None:
    rx = re.compile(number_pattern(compound=False))
    assert [m.group() for m in rx.finditer(fold("14 ألفا و128").text)] == ["14 الفا", "128"]


def test_lam_clitic_only_when_asked() -> None:
    f = fold("لثلاثة أيام").text
    assert re.search(number_pattern(), f) is None
    m = re.search(number_pattern(clitics="وبل"), f)
    assert m is not None and m.group() == "ثلاثه"
