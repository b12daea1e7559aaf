"""Text repair: character fixes, glued words, boilerplate, headline, HTML input, offset map."""

from __future__ import annotations

import unicodedata

import pytest

import rasid
from rasid import clean
from rasid.textmap import MappedText


def cleaned(raw: str, title: str | None = None) -> str:
    return clean.clean_text(raw, title)[0].text


def assert_map_exact(raw: str, text: str, offsets: list[int] | tuple[int, ...]) -> None:
    """Every cleaned character comes from the raw character its offset names."""
    assert len(offsets) == len(text) + 1
    assert all(0 <= o <= len(raw) for o in offsets)
    assert all(a <= b for a, b in zip(offsets, offsets[1:], strict=False)), "offsets must not go back"
    for i, ch in enumerate(text):
        src = raw[offsets[i]] if offsets[i] < len(raw) else ""
        if ch == src:
            continue
        if ch.isspace():
            # a normalised space, a line separator (maps to the start of the next line) or the
            # space inserted into a glued word (maps to the character after it)
            continue
        # compatibility forms (ligatures, presentation forms) and NFC clusters: every part of the
        # character's decomposition occurs in the raw characters around its offset
        window = unicodedata.normalize("NFKD", raw[offsets[i - 1] if i else 0:offsets[i] + 8])
        parts = unicodedata.normalize("NFKD", ch)
        assert all(p in window for p in parts), f"text[{i}]={ch!r} does not come from raw[{offsets[i]}]={src!r}"


# ------------------------------------------------------------------ characters


@pytest.mark.parametrize("raw, fixed", [
    ("في تصعيٍد جديد", "في تصعيد جديد"),
    ("أعلن أمٍس الاثنين", "أعلن أمس الاثنين"),
    ("ومن جهٍة أخرى", "ومن جهة أخرى"),
    ("بناًء على دعوة", "بناء على دعوة"),
])
def test_misplaced_tanween_removed(raw: str, fixed: str) -> None:
    assert cleaned(raw) == fixed


@pytest.mark.parametrize("word", ["بيانٍ", "جدًا", "حاليًا", "مدينةً", "مؤدٍّ", "تشكَل", "تضمّ", "شكراً"])
def test_legitimate_diacritics_kept(word: str) -> None:
    assert cleaned(f"كلمة {word} هنا") == f"كلمة {word} هنا"


def test_stray_mark_after_space_removed() -> None:
    assert cleaned("قال  ً الرئيس") == "قال الرئيس"


def test_tatweel_removed_but_clitic_marker_kept() -> None:
    assert cleaned("العـــراق جـدا") == "العراق جدا"
    assert cleaned("خلال الساعات الـ24 الماضية") == "خلال الساعات الـ24 الماضية"
    assert cleaned('ما اسموه بـ"المتطرفين"') == 'ما اسموه بـ"المتطرفين"'


def test_presentation_forms_to_base_letters() -> None:
    # ﻻ (lam-alef ligature) and isolated/final forms of ب ي ت
    assert cleaned("\ufefb \ufe8f\ufef2\ufe96") == "لا بيت"


def test_nfc_composes_hamza() -> None:
    assert cleaned("ا\u0654مس") == "أمس"


def test_invisible_characters_and_spaces() -> None:
    raw = "قال\u200f  الرئيس\u00a0الأمريكي\u200b اليوم\r\n\r\n\r\nوأضاف أن الزيارة ناجحة."
    # a title is given so that the short first line is not taken for the headline
    assert cleaned(raw, title="عنوان") == "قال الرئيس الأمريكي اليوم\nوأضاف أن الزيارة ناجحة."


def test_eastern_digits_kept() -> None:
    assert cleaned("نشر ١٥٠٠ جندي و۲۰ دبابة") == "نشر ١٥٠٠ جندي و۲۰ دبابة"


# ------------------------------------------------------------------ glued words


@pytest.mark.parametrize("glued, fixed", [
    ("سورياوالعراق", "سوريا والعراق"),
    ("العراقوسوريا", "العراق وسوريا"),
    ("الولاياتالمتحدة", "الولايات المتحدة"),
    ("ديسمبرالماضي", "ديسمبر الماضي"),
    ("40دولة", "40 دولة"),
    ("ولانسعي", "ولا نسعي"),
    ("لايريدان", "لا يريدان"),
    ("لاضرورة", "لا ضرورة"),
    ("المنطقةالشرقية", "المنطقة الشرقية"),
    ("فيالعاصمة", "في العاصمة"),
    # two one-word KB names joined by و, a negation glued to a verb, compound numbers, function words
    ("تونسوليبيا", "تونس وليبيا"),
    ("لميتمكن", "لم يتمكن"),
    ("لنيقبل", "لن يقبل"),
    ("لايستطيع", "لا يستطيع"),
    ("ولايزال", "ولا يزال"),
    ("خمسةعشر", "خمسة عشر"),
    ("سبعةآلاف", "سبعة آلاف"),
    ("إلىجانب", "إلى جانب"),
    ("منذبداية", "منذ بداية"),
    ("بعدأن", "بعد أن"),
    # a preposition glued to a very common bare noun, a word glued to من, a noun to a definite plural
    ("فيمحافظة", "في محافظة"),
    ("فيعدة", "في عدة"),
    ("أغلبهممن", "أغلبهم من"),
    ("رفضالمتظاهرين", "رفض المتظاهرين"),
])
def test_glued_words_split(glued: str, fixed: str) -> None:
    assert cleaned(f"قال المسؤول إن {glued} اليوم.") == f"قال المسؤول إن {fixed} اليوم."


@pytest.mark.parametrize("word", [
    "الولايات", "واشنطن", "والعراق", "بالبنتاجون", "ماكفارلين", "سينابون", "الاميركان", "معاقله",
    "نظرائه", "معلنا", "عبدالله", "أبوظبي", "لاحقا", "لاسيما", "عندما", "بينما", "حيثما", "قدراتهما",
    "السلالتين", "الاستراتيجية", "والمستشارين", "لإنجاح", "لانجاح", "بالإضافة", "كاليفورنيا",
    "لاهاي", "فيلادلفيا", "مانشستر", "المتحدثتين", "ستراتيجي", "البيشمركة", "يشاركان",
    # near misses of the negation, number, function-word and KB-name rules
    "كمامات", "لاتجاه", "لايدي", "ولايتهم", "لمتابعة", "لنتمكن", "بيتروليوم", "يعبدونهم", "عندماكان",
    "ثلاثمائة", "كانون", "دونالد", "عليان", "بينالي", "ليستكمل", "كانتقام", "المواقعة", "فيجاي", "معالي",
    # place names starting with لا (a rarer ت/ن word after لا is a name, not a verb), في/من/عن words
    "لاتفيا", "لاتاكيا", "لانشو", "فيتنام", "فيروس", "فيسبوك", "منتصف", "منصات", "عنصرية", "الرحمن", "فيينا",
])
def test_valid_words_never_split(word: str) -> None:
    assert clean.glue_splits(word) == [], clean.glue_splits(word)


def test_glue_evidence_in_meta() -> None:
    doc = rasid.analyze("أعلنت الولاياتالمتحدة أمس عن خطة جديدة.", until="clean")
    assert doc.meta["clean"]["glued"] == [
        {"glued": "الولاياتالمتحدة", "fixed": "الولايات المتحدة", "raw_start": 6}]
    assert doc.text == "أعلنت الولايات المتحدة أمس عن خطة جديدة."


# ------------------------------------------------------------------ boilerplate and headline

ARTICLE = """سياسة

وزير الخارجية يزور بغداد لبحث التعاون الأمني

وزير الخارجية يزور بغداد لبحث التعاون الأمني

وصل وزير الخارجية إلى بغداد صباح اليوم في زيارة رسمية تستمر يومين، يلتقي خلالها كبار المسؤولين.
وقال مصدر في الوزارة إن المحادثات ستتناول أمن الحدود وملف اللاجئين.
ملف الحدود
وتشهد الحدود المشتركة منذ أشهر توترا متزايدا بسبب عمليات التهريب، بحسب تقارير محلية.
اقرأ أيضا: الحكومة تعلن خطة جديدة للطاقة
وأكد المصدر أن الزيارة تأتي في إطار تنسيق مستمر بين البلدين.
تابعونا على: فيسبوك | تويتر | تلغرام
شاهد: لقطات من افتتاح المعرض الدولي للكتاب
ارتفاع أسعار الذهب في الأسواق المحلية
مواضيع ذات صلة
زر الذهاب إلى الأعلى
التحرير
"""


def test_boilerplate_and_headline() -> None:
    doc = rasid.analyze(ARTICLE, until="clean")
    assert doc.title == "وزير الخارجية يزور بغداد لبحث التعاون الأمني"
    assert doc.text.startswith("وصل وزير الخارجية إلى بغداد")
    assert doc.text.endswith("في إطار تنسيق مستمر بين البلدين.")
    assert "\nملف الحدود\n" in doc.text  # the article's own sub-heading stays
    for junk in ("سياسة", "اقرأ أيضا", "تابعونا", "شاهد", "أسعار الذهب", "ذات صلة", "الأعلى", "التحرير"):
        assert junk not in doc.text, junk
    assert doc.title not in doc.text
    reasons = {d["reason"] for d in doc.meta["clean"]["dropped"]}
    assert {"section-label", "repeated-title", "related-link", "share", "related-list"} <= reasons


def test_lone_trailing_word_dropped() -> None:
    raw = "عنوان الخبر\nبدأت القوات انسحابها من القاعدة صباح اليوم.\nوأكد المتحدث أن العملية مستمرة.\nالتقرير\n"
    doc = rasid.analyze(raw, until="clean")
    assert doc.text.endswith("العملية مستمرة.")
    assert doc.meta["clean"]["dropped"][-1] == {"text": "التقرير", "reason": "trailing-label",
                                                "raw_start": raw.index("التقرير")}


def test_body_paragraph_is_not_a_title() -> None:
    raw = ("قالت وزارة الدفاع إن قواتها نفذت عملية واسعة في الصحراء الغربية أسفرت عن مقتل عشرة مسلحين "
           "وتدمير عدد من المخابئ، وإن العملية ستستمر حتى تأمين المنطقة بالكامل من بقايا التنظيم.\n"
           "وأضافت أن العملية جرت بمشاركة طيران الجيش.")
    doc = rasid.analyze(raw, until="clean")
    assert doc.title is None
    assert doc.text == raw


def test_single_paragraph_has_no_title() -> None:
    raw = "وصل الوزير إلى العاصمة"
    doc = rasid.analyze(raw, until="clean")
    assert doc.title is None and doc.text == raw


def test_given_title_removed_from_body() -> None:
    raw = "انسحاب القوات من القاعدة\nبدأت القوات انسحابها من القاعدة الجوية صباح اليوم."
    doc = rasid.analyze(raw, title="انسحاب القوات من القاعدة", until="clean")
    assert doc.title == "انسحاب القوات من القاعدة"
    assert doc.text == "بدأت القوات انسحابها من القاعدة الجوية صباح اليوم."


def test_html_input_is_extracted() -> None:
    html = ("<html><head><title>انسحاب القوات</title>"
            '<meta property="og:site_name" content="موقع الأخبار">'
            '<meta property="article:published_time" content="2024-03-12T10:00:00Z"></head>'
            "<body><nav>الرئيسية | سياسة | اقتصاد</nav><article><h1>انسحاب القوات</h1>"
            "<p>قال مسؤول عراقي إن القوات الأمريكية بدأت الانسحاب من القاعدة الجوية في غرب البلاد.</p>"
            "<p>وأضاف المسؤول أن العملية ستستمر عدة أسابيع وفق الجدول المتفق عليه بين الجانبين.</p>"
            "</article><footer>جميع الحقوق محفوظة</footer></body></html>")
    doc = rasid.analyze(html, until="segment")
    assert doc.title == "انسحاب القوات"
    assert doc.published == "2024-03-12"
    assert doc.source == "موقع الأخبار"
    assert doc.text.startswith("قال مسؤول عراقي") and "<" not in doc.text
    assert doc.meta["raw_format"] == "html"
    assert_map_exact(doc.raw, doc.text, doc.raw_offsets)


def test_offsets_point_into_raw_after_all_steps() -> None:
    raw = "الامنية\n\nعنوان  الخبر هنا\n\nأعلنت الولاياتالمتحدة أمٍس نشر 40دولة ﻻ جـدا.\nآخر الأخبار\n"
    doc = rasid.analyze(raw, until="clean")
    assert_map_exact(raw, doc.text, doc.raw_offsets)
    i = doc.text.index("المتحدة")
    assert raw[doc.raw_offsets[i]:doc.raw_offsets[i] + 7] == "المتحدة"


def test_empty_and_whitespace_input() -> None:
    for raw in ("", "   \n\n "):
        doc = rasid.analyze(raw, until="segment")
        assert doc.text == "" and doc.raw_offsets == [len(raw)] or doc.raw_offsets == [0]


def test_mapped_text_edit_composes() -> None:
    mt = MappedText.from_raw("abcdef").edit([(1, 2, ""), (4, 4, " ")])
    assert mt.text == "acd ef" and list(mt.offsets) == [0, 2, 3, 4, 4, 5, 6]


def test_dateline_is_not_a_title_and_stamps_and_credits_dropped() -> None:
    raw = ("بغداد - رويترز\nنشر في: 12/03/2024 - 10:30\n"
           "قال مسؤولون عراقيون إن القوات الأمريكية بدأت الانسحاب من القاعدة الجوية اليوم.\n"
           "وأضافوا أن العملية ستستغرق أسابيع.\nالوسوم: العراق، الانسحاب، القوات الأمريكية\nالمصدر: وكالات\n")
    doc = rasid.analyze(raw, until="clean")
    assert doc.title is None
    assert doc.text == ("بغداد - رويترز\nقال مسؤولون عراقيون إن القوات الأمريكية بدأت الانسحاب من "
                        "القاعدة الجوية اليوم.\nوأضافوا أن العملية ستستغرق أسابيع.")
    reasons = [d["reason"] for d in doc.meta["clean"]["dropped"]]
    assert sorted(reasons) == ["related-link", "related-list", "timestamp"]


def test_trailing_credit_line_dropped() -> None:
    raw = "عنوان الخبر هنا\nقال مسؤولون إن القوات بدأت الانسحاب اليوم.\nالمصدر: وكالات\n"
    doc = rasid.analyze(raw, until="clean")
    assert doc.text == "قال مسؤولون إن القوات بدأت الانسحاب اليوم."
    assert doc.meta["clean"]["dropped"][-1]["reason"] == "source-line"


def test_given_title_is_repaired_too() -> None:
    doc = rasid.analyze("بدأت القوات الانسحاب من القاعدة صباح اليوم.", title="انسحاب  القواتالأمريكية\nمن العراق",
                        until="clean")
    assert doc.title == "انسحاب القوات الأمريكية من العراق"


def test_date_bar_and_menu_line_are_not_the_title() -> None:
    raw = ("الأحد 5 شعبان 1444 هـ - 26 فبراير 2023 م\n"
           "الرئيسية  محليات  دولي  رياضة  منوعات\n"
           "الحكومة تقر موازنة جديدة للعام المقبل\n"
           "أقرت الحكومة في جلستها الأسبوعية مشروع الموازنة العامة للعام المقبل.\n"
           "وقال وزير المالية إن الموازنة تركز على دعم القطاعات الإنتاجية.\n")
    doc = rasid.analyze(raw, until="clean")
    assert doc.title == "الحكومة تقر موازنة جديدة للعام المقبل"
    assert doc.text.startswith("أقرت الحكومة في جلستها")
    reasons = {d["reason"] for d in doc.meta["clean"]["dropped"]}
    assert {"date-bar", "menu"} <= reasons


def test_dateline_under_the_headline_stays() -> None:
    raw = ("الحكومة تقر موازنة جديدة للعام المقبل\nالأحد 26 شباط 2023\n"
           "أقرت الحكومة في جلستها الأسبوعية مشروع الموازنة العامة للعام المقبل.\n"
           "وقال وزير المالية إن الموازنة تركز على دعم القطاعات الإنتاجية.\n")
    doc = rasid.analyze(raw, until="clean")
    assert doc.title == "الحكومة تقر موازنة جديدة للعام المقبل"
    assert doc.text.startswith("الأحد 26 شباط 2023\nأقرت الحكومة")


def test_body_line_with_section_words_is_not_a_menu() -> None:
    raw = ("عنوان الخبر هنا\nتراجع الاقتصاد العالمي هذا العام بسبب الأزمات.\n"
           "أخبار سياسية واقتصادية متلاحقة من المنطقة\nوأكد الخبراء أن التعافي سيستغرق وقتا.\n")
    doc = rasid.analyze(raw, until="clean")
    assert "أخبار سياسية واقتصادية متلاحقة من المنطقة" in doc.text


def test_related_header_with_colon_and_its_list_dropped() -> None:
    raw = ("عنوان الخبر هنا\nقال مسؤولون إن القوات بدأت الانسحاب اليوم.\nوأضافوا أن العملية ستستغرق أسابيع.\n"
           "ملفات ذات صلة:\nالبرلمان يناقش قانون الانتخابات\nارتفاع أسعار الوقود في الأسواق\n")
    doc = rasid.analyze(raw, until="clean")
    assert doc.text.endswith("ستستغرق أسابيع.")
    assert "البرلمان" not in doc.text and "ذات صلة" not in doc.text


def test_headline_repeated_under_a_dateline_dropped() -> None:
    raw = ("الحكومة تقر موازنة جديدة\nالأحد 26 شباط 2023\nالحكومة تقر موازنة جديدة\n"
           "أقرت الحكومة في جلستها الأسبوعية مشروع الموازنة.\nوقال الوزير إن الموازنة متوازنة.\n")
    doc = rasid.analyze(raw, until="clean")
    assert doc.title == "الحكومة تقر موازنة جديدة"
    # the date bar between the two copies of the headline is the page's, dropped with the repetition
    # (round 11); a date line under the last copy stays (the article's own dateline)
    assert doc.text == "أقرت الحكومة في جلستها الأسبوعية مشروع الموازنة.\nوقال الوزير إن الموازنة متوازنة."
    raw2 = ("الحكومة تقر موازنة جديدة\nالحكومة تقر موازنة جديدة\nالأحد 26 شباط 2023\n"
            "أقرت الحكومة في جلستها الأسبوعية مشروع الموازنة.\nوقال الوزير إن الموازنة متوازنة.\n")
    assert rasid.analyze(raw2, until="clean").text.startswith("الأحد 26 شباط 2023\n")


def test_masthead_region_menu_and_stamp_line_dropped() -> None:
    """A site name above its menu is no headline; a menu of world regions and a "نشرت في" stamp are furniture."""
    raw = ("قناة الأفق 7\n"
           "الرئيسية  آسيا  أفريقيا  الشرق الأوسط  أوروبا  اقتصاد  رياضة\n"
           "فيضانات تجتاح شرق البلاد\n"
           "نشرت في: 04/05/2022 - 08:10 آخر تحديث: 04/05/2022 - 10:55\n"
           "غمرت مياه الأمطار عشرات القرى في شرق البلاد ليل الأحد.\n"
           "وقال مسؤول محلي إن فرق الإنقاذ تعمل منذ الفجر.\n")
    doc = rasid.analyze(raw, until="clean")
    assert doc.title == "فيضانات تجتاح شرق البلاد"
    assert doc.text.startswith("غمرت مياه الأمطار")
    reasons = {d["reason"] for d in doc.meta["clean"]["dropped"]}
    assert {"masthead", "menu", "timestamp"} <= reasons


def test_quoted_outlet_in_a_dateline_is_no_link_list() -> None:
    raw = ("عنوان الخبر هنا\nعمان - بيروت: «الصباح»\n"
           "اتفق الجانبان على استئناف المحادثات الأسبوع المقبل.\nوأكد الوسطاء أن الأجواء إيجابية.\n")
    doc = rasid.analyze(raw, until="clean")
    assert "«الصباح»" in doc.text
