"""A light word tokenizer for the entity stage.

The segment stage fills ``doc.tokens`` with a full clitic segmentation, but the entity rules only
need word spans, their normalised form, the clitic-stripped variants and what separates two words
(nothing, a comma/quote, or a sentence break). Computing that here keeps this stage independent
of the segmenter's details and cheap (one regex pass).
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from rasid.arabic import DIACRITICS, TATWEEL, normalize, split_tokens

_WORD_RE: Final = re.compile(rf"[\w{DIACRITICS}{TATWEEL}]+(?:[-'][\w{DIACRITICS}{TATWEEL}]+)*")
_HARD_RE: Final = re.compile(r"[.!?؟:؛;\n|•·]")
_SOFT_RE: Final = re.compile(r"[،,\"'“”«»„‟()\[\]{}<>\-–—/]")
_OPEN_RE: Final = re.compile(r"[\"“«„(\[]")
_ONE: Final = ("و", "ف", "ب", "ك", "ل")

GAP_NONE: Final = 0
GAP_SOFT: Final = 1
GAP_HARD: Final = 2


class Word(NamedTuple):
    """A word of the text (a named tuple: hundreds are made per document, one C call each)."""

    start: int
    end: int
    text: str
    norm: str
    gap_before: int          # GAP_NONE, GAP_SOFT or GAP_HARD
    forms: tuple[str, ...]   # norm plus clitic-stripped variants, longest first
    prefix_len: int = 0      # length of the clitic stripped in forms[-1] (0 when none)
    quote_before: bool = False  # an opening quote or bracket sits between this word and the previous

    @property
    def bare(self) -> str:
        """The word without clitics (and without ل in لل + noun, restored as ال)."""
        return self.forms[-1]


def clitic_forms(norm: str) -> tuple[tuple[str, ...], int]:
    """``norm`` and its forms without proclitics: والعراق → (والعراق, العراق); للعراق → (.., العراق)."""
    forms = [norm]
    plen = 0
    w = norm
    for _ in range(2):
        if len(w) >= 5 and w.startswith("لل"):
            forms.append("ال" + w[2:])
            plen += 1
            break
        if len(w) >= 4 and w[0] in _ONE and not (w[0] == "ل" and w.startswith("لا")):
            w = w[1:]
            plen += 1
            forms.append(w)
            if w.startswith("ال"):
                break
        else:
            break
    return tuple(forms), plen


_FORMS: Final[dict[str, tuple[str, tuple[str, ...], int]]] = {}
_GAPS: Final[dict[str, tuple[int, bool]]] = {}


def _word_info(tok: str) -> tuple[str, tuple[str, ...], int]:
    info = _FORMS.get(tok)
    if info is None:
        norm = normalize(tok)
        forms, plen = clitic_forms(norm)
        info = (norm, forms, plen)
        if len(_FORMS) < 200_000:
            _FORMS[tok] = info
    return info


def _gap_info(gap: str) -> tuple[int, bool]:
    info = _GAPS.get(gap)
    if info is None:
        if _HARD_RE.search(gap):
            g = GAP_HARD
        elif _SOFT_RE.search(gap):
            g = GAP_SOFT
        else:
            g = GAP_NONE
        info = (g, bool(_OPEN_RE.search(gap)))
        if len(_GAPS) < 20_000:
            _GAPS[gap] = info
    return info


def words(text: str) -> list[Word]:
    """Word tokens of ``text`` with their gap class and clitic variants (memoised per word form).

    ``re.split`` with a capturing pattern hands back ``[gap, word, gap, word, ..., gap]`` from C,
    so offsets are running sums of lengths: ~30 % cheaper than a ``finditer`` loop.
    """
    parts = split_tokens(_WORD_SPLIT_RE, text)
    out: list[Word] = []
    append = out.append
    forms_cache = _FORMS
    gaps_cache = _GAPS
    new_word = tuple.__new__
    pos = len(parts[0])
    gap: str | None = None
    pairs = iter(parts[1:])
    for tok, gap_after in zip(pairs, pairs, strict=True):
        end = pos + len(tok)
        if gap is None:
            g, quote = GAP_HARD, False
        elif gap == " ":
            g, quote = GAP_NONE, False
        else:
            g, quote = gaps_cache.get(gap) or _gap_info(gap)
        info = forms_cache.get(tok) or _word_info(tok)
        append(new_word(Word, (pos, end, tok, info[0], g, info[1], info[2], quote)))
        pos = end + len(gap_after)
        gap = gap_after
    return out


_WORD_SPLIT_RE: Final = re.compile(f"({_WORD_RE.pattern})")
