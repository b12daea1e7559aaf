"""Times in news from other outlets: Hijri dates with a glued era mark, calendar equivalents,
"two weeks ago" followed by a complementiser, durations with a glued ل, named periods."""

from __future__ import annotations

import datetime as dt

import pytest

from rasid import times
from rasid.model import Document

PUB = dt.date(2024, 5, 15)  # a Wednesday


def _times(text: str, anchor: dt.date | None = PUB) -> list[tuple[str, str, str | None]]:
    doc = Document(raw=text, text=text)
    out = times.extract(doc, anchor)
    for t in out:
        assert text[t.start:t.end] == t.text
    return [(t.text, t.type, t.value) for t in out]


@pytest.mark.parametrize(("text", "value"), [
    ("وقع الانفجار في 15 رمضان 1445هـ", "2024-03-25"),
    ("وقع الانفجار في 3 شوال 1444 هـ", "2023-04-23"),
    ("وقع الانفجار في 3 شوال 1444ه، وفق البيان", "2023-04-23"),
])
def test_full_hijri_dates(text: str, value: str) -> None:
    got = _times(text)
    assert len(got) == 1 and got[0][2] == value, got


def test_weekday_and_its_hijri_equivalent_are_two_expressions() -> None:
    got = _times("قتل ثلاثة، يوم الأربعاء الموافق 7 ذو القعدة 1445هـ، في القصف")
    assert got == [("يوم الأربعاء", "DATE", "2024-05-15"), ("7 ذو القعدة 1445ه", "DATE", "2024-05-15")]


def test_a_hijri_date_one_day_off_takes_the_weekday() -> None:
    """Umm al-Qura puts 5 Dhu al-Qada 1445 on Monday 13 May; the text says Sunday."""
    got = _times("قتل ثلاثة، يوم الأحد الموافق 5 ذو القعدة 1445هـ، في القصف")
    assert [v for _, _, v in got] == ["2024-05-12", "2024-05-12"]


def test_a_weekday_far_from_its_explicit_date_takes_the_date() -> None:
    got = _times("وقع الهجوم يوم الأحد الموافق 3 مارس 2024", dt.date(2024, 5, 15))
    assert [v for _, _, v in got] == ["2024-03-03", "2024-03-03"]


def test_weekday_followed_by_a_gregorian_date_is_one_expression() -> None:
    assert _times("وصل الوفد الأحد 12 مايو إلى القاهرة") == [("الأحد 12 مايو", "DATE", "2024-05-12")]


@pytest.mark.parametrize(("text", "value"), [
    ("وكانت المنظمة قد حذرت قبل أسبوعين من أن المجاعة وشيكة", "2024-W18"),
    ("وصل قبل أسبوعين من الآن", "2024-W18"),
    ("حذرت قبل ثلاثة أيام من أن الوضع خطير", "2024-05-12"),
])
def test_ago_before_a_complementiser_is_a_date(text: str, value: str) -> None:
    got = _times(text)
    assert got[0][1:] == ("DATE", value), got


def test_ago_relative_to_an_event_is_not_resolved_against_publication() -> None:
    assert _times("أعلن الرئيس قراره قبل أسبوعين من الانتخابات") == [("قبل أسبوعين", "DURATION", "P2W")]


def test_duration_with_a_glued_lam() -> None:
    got = _times('وقال إن الوقود "يكفي لخمسة أيام فقط"')
    assert [(t, v) for t, _, v in got] == [("خمسة أيام", "P5D")]


def test_lam_glued_number_is_not_a_number_elsewhere() -> None:
    assert _times("ولست أدري متى يعود") == []


def test_days_of_a_named_period_are_not_a_duration() -> None:
    assert _times("ستدخل الشاحنات خلال أيام الهدنة عبر المعبر") == []
    assert _times("ستدخل الشاحنات خلال أيام") == [("خلال أيام", "DURATION", "PXD")]
    assert _times("خلال الأيام المقبلة") == [("الأيام المقبلة", "DATE", "FUTURE_REF")]


@pytest.mark.parametrize(("text", "value"), [
    ("وتعقد الجلسة في 20 من الشهر الجاري", "2024-05-20"),
    ("وقعت الحادثة في الثالث والعشرين من الشهر الماضي", "2024-04-23"),
    ("يبدأ التنفيذ في العاشر من الشهر المقبل", "2024-06-10"),
])
def test_day_of_a_relative_month(text: str, value: str) -> None:
    got = _times(text)
    assert [v for _, _, v in got] == [value], got


def test_day_of_the_month_just_named() -> None:
    got = _times("بدأت الهدنة في 7 مارس 2023، وانهارت في 20 من الشهر نفسه")
    assert [v for _, _, v in got] == ["2023-03-07", "2023-03-20"]


@pytest.mark.parametrize(("text", "value"), [
    ("وتعيش المنطقة حربا منذ 20 عاما", "P20Y"),
    ("وقد استمر الحصار 18 شهرا", "P18M"),
    ("ودامت المعارك نحو 30 يوما", "P30D"),
    ("وقضى 12 عاماً في السجن", "P12Y"),
])
def test_accusative_unit_after_a_number_is_a_duration(text: str, value: str) -> None:
    got = _times(text)
    assert [(ty, v) for _, ty, v in got] == [("DURATION", value)], got


def test_accusative_unit_counted_back_is_a_date() -> None:
    assert _times("وقعت المجزرة قبل 15 عاما") == [("قبل 15 عاما", "DATE", "2009")]


def test_day_with_a_detached_article() -> None:
    assert _times("وفي الـ15 من آب أعلن الجيش") == [("الـ15 من آب", "DATE", "2023-08-15")]
