"""Round 8 (non-event): page furniture, glued KB names, cut names, unit names, quote cues, elided counts.

Every sentence here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

import rasid
from rasid import clean


def _clean(raw: str) -> rasid.Document:
    return rasid.analyze(raw, until="clean")


def _reasons(doc: rasid.Document) -> set[str]:
    return {d["reason"] for d in doc.meta["clean"]["dropped"]}


# --- cleaning ----------------------------------------------------------------------------------

def test_menu_with_space_runs_and_definite_items_is_not_the_title() -> None:
    raw = ("الرئيسية  الأخبار  الاقتصاد  العالم  فيديو  البث المباشر\n"
           "الحكومة تعلن خطة لدعم المزارعين\n"
           "أعلنت الحكومة اليوم خطة جديدة لدعم المزارعين في المناطق الريفية.\n"
           "وقال وزير الزراعة إن الخطة تشمل قروضا ميسرة.\n")
    doc = _clean(raw)
    assert doc.title == "الحكومة تعلن خطة لدعم المزارعين"
    assert "menu" in _reasons(doc)
    assert doc.text.startswith("أعلنت الحكومة")


def test_body_line_with_definite_words_is_still_text() -> None:
    raw = ("عنوان الخبر هنا\nوتابع العالم الأخبار باهتمام كبير طوال الأسبوع.\n"
           "وأكد الخبراء أن الأزمة ستستمر.\n")
    assert "وتابع العالم الأخبار" in _clean(raw).text


def test_two_calendar_date_bar_under_the_headline_is_dropped() -> None:
    raw = ("مجلس الوزراء يقر الموازنة\nمجلس الوزراء يقر الموازنة\n"
           "الأحد 3 رجب 1445 هـ - 14 كانون الثاني 2024\n\n"
           "أقر مجلس الوزراء في جلسته الأسبوعية مشروع الموازنة العامة.\n"
           "وقال الوزير إن الموازنة تركز على الخدمات.\n")
    doc = _clean(raw)
    assert doc.title == "مجلس الوزراء يقر الموازنة"
    assert doc.text.startswith("أقر مجلس الوزراء")
    assert "date-bar" in _reasons(doc)


def test_hijri_date_bar_with_almuwafiq_is_dropped() -> None:
    raw = ("الأمطار تغمر قرى الساحل\nالاثنين 10 رمضان 1444 هـ الموافق 3 أبريل 2023\n"
           "غمرت الأمطار الغزيرة عشرات القرى على الساحل ليل الأحد.\n"
           "وقال مسؤول محلي إن فرق الإنقاذ تعمل منذ الفجر.\n")
    doc = _clean(raw)
    assert doc.text.startswith("غمرت الأمطار")


def test_gregorian_dateline_under_the_headline_still_stays() -> None:
    raw = ("مجلس الوزراء يقر الموازنة\nالأحد 14 كانون الثاني 2024\n"
           "أقر مجلس الوزراء في جلسته الأسبوعية مشروع الموازنة العامة.\n"
           "وقال الوزير إن الموازنة تركز على الخدمات.\n")
    assert _clean(raw).text.startswith("الأحد 14 كانون الثاني 2024\n")


def test_other_headlines_block_without_bullets_is_dropped() -> None:
    raw = ("عنوان الخبر هنا\nقال مسؤولون إن المفاوضات استؤنفت صباح اليوم.\n"
           "وأضافوا أن الجولة المقبلة ستعقد الشهر القادم.\n"
           "عناوين أخرى\nأسعار الذهب تتراجع في الأسواق\nالمنتخب يستعد لمباراة الحسم\n")
    doc = _clean(raw)
    assert doc.text.endswith("الشهر القادم.")
    assert "الذهب" not in doc.text


def test_two_word_kb_place_written_solid_is_split() -> None:
    assert clean.glue_splits("وصلت القافلة إلى شرمالشيخ مساء أمس")[0][3] == "شرم الشيخ"
    assert clean.glue_splits("اشتباكات في محيط عينالعرب")[0][3] == "عين العرب"
    # frequent solid names, and names the KB itself spells solid, stay whole
    assert clean.glue_splits("وصل عبدالله إلى أبوظبي") == []
    assert clean.glue_splits("رست السفينة في ميناء بورتسودان") == []


# --- entities ----------------------------------------------------------------------------------

def _ents(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in rasid.analyze(text).entities]


def test_surname_that_looks_like_clitic_plus_preposition_is_kept() -> None:
    ents = _ents("وقال مدير المكتب الإعلامي للحركة خالد بالي إن الاجتماع تأجل.")
    assert ("PERSON", "خالد بالي") in ents


def test_definite_institution_with_a_known_body_after_lil() -> None:
    ents = _ents("وأصدرت القيادة العامة للبيشمركة بياناً مساء الأحد.")
    assert ("ORG", "القيادة العامة للبيشمركة") in ents
    assert ("ORG", "البيشمركة") not in ents and ("ORG", "القيادة العامة") not in ents


def test_numbered_military_units_are_organisations() -> None:
    ents = _ents("ووصلت كتيبة من الفرقة 101 المحمولة جواً إلى القاعدة.")
    assert ("ORG", "الفرقة 101 المحمولة جواً") in ents
    ents = _ents("وتقدم الفوج الثالث مشاة نحو التلال.")
    assert ("ORG", "الفوج الثالث مشاة") in ents


def test_rank_alliwa_before_a_name_is_no_unit() -> None:
    ents = _ents("وصرح اللواء سعد معن بأن الوضع مستقر.")
    assert not any(t == "ORG" and x.startswith("اللواء") for t, x in ents)


# --- quotes ------------------------------------------------------------------------------------

def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in rasid.analyze(text).quotes]


def test_characterisation_verb_with_object_pronoun_opens_a_quote() -> None:
    qs = _quotes('رفض وزير الخارجية سامح شكري المقترحات الأخيرة، واعتبرها "تدخلاً في الشؤون الداخلية".')
    assert qs == [("تدخلاً في الشؤون الداخلية", "سامح شكري")]


def test_chanted_slogan_is_a_quote() -> None:
    qs = _quotes('وهتف المحتجون "ارحلوا ارحلوا" أمام مبنى البلدية.')
    assert qs and qs[0][0] == "ارحلوا ارحلوا"
    assert qs[0][1] == "المحتجون"


def test_long_quoted_group_name_is_not_a_quote() -> None:
    qs = _quotes('وتعهد الرئيس بملاحقة عناصر تنظيم "الجبهة الإسلامية لتحرير الساحل الغربي" في كل مكان.')
    assert qs == []


def test_quoted_clause_after_a_group_head_stays_a_quote() -> None:
    qs = _quotes('وقال الوزير إن تنظيم "الذي يستهدف المدنيين لن ينجو من العقاب" كما قال.')
    assert qs


def test_the_one_warned_is_not_the_speaker() -> None:
    qs = _quotes('وأعلنت الوزارة في بيان أن الضربة جاءت رداً على الهجوم قرب الحدود، '
                 'وحذرت أنقرة من أن أي رد سيقابل "بقوة ساحقة".')
    assert qs and qs[0][1] != "أنقرة"


def test_warner_named_after_the_verb_still_speaks() -> None:
    qs = _quotes('وحذر الحرس الثوري واشنطن من أن أي اعتداء سيقابل "برد مزلزل".')
    assert qs == [("برد مزلزل", "الحرس الثوري")]


# --- quantities --------------------------------------------------------------------------------

def test_part_of_a_count_with_its_noun_left_out() -> None:
    doc = rasid.analyze("وقال الجيش إن 40 قذيفة سقطت على المدينة، بينها 12 على الحي الشرقي.")
    got = [(q.value, q.category) for q in doc.quantities]
    assert (40, "weapons") in got and (12, "weapons") in got


def test_part_of_an_amount_of_money_is_not_guessed() -> None:
    doc = rasid.analyze("وأنفقت الحكومة 5 ملايين دولار، منها 2 على الرواتب.")
    assert [q.value for q in doc.quantities] == [5000000]
