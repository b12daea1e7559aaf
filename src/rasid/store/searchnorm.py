"""Arabic search normalisation shared by the index and the query, on every backend.

Arabic news writes the same word many ways: with or without hamza (أمريكي/امريكي), with a
spelling variant (أمريكي/أميركي), behind a conjunction and the article (والجنود), in a sound
plural (الأمريكيين) or a broken plural (جنود/جندي). A full-text engine that compares raw tokens
misses most of these, so both the document text and the query are turned into *index terms* by
the same chain:

1. :func:`rasid.arabic.normalize` (hamza/alif, ى/ي, ة/ه, diacritics, tatweel, digits);
2. clitic removal in the Light10 style (Larkey et al.): a leading و when the rest is long enough,
   then the article forms ال/بال/كال/فال/لل — conservative on purpose, so that the same word
   yields the same term whatever is attached to it;
3. light suffix stemming (sound plurals, nisba, feminine, a few pronouns) keeping ≥ 3 letters;
4. a small lexicon (``data/search_synonyms.yaml``) folding broken plurals, spelling variants and
   news near-synonyms into one term.

Documents keep one term per word (stop words included) so a hit on term *i* maps back to word
*i* of the text — that is how snippets mark the original words on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from rasid.arabic import DIACRITICS, TATWEEL, is_arabic, normalize
from rasid.yamlload import safe_load

#: a word: letters/digits plus the diacritics and tatweel that may sit inside Arabic words
WORD_RE = re.compile(rf"[\w{DIACRITICS}{TATWEEL}]+")
_NON_WORD_RE = re.compile(r"[^\w]+")
_ARTICLES = ("بال", "كال", "فال", "لل", "ال")
_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
_MIN_STEM = 3


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a text with its offsets and its index term."""

    start: int
    end: int
    term: str


def light_stem(word: str) -> str:
    """Clitic removal and light suffix stemming of an already normalised word."""
    if word.startswith("و") and len(word) - 1 >= 3:
        word = word[1:]
    for art in _ARTICLES:
        if word.startswith(art) and len(word) - len(art) >= 2:
            word = word[len(art):]
            break
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= _MIN_STEM:
            word = word[: -len(suf)]
    return word


def _base_term(token: str) -> str:
    n = _NON_WORD_RE.sub("", normalize(token)).lower()
    if not n or not is_arabic(n):
        return n
    return light_stem(n)


@cache
def _lexicon() -> tuple[dict[str, str], frozenset[str]]:
    """Load the synonym groups (stem → canonical stem) and the normalised stop words."""
    text = resources.files("rasid").joinpath("data", "search_synonyms.yaml").read_text(encoding="utf-8")
    data = safe_load(text) or {}
    mapping: dict[str, str] = {}
    for head, members in (data.get("groups") or {}).items():
        canon = _base_term(str(head))
        for member in [head, *(members or [])]:
            for word in WORD_RE.findall(str(member)):
                key = _base_term(word)
                if key and key != canon:
                    mapping.setdefault(key, canon)
    stop = frozenset(_NON_WORD_RE.sub("", normalize(str(w))).lower() for w in data.get("stopwords") or [])
    return mapping, stop


@lru_cache(maxsize=262_144)
def term(token: str) -> str:
    """The index term of one word (empty for a token with no letters or digits).

    Cached: news vocabulary is Zipfian, so most words of a new article were already seen.
    """
    base = _base_term(token)
    return _lexicon()[0].get(base, base)


def words(text: str) -> list[Word]:
    """Every word of ``text`` with offsets and term (one entry per word, stop words included)."""
    out: list[Word] = []
    for m in WORD_RE.finditer(text):
        t = term(m.group())
        if t:
            out.append(Word(m.start(), m.end(), t))
    return out


def index_text(text: str | None) -> str:
    """The space-joined term sequence stored in the full-text index for ``text``."""
    return " ".join(w.term for w in words(text or ""))


def query_terms(query: str) -> list[str]:
    """Terms of a user query: stop words dropped, duplicates removed, order kept."""
    _, stop = _lexicon()
    seen: dict[str, None] = {}
    for m in WORD_RE.finditer(query):
        raw = _NON_WORD_RE.sub("", normalize(m.group())).lower()
        if not raw or raw in stop:
            continue
        t = term(m.group())
        if t:
            seen.setdefault(t, None)
    return list(seen)


def snippet(text: str, terms: Iterable[str], *, width: int = 30) -> str:
    """An HTML-escaped extract of ``text`` around the densest cluster of hits, hits in ``<mark>``.

    ``width`` is the window size in words. Without any hit the start of the text is returned.
    """
    wanted = set(terms)
    ws = words(text)
    if not ws:
        return html.escape(text[:200])
    hits = [i for i, w in enumerate(ws) if w.term in wanted]
    best = 0
    if hits:
        best_count, j = -1, 0
        for i, h in enumerate(hits):
            while hits[j] < h - width + 1:
                j += 1
            if i - j + 1 > best_count:
                best_count, best = i - j + 1, hits[j]
        best = max(0, min(best - 3, len(ws) - width))
    last = min(len(ws), best + width) - 1
    start = ws[best].start if best > 0 else 0
    end = ws[last].end if last < len(ws) - 1 else len(text)
    parts: list[str] = ["…" if start > 0 else ""]
    pos = start
    hit_set = set(hits)
    for i in range(best, last + 1):
        w = ws[i]
        if i in hit_set:
            parts.append(html.escape(text[pos:w.start]))
            parts.append(f"<mark>{html.escape(text[w.start:w.end])}</mark>")
            pos = w.end
    parts.append(html.escape(text[pos:end]))
    if end < len(text.rstrip()):
        parts.append("…")
    return "".join(parts)
