"""Arabic character classes and the one normalisation every matcher shares.

Matching (KB aliases, lexicons, triggers, search) compares *normalised* forms: diacritics and
tatweel removed, hamza-carrying alifs folded to ا, ى → ي, ة → ه, Eastern Arabic and Persian digits
folded to ASCII. :func:`normalize` keeps the string length unchanged when ``keep_length=True`` so
offsets found in the normalised text are offsets in the original (diacritics become a filler
character instead of vanishing).
"""

from __future__ import annotations

import re
from typing import Final, TypeVar

_V = TypeVar("_V")

#: entries a word memo (:func:`remember`) holds before it starts over
MEMO_MAX: Final = 131072


def remember(memo: dict[str, _V], key: str, value: _V) -> _V:
    """Store ``value`` under ``key`` in a word memo and return it.

    The stages call a few word-level functions thousands of times per article (clitic readings,
    normalised forms, split points) over a vocabulary that repeats heavily. They keep results in a
    module-level ``Final`` dict read with ``memo.get(key)`` instead of ``functools.lru_cache``:
    compiled with mypyc a hit is then one native dict look-up, while an ``lru_cache`` call costs a
    module-globals look-up, an argument tuple and the LRU bookkeeping (about 6 % of the whole
    analysis over 2,900 calls per article). A full memo starts over instead of evicting piecemeal:
    the bound only keeps memory flat on an endless stream of new words, and a refill is cheap.
    """
    if len(memo) >= MEMO_MAX:
        memo.clear()
    memo[key] = value
    return value

DIACRITICS: Final = "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a" + "".join(
    chr(c) for c in range(0x064B, 0x0660)) + "\u0670" + "".join(chr(c) for c in range(0x06D6, 0x06EE))
TATWEEL: Final = "\u0640"
DIAC_RE: Final = re.compile(f"[{DIACRITICS}{TATWEEL}]")
#: the characters of ``DIAC_RE``, the most frequent in news text first
_DIAC_CHARS: Final = tuple(dict.fromkeys("\u064b\u0651\u064e\u064f\u0650\u0652\u064c\u064d\u0640" + DIACRITICS))


def has_diacritics(s: str) -> bool:
    """``DIAC_RE.search(s) is not None``, faster on whole texts.

    The regex tests a character class at every position (~10 ns a character on Arabic text);
    one C substring scan per diacritic is about three times faster when there is none, which
    is the usual case for cleaned news text, and stops early when there is one.
    """
    for ch in _DIAC_CHARS:
        if ch in s:
            return True
    return False
ARABIC_LETTER_RE: Final = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]")
ARABIC_WORD_RE: Final = re.compile(rf"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff{DIACRITICS}{TATWEEL}]+")

EASTERN_DIGITS: Final = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS: Final = "۰۱۲۳۴۵۶۷۸۹"
_DIGIT_TABLE: Final = {ord(c): str(i) for i, c in enumerate(EASTERN_DIGITS)} | {
    ord(c): str(i) for i, c in enumerate(PERSIAN_DIGITS)}
_LETTER_TABLE: Final = {ord("أ"): "ا", ord("إ"): "ا", ord("آ"): "ا", ord("ٱ"): "ا", ord("ى"): "ي",
                 ord("ة"): "ه", ord("ؤ"): "و", ord("ئ"): "ي", ord("ک"): "ك", ord("ی"): "ي",
                 ord("گ"): "ك", ord("ڤ"): "ف", ord("پ"): "ب", ord("چ"): "ج"}
_FOLD_TABLE: Final = _DIGIT_TABLE | _LETTER_TABLE

PROCLITICS: Final = ("و", "ف", "ب", "ك", "ل", "س")
#: clitic prefixes that may precede a name or the article, longest first (وبال, فلل, ...)
NAME_PREFIXES: Final = ("وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
                 "وب", "فب", "ول", "فل", "وك", "و", "ف", "ب", "ل", "ك")


def fold_digits(s: str) -> str:
    """Eastern Arabic / Persian digits → ASCII (same length)."""
    return s.translate(_DIGIT_TABLE)


def strip_diacritics(s: str) -> str:
    return DIAC_RE.sub("", s)


def normalize(s: str, *, keep_length: bool = False) -> str:
    """Matching form of ``s``.

    With ``keep_length`` the result has the same length as ``s`` (diacritics/tatweel become the
    placeholder ``\u200c`` which matchers treat as part of a word), so indices carry over.
    Short strings (words, phrases) are memoised: the stages normalise the same vocabulary over
    and over, while whole texts are not worth keeping.
    """
    if len(s) <= _NORM_CACHE_MAX_LEN:
        memo = _NORM_KEEP_LENGTH if keep_length else _NORM_MEMO
        got = memo.get(s)
        return got if got is not None else remember(memo, s, _normalize(s, keep_length))
    return _normalize_long(s, keep_length)


#: strings up to this length go through the memoised path of :func:`normalize`
_NORM_CACHE_MAX_LEN: Final = 64
#: memoised :func:`normalize` results of short strings, without and with ``keep_length``
_NORM_MEMO: Final[dict[str, str]] = {}
_NORM_KEEP_LENGTH: Final[dict[str, str]] = {}


def _normalize(s: str, keep_length: bool) -> str:
    s = s.translate(_FOLD_TABLE)
    if keep_length:
        return DIAC_RE.sub("\u200c", s)
    return DIAC_RE.sub("", s)


#: ``(text, keep_length, result)`` of the last long texts normalised (most recent first)
_recent_long: list[tuple[str, bool, str]] = []
_FOLD_PAIRS: Final = tuple((chr(k), v) for k, v in _FOLD_TABLE.items())


def _normalize_long(s: str, keep_length: bool) -> str:
    """:func:`_normalize` for whole texts: several stages normalise the same ``doc.text``.

    ``str.translate`` with a dict costs ~0.4 µs per character on Arabic text; one ``str.replace``
    per character actually present is an order of magnitude cheaper on an article, and the last
    few results are kept because quotes, events, quantities and times ask for the same text.
    """
    for known, kl, out in _recent_long:
        if kl is keep_length and (known is s or known == s):
            return out
    out = s
    for src, dst in _FOLD_PAIRS:
        if src in out:
            out = out.replace(src, dst)
    if has_diacritics(out):
        out = DIAC_RE.sub("\u200c" if keep_length else "", out)
    _recent_long.insert(0, (s, keep_length, out))
    del _recent_long[4:]
    return out


_PHRASE_PUNCT_RE: Final = re.compile(r"[^\w\s%]")


def normalize_phrase(s: str) -> str:
    """Normalised form with punctuation squeezed to single spaces (for lexicon keys)."""
    s = normalize(s)
    s = _PHRASE_PUNCT_RE.sub(" ", s)
    return " ".join(s.split())


def is_arabic(s: str) -> bool:
    return bool(ARABIC_LETTER_RE.search(s))


def strip_article(word: str) -> str:
    """Drop a leading clitic + article (وال، بال، لل ...) from a *normalised* word (memoised)."""
    got = _STRIPPED.get(word)
    return got if got is not None else remember(_STRIPPED, word, _strip_article(word))


_STRIPPED: Final[dict[str, str]] = {}


def _strip_article(word: str) -> str:
    for p in ("وبال", "فبال", "وكال", "وال", "فال", "بال", "كال", "ال"):
        if word.startswith(p) and len(word) - len(p) >= 2:
            return word[len(p):]
    if word.startswith(("ولل", "فلل")) and len(word) > 4:
        return word[3:]
    if word.startswith("لل") and len(word) > 3:
        return word[2:]
    return word


def split_tokens(token_split_re: re.Pattern[str], text: str) -> list[str]:
    """``token_split_re.split(text)`` — ``[gap, token, gap, ..., token, gap]`` — computed faster.

    ``token_split_re`` must be one capturing group around a token pattern that never matches
    whitespace or the empty string and matches any run of ``str.isalnum`` characters as a single
    token (every word pattern here: ``\\w`` is ``isalnum`` plus ``_``). Most space-separated chunks
    of news text are then whole tokens and need no regex at all (``str.split`` and ``isalnum``
    run at C speed, several times faster than the regex engine's per-character class tests);
    only chunks with punctuation, digits groups or line breaks go through the regex. A token never
    spans a space, so splitting chunk by chunk gives exactly the whole-text split.
    """
    parts: list[str] = []
    append = parts.append
    gap = ""
    for chunk in text.split(" "):
        if chunk.isalnum():
            append(gap)
            append(chunk)
            gap = " "
        elif not chunk:
            gap += " "
        else:
            sub = token_split_re.split(chunk)
            if len(sub) == 1:
                gap += chunk + " "
            else:
                append(gap + sub[0])
                parts.extend(sub[1:-1])
                gap = sub[-1] + " "
    append(gap[:-1])  # every chunk added the space that followed it; the last had none
    return parts
