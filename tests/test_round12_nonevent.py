"""Round 12 (non-event): countryside of a city, dual place nouns, travel to an ambiguous city, names
after «المتحدث باسمها», naval pieces and nationals counted, definite word-number durations, speakers of
«ووصف» and «وهو ما نفاه …، مضيفاً», and site menus joined by spaced dashes.

Every sentence here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

import rasid
from rasid import clean
from rasid.entities import extract


def _ents(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.text) for e in extract(text)}


def _doc(text: str) -> rasid.Document:
    return rasid.analyze(text, published="2021-03-10")


def _quantities(text: str) -> set[tuple[str, float | int | None, str]]:
    return {(q.text, q.value, q.category) for q in _doc(text).quantities}


def _times(text: str) -> set[tuple[str, str | None]]:
    return {(t.text, t.value) for t in _doc(text).times}


def _quotes(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in _doc(text).quotes}


# --- entities -------------------------------------------------------------------------------------

def test_countryside_with_compass_words_is_the_city() -> None:
    ents = _ents("بدأت الدوريات في محيط بلدة صغيرة بريف حلب الشمالي الشرقي أمس.")
    assert ("GPE", "ريف حلب") in ents
    assert not any("الشمالي" in t for _, t in ents)


def test_second_place_after_dual_place_noun() -> None:
    ents = _ents("استهدفت الغارات منطقتي الرمادي وطربيلان غرب البلاد.")
    assert ("GPE", "طربيلان") in ents
    assert not any("هم" == t for _, t in _ents("دخل المسلحون بلدتي الرمادي وهم يطلقون النار."))


def test_ambiguous_city_as_journey_end() -> None:
    assert ("GPE", "جدة") in _ents("وصلت سفينة تقل مئات الركاب إلى جدة بحراً قادمة من ميناء آخر.")
    assert ("GPE", "جدة") in _ents("أعلنت الحكومة وصول 40 مواطناً ونحو 30 من رعايا دول أخرى إلى جدة أمس.")
    assert not any(t == "جدة" for _, t in _ents("وقالت جدة الطفل إنها لم تره منذ أسبوع."))


def test_name_after_spokesman_of_pronoun() -> None:
    assert ("PERSON", "كادو برزان") in _ents("وقال المتحدث باسمها كادو برزان إن القصف مستمر.")


# --- quantities -----------------------------------------------------------------------------------

def test_naval_pieces_are_vessels() -> None:
    assert ("12 قطعة بحرية", 12, "vehicles") in _quantities("رست 12 قطعة بحرية في الميناء الشمالي.")
    assert ("ثلاث قطع حربية", 3, "vehicles") in _quantities("أرسلت البحرية ثلاث قطع حربية إلى الخليج.")


def test_partitive_nationals() -> None:
    assert ("نحو 40 من رعايا", 40, "other") in _quantities("وصل نحو 40 من رعايا دول أخرى إلى الميناء.")
    assert ("300 من رعاياها", 300, "other") in _quantities("أجلت فرنسا 300 من رعاياها من البلاد.")


# --- times ----------------------------------------------------------------------------------------

def test_definite_word_number_duration() -> None:
    assert ("الأربع والعشرين ساعة المقبلة", "PT24H") in _times(
        "تغلق السلطات المعبر خلال الأربع والعشرين ساعة المقبلة.")
    assert ("العشرين عاماً الماضية", "P20Y") in _times("ارتفعت الأسعار خلال العشرين عاماً الماضية بشكل كبير.")
    assert ("الثلاثين يوما الماضية", "P30D") in _times("سجلت الوزارة مئات الإصابات خلال الثلاثين يوما الماضية.")


# --- quotes ---------------------------------------------------------------------------------------

def test_described_places_are_not_the_speaker() -> None:
    q = _quotes("نفى المتحدث باسم وزارة الخارجية الأردنية أن تكون عمان قد تلقت إخطاراً، ووصف القصف على "
                "بلدتي الرمثا والشجرة بأنه \"اعتداء غير مقبول\"، مشيراً إلى سقوط جرحى.")
    assert q["اعتداء غير مقبول"] == "وزارة الخارجية الأردنية"


def test_participle_after_ma_verb_continues_the_denier() -> None:
    q = _quotes("قالت حركة النهضة بزعامة راشد الغنوشي إنها تفاوضت مع الحكومة، وهو ما نفاه مسؤول حكومي، "
                "مضيفاً أن الحركة \"لم تقدم أي مقترح\" حتى الآن.")
    assert q["لم تقدم أي مقترح"] == "مسؤول حكومي"
    q = _quotes("قالت الحركة إنها تفاوضت مع الحكومة، وهو ما أكدته وزارة الداخلية التونسية، مضيفة أن "
                "الحركة \"قدمت مقترحاً\" أمس.")
    assert q["قدمت مقترحاً"] == "وزارة الداخلية التونسية"


def test_unknown_spokesman_name_after_pronoun() -> None:
    q = _quotes("قال المتحدث باسم البنتاغون جون كيربي إن \"العملية انتهت\". وأعلنت الحركة تعليق مشاركتها، "
                "وقال المتحدث باسمها شيرو ميداني إن \"القصف يخدم المتطرفين\" بشكل مباشر.")
    assert q["القصف يخدم المتطرفين"] == "شيرو ميداني"


def test_quotation_after_a_threat_noun() -> None:
    q = _quotes("تصاعد التوتر بالتزامن مع تهديد الرئيس رجب طيب أردوغان بشن عملية عسكرية واسعة "
                "\"خلال أيام قليلة\". وقتل جنديان.")
    assert q["خلال أيام قليلة"] == "رجب طيب أردوغان"


# --- clean ----------------------------------------------------------------------------------------

def test_dash_separated_site_menu_is_not_the_title() -> None:
    raw = ("أخبار الساحل - الرئيسية - ليبيا - مصر - تونس - تحقيقات - فيديو\n"
           "اشتباكات عنيفة - قبلية في جنوب البلاد\n\n"
           "اندلعت اشتباكات عنيفة بين قبيلتين في جنوب البلاد أمس، وقال شهود إن عدداً من المنازل احترق.")
    assert clean.boilerplate_reason(raw.splitlines()[0]) == "menu"
    assert clean.boilerplate_reason(raw.splitlines()[1]) is None
    doc = rasid.analyze(raw, published="2021-03-10")
    assert doc.title == "اشتباكات عنيفة - قبلية في جنوب البلاد"
