"""Quantities in conflict news beyond the first five articles: list context, compound numbers,
ranges, ``N من <noun>`` with a possessive, and the broader unit lexicon (weapons, aid, amounts)."""

from __future__ import annotations

import pytest

from rasid import quantities
from rasid.model import Document, Entity
from rasid.numbers import parse_number


def _q(text: str) -> list[tuple[str, object, str]]:
    doc = Document(raw=text, text=text)
    quantities.run(doc)
    for q in doc.quantities:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.value, q.category) for q in doc.quantities]


def test_members_listed_under_a_casualty_count_are_casualties() -> None:
    got = _q("أسفر القصف عن مقتل 40 شخصا، من بينهم 12 طفلا و8 نساء ونحو 5 مسعفين، وفق الدفاع المدني.")
    assert [(v, c) for _, v, c in got] == [(40, "casualties"), (12, "casualties"), (8, "casualties"),
                                           (5, "casualties")]


def test_members_listed_under_a_detention_count_are_detained() -> None:
    got = _q("وأعلنت الشرطة اعتقال 30 شخصا في المدينة، بينهم 4 صحفيين.")
    assert [(v, c) for _, v, c in got] == [(30, "detained"), (4, "detained")]


def test_list_context_does_not_cross_a_sentence_or_a_new_clause() -> None:
    got = _q("قتل 5 مدنيين في الغارة. و200 جندي ما زالوا في المنطقة.")
    assert got[-1][1:] == (200, "personnel")
    got = _q("قتل 3 مدنيين ونشر الجيش 200 جندي في البلدة.")
    assert got[-1][1:] == (200, "personnel")
    got = _q("قتل 3 مدنيين، بينهم سيدة، ودمرت الغارة 4 سيارات.")
    assert got[-1][1:] == (4, "vehicles")


@pytest.mark.parametrize("text", ["أعلن الجيش تحييد 12 إرهابيا في عملية جوية", "وقالت الوزارة إن قواتها حيدت 12 مسلحا"])
def test_neutralised_means_killed(text: str) -> None:
    assert _q(text)[0][1:] == (12, "casualties")


def test_a_dual_among_the_dead() -> None:
    assert _q("وذكرت المصادر أن بين الضحايا امرأتين")[0][1:] == (2, "casualties")


@pytest.mark.parametrize(("text", "value", "category"), [
    ("وارتفعت الحصيلة إلى 3 آلاف و500 قتيل", 3500, "casualties"),
    ("تصدير مليون و200 ألف برميل يوميا", 1_200_000, "other"),
    ("وبلغ عدد النازحين نحو مليونين و300 ألف نازح", 2_300_000, "other"),
    ("خصصت الحكومة 5 آلاف وخمسمائة دولار لكل أسرة", 5500, "money"),
])
def test_compound_numbers_are_one_quantity(text: str, value: int, category: str) -> None:
    got = _q(text)
    assert [(v, c) for _, v, c in got] == [(value, category)]


def test_a_second_scale_number_is_not_added_to_the_first() -> None:
    assert parse_number("3 آلاف و5 آلاف") is None
    got = _q("نشرت الدولتان 3 آلاف جندي و5 آلاف جندي")
    assert [v for _, v, _ in got] == [3000, 5000]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("ويتراوح عدد المقاتلين بين 2000 و3000 مقاتل", 2000, 3000),
    ("وقدرت المصادر القوة بما بين 5 و6 آلاف جندي", 5000, 6000),
])
def test_ranges_keep_both_bounds(text: str, low: int, high: int) -> None:
    # each end of a range is a count of the noun; the second one carries both bounds
    doc = Document(raw=text, text=text)
    quantities.run(doc)
    assert len(doc.quantities) == 2
    first, q = doc.quantities
    assert (first.value, first.category) == (low, "personnel")
    assert (q.value, q.low, q.high, q.approx, q.category) == (high, low, high, True, "personnel")
    assert first.end <= q.start


@pytest.mark.parametrize(("text", "value", "category"), [
    ("وتشير التقديرات إلى وجود نحو 800 من عناصرها في الإقليم", 800, "personnel"),
    ("وأطلق سراح 40 من الأسيرات", 40, "detained"),
    ("وانتشلت فرق الإنقاذ 17 جثة", 17, "casualties"),
    ("دمرت الغارات 4 منصات لإطلاق الصواريخ", 4, "weapons"),
    ("أسقطت الدفاعات 6 طائرات بدون طيار", 6, "weapons"),
    ("دخلت 120 شاحنة مساعدات إلى القطاع", 120, "vehicles"),
    ("وصلت شحنة من 500 طن من الطحين", 500, "other"),
    ("أفرجت السلطات عن 200 سجين", 200, "detained"),
    ("ودمرت القوات 3 جرافات", 3, "vehicles"),
])
def test_broader_unit_lexicon(text: str, value: int, category: str) -> None:
    assert [(v, c) for _, v, c in _q(text)] == [(value, category)]


@pytest.mark.parametrize("text", ["في مونديال 1998 الشاب الذي سجل", "أطلق مدفعا من عيار 155 ملم"])
def test_not_counts(text: str) -> None:
    assert _q(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("أسفر الهجوم عن مقتل 3 وإصابة 7 آخرين", [(3, "casualties"), (7, "casualties")]),
    ("قتل 4 وجرح 12 في انفجار سيارة مفخخة", [(4, "casualties"), (12, "casualties")]),
    ("وتحدثت الجماعة عن احتجاز 16 في المحافظة", [(16, "detained")]),
])
def test_bare_count_after_a_casualty_or_detention_word(text: str, expected: list) -> None:
    got = _q(text)
    assert [(v, c) for _, v, c in got] == expected
    assert got[0][0] in ("3", "4", "16")  # the span is the number, not the next word


@pytest.mark.parametrize("text", ["مقتل 2014 شخصية", "وأعلن مقتل قائد الكتيبة 5 في القصف", "القبض على 3"])
def test_bare_count_needs_the_cue_right_before_and_no_noun_after(text: str) -> None:
    assert all(c != "casualties" or v != 2014 for _, v, c in _q(text))
    assert not any(t in ("5", "3") for t, _, _ in _q(text))


def test_casualty_verb_before_or_after_the_count() -> None:
    # "lost" soldiers are casualties; the neutralise cue may sit inside quotation marks
    assert _q("وقالت الوزارة إن العدو خسر نحو 800 جندي في يومين.")[0][1:] == (800, "casualties")
    assert _q('وأكد الجيش أن الاشتباكات أسفرت عن "تحييد" 12 إرهابيا.')[0][1:] == (12, "casualties")
    # the count is the subject of a casualty verb after a parenthesis; its list member follows it
    got = _q("وكان خمسة حراس، بينهم ضابطان، قد قتلوا الأحد في كمين قرب الحدود.")
    assert [(v, c) for _, v, c in got] == [(5, "casualties"), (2, "casualties")]
    got = _q("وذكرت الشرطة أن ثلاثة عناصر لقوا حتفهم في الانفجار.")
    assert got[0][1:] == (3, "casualties")
    # an active verb after a comma, in another clause, says nothing about the count
    got = _q("وانتشر 300 جندي في البلدة، وقتل مسلحون شرطيا عند الحاجز.")
    assert got[0][1:] == (300, "personnel")


def test_number_from_a_country_counts_people() -> None:
    text = "وقتل 11 جنديا من القوة الإقليمية في المعارك الأخيرة، بينهم ستة جنود من تنزانيا وأربعة من زامبيا."
    doc = Document(raw=text, text=text)
    i = text.index("زامبيا")
    j = text.index("تنزانيا")
    doc.entities = [Entity(j, j + len("تنزانيا"), "تنزانيا", "GPE", name="تنزانيا"),
                    Entity(i, i + len("زامبيا"), "زامبيا", "GPE", name="زامبيا")]
    quantities.run(doc)
    got = [(q.text, q.value, q.category) for q in doc.quantities]
    assert got == [("11 جنديا", 11, "casualties"), ("ستة جنود", 6, "casualties"),
                   ("أربعة من زامبيا", 4, "casualties")]
    # a number from a document or a total is not a count of people
    assert _q("وتنص المادة 140 من الدستور على ذلك.") == []
