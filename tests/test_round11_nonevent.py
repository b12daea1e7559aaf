"""Round 11 (non-event): clock times tied to the day of their clause and written in words, a part of
the day before a date, "before the year X", "the following year", "day after day", "earlier
yesterday"; ranges of scale words and clock minutes in the quantities; title-only and definite
unnamed speakers, a subject before قد; quoted descriptions and quoted force names; Persian place
names in آباد, districts, a crossing written as two towns, a base named after its town; a date bar
between two copies of the headline and a related-news header naming the site.

Every sentence here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

import rasid
from rasid import clean
from rasid.entities import extract


def _ents(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.text) for e in extract(text)}


def _doc(text: str, published: str = "2023-05-13") -> rasid.Document:
    return rasid.analyze(text, published=published)


def _times(text: str, published: str = "2023-05-13") -> dict[str, str | None]:
    return {t.text: t.value for t in _doc(text, published).times}


def _quantities(text: str) -> set[tuple[str, float | int | None, str]]:
    return {(q.text, q.value, q.category) for q in _doc(text).quantities}


def _quotes(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in _doc(text).quotes}


# --- times ---------------------------------------------------------------------------------------

def test_a_clock_time_takes_the_weekday_later_in_its_clause() -> None:
    # published on a Saturday (2023-05-13): the Thursday is two days earlier
    times = _times("وانفجرت العبوة عند الساعة 7:45 صباحاً بالتوقيت المحلي يوم الخميس، قرب السوق.")
    assert times["الساعة 7:45 صباحا"] == "2023-05-11T07:45"
    assert times["يوم الخميس"] == "2023-05-11"


def test_a_clock_time_takes_the_day_named_just_before_it() -> None:
    times = _times("هاجم مسلحون القرية مساء الأربعاء الماضي. وقال شاهد إنهم وصلوا نحو الساعة العاشرة ليلا.")
    assert times["الساعة العاشرة ليلا"] == "2023-05-10T22:00"
    # without any day, the publication day
    assert _times("ووصل الوفد إلى المطار عند الساعة الثالثة عصرا.")["الساعة الثالثة عصرا"] == "2023-05-13T15:00"


def test_clock_times_written_in_words() -> None:
    times = _times("وبدأ التصويت عند الساعة الواحدة ظهراً وانتهى الساعة الحادية عشرة والنصف مساء.")
    assert times["الساعة الواحدة ظهرا"] == "2023-05-13T13:00"
    assert times["الساعة الحادية عشرة والنصف مساء"] == "2023-05-13T23:30"
    times = _times("وسرت الهدنة عند الساعة الثانية من بعد ظهر الثلاثاء بتوقيت غرينتش.")
    assert times["الساعة الثانية من بعد ظهر الثلاثاء"] == "2023-05-09T14:00"


def test_a_part_of_the_day_before_a_date_is_kept() -> None:
    times = _times("وشنت القوات هجومها فجر الخامس من أيار الجاري على مواقع المسلحين.")
    assert times["فجر الخامس من أيار الجاري"] == "2023-05-05TMO"
    assert _times("واندلعت الاشتباكات مساء 3 آذار 2019 في الضاحية.")["مساء 3 آذار 2019"] == "2019-03-03TEV"


def test_before_the_year_is_that_year_not_a_year_ago() -> None:
    times = _times("وكانت البلدة تضم قبل عام 2011 نحو عشرين ألف نسمة، وقد زارها الوزير قبل عام.")
    assert times["عام 2011"] == "2011"
    assert times["قبل عام"] == "2022"


def test_the_following_year_counts_from_the_year_of_the_story() -> None:
    times = _times("تأسست البعثة في آذار 2004، ثم توسعت مهامها في تموز من العام التالي.")
    assert times["تموز من العام التالي"] == "2005-07"
    assert _times("افتتح المصنع في 2010، وأغلق في أيار من العام نفسه.")["أيار من العام نفسه"] == "2010-05"


def test_day_after_day_is_no_time() -> None:
    assert _times("وقال إن المعاناة تتفاقم يوماً بعد يوم في المخيمات.") == {}
    assert "بعد يوم" in _times("وعاد الوفد بعد يوم من وصوله.")


def test_earlier_yesterday_is_one_expression() -> None:
    assert _times("وكان الوزير قد أعلن في وقت سابق أمس عن خطة جديدة.") == {"في وقت سابق أمس": "2023-05-12"}


# --- quantities ----------------------------------------------------------------------------------

def test_between_one_scale_word_and_another_is_a_range() -> None:
    qs = _quantities("وقدر مسؤولون عدد المقاتلين في المدينة بما بين ألف وألفي مقاتل.")
    assert ("ألف", 1000, "personnel") in qs
    assert ("ألفي مقاتل", 2000, "personnel") in qs
    # a larger scale and then a smaller one is still one number
    assert ("مليون وألف زائر", 1001000, "other") in _quantities("وزار المعرض مليون وألف زائر.")


def test_the_minutes_of_a_clock_time_are_no_count() -> None:
    assert _quantities("ووقع الانفجار عند الساعة 9:35 صباحا قرب الجسر.") == set()


def test_a_count_of_times_is_a_quantity_but_a_multiplier_is_not() -> None:
    qs = _quantities("واتهمت الحكومة الجيش المجاور بخرق الحدود أكثر من 30 مرة خلال الشهر.")
    assert ("أكثر من 30 مرة", 30, "other") in qs
    assert _quantities("وأصبحت الأسعار أعلى بثلاث مرات.") == set()


# --- quotes --------------------------------------------------------------------------------------

def test_a_title_only_cue_goes_to_the_person_introduced_with_that_title() -> None:
    quotes = _quotes("وقال الوزير في مؤتمر إلى جانب قائد القوات الجوية الجنرال تشارلز براون إن الرئيس "
                     "جو بايدن وافق على الخطة. وأوضح الجنرال أن حجم القوة \"لن يتجاوز العشرات\".")
    assert quotes["لن يتجاوز العشرات"] == "تشارلز براون"


def test_the_definite_official_is_the_unnamed_one_introduced_earlier() -> None:
    quotes = _quotes("وقال المتحدث باسم الوزارة نيد برايس إن العملية \"كانت ناجحة\". وبحسب مسؤول عسكري "
                     "طلب عدم كشف هويته، دمرت الغارة مستودعين. وقال المسؤول إن القرار كان \"الأصعب\" هذا العام.")
    assert quotes["الأصعب"] == "مسؤول عسكري"
    quotes = _quotes("وأكد مسؤول رفيع في وزارة الدفاع الأمريكية أن الطائرة عادت إلى قاعدتها. وأضاف المسؤول أن "
                     "عائلة أحمد حسن لم تكن في المبنى، مضيفاً: \"لم يصب أحد\".")
    assert quotes["لم يصب أحد"] == "وزارة الدفاع الأمريكية"


def test_a_subject_before_qad_speaks_not_the_object_of_the_verb() -> None:
    quotes = _quotes("وكان الرئيس إيمانويل ماكرون قد أعلن أمس فرض قيود على الشركة الوطنية للنفط، "
                     "واصفاً إياها بأنها \"ضرورية ومؤقتة\".")
    assert quotes["ضرورية ومؤقتة"] == "إيمانويل ماكرون"


def test_a_quoted_description_after_forces_is_a_quote_not_a_name() -> None:
    text = "وقال الوزير لويد أوستن إن بلاده سترسل قوات \"ذات طبيعة تدريبية\" إلى المنطقة."
    assert _quotes(text)["ذات طبيعة تدريبية"] == "لويد أوستن"
    assert not any("طبيعة" in name for _, name in _ents(text))


# --- entities ------------------------------------------------------------------------------------

def test_a_quoted_force_name_is_an_organisation() -> None:
    assert ("ORG", "سابر") in _ents("وأعلنت الحكومة انسحاب وحداتها من قوة \"سابر\" الدولية.")


def test_persian_place_names_in_abad() -> None:
    assert ("GPE", "جلال آباد") in _ents("وقتل ثلاثة في انفجار في جلال آباد شرق البلاد.")


def test_a_city_district_with_a_proper_name() -> None:
    ents = _ents("وسقطت قذيفة على منزل في حي كارته سه غرب المدينة.")
    assert any(t == "LOC" and text.startswith("حي كارته") for t, text in ents)
    assert not any(text.startswith("حي") for _, text in _ents("وبقي الرجل حي يرزق في حي سكني قديم."))


def test_a_crossing_written_as_two_towns_names_the_towns() -> None:
    assert ("GPE", "البوكمال") in _ents("وأعيد فتح معبر البوكمال - القائم أمام الشاحنات.")
    assert ("LOC", "معبر البوكمال") in _ents("وأعيد فتح معبر البوكمال أمام الشاحنات.")


def test_a_base_named_after_its_town_is_a_facility() -> None:
    assert ("LOC", "قاعدة تمبكتو") in _ents("وسلمت القوات قاعدة تمبكتو إلى الجيش الوطني.")


def test_a_body_said_to_be_led_by_someone_is_the_organisation() -> None:
    ents = _ents("ونددت الحكومة بالهجمات على قوات التحالف بقيادة الولايات المتحدة.")
    assert ("ORG", "قوات التحالف") in ents


# --- repair --------------------------------------------------------------------------------------

def test_a_date_bar_between_two_copies_of_the_headline_is_dropped() -> None:
    raw = ("جريدة الصباح الجديد | محليات | دولي | اقتصاد\n"
           "الحكومة تقر موازنة العام المقبل بعد جلسة طويلة\n"
           "الأحد 14 أيار 2023\n"
           "الحكومة تقر موازنة العام المقبل بعد جلسة طويلة\n\n"
           "أقرت الحكومة مساء أمس مشروع الموازنة بعد نقاش استمر ساعات، وأحالته إلى البرلمان.\n")
    text, title, _ = clean.clean_text(raw)
    assert "14 أيار 2023" not in text.text
    assert title == "الحكومة تقر موازنة العام المقبل بعد جلسة طويلة"


def test_a_related_news_header_naming_the_site_opens_the_tail_block() -> None:
    raw = ("الحكومة تقر موازنة العام المقبل\n\n"
           "أقرت الحكومة مساء أمس مشروع الموازنة بعد نقاش استمر ساعات، وأحالته إلى البرلمان.\n\n"
           "وقال وزير المالية إن العجز سينخفض إلى النصف خلال عامين.\n\n"
           "اقرأ أيضا في الصباح الجديد:\n"
           "- وزير الخارجية يزور أنقرة الأسبوع المقبل\n"
           "- ارتفاع أسعار الذهب في الأسواق المحلية\n")
    text, _, _ = clean.clean_text(raw)
    assert "اقرأ أيضا" not in text.text
    assert "أنقرة" not in text.text
    assert "العجز سينخفض" in text.text
