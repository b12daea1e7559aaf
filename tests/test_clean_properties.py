"""Property tests for text repair: exact offset map, idempotence, no crash on any unicode."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rasid
from rasid import clean
from test_clean import assert_map_exact

# the characters scraped Arabic news actually mixes: letters, marks, tatweel, presentation forms,
# digits of three systems, punctuation, quotes, invisible marks, odd spaces, line breaks
_NOISY = (
    [chr(c) for c in range(0x621, 0x64B)] + [chr(c) for c in range(0x64B, 0x656)]
    + ["\u0640", "\u0670", "\u0654"] + [chr(c) for c in (0xFEFB, 0xFE8F, 0xFEF2, 0xFE96, 0xFE70, 0xFDF2)]
    + list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲") + list(" .,،؛:!?؟…«»\"“”()-|")
    + ["\n", "\r\n", "\t", "\u00a0", "\u200f", "\u200b", "\ufeff", "\u202b"]
    + ["ال", "و", "الولايات", "المتحدة", "سوريا", "والعراق", "لا", "يريدان", " زر الذهاب إلى الأعلى\n",
       "\nأخبار ذات صلة\n", "\nشاهد: خبر آخر\n", "e\u0301", "A"]
)
noisy_text = st.lists(st.sampled_from(_NOISY), max_size=80).map("".join)
any_text = st.one_of(noisy_text, st.text(max_size=200))

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(any_text)
def test_offset_map_is_exact(raw: str) -> None:
    doc = rasid.analyze(raw, until="clean")
    assert_map_exact(doc.raw, doc.text, doc.raw_offsets)


@SETTINGS
@given(any_text)
def test_output_is_nfc_and_single_spaced(raw: str) -> None:
    text = clean.clean_text(raw)[0].text
    assert unicodedata.is_normalized("NFC", text)
    assert "  " not in text and "\n\n" not in text and "\r" not in text
    assert text == text.strip()


@SETTINGS
@given(any_text)
def test_cleaning_is_idempotent_on_clean_text(raw: str) -> None:
    # a fixed title stands in for headline detection, which by design consumes a first line
    once = clean.clean_text(raw, "عنوان ثابت")[0].text
    twice = clean.clean_text(once, "عنوان ثابت")[0].text
    assert twice == once


@SETTINGS
@given(st.text(max_size=300))
def test_never_crashes_on_arbitrary_unicode(raw: str) -> None:
    doc = rasid.analyze(raw, until="segment")
    assert isinstance(doc.text, str)
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text
    for t in doc.tokens:
        assert doc.text[t.start:t.end] == t.text == t.prefix + t.stem + t.suffix
