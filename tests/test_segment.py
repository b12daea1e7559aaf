"""Sentences (punctuation, line breaks, quotations) and tokens with clitic segmentation."""

from __future__ import annotations

import pytest

import rasid
from rasid.segment import split_sentences, tokenize


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_arabic_and_latin_punctuation_and_line_breaks() -> None:
    text = "قال الوزير إن القوات وصلت. هل انتهت المهمة؟ لا؛ ستستمر!\nعنوان فرعي\nوأضاف... ثم غادر"
    assert sentences(text) == ["قال الوزير إن القوات وصلت.", "هل انتهت المهمة؟", "لا؛", "ستستمر!",
                               "عنوان فرعي", "وأضاف...", "ثم غادر"]


def test_decimal_point_is_not_a_boundary() -> None:
    assert sentences("ارتفع المؤشر 2.5 نقطة اليوم. ثم هبط.") == ["ارتفع المؤشر 2.5 نقطة اليوم.", "ثم هبط."]


@pytest.mark.parametrize("open_, close", [("«", "»"), ("“", "”"), ('"', '"'), ("“", "“")])
def test_no_split_inside_quotations(open_: str, close: str) -> None:
    text = f"وقال الجنرال {open_}نحتاج مدربين. سنحتاج المزيد.{close} ثم غادر. وانتهى اللقاء."
    assert sentences(text) == [f"وقال الجنرال {open_}نحتاج مدربين. سنحتاج المزيد.{close} ثم غادر.",
                               "وانتهى اللقاء."]


def test_unclosed_quote_does_not_swallow_the_article() -> None:
    text = "نشرت الصور على صفحة «فيسبوك تابعة لمليشيا. معروف ان امريكا حققت نجاحا. وقال الوزير ذلك."
    assert len(sentences(text)) == 3


def test_line_break_ends_a_quotation() -> None:
    text = "قال «هذه بداية.\nوهذه فقرة أخرى. تنتهي هنا."
    assert sentences(text) == ["قال «هذه بداية.", "وهذه فقرة أخرى.", "تنتهي هنا."]


def test_sentences_on_document_are_spans() -> None:
    doc = rasid.analyze("عنوان الخبر\nبدأت القوات الانسحاب. وقال المتحدث إن العملية مستمرة.", until="segment")
    assert [s.text for s in doc.sentences] == ["بدأت القوات الانسحاب.", "وقال المتحدث إن العملية مستمرة."]
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text
    assert doc.sentence_index(doc.text.index("المتحدث")) == 1


def seg(word: str) -> tuple[str, str, str]:
    [t] = tokenize(word)
    return t.prefix, t.stem, t.suffix


@pytest.mark.parametrize("word, parts", [
    ("والعراق", ("وال", "عراق", "")),
    ("بالبنتاجون", ("بال", "بنتاجون", "")),
    ("للتدريب", ("لل", "تدريب", "")),
    ("وقال", ("و", "قال", "")),
    ("سنحتاج", ("س", "نحتاج", "")),
    ("عليه", ("", "علي", "ه")),
    ("منهم", ("", "من", "هم")),
    ("وحلفائها", ("و", "حلفائ", "ها")),
    ("والتي", ("و", "التي", "")),
])
def test_clitics_are_segmented(word: str, parts: tuple[str, str, str]) -> None:
    assert seg(word) == parts


@pytest.mark.parametrize("word", ["فقط", "كان", "بغداد", "لبنان", "وزير", "الذي", "كبار", "ليبيا", "سوريا",
                                  "واشنطن", "بين", "لكن", "العراقي", "سيارة", "والد"])
def test_words_that_only_look_cliticised_stay_whole(word: str) -> None:
    p, s, x = seg(word)
    assert (p, x) == ("", "") or (word == "العراقي" and p == "ال" and x == ""), (p, s, x)


def test_tokens_cover_words_numbers_punctuation() -> None:
    text = "نشر ٣٧٠٠ جندي، بنسبة 64% (VOA) والـ24 ساعة."
    toks = tokenize(text)
    assert [t.text for t in toks] == ["نشر", "٣٧٠٠", "جندي", "،", "بنسبة", "64", "%", "(", "VOA", ")",
                                      "والـ", "24", "ساعة", "."]
    by = {t.text: t for t in toks}
    assert by["٣٧٠٠"].norm == "3700" and by["،"].is_punct and not by["جندي"].is_punct
    for t in toks:
        assert text[t.start:t.end] == t.text == t.prefix + t.stem + t.suffix


def test_norm_is_matching_form_of_stem() -> None:
    [t] = tokenize("والأمريكية")
    assert t.prefix == "وال" and t.norm == "امريكيه"


def test_diacritics_stay_in_surface_and_leave_norm() -> None:
    [t] = tokenize("بالتَّدريب")
    assert t.prefix + t.stem + t.suffix == "بالتَّدريب" and t.norm == "تدريب"
