"""``split_tokens`` must give exactly ``pattern.split(text)`` for every tokeniser that uses it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rasid import quantities, quotes
from rasid.arabic import split_tokens
from rasid.entities import tokens

PATTERNS = [tokens._WORD_SPLIT_RE, quotes._RAW_TOKEN_SPLIT_RE, quantities._TOKEN_SPLIT_RE]

# letters, digits (Western and Eastern), the punctuation, marks and spaces news text mixes in
ALPHABET = (list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى") + list("0123456789٠١٢٣٤") + [" "] * 10
            + list(".,،؛:؟!«»\"'-_()/%\n\t") + ["\u064b", "\u064e", "\u0650", "\u0652", "\u0640", "\u200c", "٫", "٬"]
            + list("abcXYZ"))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_same_as_regex_split(text: str) -> None:
    for rx in PATTERNS:
        assert split_tokens(rx, text) == rx.split(text)


def test_examples() -> None:
    text = "قال  المتحدث، «نحن مستعدون» 1,500 جندي\nوصلوا  "
    for rx in PATTERNS:
        assert split_tokens(rx, text) == rx.split(text)
    assert split_tokens(re.compile(r"(\w+)"), "") == [""]
    assert split_tokens(re.compile(r"(\w+)"), "   ") == ["   "]
    assert split_tokens(re.compile(r"(\w+)"), "ab cd") == ["", "ab", " ", "cd", ""]
