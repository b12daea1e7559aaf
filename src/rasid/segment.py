"""Stage ``segment``: sentences and tokens (with clitic segmentation) over the cleaned text.

Sentences end at Arabic and Latin sentence punctuation (``. ! ? ؟ ؛ …``) and at line breaks
(cleaning keeps paragraphs as ``\\n``). Quotations are respected: a full stop inside «…», “…”
or "…" does not end the sentence, unless the quotation never closes on its line or runs past
``max_quote_chars`` (a scraper lost the closing mark), so one stray « cannot swallow an article.

Tokens are words, numbers and punctuation marks. Arabic words are segmented into proclitics
(و ف ب ك ل س and the article ال), a stem and an attached pronoun (ه ها هم هما هن كم كما نا ني ي),
conservatively: a clitic is taken off only when what remains is a word attested in the wordfreq
Arabic frequencies at least about as well as the whole token, so names and words that merely
begin with و/ب/ل (وزير, بغداد, لبنان) stay whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Final

from rasid.arabic import normalize
from rasid.clean import AR_LETTERS, AR_MARKS, freq_key, word_zipf
from rasid.model import Document, Sentence, Token
from rasid.yamlload import safe_load

_DIGITS: Final = "0-9\u0660-\u0669\u06f0-\u06f9"
#: Arabic words first (the common case), numbers with separators, Latin words, any other mark
_TOKEN_RE: Final = re.compile(
    rf"[{AR_LETTERS}{AR_MARKS}]+\u0640?"
    rf"|[{_DIGITS}]+(?:[.,\u066b\u066c][{_DIGITS}]+)*"
    r"|[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)*"
    r"|\S"
)
_MARK_SET: Final = frozenset(chr(c) for c in range(0x610, 0x61B)) | frozenset(
    chr(c) for c in range(0x64B, 0x660)) | {"\u0670", "\u0640"} | frozenset(chr(c) for c in range(0x6D6, 0x6EE))
#: runs of sentence-final punctuation, then any closing quotes/brackets that belong to the sentence
_TERMINATOR_RE: Final = re.compile(r"[.!?؟؛…]+[»”’\"')\]›]*")
_CLOSERS: Final = "»”’\"')]›"


@dataclass(frozen=True, slots=True)
class _Lexicon:
    no_article: frozenset[str]
    no_proclitic: frozenset[str]
    paired: dict[str, str]
    symmetric: frozenset[str]
    max_quote: int
    quote_re: re.Pattern[str]


@cache
def _lexicon() -> _Lexicon:
    with resources.files("rasid.data").joinpath("segment_lexicon.yaml").open("r", encoding="utf-8") as fh:
        d = safe_load(fh) or {}
    paired = {a: b for a, b in d.get("paired_quotes", [])}
    symmetric = frozenset(d.get("symmetric_quotes", []))
    # only opening marks of pairs, their closers and symmetric marks are interesting
    quote_chars = set(paired) | set(paired.values()) | set(symmetric)
    return _Lexicon(
        no_article=frozenset(freq_key(w) for w in d.get("no_article_split", [])),
        no_proclitic=frozenset(freq_key(w) for w in d.get("no_proclitic_split", [])),
        paired=paired,
        symmetric=symmetric,
        max_quote=int(d.get("max_quote_chars", 600)),
        quote_re=re.compile("[" + "".join(re.escape(c) for c in sorted(quote_chars)) + "]"),
    )


def warm_up() -> None:
    """Load the lexicon and the shared frequency table once per process."""
    _lexicon()
    word_zipf("في")


# --------------------------------------------------------------------------------------------
# sentences


def _quote_spans(line: str, lex: _Lexicon) -> list[tuple[int, int]]:
    """Protected (start, end) ranges of quotations that close within the line and the limit."""
    marks = [(m.start(), m.group(0)) for m in lex.quote_re.finditer(line)]
    if not marks:
        return []
    spans: list[tuple[int, int]] = []
    k, n = 0, len(marks)
    while k < n:
        i, ch = marks[k]
        close = lex.paired.get(ch)
        j = -1
        for k2 in range(k + 1, n):
            pos, c2 = marks[k2]
            if pos - i > lex.max_quote:
                break
            if (close is not None and c2 == close) or (close is None and c2 in lex.symmetric):
                j = k2
                break
        if j < 0:
            k += 1  # unclosed: ignore the mark
            continue
        spans.append((i, marks[j][0] + 1))
        k = j + 1
    return spans


def _is_decimal_point(text: str, m: re.Match[str]) -> bool:
    """A lone '.' between digits (2.5) or inside a Latin abbreviation (U.S.) is not a boundary."""
    s, e = m.start(), m.end()
    if m.group(0) != ".":
        return False
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    if before.isdigit() and after.isdigit():
        return True
    return before.isalpha() and before.isascii() and before.isupper() and (s < 2 or not text[s - 2].isalpha())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, whitespace-trimmed, covering every word."""
    lex = _lexicon()
    out: list[tuple[int, int]] = []

    def emit(s: int, e: int) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))

    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end]
        spans = _quote_spans(line, lex)
        start = 0
        for m in _TERMINATOR_RE.finditer(line):
            if _is_decimal_point(line, m):
                continue
            core_end = m.start() + len(m.group(0).rstrip(_CLOSERS))
            if any(a < m.start() < b and core_end < b for a, b in spans):
                continue  # inside a quotation
            emit(pos + start, pos + m.end())
            start = m.end()
        emit(pos + start, pos + len(line))
        if nl < 0:
            break
        pos = nl + 1
    return out


# --------------------------------------------------------------------------------------------
# tokens and clitics

#: two-letter particles that carry ني/نا (أنني, إننا, لدينا is three letters already)
_SHORT_HOSTS: Final = frozenset({"ان", "من", "عن", "مع"})
_PRONOUNS: Final = ("هما", "كما", "ها", "هم", "هن", "كم", "نا", "ني", "ه", "ي")
_CONJ: Final = ("", "و", "ف")
_PREP: Final = ("", "ب", "ك", "ل", "س")


def _prefixes() -> list[tuple[str, bool]]:
    """Every proclitic string with whether it carries the article, longest first."""
    out: dict[str, bool] = {}
    for c in _CONJ:
        for p in _PREP:
            for art in ("", "ال"):
                if p == "س" and art:
                    continue
                s = c + p + art
                if p == "ل" and art:
                    s = c + "لل"
                if s:
                    out[s] = bool(art)
    return sorted(out.items(), key=lambda kv: len(kv[0]), reverse=True)


_PREFIXES: Final = _prefixes()


@lru_cache(maxsize=200_000)
def clitics(bare: str) -> tuple[int, int]:
    """``(prefix_len, suffix_len)`` of a mark-free Arabic word (``(0, 0)`` when left whole).

    Candidates strip a proclitic string and/or a pronoun; each is scored by the frequency of its
    base form (with the article put back, ة restored before a pronoun) plus a small bonus per
    clitic, and the whole word competes with its own frequency, so ``وقال`` → و+قال while
    ``فقط`` and ``كبار`` stay whole. Definite words take no pronoun; ``س`` only precedes an
    imperfect verb; single-letter proclitics other than و/ف need a stem of three letters.
    """
    lex = _lexicon()
    key = freq_key(bare)
    if len(key) < 3:
        return (0, 0)
    whole = word_zipf(key)
    best = (whole, 0, 0)
    # a definite word (ال + word) takes no pronoun, even when it also reads as ألف + ني (الفني)
    definite_looking = bare.startswith("ال") and word_zipf(key[2:]) >= 3.5
    for pre, art in [("", False), *_PREFIXES]:
        # compared on the unfolded spelling: آلاف and ألمانيا do not start with the article
        if pre and not bare.startswith(pre):
            continue
        if pre and key in lex.no_proclitic:
            continue
        if len(pre) > 1 and pre[0] in "وف" and key[1:] in lex.no_proclitic:
            continue  # وكذلك is و + كذلك
        rest = key[len(pre):]
        if art and "ال" + rest in lex.no_article:
            continue  # والتي is و + التي, not و + ال + تي
        if pre and pre[-1] in "بكلس" and rest[:1] in ("و", "ف") and word_zipf(rest[1:]) >= 5.0:
            continue  # a conjunction never follows a preposition: كوفي is not ك + وفي
        min_stem = 2 if (art or pre in ("و", "ف")) else 3
        for suf in ("", *_PRONOUNS):
            if suf and (art or not rest.endswith(suf) or (not pre and definite_looking)):
                continue
            stem = rest[: len(rest) - len(suf)]
            if len(stem) < (min_stem if pre else 2) or (not pre and not suf):
                continue
            if pre.endswith("س") and bare[len(pre):len(pre) + 1] not in ("ي", "ت", "ن", "أ"):
                continue  # the future prefix precedes an imperfect verb (سيكون), not سالم
            if suf in ("ي", "ني", "نا") and (stem.endswith("ا") or (len(stem) < 3 and stem not in _SHORT_HOSTS)):
                continue  # لبناني, توني, أمني: nisba endings and names, not pronouns
            if art and len(stem) == 2 and word_zipf(stem) < 3.5:
                continue  # ال + a two-letter word (الحب, الرد) only: اليه is إليه, not ال + يه
            if suf == "ي" and not pre:
                continue  # a bare final ي is far more often a nisba ending (عراقي) than "my"
            base = ("ال" + stem) if art else stem
            z = word_zipf(base)
            if suf and stem.endswith("ت"):  # قدرتها → قدرة
                z = max(z, word_zipf(stem[:-1] + "ة"))
            elif suf and stem.endswith(("ئ", "ؤ")):  # حلفائها → حلفاء
                z = max(z, word_zipf(stem[:-1] + "ء"))
            if art and whole < 3.0 and len(stem) >= 3:
                z = max(z, 2.5)  # an unknown name after the article (بالبنتاجون) is still article + name
            # a lone ف must beat the whole word (فيصل is a name, not ف + يصل)
            margin = 0.0 if pre == "ف" else 1.0
            if z < (3.5 if suf else 2.5) or z < whole - margin:
                continue  # a pronoun needs a well-attested base: سولانا is a name, not سولا + نا
            n_clitics = (1 if pre else 0) + (1 if suf else 0)
            score = z + 0.3 * n_clitics
            if score > best[0]:
                best = (score, len(pre), len(suf))
    return best[1], best[2]


def _segment_word(tok: str) -> tuple[str, str, str]:
    """Prefix, stem and suffix of a surface token (marks stay with the letter they follow)."""
    idx = [k for k, c in enumerate(tok) if c not in _MARK_SET]
    bare = "".join(tok[k] for k in idx)
    if len(bare) < 3 or len(bare) != len(freq_key(bare)):
        return "", tok, ""
    plen, slen = clitics(bare)
    if not plen and not slen:
        return "", tok, ""
    # cut points in the surface token: after the marks of the last prefix letter
    cut1 = idx[plen] if plen else 0
    cut2 = idx[len(bare) - slen] if slen else len(tok)
    return tok[:cut1], tok[cut1:cut2], tok[cut2:]


_LATIN_START: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") | frozenset(
    chr(c) for c in range(0xC0, 0x250))


@lru_cache(maxsize=200_000)
def _analysed(tok: str) -> tuple[str, str, str, str, bool]:
    """``(prefix, stem, suffix, norm, is_punct)`` of one token string (cached: vocabulary repeats)."""
    first = tok[0]
    if first.isdigit():
        return "", tok, "", normalize(tok), False
    if first in _LATIN_START:
        return "", tok, "", tok.lower(), False
    if len(tok) == 1 and not first.isalpha():
        return "", tok, "", tok, True
    pre, stem, suf = _segment_word(tok)
    return pre, stem, suf, normalize(stem), False


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with their clitic segmentation (``prefix + stem + suffix == text``)."""
    out: list[Token] = []
    append = out.append
    for m in _TOKEN_RE.finditer(text):
        s, e = m.span()
        t = text[s:e]
        pre, stem, suf, norm, punct = _analysed(t)
        append(Token(s, e, t, pre, stem, suf, norm, punct))
    return out


class LazyTokens(Sequence[Token]):
    """``tokenize(text)``, computed the first time it is read.

    The later stages run their own light tokenisers, so in a batch nobody reads the clitic
    segmentation: building ~400 ``Token`` objects per article for nothing cost ~6 % of the
    pipeline. Reading it (CLI text view, a caller of :func:`rasid.analyze`) builds it once.
    """

    __slots__ = ("_text", "_items")

    def __init__(self, text: str) -> None:
        self._text = text
        self._items: list[Token] | None = None

    def _list(self) -> list[Token]:
        if self._items is None:
            self._items = tokenize(self._text)
        return self._items

    def __getitem__(self, i):  # type: ignore[override]
        return self._list()[i]

    def __len__(self) -> int:
        return len(self._list())

    def __iter__(self) -> Iterator[Token]:
        return iter(self._list())

    def __eq__(self, other: object) -> bool:
        return list(self._list()) == list(other) if isinstance(other, Sequence) else NotImplemented

    def __repr__(self) -> str:
        return repr(self._list())


def run(doc: Document) -> None:
    """Fill ``doc.sentences`` and ``doc.tokens`` (built on first read) from ``doc.text``."""
    text = doc.text
    doc.sentences = [Sentence(s, e, text[s:e]) for s, e in split_sentences(text)]
    doc.tokens = LazyTokens(text)


def sentence_indexes(doc: Document, offsets: list[int]) -> list[int | None]:
    """:meth:`Document.sentence_index` of many offsets at once (the stages label every mention).

    One bisect per offset in compiled code instead of a Python-level binary search per call.
    """
    starts = [s.start for s in doc.sentences]
    ends = [s.end for s in doc.sentences]
    out: list[int | None] = []
    for off in offsets:
        i = bisect_right(starts, off) - 1
        out.append(i if i >= 0 and off < ends[i] else None)
    return out
