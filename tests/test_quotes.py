"""Quotation detection and speaker resolution (rasid.quotes) on sentences written for the test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers_docs import doc_with_entities
from rasid import quotes
from rasid.model import Document


def _nationality(word: str) -> SimpleNamespace | None:
    from rasid.arabic import normalize

    table = {"الفرنسي": "فرنسا", "فرنسي": "فرنسا", "فرنسيان": "فرنسا", "بريطاني": "المملكة المتحدة"}
    w = normalize(word)
    return SimpleNamespace(name=table[w], id=None) if w in table else None


@pytest.fixture(autouse=True)
def _stand_in_kb(monkeypatch):
    monkeypatch.setattr(quotes, "nationality_entry", _nationality)


def analyse(text: str, ents: dict[str, str] | None = None) -> Document:
    doc = doc_with_entities(text, ents)
    quotes.run(doc)
    return doc


def test_quotation_styles_and_exact_offsets():
    text = ('قال الوزير خالد منصور: "سنواصل العمل حتى النهاية". وأضاف: «لا تراجع عن القرار». '
            'وقالت سلمى حداد “الوضع صعب لكنه تحت السيطرة“.')
    doc = analyse(text, {"خالد منصور": "PERSON", "سلمى حداد": "PERSON"})
    got = [(q.text, q.speaker) for q in doc.quotes]
    assert got == [("سنواصل العمل حتى النهاية", "خالد منصور"), ("لا تراجع عن القرار", "خالد منصور"),
                   ("الوضع صعب لكنه تحت السيطرة", "سلمى حداد")]
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text
        assert q.direct


def test_multi_sentence_quote_and_nested_ascii_quote():
    text = 'وقال القائد: "نحن مستعدون. سنبدأ غدا على "خطة الربيع" كما وعدنا.\nالفقرة التالية.'
    doc = analyse(text)
    assert len(doc.quotes) == 1
    assert doc.quotes[0].text.startswith("نحن مستعدون. سنبدأ غدا")
    assert "خطة الربيع" in doc.quotes[0].text


def test_quoted_names_are_not_quotes():
    text = 'أعلن تنظيم "داعش" مسؤوليته، ونقل موقع "الأخبار اليوم" الخبر عن "المتطرفين".'
    assert analyse(text).quotes == []


def test_unclosed_opener_is_dropped():
    text = "نشرت الصور على صفحة «فيسبوك تابعة لجماعة مسلحة.\nوفي فقرة أخرى لا شيء."
    assert analyse(text).quotes == []


def test_title_resolves_to_person_named_earlier():
    text = ('أعلن الجنرال الكندي مارك بيرون أمس أن المهمة مستمرة.\n'
            'وقال الجنرال: "لا نزال نعمل على الخطة".')
    doc = analyse(text, {"مارك بيرون": "PERSON"})
    assert doc.quotes[0].speaker == "مارك بيرون"


def test_pronoun_continuation_takes_previous_speaker():
    text = ('قال رئيس البلدية كريم ناصر إن المياه ستعود قريبا. '
            'وأضاف: "نعمل ليلا ونهارا".')
    doc = analyse(text, {"كريم ناصر": "PERSON"})
    assert doc.quotes[0].speaker == "كريم ناصر"


def test_unnamed_officials():
    text = ('وقال مسؤول فرنسي للصحافيين: "القرار نهائي". '
            'وقال مصدر أمني مفضلا عدم ذكر اسمه إن «الهجوم وقع فجرا». '
            'وقال مسؤول في وزارة الصحة: "الأرقام ترتفع يوميا".')
    doc = analyse(text, {"وزارة الصحة": "ORG"})
    # ANNOTATION.md: the organisation the text ties them to, else the descriptor as written
    # (a nationality is not an organisation: مسؤول فرنسي stays as written)
    assert [(q.speaker, q.speaker_type) for q in doc.quotes] == [
        ("مسؤول فرنسي", "UNNAMED"), ("مصدر أمني", "UNNAMED"), ("وزارة الصحة", "UNNAMED")]


def test_addressee_is_not_the_speaker_and_svo_order():
    text = ('وقال الوزير لنظيره سامي عادل “سنوقع الاتفاق الأسبوع المقبل”.\n'
            'المتحدثة باسم الوزارة، ليلى فارس، قالت خلال مؤتمر صحفي “لا تعليق لدينا الآن”.')
    doc = analyse(text, {"سامي عادل": "PERSON", "ليلى فارس": "PERSON"})
    assert doc.quotes[0].speaker != "سامي عادل"
    assert doc.quotes[1].speaker == "ليلى فارس"


def test_document_source_and_in_the_view_of():
    text = ('وذكر بيان صادر عن هيئة الطيران أن «الرحلات ستستأنف الخميس». '
            'في نظر مراقبون الخطوة «مجرد مناورة سياسية».')
    doc = analyse(text, {"هيئة الطيران": "ORG"})
    assert [q.speaker for q in doc.quotes] == ["هيئة الطيران", "مراقبون"]


def test_reported_speech_goes_to_meta_not_quotes():
    text = "وأكدت وزيرة المالية هدى سالم أن العجز سينخفض هذا العام."
    doc = analyse(text, {"هدى سالم": "PERSON"})
    assert doc.quotes == []
    rep = doc.meta["reported_speech"]
    assert len(rep) == 1 and rep[0]["speaker"] == "هدى سالم" and not rep[0]["direct"]
    assert doc.text[rep[0]["start"]:rep[0]["end"]] == rep[0]["text"]
    assert rep[0]["text"].startswith("العجز سينخفض")


def test_source_phrase_attribution():
    text = "ارتفع عدد الضحايا إلى عشرة، وفقا لوزارة الصحة."
    doc = analyse(text, {"وزارة الصحة": "ORG"})
    assert doc.meta["attributions"][0]["speaker"] == "وزارة الصحة"


def test_speech_verb_inflections_are_generated():
    lex = quotes.speech_lexicon()
    for form in ("قالت", "قالوا", "يقولون", "تقول", "أكدوا", "يؤكدون", "نفت", "أضافت"):
        assert quotes.norm_word(form) in lex.verbs, form


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="«»“”\"„ قال إن نحن: .\nابتثجحخد", max_size=120))
def test_any_text_gives_exact_slices(text):
    doc = analyse(text)
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text
    for r in doc.meta.get("reported_speech", []):
        assert doc.text[r["start"]:r["end"]] == r["text"]


def test_quote_after_complement_subject_and_place_is_not_speaker():
    text = ('وأضاف الضابط، الذي طلب عدم ذكر اسمه، أن القوات "تمكنت من صد الهجوم وقتلت 11 من عناصر الشباب". '
            'وقال دبلوماسي غربي في باماكو إن "رحيل البعثة سيترك فراغا كبيرا". '
            'ورحب الأمين العام سامي عادل بالاتفاق، ووصفه بأنه «خطوة مهمة في الاتجاه الصحيح».')
    doc = analyse(text, {"باماكو": "GPE", "سامي عادل": "PERSON"})
    got = {q.text.split()[0]: q.speaker for q in doc.quotes}
    assert set(got) == {"تمكنت", "رحيل", "خطوة"}
    assert got["رحيل"] == "دبلوماسي غربي"
    assert got["خطوة"] == "سامي عادل"


def test_quoted_name_is_not_a_quote():
    doc = analyse('وأعلنت حركة "الشباب" مسؤوليتها عن الهجوم.')
    assert doc.quotes == []


def test_unlisted_name_closing_a_title_phrase_is_the_speaker():
    text = ('وقال المتحدث باسم الجيش الوطني، الذي يقاتل في الشرق، أوبيرا ناكاسيتو، في مؤتمر صحفي: '
            '"سنستعيد الطريق خلال أيام".\n'
            'وقال قائد العمليات في الشمال، رئيس هيئة الأركان مويغو تاندراوي، إن القوات "استعادت السيطرة على الجسر".\n'
            'وقال رئيس هيئة الأركان إن القوات "تتقدم على كل المحاور بثبات".')
    doc = analyse(text, {"الجيش الوطني": "ORG"})
    got = [q.speaker for q in doc.quotes]
    assert got[:2] == ["أوبيرا ناكاسيتو", "مويغو تاندراوي"]
    assert got[2] is None or "هيئة" not in got[2]  # no name follows: nothing is invented


def test_appeal_and_condemnation_verbs_introduce_quotes():
    text = ('من جهته، دعا الرئيس سامي عادل السكان إلى "التزام منازلهم حتى إشعار آخر"، فيما نفت الحكومة وقوع إصابات.\n'
            'وأدانت وزارة الخارجية "القصف العشوائي" للأحياء، ودعت كينيا إلى "ضبط النفس واحترام الحدود". '
            'ولم يعلق الجيش على البيان.\n'
            'وتعهد الوزير كريم ناصر بمواصلة الدعم "ما دام ذلك ضروريا".')
    doc = analyse(text, {"سامي عادل": "PERSON", "وزارة الخارجية": "ORG", "كينيا": "GPE", "كريم ناصر": "PERSON"})
    got = {q.text: q.speaker for q in doc.quotes}
    assert got == {"التزام منازلهم حتى إشعار آخر": "سامي عادل", "القصف العشوائي": "وزارة الخارجية",
                   "ضبط النفس واحترام الحدود": "وزارة الخارجية", "ما دام ذلك ضروريا": "كريم ناصر"}


def test_speaker_never_comes_from_the_next_sentence():
    text = ('وتراجعت الأسعار بشكل "لم يشهده السوق منذ عقد كامل من الزمن". وقال الوزير سامي عادل إن الوضع مستقر.\n'
            '"سنعود إلى منازلنا قريبا"، قال أحد النازحين.')
    doc = analyse(text, {"سامي عادل": "PERSON"})
    assert all(q.speaker != "سامي عادل" for q in doc.quotes)
    assert doc.quotes[-1].speaker == "أحد النازحين"


def test_one_word_scare_quote_inside_reported_speech():
    text = ('وقالت وزارة الدفاع في بيان إن الغارات أدت إلى "تحييد" عشرين مسلحا.\n'
            'ووصف البيان المهاجمين بـ"الإرهابيين".\n'
            'ونقلت وكالة الأنباء الوطنية "سانا" عن مصدر أن الطريق مغلق.')
    doc = analyse(text, {"وزارة الدفاع": "ORG", "وكالة الأنباء الوطنية": "ORG"})
    assert [(q.text, q.speaker) for q in doc.quotes] == [("تحييد", "وزارة الدفاع")]


def test_partitive_descriptor_and_clause_continuation():
    text = ('وقال الوزير سامي عادل: "لن نتراجع".\n'
            'وقال أحد سكان المدينة إن "القصف استمر طوال الليل".\n'
            'ونفى مسؤول في وزارة الدفاع أن تكون القاعدة قد تضررت، لكنه أكد أن الجنود "في حالة استنفار قصوى".\n'
            'وكانت السلطات المحلية قد فرضت حظر التجول، معتبرة أن الوضع "خرج عن السيطرة تماما".\n'
            'وحمّل الرئيس كريم ناصر البرلمان مسؤولية التأخير، وحث مجلس الشيوخ على التصويت، قائلا إن "الوقت ينفد".')
    doc = analyse(text, {"سامي عادل": "PERSON", "وزارة الدفاع": "ORG", "كريم ناصر": "PERSON",
                         "البرلمان": "ORG", "مجلس الشيوخ": "ORG"})
    assert [q.speaker for q in doc.quotes] == ["سامي عادل", "أحد سكان", "وزارة الدفاع", "السلطات المحلية",
                                               "كريم ناصر"]


def test_unlisted_name_after_a_place_or_before_a_preposition():
    text = ('وقال رئيس بلدية بيرناكو أوليكو تاماندروف على تلغرام إن "الضربة أصابت مبنى سكنيا".\n'
            'وقال المتحدث باسم الجيش الوطني موريكو داسانتي عبر منصة إكس إن "العملية مستمرة حتى النهاية".\n'
            'وقال الرئيس آصف كوراندي: "سنرد بقوة على كل اعتداء".\n'
            'وقال قائد ميداني في الجيش الوطني طلب عدم ذكر اسمه إن "الهجوم صد بالكامل".\n'
            'وقال وزير الدفاع لنظيره التركي إلفان دورموكي إن "التعاون سيستمر".')
    doc = analyse(text, {"بيرناكو": "GPE", "الجيش الوطني": "ORG"})
    got = [q.speaker for q in doc.quotes]
    assert got[:4] == ["أوليكو تاماندروف", "موريكو داسانتي", "آصف كوراندي", "الجيش الوطني"]
    assert got[4] != "إلفان دورموكي"  # the colleague spoken to is not the speaker


def test_participle_right_after_a_quotation_continues_its_speaker():
    text = ('وقال رامي سليم في رسالة بثت من لندن، حيث علق منذ أيام: "الحكومة ستستقيل قريبا"، '
            'داعيا المواطنين إلى "التحلي بالهدوء". وقال مازن فارس إن القصف استهدف "مواقع المتمردين"، '
            'مضيفا أنه "لن يتردد في الرد".')
    doc = analyse(text, {"رامي سليم": "PERSON", "لندن": "GPE", "مازن فارس": "PERSON"})
    got = {q.text: q.speaker for q in doc.quotes}
    assert got["التحلي بالهدوء"] == "رامي سليم"
    assert got["لن يتردد في الرد"] == "مازن فارس"
