"""Round 15 non-event rules (from the heldout13 misses), each on sentences written for this file."""

from __future__ import annotations

import pytest

import rasid

PUB = "2021-06-10"
BODY = ("قال الجيش اليوم إنه استعاد بلدة في الشمال بعد معارك استمرت أياماً مع المسلحين.\n"
        "وأضاف أن القوات تواصل التقدم نحو المدينة.")
HEADLINE = "الجيش يستعيد بلدة في الشمال بعد معارك"
DATE_BAR = "الخميس 29 شوال 1442 - 10 يونيو 2021"
MENU = "الرئيسية | سياسة | اقتصاد | ثقافة | رياضة"


def _doc(text: str) -> rasid.Document:
    return rasid.analyze(text, published=PUB)


def _quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.category) for q in _doc(text).quantities]


def _entities(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in _doc(text).entities]


# --- title: the outlet's name line above a date bar is a masthead, not the headline

@pytest.mark.parametrize("top", [
    ["صحيفة الأفق", DATE_BAR, MENU],      # name, date bar, menu
    ["صحيفة الأفق", MENU, DATE_BAR],      # name, menu, date bar
    [DATE_BAR, "صحيفة الأفق", MENU],      # date bar, name, menu
    ["وكالة الأفق للأنباء", DATE_BAR],    # an outlet's name over the date bar, no menu
])
def test_masthead_over_date_bar_is_not_the_title(top: list[str]) -> None:
    doc = _doc("\n".join([*top, HEADLINE, BODY]))
    assert doc.title == HEADLINE
    assert "الأفق" not in doc.text


# --- quantities

def test_range_takes_the_casualty_cue_before_it() -> None:
    got = _quantities("وحذر الخبراء من أن الفيضان قد يؤدي إلى مقتل ما بين 200 ألف و1.2 مليون شخص في المدينة.")
    assert got == [(200000, "casualties"), (1200000, "casualties")]


def test_range_without_cue_stays_personnel() -> None:
    got = _quantities("وقدر مسؤول أن ما بين 300 و400 مسلح يتحصنون في المدينة.")
    assert got == [(300, "personnel"), (400, "personnel")]


def test_coordinated_police_count_shares_casualty_category() -> None:
    got = _quantities("وأسفر الهجوم عن مقتل أربعة جنود وثلاثة من الشرطة في البلدة.")
    assert got == [(4, "casualties"), (3, "casualties")]


def test_crew_of_a_seized_vessel_is_detained() -> None:
    text = ("احتجزت القوات البحرية ناقلة نفط في الخليج أمس. "
            "وقالت الشركة إن طاقم الناقلة يتألف من 18 بحاراً من جنسيات مختلفة.")
    assert (18, "detained") in _quantities(text)


def test_crew_without_seizure_stays_personnel() -> None:
    assert _quantities("وصلت السفينة إلى الميناء وعلى متنها 18 بحاراً.") == [(18, "personnel")]


# --- entities

def test_airport_named_after_its_city_is_a_facility() -> None:
    got = _entities("وسقطت الصواريخ على مطار النجف الذي لا يزال قيد الإنشاء.")
    assert ("مطار النجف", "LOC") in got
    assert ("النجف", "GPE") not in got


def test_country_after_ila_is_a_name_not_an_adjective() -> None:
    got = _entities("وقالت الحكومة إنها تتواصل مع الخاطفين، إضافة إلى السعودية وقطر ومصر، لتأمين الإفراج عنهم.")
    assert ("السعودية", "GPE") in got
    assert ("القوات السعودية", "GPE") not in _entities("وانتشرت القوات السعودية على الحدود.")


def test_quoted_company_name_after_head_and_adjective_is_an_org() -> None:
    doc = _doc('وبحسب الشركة المالكة "ميرسك لاين"، فإن الحاوية وصلت إلى الميناء.')
    assert [(e.text, e.type) for e in doc.entities] == [("ميرسك لاين", "ORG")]
    assert not doc.quotes


def test_quoted_words_after_head_and_adjective_stay_a_quote() -> None:
    doc = _doc('وقالت الحركة الإسلامية "لن نتراجع".')
    assert not [e for e in doc.entities if e.text == "لن نتراجع"]
