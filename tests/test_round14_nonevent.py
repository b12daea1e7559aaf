"""Round 14: general non-event rules found on a fresh held-out set (own sentences, not the articles).

Quantities: a breakdown after «هم», a status word after the counted noun, a trailing واحد after a
nisba, a count joined by و to the subject of a casualty verb, a part named by «منها», a list member
after «إضافة إلى», members of an organisation (N من <org>), distances. Quotes: the clause's subject
before its verb (past a relative clause), a document and its signer, a quoted name inside a title, a
one-word quote qualifying a threat. Entities: Sahel gazetteer, a country listed with another, vehicle
models, districts after a dual, high committees. Cleaning: a placed dateline and an issue-number bar.
"""

from __future__ import annotations

import pytest

from rasid.clean import clean_text
from rasid.pipeline import analyze


def _doc(text: str):
    return analyze(text, published="2023-05-01")


def _qs(text: str) -> list[tuple[float | int | None, str | None]]:
    return [(q.value, q.category) for q in _doc(text).quantities]


# --- quantities ------------------------------------------------------------------------------

def test_breakdown_after_hum_shares_the_casualty_category() -> None:
    got = _qs("أسفرت المعارك عن مقتل 60 شخصا، هم 40 من حركة الشباب و15 جنديا و5 مدنيين.")
    assert got == [(60, "casualties"), (40, "casualties"), (15, "casualties"), (5, "casualties")]


@pytest.mark.parametrize("text, value, category", [
    ("وتقول المنظمة إن 400 امرأة معتقلات في المخيم منذ أشهر.", 400, "detained"),
    ("وأفاد المستشفى بأن 12 طفلا جرحى وصلوا إليه.", 12, "casualties"),
])
def test_status_word_after_the_noun(text: str, value: int, category: str) -> None:
    assert (value, category) in _qs(text)


def test_trailing_one_after_a_nisba_adjective() -> None:
    got = _qs("وقال الطبيب إن المصابين خمسة عمال وضابط فرنسي واحد.")
    assert (1, "casualties") in got


def test_count_joined_to_the_subject_of_a_casualty_verb() -> None:
    assert _qs("قتل ضابط كبير في الجيش واثنان من حراسه مساء الأحد.") == [(2, "casualties")]


def test_part_named_by_a_pronoun_after_the_number() -> None:
    assert _qs("أطلق المسلحون 20 قذيفة، سقطت خمس منها داخل المعسكر.") == [(20, "weapons"), (5, "weapons")]


def test_list_member_after_idafatan_ila() -> None:
    assert _qs("وينتشر في لبنان نحو 600 جندي، إضافة إلى نحو 200 في قبرص.") == [
        (600, "personnel"), (200, "personnel")]


@pytest.mark.parametrize("text, value", [
    ("وطالبت الشرطة السكان بالابتعاد مسافة 500 متر عن المبنى.", 500),
    ("وتقع القرية على بعد 12 كيلومترا من الحدود.", 12),
])
def test_distances_are_amounts(text: str, value: int) -> None:
    assert (value, "other") in _qs(text)


def test_part_of_a_count_by_model() -> None:
    assert _qs("وقال الجيش إن الدفاعات أسقطت أربع مقاتلات، بينها اثنتان من طراز ميغ.") == [
        (4, "vehicles"), (2, "vehicles")]


def test_districts_counted_as_sites() -> None:
    assert _qs("وسيطرت القوات على 12 حيا في المدينة.") == [(12, "sites")]
    assert _qs("وبقي الرهينة حيا بعد الهجوم.") == []


def test_calibre_is_still_no_amount() -> None:
    assert _qs("وأطلق مدفع من عيار 155 ملم.") == []


# --- quotes ----------------------------------------------------------------------------------

def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in _doc(text).quotes]


def test_subject_before_the_verb_after_illa_anna() -> None:
    text = ('وتتهم باريس جماعات مسلحة بتنفيذ الهجوم على قاعدة في مالي، إلا أن موسكو نفت أي دور لها في '
            'الهجوم، ووصفت الاتهامات بأنها "ملفقة".')
    assert _speakers(text) == ["موسكو"]


def test_subject_after_kanat_before_its_verb() -> None:
    text = ('وكانت حركة حماس أعلنت يوم الخميس وقف الاتصالات مع الوسطاء بشأن الأسرى '
            '"احتجاجا على استمرار القصف".')
    assert _speakers(text) == ["حركة حماس"]


def test_relative_clause_between_subject_and_verb() -> None:
    text = ('وكان حزب الشعب، الذي يقود الائتلاف الحاكم منذ الانتخابات الأخيرة، قد أعلن الشهر الماضي '
            'الانسحاب من المفاوضات "بشكل نهائي".')
    assert _speakers(text) == ["حزب الشعب"]


def test_reported_clause_subject_does_not_take_the_quote() -> None:
    text = 'وقالت وزارة الخارجية الفرنسية إن باريس تتابع الوضع «بقلق بالغ».'
    assert _speakers(text) == ["وزارة الخارجية الفرنسية"]


def test_document_speaks_for_its_signer() -> None:
    text = ('وكانت المذكرة، الموجهة إلى وزارة الدفاع والموقعة من الجنرال جيمس ماتيس، قد تحدثت عن '
            'خطة جديدة "لتعزيز أمن القواعد في المنطقة".')
    assert _speakers(text) == ["جيمس ماتيس"]


def test_quoted_organisation_name_inside_a_title() -> None:
    text = 'وقال المتحدث الرسمي لـ"حماس" حازم قاسم إن الحركة "لن تقبل بأي شروط مسبقة".'
    assert _speakers(text) == ["حازم قاسم"]


def test_quoted_name_after_lam_stays_the_addressee() -> None:
    text = 'وقال مصدر أمني عراقي لـ"العربية" إن المسلحين "فروا باتجاه الحدود".'
    assert _speakers(text) != ["العربية"]


def test_one_word_quote_qualifying_a_threat() -> None:
    doc = _doc('وتوعد قادة الحرس الثوري بانتقام "مزلزل" بعد الهجوم.')
    assert [q.text for q in doc.quotes] == ["مزلزل"]


# --- entities --------------------------------------------------------------------------------

def _ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in _doc(text).entities]


def test_sahel_gazetteer() -> None:
    got = _ents("وانتقلت الطائرات من القاعدة الجوية 201 في أغاديس إلى مطار نيامي ثم إلى كوتونو.")
    assert ("القاعدة الجوية 201", "LOC") in got
    assert ("أغاديس", "GPE") in got
    assert ("مطار نيامي", "LOC") in got
    assert ("كوتونو", "GPE") in got


def test_ambiguous_country_listed_with_another_country() -> None:
    assert ("بنين", "GPE") in _ents("وزار الوفد توغو وبنين الأسبوع الماضي.")
    assert not any(t == "GPE" for _, t in _ents("وكرم المدير الآباء والبنين في الحفل."))


def test_vehicle_model_is_not_a_person() -> None:
    got = _ents("ونقلت عربات برادلي القتالية ودبابات أبرامز الجنود إلى الجبهة.")
    assert not any(t == "PERSON" for _, t in got)


def test_two_districts_after_a_dual() -> None:
    got = _ents("ونزح آلاف السكان من حيي الشعار والكلاسة خلال الاشتباكات.")
    assert ("الشعار", "LOC") in got and ("الكلاسة", "LOC") in got


def test_high_committee_is_an_organisation() -> None:
    assert ("اللجنة الأمنية العليا", "ORG") in _ents("وعقدت اللجنة الأمنية العليا اجتماعا طارئا.")
    assert not any(t == "ORG" for _, t in _ents("وشكلت الحكومة لجنة تحقيق مشتركة."))


def test_dual_organisation_head() -> None:
    got = _ents('وتنشط في المنطقة جماعات مرتبطة بتنظيمي القاعدة و"داعش".')
    assert ("القاعدة", "ORG") in got


# --- cleaning --------------------------------------------------------------------------------

def test_placed_dateline_with_both_calendars_is_kept() -> None:
    raw = ("عنوان الخبر عن زيارة الوزير\n\n"
           "دمشق – بيروت | الأحد 3 رمضان 1444 هـ - 26 آذار 2023\n\n"
           "وصل وزير الخارجية إلى دمشق اليوم في زيارة تستغرق يومين يلتقي خلالها كبار المسؤولين.")
    body, title, _ = clean_text(raw)
    assert title == "عنوان الخبر عن زيارة الوزير"
    assert "26 آذار 2023" in body.text


def test_issue_number_date_bar_is_not_the_title() -> None:
    raw = ("صحيفة المساء\n"
           "الأحد 26 آذار/مارس 2023 - العدد 4410\n"
           "سياسة | اقتصاد | رياضة | ثقافة\n"
           "الحكومة تقر موازنة العام المقبل بعد نقاش طويل\n\n"
           "أقرت الحكومة في جلستها الأسبوعية مشروع الموازنة العامة للعام المقبل بعد نقاشات استمرت أسابيع.")
    _, title, _ = clean_text(raw)
    assert title == "الحكومة تقر موازنة العام المقبل بعد نقاش طويل"


def test_two_calendar_bar_under_a_dateline_is_kept() -> None:
    raw = ("انفجار يستهدف سوقا شعبية في مدينة ساحلية\n"
           "عدن ــ وكالة الأنباء\n"
           "الاثنين 5 شوال 1444 هـ - 24 نيسان 2023\n\n"
           "قتل خمسة أشخاص في انفجار استهدف سوقا شعبية صباح اليوم، بحسب مصادر طبية في المدينة.")
    body, title, _ = clean_text(raw)
    assert title == "انفجار يستهدف سوقا شعبية في مدينة ساحلية"
    assert "24 نيسان 2023" in body.text


def test_two_calendar_bar_right_under_the_headline_is_dropped() -> None:
    raw = ("انفجار يستهدف سوقا شعبية في مدينة ساحلية\n"
           "الاثنين 5 شوال 1444 هـ - 24 نيسان 2023\n\n"
           "قتل خمسة أشخاص في انفجار استهدف سوقا شعبية صباح اليوم، بحسب مصادر طبية في المدينة.")
    body, _, _ = clean_text(raw)
    assert "24 نيسان 2023" not in body.text
