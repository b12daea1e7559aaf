"""Stage ``clean``: scraped input → repaired article text, offset map, title and evidence.

Analysts feed rasid news exactly as scraped: words glued together by the scraper, tanween on the
wrong letter, presentation-form glyphs, site menus and "related news" lists mixed into the body, a
headline printed twice. Every later stage reads ``doc.text`` and every fact must point back at the
raw characters it came from, so every step here edits a :class:`~rasid.textmap.MappedText` and the
map stays exact (``doc.raw_offsets``).

Steps, in order:

1. HTML input (a string that starts with ``<`` and has tags) is reduced to its main text with
   trafilatura (:func:`rasid.readers.extract_html`); its metadata fills title/published/source.
2. Character repair: zero-width and control characters dropped, presentation forms → base letters,
   decorative tatweel removed (a tatweel marking a detached clitic, ``الـ24``, stays), misplaced
   tanween and stray marks removed, NFC, whitespace normalised (paragraphs become single ``\\n``).
3. Lines: leading navigation/section labels, menu lines and boilerplate dropped, the headline
   detected (never a date bar or dateline; a date bar above it is dropped, a repeated headline
   collapsed) and removed from the body, trailing related-headline blocks, share/follow lines and
   lone trailing labels dropped. The article's own sub-headings and dateline stay.
4. Glued words split with wordfreq Arabic frequencies (:func:`split_glued`), plus closed classes:
   negation + verb (لميعد), compound number words (ثلاثةعشر), function word + word (إلىجانب) and
   two one-word KB names joined by و (روسياوأوكرانيا).

Eastern Arabic and Persian digits stay in the text (later stages fold them when matching).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Final

from rasid.arabic import normalize, normalize_phrase, remember
from rasid.model import Document
from rasid.textmap import MappedText
from rasid.yamlload import safe_load

# --------------------------------------------------------------------------------------------
# character classes

AR_LETTERS: Final = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"
AR_MARKS: Final = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_AR_LETTER_SET: Final = frozenset(
    chr(c) for lo, hi in ((0x621, 0x63A), (0x641, 0x64A), (0x671, 0x6D3), (0x6FA, 0x6FF))
    for c in range(lo, hi + 1))
_AR_MARK_SET: Final = frozenset(
    chr(c) for lo, hi in ((0x610, 0x61A), (0x64B, 0x65F), (0x670, 0x670), (0x6D6, 0x6ED))
    for c in range(lo, hi + 1))
_TANWEEN: Final = "\u064b\u064c\u064d"
_DIGITS: Final = "0-9\u0660-\u0669\u06f0-\u06f9"

#: invisible format characters that only break words: zero-width space/joiners, direction marks,
#: bidi embeddings/isolates, BOM, soft hyphen, Arabic letter mark
_INVISIBLE_RE: Final = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
#: control characters other than tab/newline/carriage return
_CONTROL_RE: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
_PRESENTATION_RE: Final = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
_TATWEEL_RE: Final = re.compile("\u0640+")
_TANWEEN_RE: Final = re.compile(f"[{_TANWEEN}]")
_MARK_RE: Final = re.compile(f"[{AR_MARKS}]+")
_SPACE_RE: Final = re.compile("[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_NEWLINE_RE: Final = re.compile("\r\n?|[\u2028\u2029\x85]")
_MULTISPACE_RE: Final = re.compile(" {2,}")
#: any character one of the rare repair classes above handles
_RARE_REPAIR_RE: Final = re.compile("[\r\u2028\u2029\x85" + _INVISIBLE_RE.pattern[1:-1] + _CONTROL_RE.pattern[1:-1]
                             + _PRESENTATION_RE.pattern[1:-1] + _SPACE_RE.pattern[1:-1] + "]")
_HTML_START_RE: Final = re.compile(r"^\s*<")
_HTML_TAG_RE: Final = re.compile(r"<(?:!doctype\s+html|html|head|body|article|div|p|section|main|span|h[1-6])\b",
                          re.IGNORECASE)

# sentence-final punctuation (a headline does not end with these; a body line usually does)
_SENT_END: Final = ".!?؟…"
_LINE_END_PUNCT_RE: Final = re.compile(r"[.،,:؛;]\s*$")
_HAS_SENT_PUNCT_RE: Final = re.compile(r"[.!?؟؛;…،,:]")
_WORD_RE: Final = re.compile(rf"[{AR_LETTERS}{AR_MARKS}\u0640A-Za-z{_DIGITS}]+")
#: first words of an outlet's name on a masthead line (normalised as by :func:`_norm_line`)
_OUTLET_WORDS: Final = frozenset({"صحيفه", "جريده", "موقع", "وكاله", "قناه", "شبكه", "مجله", "اذاعه", "تلفزيون"})


# --------------------------------------------------------------------------------------------
# data


@dataclass(frozen=True, slots=True)
class _Boilerplate:
    exact: frozenset[str]
    related_prefix_re: re.Pattern[str]
    stamp_re: re.Pattern[str]
    source_re: re.Pattern[str]
    related_headers: frozenset[str]
    social: tuple[str, ...]
    social_re: re.Pattern[str]
    follow_re: re.Pattern[str]
    section_labels: frozenset[str]
    separators: tuple[str, ...]
    limits: dict[str, int]
    related_suffixes: tuple[str, ...]
    menu_words: frozenset[str]
    date_words: frozenset[str]
    byline_re: re.Pattern[str] = re.compile(r"(?!)")
    #: the longest match of ``related_prefix_re``/``stamp_re``/``byline_re`` (they are anchored
    #: at the start and end one character after the separator), 0 when unknown
    prefix_window: int = 0


def _load_yaml(name: str) -> dict[str, Any]:
    with resources.files("rasid.data").joinpath(name).open("r", encoding="utf-8") as fh:
        return safe_load(fh) or {}


def _norm_line(s: str) -> str:
    """Line comparison form: normalised letters, punctuation squeezed, Latin lower-cased."""
    got = _NORM_LINES.get(s)
    return got if got is not None else remember(_NORM_LINES, s, normalize_phrase(s).lower())


#: memos of :func:`_norm_line` and :func:`_token_cuts` (see :func:`rasid.arabic.remember`)
_NORM_LINES: Final[dict[str, str]] = {}
_TOKEN_CUTS: Final[dict[str, tuple[int, ...]]] = {}


@cache
def _boilerplate() -> _Boilerplate:
    d = _load_yaml("boilerplate.yaml")
    prefixes = sorted({_norm_line(p) for p in d.get("related_prefixes", [])}, key=len, reverse=True)
    # "شاهد: headline" / "اقرأ أيضا - headline": the prefix, then a colon or dash, then text
    related_prefix_re = re.compile(
        r"^\s*(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in prefixes) + r")\s*[:：\-–—]\s*\S")
    longest = max((len(p) for p in prefixes), default=0)

    def prefix_re(key: str) -> re.Pattern[str]:
        nonlocal longest
        items = sorted({_norm_line(p) for p in d.get(key, [])}, key=len, reverse=True)
        longest = max([longest, *map(len, items)])
        if not items:
            return re.compile(r"(?!)")
        alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in items)
        return re.compile(r"^\s*(?:" + alts + r")\s*[:：\-–—]\s*\S")

    social = tuple(sorted({_norm_line(s) for s in d.get("social_networks", [])}, key=len, reverse=True))
    verbs = sorted({_norm_line(v) for v in d.get("follow_verbs", [])}, key=len, reverse=True)
    follow_re = re.compile(r"^(?:" + "|".join(re.escape(v) for v in verbs) + r")\b", re.IGNORECASE)
    return _Boilerplate(
        exact=frozenset(_norm_line(x) for x in d.get("exact_lines", [])),
        related_prefix_re=related_prefix_re,
        stamp_re=prefix_re("stamp_prefixes"),
        source_re=prefix_re("trailing_source_prefixes"),
        byline_re=prefix_re("byline_prefixes"),
        # prefix, optional space, separator, optional space, one character
        prefix_window=longest + 4,
        related_headers=frozenset(_norm_line(x) for x in d.get("related_headers", [])),
        social=social,
        social_re=re.compile(r"(?<!\w)(?:" + "|".join(re.escape(x) for x in social) + r")(?!\w)"),
        follow_re=follow_re,
        section_labels=frozenset(_norm_line(x) for x in d.get("section_labels", [])),
        separators=tuple(d.get("link_separators", ["|"])),
        limits=dict(d.get("limits", {})),
        related_suffixes=tuple(_norm_line(x) for x in d.get("related_header_suffixes", [])),
        menu_words=frozenset(w for x in (*d.get("section_labels", []), *d.get("menu_words", []))
                             for w in _norm_line(x).split()),
        date_words=_date_words(d.get("date_line_words", [])),
    )


def _date_words(extra: list[str]) -> frozenset[str]:
    """Words of a publication-date line: weekdays, months (three systems and Hijri), year marks."""
    t = _load_yaml("time_lexicon.yaml")
    forms: list[str] = list(extra)
    for names in (t.get("months") or {}).values():
        for group in (names or {}).values():
            forms.extend(group or [])
    for group in (*(t.get("hijri_months") or {}).values(), *(t.get("weekdays") or {}).values()):
        forms.extend(group or [])
    forms.extend(t.get("hijri_year_marks") or [])
    return frozenset(w for x in forms for w in _norm_line(x).split())


@dataclass(frozen=True, slots=True)
class _GlueData:
    part_min: float
    la_rest_min: float
    la_noun_min: float
    neg_verb_min: float
    neg_verb_margin: float
    la_alif_max: float
    margin: float
    digit_word_min: float
    bare_pair_min: float
    min_len: int
    three_bonus: float
    short_first: frozenset[str]
    negations: frozenset[str]
    never_parts: frozenset[str]
    clitic_only: frozenset[str]
    name_heads: frozenset[str]
    function_words: frozenset[str]
    alif_maqsura_words: frozenset[str]
    function_rest_min: float
    function_short_min: float
    number_re: re.Pattern[str]
    la_tn_rest_min: float = 4.0
    prep_bare_min: float = 4.5
    prep_bare3_min: float = 5.5
    prep_bare_first: frozenset[str] = frozenset()


@cache
def _glue_data() -> _GlueData:
    d = _load_yaml("clean_glue.yaml")
    t = d.get("thresholds", {})
    return _GlueData(
        part_min=float(t.get("part_min", 3.0)),
        la_rest_min=float(t.get("la_rest_min", 2.5)),
        la_noun_min=float(t.get("la_noun_min", 4.0)),
        neg_verb_min=float(t.get("neg_verb_min", 4.0)),
        neg_verb_margin=float(t.get("neg_verb_margin", 1.0)),
        la_alif_max=float(t.get("la_alif_max", 3.0)),
        margin=float(t.get("margin", 2.0)),
        digit_word_min=float(t.get("digit_word_min", 3.0)),
        bare_pair_min=float(t.get("bare_pair_min", 4.5)),
        min_len=int(t.get("min_token_len", 5)),
        three_bonus=float(t.get("three_part_bonus", 0.5)),
        short_first=frozenset(freq_key(w) for w in d.get("short_first_parts", [])),
        negations=frozenset(freq_key(w) for w in d.get("negation_particles", [])),
        never_parts=frozenset(freq_key(w) for w in d.get("never_parts", [])),
        clitic_only=frozenset(freq_key(w) for w in d.get("clitic_only", [])),
        name_heads=frozenset(freq_key(w) for w in d.get("name_heads", [])),
        function_words=frozenset(freq_key(w) for w in d.get("function_words", [])),
        alif_maqsura_words=frozenset(freq_key(w) for w in d.get("function_words", []) if w.endswith("ى")),
        function_rest_min=float(t.get("function_rest_min", 4.0)),
        function_short_min=float(t.get("function_short_min", 5.3)),
        number_re=_number_compound_re(d),
        la_tn_rest_min=float(t.get("la_tn_rest_min", 4.0)),
        prep_bare_min=float(t.get("prep_bare_min", 4.5)),
        prep_bare3_min=float(t.get("prep_bare3_min", 5.5)),
        prep_bare_first=frozenset(freq_key(w) for w in d.get("prep_bare_first", [])),
    )


def _number_compound_re(d: dict[str, Any]) -> re.Pattern[str]:
    """Two number words written solid (ثلاثةعشر, خمسةآلاف), optionally after a clitic (وثلاثةعشر)."""
    def alts(key: str) -> str:
        items = sorted({freq_key(w) for w in d.get(key, [])}, key=len, reverse=True)
        return "|".join(re.escape(w) for w in items) or "(?!)"
    clitics = alts("number_clitics")
    return re.compile(f"(?:{clitics})?({alts('number_units')})({alts('number_tails')})")


#: frequencies below this zipf value are not kept (they are as good as unseen for our decisions)
_MIN_KEPT_ZIPF: Final = 1.5
_ARABIC_ONLY_RE: Final = re.compile(f"^[{AR_LETTERS}]+$")


_FREQ_KEY_TABLE: Final = {ord("أ"): "ا", ord("إ"): "ا", ord("آ"): "ا", ord("ٱ"): "ا", ord("ى"): "ي"}
_FREQ_KEY_STRIP_RE: Final = re.compile(f"[{AR_MARKS}ـ]")


def freq_key(word: str) -> str:
    """The spelling key of the frequency table: hamza-alif and ى/ي folded, marks removed.

    Lighter than :func:`rasid.arabic.normalize` on purpose: ة/ه and ئ/ؤ stay distinct, because a
    glued-word part like ``ائه`` (from نظرائه) must not borrow the frequency of ``آية``.
    """
    return _FREQ_KEY_STRIP_RE.sub("", word.translate(_FREQ_KEY_TABLE))


@cache
def _zipf_table() -> dict[str, int]:
    """Arabic word → zipf×10, keyed on :func:`freq_key`.

    Built straight from wordfreq's packed "large" Arabic list (not via ``zipf_frequency``) so that
    spelling variants (أ/ا, ى/ي) pool their frequencies, lookups are one dict access, and
    wordfreq's own 600k-entry dict is never held in memory next to ours.
    """
    import math

    import wordfreq

    freqs: dict[str, float] = {}
    path = wordfreq.available_languages(wordlist="large").get("ar")
    if path:
        buckets = wordfreq.read_cBpack(path)
        cutoff = int(round((9 - _MIN_KEPT_ZIPF) * 100))
        for i, words in enumerate(buckets[: cutoff + 1]):
            f = 10 ** (-i / 100)
            for w in words:
                if _ARABIC_ONLY_RE.match(w):
                    k = freq_key(w)
                    freqs[k] = freqs.get(k, 0.0) + f
    else:  # pragma: no cover - wordfreq always ships Arabic; keep a working fallback anyway
        for w, f in wordfreq.get_frequency_dict("ar").items():
            if _ARABIC_ONLY_RE.match(w):
                k = freq_key(w)
                freqs[k] = freqs.get(k, 0.0) + f
    return {k: int(round((math.log10(f) + 9) * 10)) for k, f in freqs.items()
            if math.log10(f) + 9 >= _MIN_KEPT_ZIPF}


def word_zipf(word: str) -> float:
    """Zipf frequency of an Arabic word (variants pooled; 0.0 when unseen or rarer than 1.5).

    Public so that other stages (segmentation, name finding) share one frequency table.
    """
    return _zipf_table().get(freq_key(word), 0) / 10


def warm_up() -> None:
    """Load the frequency table, boilerplate lexicons and KB one-word names once per process."""
    _zipf_table()
    _boilerplate()
    _glue_data()
    _kb_single_names()


# --------------------------------------------------------------------------------------------
# character repair


@cache
def _nfc_secondaries() -> frozenset[str]:
    """Characters of combining class 0 that NFC can still compose with the character before.

    Needed to cut text into independent NFC clusters; computed once, and only for the rare inputs
    that are not already NFC.
    """
    out: set[str] = set()
    for cp in range(0x110000):
        d = unicodedata.decomposition(chr(cp))
        if d and not d.startswith("<"):
            parts = d.split()
            if len(parts) == 2:
                second = chr(int(parts[1], 16))
                if unicodedata.combining(second) == 0:
                    out.add(second)
    out.update(chr(c) for c in range(0x1161, 0x1176))  # Hangul medial vowels
    out.update(chr(c) for c in range(0x11A8, 0x11C3))  # Hangul final consonants
    return frozenset(out)


def _replace(mt: MappedText, edits: list[tuple[int, int, str]], *, whole: bool = False) -> MappedText:
    """Apply sorted, non-overlapping replacements of non-empty spans by non-empty strings.

    Unlike :meth:`MappedText.edit`, characters beyond the replaced length (a ligature ﻻ → لا, a
    composed cluster) map to the *last replaced* character rather than the one after it, so every
    character of the result points inside the raw span that produced it. With ``whole`` every
    character maps to the start of its span (NFC may reorder marks inside a cluster).
    """
    text, offsets = mt.text, mt.offsets
    out: list[str] = []
    offs: list[int] = []
    pos = 0
    for start, end, repl in edits:
        out.append(text[pos:start])
        offs.extend(offsets[pos:start])
        out.append(repl)
        if whole:
            offs.extend([offsets[start]] * len(repl))
        else:
            offs.extend(offsets[min(start + k, end - 1)] for k in range(len(repl)))
        pos = end
    out.append(text[pos:])
    offs.extend(offsets[pos:])
    return MappedText("".join(out), tuple(offs))


def _nfc(mt: MappedText) -> MappedText:
    """NFC as offset-preserving edits, one edit per changed character cluster."""
    text = mt.text
    if unicodedata.is_normalized("NFC", text):
        return mt
    secondaries = _nfc_secondaries()
    edits: list[tuple[int, int, str]] = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        while j < n and (unicodedata.combining(text[j]) or text[j] in secondaries):
            j += 1
        cluster = text[i:j]
        new = unicodedata.normalize("NFC", cluster)
        if new != cluster:
            edits.append((i, j, new))
        i = j
    return _replace(mt, edits, whole=True) if edits else mt


def _presentation(m: re.Match[str]) -> str:
    out = []
    for ch in m.group(0):
        new = unicodedata.normalize("NFKC", ch)
        if "\ufe70" <= ch <= "\ufe7f":  # isolated/medial diacritic forms: NFKC adds a space
            new = new.replace(" ", "")
        out.append(new)
    return "".join(out)


def _tatweel_edits(text: str) -> list[tuple[int, int, str]]:
    """Remove decorative tatweel; keep one between a letter and a digit/quote (``الـ24``, ``بـ"``)."""
    edits: list[tuple[int, int, str]] = []
    if "\u0640" not in text:  # a substring test is far cheaper than the regex scan
        return edits
    for m in _TATWEEL_RE.finditer(text):
        s, e = m.start(), m.end()
        prev_letter = s > 0 and text[s - 1] in _AR_LETTER_SET
        next_ch = text[e] if e < len(text) else ""
        if (prev_letter and next_ch and not next_ch.isspace() and next_ch not in _AR_LETTER_SET
                and next_ch not in _AR_MARK_SET):
            if e - s > 1:
                edits.append((s + 1, e, ""))
            continue
        edits.append((s, e, ""))
    return edits


def _next_base(text: str, i: int) -> int:
    """Index of the first character at or after ``i`` that is not an Arabic mark or tatweel."""
    n = len(text)
    while i < n and (text[i] in _AR_MARK_SET or text[i] == "\u0640"):
        i += 1
    return i


def _diacritic_edits(text: str) -> list[tuple[int, int, str]]:
    """Misplaced tanween and stray marks, the diacritic errors that break words.

    Tanween belongs on the last letter of a word (``بيانٍ``, ``جدًا`` with fathatan before the final
    alif); a scraper's misplaced one (``تصعيٍد``, ``أمٍس``, ``بناًء``) splits the word for every
    matcher, so it is removed. Marks that follow no letter at all (after a space or punctuation)
    are removed too. Legitimate internal marks (shadda, fatha ...) stay.
    """
    edits: list[tuple[int, int, str]] = []
    n = len(text)
    for m in _MARK_RE.finditer(text):
        s = m.start()
        prev = text[s - 1] if s > 0 else ""
        if prev not in _AR_LETTER_SET and prev != "\u0640":
            edits.append((s, m.end(), ""))
            continue
        nxt = _next_base(text, m.end())
        if nxt >= n or text[nxt] not in _AR_LETTER_SET:
            continue  # word-final marks are fine
        run = m.group(0)
        if not any(c in _TANWEEN for c in run):
            continue
        # fathatan before a word-final alif / alif maqsura is the standard spelling (جدًا)
        if text[nxt] in "اى":
            after = _next_base(text, nxt + 1)
            if after >= n or text[after] not in _AR_LETTER_SET:
                continue
        for k, c in enumerate(run):
            if c in _TANWEEN:
                edits.append((s + k, s + k + 1, ""))
    return edits


def repair_chars(mt: MappedText) -> MappedText:
    """Character-level repair (steps of the module docstring, item 2), keeping the map exact."""
    # one scan for the characters most text never has (CR, invisible and control characters,
    # presentation forms, exotic spaces) instead of one per class
    rare = _RARE_REPAIR_RE.search(mt.text) is not None
    if rare:
        mt = mt.sub(_NEWLINE_RE, "\n")
        mt = mt.sub(_INVISIBLE_RE, "")
        mt = mt.sub(_CONTROL_RE, "")
        edits = [(m.start(), m.end(), _presentation(m)) for m in _PRESENTATION_RE.finditer(mt.text)]
        edits = [e for e in edits if e[2] != mt.text[e[0]:e[1]]]
        if edits:
            # a presentation form that expands to nothing (impossible in Unicode today) is dropped
            mt = _replace(mt, [e for e in edits if e[2]]) if all(e[2] for e in edits) else mt.edit(edits)
    edits = _tatweel_edits(mt.text)
    if edits:
        mt = mt.edit(edits)
    edits = _diacritic_edits(mt.text)
    if edits:
        mt = mt.edit(edits)
    mt = _nfc(mt)
    if rare:  # none of the edits above makes one of these spaces
        mt = mt.sub(_SPACE_RE, " ")
    if "  " in mt.text:
        mt = mt.sub(_MULTISPACE_RE, " ")
    return mt


def split_lines(mt: MappedText) -> list[MappedText]:
    """Non-empty lines, stripped of surrounding spaces."""
    out = []
    pos = 0
    text = mt.text
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            # not MappedText.slice: its end offset assumes the last character maps 1:1
            out.append(MappedText(text[s:e], mt.offsets[s:e] + (min(mt.offsets[e - 1] + 1, mt.offsets[e]),)))
        if nl < 0:
            break
        pos = nl + 1
    return out


# --------------------------------------------------------------------------------------------
# glued words


@lru_cache(maxsize=200_000)
def _zipf(word: str) -> float:
    return word_zipf(word)


_CLITIC_HEADS: Final = ("وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل",
                 "وب", "فب", "ول", "فل", "وك", "وس", "فس", "و", "ف", "ب", "ل", "ك")


#: attached pronouns and the accusative alif, longest first (a word + one of these is a word)
_SUFFIXES: Final = ("هما", "كما", "ها", "هم", "هن", "كم", "نا", "ني", "ه", "ا")


def _clitic_base_zipf(word: str) -> float:
    """Best zipf of the word once a proclitic (و ف ب ك ل س, +ال) is taken off (0 if none fits).

    A rare token whose stem is a known word (بالبنتاجون → البنتاجون) is a valid word, not glue.
    """
    best = 0.0
    for head in _CLITIC_HEADS:
        if word.startswith(head) and len(word) - len(head) >= 3:
            rest = word[len(head):]
            if head.endswith(("ال", "لل")):
                rest = "ال" + rest
            best = max(best, _zipf(rest))
    return best


#: number/gender endings of nouns and adjectives (duals, plurals, nisba), longest first; a
#: ``ت`` left before them was a ة (سلالتين → سلالة)
_ENDINGS: Final = ("تين", "تان", "يين", "يون", "يات", "ية", "ات", "ان", "ين", "ون", "ي")


def _inflected_zipf(word: str) -> float:
    """How well attested ``word`` is as an inflected form: itself, minus clitics and endings.

    A rare token that is a known word plus an attached pronoun (معاقله, نظرائه), a proclitic
    (بالبنتاجون) or a dual/plural ending (السلالتين) is a valid word and must never be split; each
    stripped piece costs half a zipf point.
    """
    best = _zipf(word)
    stems = [(word, 0.0)]
    for head in _CLITIC_HEADS:
        if word.startswith(head) and len(word) - len(head) >= 3:
            rest = word[len(head):]
            if head.endswith(("ال", "لل")):
                stems.append(("ال" + rest, 0.5))
            stems.append((rest, 0.5))
    for stem, cost in stems:
        best = max(best, _zipf(stem) - cost)
        bases = [(stem, cost)]
        for suf in _SUFFIXES:
            if stem.endswith(suf) and len(stem) - len(suf) >= 3:
                bases.append((stem[: -len(suf)], cost + 0.5))
        for base, c in bases:
            best = max(best, _zipf(base) - c)
            if base.endswith("ت"):  # قدرتها → قدرة
                best = max(best, _zipf(base[:-1] + "ة") - c - 0.5)
            elif base.endswith(("ئ", "ؤ")):  # نظرائه → نظراء
                best = max(best, _zipf(base[:-1] + "ء") - c - 0.5)
            for end in _ENDINGS:
                if base.endswith(end) and len(base) - len(end) >= 3:
                    root = base[: -len(end)]
                    best = max(best, _zipf(root) - c - 0.5)
                    if root.endswith("ت"):
                        best = max(best, _zipf(root[:-1] + "ة") - c - 0.5)
                    else:
                        best = max(best, _zipf(root + "ة") - c - 0.5)
    return best


_DEFINITE_HEADS: Final = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال")
_NEXT_WORD_HEADS: Final = ("ال", "وال", "فال", "بال", "لل", "و", "ف")


def _pair_score(a: str, b: str, definite: bool, g: _GlueData, raw_a: str = "", raw_b: str = "") -> float:
    """Score of a boundary between ``a`` and ``b`` (the weaker part's zipf), or -1 if impossible.

    Conservative by construction: parts are at least four letters (foreign names fall apart into
    three-letter syllables that happen to be words: بيل مار, جود يون); two-letter particles may
    stand first only before an article (فيالعراق) and لا before a verb or noun (لايريدان); a
    glued definite noun (الولاياتالمتحدة) is followed by an article or a conjunction, never by a
    bare word (الاميركان ↛ الامير كان). Pronoun suffixes and verb endings are never parts.
    """
    if a in g.function_words and b not in g.clitic_only and (b == "ان" or b not in g.never_parts):
        fw = _function_word_score(a, b, g, raw_a, raw_b)
        if fw >= 0:
            return fw
    if b == "من" and len(a) >= 4 and a not in g.never_parts and a not in g.clitic_only \
            and a not in g.name_heads and _zipf(a + b) == 0.0:
        # معظمهممن: a word glued to the preposition من (never to an ending such as الرحمن)
        za = max(_zipf(a), _inflected_zipf(a))
        return za if za >= g.part_min + 0.5 else -1.0
    if a in g.prep_bare_first and b.startswith("ال") and len(b) >= 5 and "ال" + a not in b[:4]:
        # منالحدود: a two-letter preposition glued to a definite noun
        zb = _zipf(b)
        return zb if zb >= g.part_min else -1.0
    if a in g.prep_bare_first and not b.startswith("ال") and len(b) >= 4 and b not in g.never_parts:
        zb = _zipf(b)  # منتفجير: checked before never_parts, which lists من as a suffix
        return zb if zb >= g.prep_bare_min else -1.0
    if definite and len(a) >= 5 and b in g.function_words and len(b) >= 3:
        # البابأمام: a definite noun glued to the preposition after it
        score = min(_zipf(a), _zipf(b))
        return score if _zipf(a) >= g.part_min and _zipf(b) >= g.function_short_min - 0.5 else -1.0
    if a in g.never_parts or b in g.never_parts or a in g.clitic_only or a in g.name_heads:
        return -1.0
    final_form = a[-1] in "ةى"
    if a in g.negations:
        la = a.endswith("لا")
        if len(b) < 3 or (la and not raw_a.endswith("لا")):  # ولأمكنت is و+ل+أمكنت, not a negation
            return -1.0
        # after لا: an imperfect verb (لايريدان) or a very common noun (لاضرورة); a rarer
        # noun after "لا" is usually a foreign name (لافيغا, لاهاي). لم / لن take a verb only.
        zb = _zipf(b)
        if not la:  # لم / لن + ي (لميعد); لمت / لنت is ل + متظاهر / نتمكن
            return zb if b[0] == "ي" and zb >= g.part_min else -1.0
        if b[0] in "تن":  # لاتزال, لانريد; لاتشين, لاتفيا are names: the verb must be common
            return zb if zb >= g.la_tn_rest_min + (0.5 if b.startswith("تش") else 0.0) else -1.0
        if b[0] in "يا":
            return zb if zb >= g.la_rest_min else -1.0
        return zb if len(b) >= 4 and zb >= g.la_noun_min else -1.0
    if a in g.prep_bare_first and not b.startswith("ال") and len(b) >= 3:
        # فيعدة, فيولاية: a preposition glued to a very common bare noun
        zb = _zipf(b)
        return zb if zb >= (g.prep_bare3_min if len(b) == 3 else g.prep_bare_min) else -1.0
    if len(b) < 4:
        return -1.0
    if len(a) == 2:
        if a not in g.short_first or not b.startswith("ال"):
            return -1.0
    elif len(a) == 3:
        # a three-letter word (مصر, قال) before an article, bare or after و (مصروالسعودية); not
        # before a bare و (عملواعلى is عملوا على)
        if (not (b.startswith("ال") or (b.startswith("وال") and len(b) >= 6 and not a.startswith("ال")))
                or _zipf(a) < g.part_min + 1.0):
            return -1.0
    linked = final_form or any(b.startswith(h) and len(b) - len(h) >= 3 for h in _NEXT_WORD_HEADS)
    if definite and not linked:
        return -1.0
    zb = _zipf(b)
    if len(a) >= 4 and b.startswith("ال") and zb < g.part_min:
        zb = max(zb, _inflected_zipf(b))  # إعلانالانفصاليين: a plural of a common noun
    score = min(_zipf(a), zb)
    # two bare words (هاجرإليها) need both to be very common: transliterated names fall apart
    # into word-like halves (باري كيلو, دانا بالا) that are merely common
    if score < (g.part_min if linked else g.bare_pair_min):
        return -1.0
    return score + (1.0 if final_form else 0.0) + (0.5 if b.startswith("ال") else 0.0)


@cache
def _kb_single_names() -> frozenset[str]:
    """One-word names of the KB (countries, cities, groups, people), normalised, unambiguous only."""
    return _unambiguous_aliases(lambda key: " " not in key and len(key) >= 3)


def _unambiguous_aliases(keep: Callable[[str], bool]) -> frozenset[str]:
    """Normalised KB aliases that ``keep`` accepts and that no entry marks as needing context."""
    from rasid.entities.kb import load_kb

    kb = load_kb()
    return frozenset(key for key, ids in kb.alias_index.items()
                     if keep(key) and not any(kb.entries[i].is_ambiguous_alias(key) for i in ids))


def _kb_pair_split(bare: str) -> int | None:
    """Split point of two KB names joined by و without a space (روسياوأوكرانيا → روسيا وأوكرانيا).

    Frequencies cannot judge these: the second name with its و is often rare. Both parts must be
    whole one-word KB names and the token itself must not be a word.
    """
    if _zipf(bare) >= _glue_data().part_min:
        return None
    names = _kb_single_names()
    well_known = _glue_data().part_min + 1.0

    def name(part: str) -> bool:  # a three-letter name must be a well-known one (مصر, not نهم)
        return normalize(part) in names and (len(part) >= 4 or _zipf(part) >= well_known)

    for i in range(3, len(bare) - 3):
        if bare[i] == "و" and name(bare[:i]) and name(bare[i + 1:]):
            return i
    return None


@cache
def _kb_two_word_names() -> tuple[frozenset[str], frozenset[str]]:
    """Two-word names of the KB (دير الزور, إقليم كردستان), normalised, unambiguous only; and the
    one-word canonical names (بورتسودان), which are spelled solid on purpose."""
    from rasid.entities.kb import load_kb

    kb = load_kb()
    out = _unambiguous_aliases(lambda key: key.count(" ") == 1 and len(key) >= 8)
    solid = {normalize(e.name) for e in kb.entries.values() if " " not in e.name.strip()}
    return out, frozenset(solid)


def _kb_phrase_split(bare: str) -> int | None:
    """Split point of a two-word KB name written solid (ديرالزور → دير الزور).

    The token itself must be rare and each part at least three letters long.
    """
    if _zipf(bare) >= _glue_data().part_min:
        return None
    names, solid = _kb_two_word_names()
    if normalize(bare) in solid:
        return None
    for i in range(3, len(bare) - 2):
        if normalize(bare[:i] + " " + bare[i:]) in names:
            return i
    return None


@cache
def _kb_place_names() -> frozenset[str]:
    """One-word place names of the hand-curated KB (GPE, LOC), normalised, unambiguous, three letters
    or more (the gazetteer's generated towns are left out: many are common words)."""
    from rasid.entities.kb import load_kb

    kb = load_kb()
    return frozenset(key for key, ids in kb.alias_index.items()
                     if " " not in key and len(key) >= 3 and all(
                         kb.entries[i].type in ("GPE", "LOC") and not kb.entries[i].is_ambiguous_alias(key)
                         and not kb.entries[i].source_file.startswith("generated") for i in ids))


def _kb_place_tail_split(bare: str) -> int | None:
    """Split point of a common word glued to a KB place name after it (بريفإدلب → بريف إدلب,
    بمحافظةدرعا → بمحافظة درعا): the token is no word, the head is a common word (with its clitic)
    and the tail a whole one-word place name; the longest such name wins."""
    g = _glue_data()
    if _zipf(bare) >= g.part_min:
        return None
    names = _kb_place_names()
    for i in range(3, len(bare) - 2):
        if normalize(bare[i:]) not in names or (len(bare) - i == 3 and _zipf(bare[i:]) < g.part_min + 1.0):
            continue  # a three-letter name must be a well-known one (حلب, not a syllable)
        head = freq_key(bare[:i])
        if head in g.never_parts or head in g.clitic_only:
            continue
        if max(_zipf(head), _clitic_base_zipf(head)) >= g.part_min + 0.5:
            # the token is no inflected word either (checked last: only for a place-name tail)
            return i if _inflected_zipf(freq_key(bare)) < g.part_min else None
    return None


def _function_word_score(a: str, b: str, g: _GlueData, raw_a: str, raw_b: str) -> float:
    """Score of a frequent function word glued to the next word (إلىجانب, منذبداية, بعدأن), or -1.

    The next word must be very common; ``أن`` only as written with its hamza (بعدأن, not عليان);
    a function word spelled with a final ى must be written so (علىمواقع, not the name علي).
    """
    if raw_a and raw_a[-1] in "يى" and raw_a[-1] != ("ى" if a in g.alif_maqsura_words else raw_a[-1]):
        return -1.0
    if len(b) < 3:
        if b != "ان" or not raw_b.startswith(("أ", "إ")):
            return -1.0
    zb = _zipf(b)
    if len(b) == 3 and (b[0] in "وفبل" or b.startswith("ال")):  # كمالها, بينالي: a clitic + word
        return -1.0
    if b.startswith("ما"):  # عندماكان is عندما + كان
        return -1.0
    if zb < (g.function_rest_min if len(b) >= 4 else g.function_short_min):
        return -1.0
    return min(_zipf(a), zb) + 1.0


def _negated_verb(key: str, a: str, b: str, g: _GlueData) -> bool:
    """A negation particle glued to a very common imperfect verb (لايمكن, لاتزال, لميعد).

    The web text behind wordfreq writes such pairs solid often enough that the glued token looks
    attested; a very common verb that beats the token (as an inflected form) still marks a split.
    After لا the reading ل + أ... (لاتجاه = ل + اتجاه, لايدي = ل + أيدي) must not be a word.
    """
    if b[0] not in "يتن":
        return False
    zb = _zipf(b)
    if zb < g.neg_verb_min or zb < _inflected_zipf(key) + g.neg_verb_margin:
        return False
    return not (a.endswith("لا") and _zipf("ا" + b) >= g.la_alif_max)


@lru_cache(maxsize=200_000)
def _best_split(bare: str) -> tuple[int, ...]:
    """Split points of a mark-free Arabic token (in :func:`freq_key` form), ``()`` if one word.

    A token is split only when it is rare and every part is a common word: the weakest part must
    beat the token itself (as an inflected form, :func:`_inflected_zipf`) by ``margin`` points.
    """
    g = _glue_data()
    key = freq_key(bare)
    n = len(key)
    if n < g.min_len or n != len(bare):
        return ()
    num = g.number_re.fullmatch(key)
    if num and _zipf(key) < g.part_min:  # two number words written solid (ثلاثةعشر)
        return (num.end(1),)
    need = _inflected_zipf(key) + g.margin
    # a glued negation is judged against the token's own frequency only: the web text behind
    # wordfreq has the glued forms too (لايريد), so stripping endings would find them "attested"
    need_negation = _zipf(key) + g.margin
    definite = key.startswith(_DEFINITE_HEADS)
    best: tuple[float, tuple[int, ...]] = (-1.0, ())
    for i in range(2, n - 1):  # a two-letter second part only as أن after a function word
        score = _pair_score(key[:i], key[i:], definite, g, bare[:i], bare[i:])
        if score < 0:
            continue
        ok = score >= need
        if i == n - 2:  # function word + أن (بعدأن): "ان" is also a dual ending, judge the token as is
            ok = score >= need_negation
        elif key[:i] in g.negations:
            ok = score >= need_negation or _negated_verb(key, key[:i], key[i:], g)
        elif i == 2 and key[:i] in g.prep_bare_first:  # فيولاية: ف + يولاية is no reading to weigh
            ok = score >= need_negation
        if ok and score > best[0]:
            best = (score, (i,))
    if best[1]:
        return best[1]
    kb_cut = _kb_pair_split(bare) or _kb_phrase_split(bare) or _kb_place_tail_split(bare)
    if kb_cut:
        return (kb_cut,)
    if n < 12:
        return ()
    # three parts (سورياوالعراقولبنان): only when no two-way split exists, with a stricter margin
    for i in range(4, n - 8):
        for j in range(i + 4, n - 3):
            s1 = _pair_score(key[:i], key[i:j], definite, g)
            s2 = _pair_score(key[i:j], key[j:], key[i:j].startswith(_DEFINITE_HEADS), g) if s1 >= 0 else -1.0
            score = min(s1, s2)
            if score >= need + g.three_bonus and score > best[0]:
                best = (score, (i, j))
    return best[1]


def _digit_word_split(tok: str) -> int | None:
    """Split point between a number and a word glued to it (``40دولة``, ``عام2014``), or None."""
    g = _glue_data()
    m = re.fullmatch(rf"([{_DIGITS}]+)([{AR_LETTERS}]+)", tok)
    if m:
        word = m.group(2)
        if (len(word) >= 3 or freq_key(word) in g.short_first) and word not in g.clitic_only and (
                _zipf(word) >= g.digit_word_min or _clitic_base_zipf(word) >= g.digit_word_min + 0.5):
            return m.end(1)
        return None
    m = re.fullmatch(rf"([{AR_LETTERS}]+)([{_DIGITS}]+)", tok)
    if m:
        word = m.group(1)
        if (len(word) >= 3 and word not in g.clitic_only and not word.endswith(("ال", "لل"))
                and _zipf(word) >= g.digit_word_min):
            return m.end(1)
    return None


_GLUE_CHARS: Final = f"{AR_LETTERS}{AR_MARKS}{_DIGITS}"
#: candidate tokens only: five or more characters, or a short token mixing digits and letters
_GLUE_TOKEN_RE: Final = re.compile(
    rf"(?<![{_GLUE_CHARS}])(?:[{_GLUE_CHARS}]{{5,}}|[{_DIGITS}]+[{AR_LETTERS}{AR_MARKS}]+"
    rf"|[{AR_LETTERS}{AR_MARKS}]+[{_DIGITS}]+)(?![{_GLUE_CHARS}])")


def _token_cuts(tok: str) -> tuple[int, ...]:
    """Split points inside one surface token (indices into ``tok``), ``()`` when it stays whole.

    Decisions use the mark-free form, so diacritics never change them; cached per token because
    news vocabulary repeats heavily.
    """
    got = _TOKEN_CUTS.get(tok)
    return got if got is not None else remember(_TOKEN_CUTS, tok, _cuts_of(tok))


def _cuts_of(tok: str) -> tuple[int, ...]:
    idx = [k for k, c in enumerate(tok) if c not in _AR_MARK_SET]
    bare = "".join(tok[k] for k in idx) if len(idx) != len(tok) else tok
    cuts: tuple[int, ...]
    if any(c.isdigit() for c in bare):
        if bare.isdigit():
            return ()
        cut = _digit_word_split(bare)
        cuts = (cut,) if cut else ()
    elif len(bare) >= _glue_data().min_len:
        cuts = _best_split(bare)
    else:
        return ()
    return tuple(idx[c] for c in cuts)


def glue_splits(text: str) -> list[tuple[int, int, str, str]]:
    """Glued words in ``text``: ``(insert_at, token_start, glued_token, fixed)`` per split point."""
    out: list[tuple[int, int, str, str]] = []
    for m in _GLUE_TOKEN_RE.finditer(text):
        tok = m.group(0)
        if len(tok) < 3:
            continue
        cuts = _token_cuts(tok)
        if not cuts:
            continue
        pieces = [tok[a:b] for a, b in zip((0, *cuts), (*cuts, len(tok)), strict=True)]
        fixed = " ".join(pieces)
        for c in cuts:
            out.append((m.start() + c, m.start(), tok, fixed))
    return out


def split_glued(mt: MappedText) -> tuple[MappedText, list[dict[str, Any]]]:
    """Insert a space at every glued-word boundary; returns the new text and the evidence."""
    splits = glue_splits(mt.text)
    if not splits:
        return mt, []
    evidence: dict[tuple[str, str], dict[str, Any]] = {}
    for _, start, tok, fixed in splits:
        evidence.setdefault((tok, fixed), {"glued": tok, "fixed": fixed, "raw_start": mt.offsets[start]})
    return mt.edit([(p, p, " ") for p, _, _, _ in splits]), list(evidence.values())


# --------------------------------------------------------------------------------------------
# lines: boilerplate and headline


def _words(s: str) -> list[str]:
    return _WORD_RE.findall(s)


def _is_link_list(line: str, bp: _Boilerplate, n_words: int | None = None) -> bool:
    """Short items joined by separators (``فيسبوك | إكس | يوتيوب``, a breadcrumb)."""
    for sep in bp.separators:
        if sep == "»" and "«" in line:
            continue  # «الشرق الأوسط»: guillemets quote a name, they do not separate links
        if line.count(sep) >= 2 or (sep != "/" and line.count(sep) >= 1 and (
                len(_words(line)) if n_words is None else n_words) <= 6):
            items = [x.strip() for x in line.split(sep)]
            if all(len(_words(x)) <= bp.limits.get("link_item_max_words", 5) for x in items):
                return True
    return False


def _is_share_line(line: str, bp: _Boilerplate, n_words: int | None = None, norm: str | None = None) -> bool:
    """"Follow us on ..." / share lines: a follow verb or two or more social network names."""
    if (len(_words(line)) if n_words is None else n_words) > 30:
        return False
    norm = _norm_line(line) if norm is None else norm
    hits = len(set(bp.social_re.findall(norm)))
    if hits >= 2:
        return True
    return hits >= 1 and bool(bp.follow_re.search(norm))


_MAX_FURNITURE_CHARS: Final = 400


def boilerplate_reason(line: str, bp: _Boilerplate | None = None) -> str | None:
    """Why a line is site furniture wherever it appears (None when it may be article text)."""
    if len(line) > _MAX_FURNITURE_CHARS:  # site furniture is short; paragraphs are not
        return None
    bp = bp or _boilerplate()
    norm = _norm_line(line)
    if not norm:
        return "empty"
    if norm in bp.exact:
        return "boilerplate"
    # the prefix rules read only the start of the normalised line, and the normalised start of
    # a line is the start of its normalised form: normalising a window of it is enough unless
    # diacritics and spaces shrank the window below the longest prefix match
    cut = 4 * bp.prefix_window if bp.prefix_window else len(line)
    prefixed = norm_for_prefix(line[:cut])
    if len(line) > cut and len(prefixed) < bp.prefix_window:
        prefixed = norm_for_prefix(line)
    if bp.related_prefix_re.match(prefixed):
        return "related-link"
    words = _words(line)  # once: the checks below all count the same words
    n_words = len(words)
    if sum(1 for w in words if not w.isdigit()) <= 12 and bp.stamp_re.match(prefixed):
        return "timestamp"
    if _is_share_line(line, bp, n_words, norm):
        return "share"
    if n_words <= 6 and bp.byline_re.match(prefixed) and _SENT_MARK_RE.search(line) is None:
        return "byline"  # كتب - name, بقلم: name
    if n_words <= 16 and _CLOCK_RE.search(line) and _is_date_line(_CLOCK_RE.sub(" ", line), bp):
        return "timestamp"  # a date bar with a clock time is a publication stamp, not a dateline
    if _is_link_list(line, bp, n_words):
        return "link-list"
    if _is_menu_line(line, bp) or _is_dash_menu(line, bp):
        return "menu"
    return None


def _is_dash_menu(line: str, bp: _Boilerplate) -> bool:
    """A site menu joined by spaced dashes (``الموقع - الرئيسية - سوريا - تقارير - فيديو``).

    A headline may hold one or two spaced dashes (``أمريكية - تركية``); a menu has at least four
    items, all short, one of them a navigation word."""
    if line.count(" - ") < 3 or _HAS_SENT_PUNCT_RE.search(line) or any(c.isdigit() for c in line):
        return False
    items = [_words(x) for x in line.split(" - ")]
    if not all(0 < len(x) <= 3 for x in items):
        return False
    return any(_is_menu_word(_norm_line(" ".join(x)), bp) for x in items)


#: a clock time (11:45, 09:10 ص)
_CLOCK_RE: Final = re.compile(rf"(?<![{_DIGITS}])[{_DIGITS}]{{1,2}}:[{_DIGITS}]{{2}}(?![{_DIGITS}])")
#: a sentence mark anywhere / one followed by a space (a sentence break inside a line)
_SENT_MARK_RE: Final = re.compile(r"[.!?؟]")
_INNER_BREAK_RE: Final = re.compile(r"[.!?؟](?=\s)")
#: a numeric date (12/3, 2024-03)
_NUMERIC_DATE_RE: Final = re.compile(rf"[{_DIGITS}]\s*[/.-]\s*[{_DIGITS}]")


def norm_for_prefix(line: str) -> str:
    """Normalised line that keeps ``:`` and dashes (the related-link prefix rule needs them)."""
    return " ".join(normalize(line).lower().split())


def _is_label(line: str, bp: _Boilerplate) -> bool:
    """A short caption without sentence punctuation or numbers (section label, lone word)."""
    words = _words(line)
    return (0 < len(words) <= bp.limits.get("label_max_words", 3)
            and not _HAS_SENT_PUNCT_RE.search(line)
            and not any(c.isdigit() for c in line))


#: a dateline such as "بغداد - رويترز" or "عدن - 14 نوفمبر 2018": place, dash, agency or date
_DATELINE_RE: Final = re.compile(r"^\S+(?:\s\S+)?\s*(?:[-–—:]|\()")


def _is_dateline(line: str) -> bool:
    words = _words(line)
    return len(words) <= 6 and bool(_DATELINE_RE.match(line)) and (
        any(c.isdigit() for c in line) or "(" in line or len(words) <= 3)


def _is_date_line(line: str, bp: _Boilerplate) -> bool:
    """A publication-date line (``الخميس 23 محرم 1445 هـ - 10 أغسطس 2023 م``): only date words and
    numbers. Never the headline; above it a site's date bar (dropped), under it the article's own
    dateline (kept: its date is a time expression)."""
    if len(line) > 120 or not any(c.isdigit() for c in line):
        return False
    if "|" in line:
        # "الخليج | الثلاثاء 17 محرم 1438 هـ - 18 أكتوبر 2016 | العدد 5821": a masthead bar, the site's
        # name and issue number beside its date; every part is short and one part is a date
        parts = [x.strip() for x in line.split("|") if x.strip()]
        dates = [x for x in parts if _is_date_line(x, bp)]
        others = [x for x in parts if x not in dates]
        return bool(dates) and 0 < len(others) <= 2 and any(not any(c.isdigit() for c in x) for x in others) \
            and all(0 < len(_words(x)) <= 3 for x in others)
    words = _words(line)
    if not 2 <= len(words) <= bp.limits.get("date_line_max_words", 16):
        return False
    named = 0
    for w in words:
        if any(c.isdigit() for c in w):
            continue
        if _norm_line(w) not in bp.date_words:
            return False
        named += 1
    return named > 0 or _NUMERIC_DATE_RE.search(line) is not None


def _dateline_above(line: str) -> bool:
    """The line over a date bar under the headline is the article's dateline (``بغداد - وكالات``,
    ``أبوجا ــ العربي الجديد`` whose tatweel dash the repair removed): a place and an agency."""
    if _is_dateline(line):
        return True
    return 2 <= len(_words(line)) <= 4 and not any(c.isdigit() for c in line) and not _HAS_SENT_PUNCT_RE.search(line)


def _is_placed_date_bar(line: str) -> bool:
    """``بغداد – واشنطن | الثلاثاء 12 جمادى الأولى 1441 هـ - 7 كانون الثاني 2020``: the article's own
    dateline (places joined by a dash, then the date), not a masthead bar with the site's name."""
    head = line.split("|", 1)[0].strip() if "|" in line else ""
    return bool(head) and not any(c.isdigit() for c in head) and _is_dateline(head) and any(
        d in head for d in "-–—")


#: a Hijri year with its mark (1445 هـ) and a four-digit year elsewhere on the line
_HIJRI_YEAR_RE: Final = re.compile(rf"(?<![{_DIGITS}])[{_DIGITS}]{{3,4}}\s*هـ?(?![\w])")
_YEAR4_RE: Final = re.compile(rf"(?<![{_DIGITS}])[{_DIGITS}]{{4}}(?![{_DIGITS}])")


def _is_two_calendar_bar(line: str, bp: _Boilerplate) -> bool:
    """A date bar giving the day in both calendars (Hijri with its هـ mark or a Hijri month's name, and
    Gregorian): الجمعة 5 رجب 1445 هـ - 17 كانون الثاني 2024, الجمعة 3 رجب 1443 - 4 شباط 2022."""
    if len(_YEAR4_RE.findall(line)) < 2:
        return False
    if _HIJRI_YEAR_RE.search(line) is None and _hijri_month_words().isdisjoint(_norm_line(line).split()):
        return False
    return _is_date_line(line, bp)


@cache
def _hijri_month_words() -> frozenset[str]:
    """First words of the Hijri month names (رجب, شعبان, جمادى), normalised."""
    t = _load_yaml("time_lexicon.yaml")
    return frozenset(_norm_line(x).split()[0] for group in (t.get("hijri_months") or {}).values()
                     for x in group or [] if _norm_line(x))


def _is_menu_line(line: str, bp: _Boilerplate) -> bool:
    """A site menu printed as words separated by spaces (``الرئيسية أخبار العالم اقتصاد``)."""
    if len(line) > 200 or _HAS_SENT_PUNCT_RE.search(line) or any(c.isdigit() for c in line):
        return False
    words = _words(line)
    if len(words) < 3 or len(words) > 15:
        return False
    hits = sum(1 for w in words if _is_menu_word(_norm_line(w), bp))
    return hits >= bp.limits.get("menu_min_words", 3) and hits >= 0.6 * len(words)


def _is_menu_word(norm: str, bp: _Boilerplate) -> bool:
    """A navigation word, with or without the article (البث المباشر as بث مباشر)."""
    return norm in bp.menu_words or (norm.startswith("ال") and len(norm) >= 5 and norm[2:] in bp.menu_words)


#: a preposition after a related-news header that introduces the site's name (اقرأ أيضا في <outlet>)
_SITE_PREPS: Final = frozenset(("في", "علي", "عبر", "من"))


def _is_related_header(norm: str, bp: _Boilerplate) -> bool:
    """A related-news header, listed or of the form "... ذات صلة" (normalised line)."""
    if norm in bp.related_headers:
        return True
    words = norm.split()
    n = len(words)
    for h in (2, 3):
        # "اقرأ أيضا في النهار الجديد", "أخبار ذات صلة على موقعنا": a header naming the site
        if h + 2 <= n <= h + 5 and words[h] in _SITE_PREPS and " ".join(words[:h]) in bp.related_headers:
            return True
    return (n <= bp.limits.get("related_header_max_words", 4)
            and any(norm.endswith(" " + suf) for suf in bp.related_suffixes))


def _is_headline(line: str, bp: _Boilerplate) -> bool:
    """Headline-sized: a handful of words, not ending like a sentence of body text."""
    words = _words(line)
    if not words or len(words) > bp.limits.get("title_max_words", 30):
        return False
    if len(line) > bp.limits.get("title_max_chars", 250):
        return False
    if _LINE_END_PUNCT_RE.search(line) and not line.rstrip().endswith(("..", "…")):
        return False
    # a headline is one statement: at most one inner sentence break (".." / ":" style)
    inner = _INNER_BREAK_RE.findall(line.rstrip(_SENT_END + " "))
    return len(inner) <= 1


def _is_credit_line(line: str, bp: _Boilerplate) -> bool:
    """``(إعداد قسم الأخبار العربية للنشر)``, ``(تحرير: فلان)``: a short credit in parentheses."""
    s = line.strip()
    if not (s.startswith("(") and s.endswith(")")) or not 2 <= len(_words(s)) <= 10:
        return False
    inner = _words(s)
    return bool(bp.source_re.match(norm_for_prefix(inner[0] + ": " + " ".join(inner[1:]))))


#: an agency's sign-off under the story: an optional bracketed agency code and the editors' initials,
#: single or paired letters split by slashes or dots (``(وأخ) م ع / ح ص``, ``(أ ف ب) ع.ن``)
_SIGNOFF_RE: Final = re.compile(r"^(?:\([\w\s.]{1,12}\)\s*)?[\u0600-\u06ff]{1,2}(?:[\s./]+[\u0600-\u06ff]{1,2}){1,6}\.?$")


def _same_line(a: str, b: str) -> bool:
    return _norm_line(a) == _norm_line(b)


@dataclass(slots=True)
class _Dropped:
    line: MappedText
    reason: str


def _select_lines(lines: list[MappedText], given_title: str | None
                  ) -> tuple[list[MappedText], MappedText | None, list[_Dropped]]:
    """Drop furniture lines, find the headline; returns body lines, the headline line, evidence."""
    bp = _boilerplate()
    dropped: list[_Dropped] = []
    lines = list(lines)

    reasons = [boilerplate_reason(ln.text, bp) for ln in lines]
    # a masthead: the site's name on the first line, right above the site's navigation menu
    top = [x for x, r in enumerate(reasons) if r != "empty"][:4]
    # (the site's date bar may stand above the name, or between the name and the menu)
    if len(top) >= 3 and reasons[top[0]] is None and _is_date_line(lines[top[0]].text, bp):
        top = top[1:]
    dated = len(top) >= 3 and reasons[top[1]] is None and _is_date_line(lines[top[1]].text, bp)
    if dated:
        top = [top[0], top[2]]
    if len(top) >= 2 and reasons[top[0]] is None \
            and len(_words(lines[top[0]].text)) <= 5 and not _HAS_SENT_PUNCT_RE.search(lines[top[0]].text) \
            and (reasons[top[1]] in ("menu", "link-list")
                 # or an outlet's name (صحيفة / وكالة / قناة ...) over the site's date bar
                 or (dated and _norm_line(_words(lines[top[0]].text)[0]) in _OUTLET_WORDS)):
        reasons[top[0]] = "masthead"

    # trailing block of other headlines, introduced by a related-news header or link line:
    # everything from the marker on is dropped when the rest is headline-sized or furniture
    window = bp.limits.get("tail_window", 15)
    max_words = bp.limits.get("headline_list_max_words", 25)
    for k in range(max(1, len(lines) - window), len(lines)):
        norm = _norm_line(lines[k].text)
        if not (_is_related_header(norm, bp) or reasons[k] == "related-link"):
            continue
        if all(reasons[j] or (len(_words(lines[j].text)) <= max_words and _is_headline(lines[j].text, bp))
               for j in range(k + 1, len(lines))):
            for j in range(k, len(lines)):
                dropped.append(_Dropped(lines[j], reasons[j] or "related-list"))
            lines, reasons = lines[:k], reasons[:k]
            break

    # lines that are furniture wherever they are
    kept: list[MappedText] = []
    for ln, reason in zip(lines, reasons, strict=True):
        if reason:
            dropped.append(_Dropped(ln, reason))
        else:
            kept.append(ln)
    lines = kept

    # leading section labels / breadcrumbs
    while len(lines) >= 2 and _is_label(lines[0].text, bp):
        first, second = lines[0].text, lines[1].text
        listed = _norm_line(first) in bp.section_labels
        # an unlisted short line is a label only when a headline follows it, followed by text
        structural = (len(_words(first)) <= 2 and _is_headline(second, bp) and len(lines) >= 3
                      and not _same_line(first, second)) or (
            # a section label above the headline that the page prints twice
            len(lines) >= 3 and not _same_line(first, second) and _same_line(second, lines[2].text)
            and _is_headline(second, bp) and len(_words(second)) > len(_words(first)))
        if listed or structural:
            dropped.append(_Dropped(lines.pop(0), "section-label"))
        else:
            break

    # headline: given (from metadata) or the first headline-sized line followed by more text
    title_line: MappedText | None = None
    if lines:
        # a site's date bar (الخميس 23 محرم 1445 هـ - 10 أغسطس 2023 م) or a "place - agency" dateline
        # may stand above the headline: never the title, the headline under it is
        k = 0
        while k < min(2, len(lines) - 1) and (_is_date_line(lines[k].text, bp) or _is_dateline(lines[k].text)):
            k += 1
        if given_title:
            gnorm = _norm_line(given_title)
            if _norm_line(lines[0].text) == gnorm:  # the given headline itself may look like a dateline
                k = 0
            while len(lines) > k and (_norm_line(lines[k].text) == gnorm or (
                    len(lines) > k + 1 and _is_headline(lines[k].text, bp)
                    and _norm_line(lines[k].text) and _norm_line(lines[k].text) in gnorm
                    and len(_norm_line(lines[k].text)) >= 0.6 * len(gnorm))):
                ln = lines.pop(k)
                title_line = title_line or ln
                dropped.append(_Dropped(ln, "title"))
        elif (len(lines) >= k + 2 and _is_headline(lines[k].text, bp) and len(_words(lines[k].text)) >= 2
              and not _is_dateline(lines[k].text) and not _is_date_line(lines[k].text, bp)):
            title_line = lines.pop(k)
            # the headline printed again, right under it or under a dateline / date bar
            j = k
            while len(lines) > j and j < k + 2:
                if _same_line(lines[j].text, title_line.text):
                    dropped.append(_Dropped(lines.pop(j), "repeated-title"))
                    # a date bar between the headline and its repetition is the page's, not the
                    # article's dateline (which stands under the last copy of the headline)
                    for d in reversed(range(k, j)):
                        if _is_date_line(lines[d].text, bp):
                            dropped.append(_Dropped(lines.pop(d), "date-bar"))
                elif _is_date_line(lines[j].text, bp) or _is_dateline(lines[j].text):
                    j += 1
                else:
                    break
        if title_line is not None:
            # a date bar above the headline is page furniture (often the day the page was served);
            # the article's own dateline, under the headline, stays in the text -- unless it is the
            # site's two-calendar bar (الجمعة 5 رجب 1445 هـ - 17 كانون الثاني 2024): furniture too
            # (kept when it belongs to a dateline: "أبوجا - وكالة" on the line above, or "بغداد – واشنطن |
            # date" on one line)
            for j in range(k, min(k + 2, len(lines) - 1)):
                if _is_two_calendar_bar(lines[j].text, bp) and not _is_placed_date_bar(lines[j].text) \
                        and not (j > k and _dateline_above(lines[j - 1].text)):
                    dropped.append(_Dropped(lines.pop(j), "date-bar"))
                    break
            for j in reversed(range(k)):
                if _is_date_line(lines[j].text, bp):
                    dropped.append(_Dropped(lines.pop(j), "date-bar"))

    # lone trailing labels (a section word or "the report" left after the last paragraph) and
    # short credit lines (المصدر: وكالات)
    while len(lines) >= 2:
        last = lines[-1].text
        if _is_label(last, bp):
            dropped.append(_Dropped(lines.pop(), "trailing-label"))
        elif len(_words(last)) <= 6 and bp.source_re.match(norm_for_prefix(last)):
            dropped.append(_Dropped(lines.pop(), "source-line"))
        elif _is_credit_line(last, bp):
            dropped.append(_Dropped(lines.pop(), "credit-line"))
        elif _SIGNOFF_RE.match(last.strip()):
            dropped.append(_Dropped(lines.pop(), "signoff"))
        else:
            break

    return lines, title_line, dropped


# --------------------------------------------------------------------------------------------
# the stage


def looks_like_html(s: str) -> bool:
    """A string that starts with ``<`` and has HTML tags (input to pass through trafilatura)."""
    return bool(_HTML_START_RE.match(s[:200])) and bool(_HTML_TAG_RE.search(s[:20000]))


def _from_html(doc: Document) -> None:
    from rasid.readers import extract_html

    ext = extract_html(doc.raw)
    doc.meta["raw_format"] = "html"
    doc.meta["html_chars"] = len(doc.raw)
    if ext is None:
        doc.meta["html_no_article"] = True
        doc.raw = ""
        return
    from rasid.pubdate import record_html

    record_html(doc, doc.raw, ext.date)  # metadata dates as evidence; may fill a missing published
    doc.raw = ext.text
    if doc.title is None and ext.title:
        doc.title = ext.title
        doc.meta["title_from"] = "html"
    if doc.source is None and ext.sitename:
        doc.source = ext.sitename
    if doc.url is None and ext.url:
        doc.url = ext.url


def clean_text(raw: str, title: str | None = None) -> tuple[MappedText, str | None, dict[str, Any]]:
    """Repair ``raw``; returns the mapped body text, the detected headline (or None) and evidence."""
    mt = repair_chars(MappedText.from_raw(raw))
    lines = split_lines(mt)
    body, title_line, dropped = _select_lines(lines, title)
    evidence: dict[str, Any] = {}
    detected: str | None = None
    if title_line is not None and title is None:
        fixed_title, _ = split_glued(title_line)
        detected = fixed_title.text
    body_mt = MappedText.join(body, "\n") if body else MappedText("", (len(raw),))
    body_mt, splits = split_glued(body_mt)
    if dropped:
        evidence["dropped"] = [{"text": d.line.text, "reason": d.reason, "raw_start": d.line.offsets[0]}
                               for d in dropped]
    if splits:
        evidence["glued"] = splits
    return body_mt, detected, evidence


def run(doc: Document) -> None:
    """Fill ``doc.text``, ``doc.raw_offsets``, ``doc.title`` (when not given) and ``doc.meta``."""
    if looks_like_html(doc.raw):
        _from_html(doc)
    body, detected, evidence = clean_text(doc.raw, doc.title)
    doc.text = body.text
    doc.raw_offsets = list(body.offsets)
    if doc.title is None and detected:
        doc.title = detected
        doc.meta.setdefault("title_from", "headline")
    elif doc.title is not None:
        # a given title gets the same character and glued-word repair as the body, on one line
        fixed = " ".join(repair_chars(MappedText.from_raw(doc.title)).text.split())
        doc.title = split_glued(MappedText.from_raw(fixed))[0].text if fixed else doc.title
    if evidence:
        doc.meta["clean"] = evidence
