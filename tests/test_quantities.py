"""Quantities: counted nouns, approximators, vague amounts, duals, percent, money, exclusions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid import quantities
from rasid.model import Document, Entity
from rasid.numbers import to_words


def _q(text: str, entities: list[Entity] | None = None) -> list:
    doc = Document(raw=text, text=text)
    if entities:
        doc.entities = entities
    quantities.run(doc)
    for q in doc.quantities:
        assert text[q.start:q.end] == q.text
    return doc.quantities


def _one(text: str) -> tuple:
    found = _q(text)
    assert len(found) == 1, [(q.text, q.value) for q in found]
    q = found[0]
    return q.value, q.category, q.approx


@pytest.mark.parametrize(("text", "value", "category", "approx"), [
    ("وتضع امريكا حوالي 3700 جندي في العراق", 3700, "personnel", True),
    ("الولايات المتحدة حشدت 31 ألف سيارة مصفحة", 31000, "vehicles", False),
    ("وانطلقت الحملة بقوة من 20 ألف من مقاتلي الميليشيات", 20000, "personnel", False),
    ("و3 آلاف من القوات العراقية", 3000, "personnel", False),
    ("ويتواجد حاليا ما يقارب من 2,500 جندي اميركي", 2500, "personnel", True),
    ("تقلص تعداد مسلحي داعش الى اقل من 1000 مسلح", 1000, "personnel", True),
    ("تواصل مع وزراء دفاع أكثر من 40دولة", 40, "countries", True),
    ("قتل عشرة مقاتلين من تنظيم داعش", 10, "casualties", False),
    ("القبض على إرهابيين اثنين وتدمير", 2, "detained", False),
    ("تم تدمير 14 وكراً لعناصر داعش", 14, "sites", False),
    ("يوجد ٣٧٠٠ جندي أمريكي", 3700, "personnel", False),
    ("نشرت ثلاثة آلاف جندي", 3000, "personnel", False),
    ("اعتقلت القوات 7 مشتبهين", 7, "detained", False),
    ("أعلنت الوزارة مقتل 25 شخصا", 25, "casualties", False),
    ("بلغت حصيلة القتلى 120 قتيلا", 120, "casualties", False),
    ("أطلقت الفصائل 30 صاروخا", 30, "weapons", False),
    ("شن الجيش 148 ضربة منذ أغسطس", 148, "strikes", False),
    ("أصيب جنديين في الانفجار", 2, "casualties", False),
    ("وصل جنديين إلى القاعدة", 2, "personnel", False),
    ("يعيش نحو مليوني نازح في المخيمات", 2_000_000, "other", True),
])
def test_counted_quantities(text: str, value: float, category: str, approx: bool) -> None:
    assert _one(text) == (value, category, approx)


@pytest.mark.parametrize(("text", "value"), [
    ("شارك 3 وزراء في الاجتماع", 3), ("دمرت الغارات 5 جسور", 5), ("بناء 100 وحدة سكنية", 100),
])
def test_unlisted_counted_nouns_are_other(text: str, value: int) -> None:
    assert _one(text) == (value, "other", False)


@pytest.mark.parametrize("text", [
    "أطلقت 9 منهم", "18 ـ عصام أبو جمرة", "توفي عن عمر 75 عاماً", "في 2015 قتل",
    "سلمت طائرات إف-16 للعراق", "قبل 3 أيام",
])
def test_unlisted_nouns_exclusions(text: str) -> None:
    assert _q(text) == []


def test_bounds_set_low_and_high() -> None:
    (more,) = _q("شنت المقاتلات أكثر من 200 غارة")
    assert (more.value, more.low, more.high, more.approx) == (200, 200, None, True)
    (less,) = _q("اقل من 1000 مسلح")
    assert (less.value, less.low, less.high) == (1000, None, 1000)


def test_restated_count_takes_the_category_of_the_counted_noun() -> None:
    found = _q("وذكر بيان أن «عدد الإرهابيين الهالكين على يد قواتنا خلال الساعات الـ24 الماضية هو عشرة»")
    assert [(q.value, q.category) for q in found] == [(10, "casualties")]


def test_count_head_earlier_in_the_clause_sets_the_category() -> None:
    found = _q("وقال إن عدد القتلى في صفوف التنظيم منذ مطلع العام بلغ أكثر من 300 إرهابي")
    assert [(q.value, q.category) for q in found] == [(300, "casualties")]


def test_percent_and_money() -> None:
    assert _one("تقلص الهجمات بنسبة 64%") == (64, "percent", False)
    assert _one("ارتفعت الأسعار بنسبة 10 في المئة") == (10, "percent", False)
    (m,) = _q("خصصت الحكومة 5 ملايين دولار لإعادة الإعمار")
    assert (m.value, m.category, m.currency) == (5_000_000, "money", "USD")


def test_vague_amounts_are_ranges_without_value() -> None:
    (q,) = _q("هناك حاجة لارسال المئات من المدربين")
    assert (q.value, q.low, q.high, q.category, q.approx) == (None, 200, 999, "personnel", True)


@pytest.mark.parametrize("text", [
    "وتشكل التحالف عام 2014 للمساعدة", "خلال الساعات الـ24 الماضية", "انتقالة بمعدل 360 درجة",
    "للاتصال على الرقم 07701234567", "في المادة 140 من الدستور", "القرار 2254 الصادر عن مجلس الأمن",
    "هجوما على تكريت في 1 مارس", "قال الجنود الثلاثة إن", "أحد الضباط الأمريكان", "بين البلدين",
    "مواجهات الإثنين", "لمدة يومين",
])
def test_not_quantities(text: str) -> None:
    assert _q(text) == []


def _entity(text: str, surface: str, typ: str, eid: str) -> Entity:
    start = text.index(surface)
    return Entity(start, start + len(surface), surface, typ, id=eid, name=surface)


def test_owner_and_location_from_entities() -> None:
    text = "قتل 5 من عناصر داعش في العراق"
    ents = [_entity(text, "داعش", "ORG", "org:isis"), _entity(text, "العراق", "GPE", "gpe:iraq")]
    (q,) = _q(text, ents)
    assert (q.value, q.owner_id, q.location_id) == (5, "org:isis", "gpe:iraq")


def test_owner_from_subject_and_location_from_there() -> None:
    text = "وأرسلت واشنطن مستشارين إلى العراق. وتضع امريكا حوالي 3700 جندي هناك"
    ents = [_entity(text, "واشنطن", "GPE", "gpe:us"), _entity(text, "العراق", "GPE", "gpe:iraq"),
            _entity(text, "امريكا", "GPE", "gpe:us")]
    ents.sort(key=lambda e: e.start)
    (q,) = _q(text, ents)
    assert (q.value, q.owner_id, q.location_id) == (3700, "gpe:us", "gpe:iraq")
    (q2,) = _q("قتل في العراق 5 جنود", [_entity("قتل في العراق 5 جنود", "العراق", "GPE", "gpe:iraq")])
    assert q2.owner_id is None


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=3, max_value=10**9))
def test_any_count_in_words_or_digits_before_a_noun(n: int) -> None:
    for written in (str(n), f"{n:,}", to_words(n)):
        found = _q(f"ونشرت الوزارة {written} جندي في المنطقة")
        assert [(q.value, q.category) for q in found] == [(n, "personnel")], written


def test_floor_on_shared_gold(shared_scores: dict) -> None:
    assert shared_scores["quantities"]["f1"] >= 0.95, shared_scores["quantities"]
