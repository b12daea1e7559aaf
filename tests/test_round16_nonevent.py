"""Round 16 (non-event): theophoric family names ending in الله, districts named with قضاء/ناحية,
the bare coalition in an article naming its foe,
vote counts and the count set against them with مقابل, bare plural durations after لـ, the
document last issued as speaker of «البيان», a drafter in a relative clause, the accused after an
accusation verb, a quotation after «إن التنظيم», and campaign names in quotation marks.

Every sentence here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

import rasid
from rasid.entities import extract


def _ents(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.text) for e in extract(text)}


def _doc(text: str) -> rasid.Document:
    return rasid.analyze(text, published="2023-05-20")


def _quotes(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in _doc(text).quotes}


# --- entities ----------------------------------------------------------------------------------

def test_a_name_may_end_in_allah_after_a_name_word() -> None:
    assert ("PERSON", "علي فضل الله") in _ents("وصرح النائب علي فضل الله للصحفيين بأن الجلسة تأجلت.")
    assert ("PERSON", "سامي عبد الله") in _ents("وقال سامي عبد الله إن اللجنة انعقدت أمس.")
    # a lone given name before الله is no compound (شكر محمود الله)
    assert not any("الله" in t for _, t in _ents("وشكر محمود الله على نجاته من الحادث."))


def test_a_district_named_after_its_town_keeps_its_head() -> None:
    ents = _ents("وسقطت قذيفتان على أطراف قضاء سنجار غرب الموصل.")
    assert ("GPE", "قضاء سنجار") in ents
    # القضاء على (to eliminate) is no district
    assert not any(t.startswith("القضاء") for _, t in _ents("وتعهد الجيش بالقضاء على الخلايا في الموصل."))


def test_bare_coalition_in_an_article_naming_its_foe() -> None:
    ents = _ents("وقصفت مقاتلات مواقع لتنظيم داعش قرب الحدود. وقد تشارك كندا بطائرات أخرى إذا طلب التحالف ذلك.")
    assert ("ORG", "التحالف") in ents
    # an alliance with someone is not the coalition; nor is the word without the foe named
    assert not any(t == "التحالف" for _, t in _ents("ويرى محللون في مواقع داعش أن التحالف مع الصين مفيد."))
    assert not any(t == "التحالف" for _, t in _ents("وقال الوزير إن التحالف متماسك."))


# --- quantities ---------------------------------------------------------------------------------

def test_vote_counts_and_the_count_set_against_them() -> None:
    qs = {(q.text, q.value, q.category) for q in _doc(
        "وأقر البرلمان القانون بأغلبية 210 أصوات مقابل 35 في جلسة مسائية.").quantities}
    assert ("210 أصوات", 210, "other") in qs
    assert ("35", 35, "other") in qs
    qs = {(q.text, q.value) for q in _doc("واعتمد المجلس المشروع بأغلبية 12 صوتا وامتناع دولتين.").quantities}
    assert ("12 صوتا", 12) in qs


# --- times --------------------------------------------------------------------------------------

def test_bare_plural_units_after_li_are_durations() -> None:
    ts = {(t.text, t.value) for t in _doc("وقال القائد إن الحصار قد يدوم لأشهر وربما لسنوات.").times}
    assert ("لأشهر", "PXM") in ts
    assert ("لسنوات", "PXY") in ts
    # the plural alone, with no ل, trigger or adjective, stays out
    assert not _doc("وكانت سنوات الحرب قاسية على السكان.").times


# --- quotes -------------------------------------------------------------------------------------

def test_the_statement_is_the_issuer_named_with_fi_bayan() -> None:
    quotes = _quotes("وقالت وزارة الخارجية الإيطالية في بيان إن السفينة غادرت الميناء. "
                     'وأشار البيان إلى أن الرحلة تمت "بالتنسيق مع خفر السواحل".')
    assert quotes == {"بالتنسيق مع خفر السواحل": "وزارة الخارجية الإيطالية"}


def test_a_drafter_in_a_relative_clause_is_not_the_speaker() -> None:
    quotes = _quotes("وطالب مجلس الأمن الدولي الأطراف بوقف القتال، في قرار تبناه بالإجماع. "
                     'وحث القرار الذي صاغته اليابان على "هدنة شاملة" في الإقليم.')
    assert quotes == {"هدنة شاملة": "مجلس الأمن الدولي"}


def test_the_accused_is_not_the_speaker_of_the_participle() -> None:
    quotes = _quotes("وقالت الشرطة إن الوضع هادئ. ونفت حركة حماس في بيان قصف المستشفى، واتهمت الشرطة "
                     'باعتقال الصحفيين، مؤكدة أنها "تحترم القانون الدولي".')
    assert quotes == {"تحترم القانون الدولي": "حركة حماس"}


def test_a_quote_after_inna_and_a_definite_group_head_is_speech() -> None:
    quotes = _quotes('وقال رئيس الوزراء مارك روته خلال المؤتمر إن التنظيم "يمثل خطرا على أوروبا".')
    assert quotes == {"يمثل خطرا على أوروبا": "مارك روته"}
    # an indefinite head before a quoted name still names the group
    assert not _quotes('وقال الوزير إن تنظيم "داعش" يهدد المنطقة.')


def test_a_campaign_name_in_quotation_marks_is_not_a_quote() -> None:
    assert not _quotes('وقال متطوعون من حملة "حمص تحترق" إن القصف طال مخبزا.')
