"""Arabic numbers in digits (any script) and words, shared by the quantities and times stages.

Both stages match on a *folded* copy of ``doc.text`` (see :func:`fold`): the one matching
normalisation of :mod:`rasid.arabic` with diacritics and tatweel removed, plus an index back to
the original characters, so a regex over the folded text yields offsets into ``doc.text``.

Number words come from ``data/number_words.yaml``. :data:`NUMBER_PATTERN` is a regex source (for
embedding into each stage's one combined regex) that matches digits with separators and an
optional scale word (``31 ألف``), word sequences (``ثلاثة آلاف وخمسمائة``) and vague amounts
(``عشرات``, ``مئات الآلاف``); :func:`parse_number` turns such a match into a value or a range.
:func:`to_words` writes an integer in words; the property tests use it to check that every integer
reads back to itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Final

from rasid.arabic import normalize
from rasid.yamlload import safe_load

_FILLER: Final = "\u200c"


@dataclass(frozen=True, slots=True)
class Folded:
    """Matching form of a text plus the original index of each of its characters."""

    text: str
    index: list[int] | None  # None: same length as the original (identity map)
    length: int              # length of the original text

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the folded span ``[start, end)``."""
        if self.index is None:
            return start, end
        if end <= start:
            pos = self.index[start] if start < len(self.index) else self.length
            return pos, pos
        return self.index[start], self.index[end - 1] + 1


def fold(text: str) -> Folded:
    """Fold ``text`` for matching (letters, digits, diacritics) keeping a map to the original.

    Diacritics and tatweel are dropped rather than kept as fillers so that a word written with a
    tanween (``حاليًا``) matches the plain lexicon form (``حاليا``). The last few results are
    cached: publication-date inference, quantities and times fold the same ``doc.text`` (and the
    raw text, and short snippets) one after the other, so a single slot kept being evicted.
    """
    for known, folded in _recent_folds:
        if known is text or known == text:
            return folded
    kept = normalize(text, keep_length=True)
    if _FILLER not in kept:
        out = Folded(kept, None, len(text))
    else:
        index: list[int] = []
        prev = 0
        for m in _FILLER_RE.finditer(kept):
            index.extend(range(prev, m.start()))
            prev = m.end()
        index.extend(range(prev, len(kept)))
        out = Folded(kept.replace(_FILLER, ""), index, len(text))
    _recent_folds.insert(0, (text, out))
    del _recent_folds[_RECENT_FOLDS:]
    return out


_FILLER_RE: Final = re.compile(_FILLER + "+")
#: most recent ``fold`` results, newest first (see :func:`fold`)
_recent_folds: list[tuple[str, Folded]] = []
_RECENT_FOLDS: Final = 4


def norm_word(s: str) -> str:
    """Lexicon form of a word or phrase: normalised, single spaces."""
    return " ".join(normalize(s).split())


@dataclass(frozen=True, slots=True)
class Number:
    """A parsed number: an exact ``value`` or, for vague amounts, a ``low``..``high`` range."""

    value: int | float | None
    low: int | float | None = None
    high: int | float | None = None
    vague: bool = False
    words: bool = False  # written in words rather than digits


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    words: dict[str, tuple[str, float]]      # folded form -> (kind, value)
    vague: dict[str, tuple[int, int]]        # folded form -> (low, high)
    scale_plural: frozenset[str]
    word_alt: str                            # regex alternation of every word form, longest first
    vague_alt: str
    scale_alt: str


def trie_alt(forms: Any) -> str:
    """Regex alternation of literal ``forms`` compiled as a prefix tree.

    Python's ``re`` tries the branches of ``a|b|c`` one by one at every position; factoring the
    common prefixes makes a lexicon of hundreds of words cost a few character tests per position.
    Longer continuations come first, so the longest form wins as in a longest-first alternation.
    """
    trie: dict[str, Any] = {}
    for f in set(forms):
        if not f:
            continue
        node = trie
        for ch in f:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return build(trie) or "(?!)"


_alt = trie_alt


def first_char_guard(pattern: str) -> str:
    """A look-ahead ``(?=[...])`` for the characters a match of ``pattern`` can start with, or "".

    Python's ``re`` tries the alternatives of a large ``a|b|c`` one by one, and an alternative
    that opens with look-behinds and optional words costs several steps to fail. Prefixed with
    this guard it fails on one character-class test. The set is read from the parsed pattern
    and is a superset (look-arounds are ignored); anything it cannot bound (``.``, negated
    classes, back-references, an alternative that may match the empty string) gives no guard.
    """
    try:
        from re import _constants as c  # type: ignore[attr-defined]  # noqa: PLC0415 - CPython's own regex parser (3.11+)
        from re import _parser  # type: ignore[attr-defined]
        found = _first_chars(_parser.parse(pattern).data, c)
    except Exception:  # noqa: BLE001 - another interpreter's internals: no guard, same matches
        return ""
    if found is None or found[1] or not found[0]:
        return ""
    return "(?=[" + "".join(sorted(found[0])) + "])"


_CLASS_CATEGORIES: Final = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}


def prefix_guard(pattern: str, depth: int = 4) -> str:
    """A look-ahead for the first ``depth`` characters a match of ``pattern`` can start with, or
    :func:`first_char_guard`'s one-character guard when the prefixes cannot be bounded.

    Where most words start with a letter some alternative may start with (``ال`` opens half of
    them), a one-character guard passes almost everywhere and the alternative runs anyway. This
    guard is a small trie over the first ``depth`` character classes of the pattern, read from the
    parsed pattern with look-arounds ignored (a superset, so the matches are the same), and
    ``الحكومة`` fails it on its third character.
    """
    try:
        from re import _constants as c  # type: ignore[attr-defined]  # noqa: PLC0415 - CPython's own regex parser (3.11+)
        from re import _parser  # type: ignore[attr-defined]
        found = _prefixes(_parser.parse(pattern).data, c, depth)
    except Exception:  # noqa: BLE001 - another interpreter's internals: the one-character guard
        found = None
    if found is None or () in found or len(found) > _MAX_PREFIXES:
        return first_char_guard(pattern)
    return "(?=" + _trie_of(found) + ")"


#: above this many prefix tuples the guard costs more than it saves
_MAX_PREFIXES: Final = 2000


def _trie_of(tuples: set[tuple[str, ...]]) -> str:
    """An alternation matching any of ``tuples`` (class items per character) as a prefix."""
    heads: dict[str, set[tuple[str, ...]]] = {}
    for t in tuples:
        heads.setdefault(t[0], set()).add(t[1:])
    parts = []
    for head in sorted(heads):
        tails = heads[head]
        parts.append(f"[{head}]" if () in tails else f"[{head}](?:{_trie_of(tails)})")
    return "|".join(parts)


def _class_item(op: Any, av: Any, c: Any) -> str | None:
    r"""The class text of one LITERAL or IN op (``ا``, ``0-9``, ``\d``), or None."""
    if op is c.LITERAL:
        return re.escape(chr(av))
    if op is not c.IN:
        return None
    out: list[str] = []
    for iop, iav in av:
        if iop is c.LITERAL:
            out.append(re.escape(chr(iav)))
        elif iop is c.RANGE:
            out.append(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
        elif iop is c.CATEGORY and getattr(iav, "name", "") in _CLASS_CATEGORIES:
            out.append(_CLASS_CATEGORIES[iav.name])
        else:
            return None
    return "".join(out)


def _prefixes(items: Any, c: Any, k: int) -> set[tuple[str, ...]] | None:
    """Class-item tuples (length <= ``k``) that the first characters of every match of the op
    sequence ``items`` follow; a tuple shorter than ``k`` means a match may end there. None when
    unbounded (``.``, negated classes, back-references, repeats of what may be empty)."""
    results: set[tuple[str, ...]] = {()}
    for op, av in items:
        if all(len(t) >= k for t in results):
            break
        step = _op_prefixes(op, av, c, k)
        if step is None:
            return None
        results = {t if len(t) >= k else (t + u)[:k] for t in results for u in step}
        if len(results) > _MAX_PREFIXES:
            return None
    return results


def _op_prefixes(op: Any, av: Any, c: Any, k: int) -> set[tuple[str, ...]] | None:
    """:func:`_prefixes` of one op."""
    if op is c.LITERAL or op is c.IN:
        item = _class_item(op, av, c)
        return None if item is None else {(item,)}
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {()}  # zero-width
    if op is c.SUBPATTERN:
        return None if av[1] else _prefixes(av[3].data, c, k)
    if op is c.BRANCH:
        out: set[tuple[str, ...]] = set()
        for alt in av[1]:
            sub = _prefixes(alt.data, c, k)
            if sub is None:
                return None
            out |= sub
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        lo, hi, body = av
        one = _prefixes(body.data, c, k)
        if one is None or () in one:
            return None
        res: set[tuple[str, ...]] = set()
        cur: set[tuple[str, ...]] = {()}
        for r in range(k + 1):
            if r >= lo:
                res |= cur
            if r >= hi:
                break
            cur = {t if len(t) >= k else (t + u)[:k] for t in cur for u in one}
        res |= {t for t in cur if len(t) >= k}
        return res
    return None


def _first_chars(items: Any, c: Any) -> tuple[set[str], bool] | None:
    """(class items a match of the op sequence ``items`` may start with, whether it may be
    empty), or None when unbounded; see :func:`first_char_guard`."""
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL or op is c.IN:
            item = _class_item(op, av, c)
            if item is None:
                return None
            out.add(item)
            return out, False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width
        if op is c.SUBPATTERN:
            if av[1]:  # inline flags such as (?i:...)
                return None
            alts = [av[3].data]
        elif op is c.BRANCH:
            alts = [a.data for a in av[1]]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            if av[1] == 0:
                continue
            alts = [av[2].data]
        else:
            return None
        empty = op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0
        for alt in alts:
            sub = _first_chars(alt, c)
            if sub is None:
                return None
            out |= sub[0]
            empty = empty or sub[1]
        if not empty:
            return out, False
    return out, True


@dataclass(frozen=True, slots=True)
class WordStarts:
    """Finds the matches of ``(?:(?<!\\w)|(?<=(?<!\\w)[C]))(?:BODY)`` (a word start, or the start
    after a proclitic ``C`` glued to a word) several times faster than ``finditer`` on it.

    Python's ``re`` searches a pattern that opens with a look-behind by trying a full match at
    every character. The scanner opens with a character class instead, so the C search skips
    inside words without a Python-level or a full match attempt: it consumes the character *before*
    the word start (a non-word character, or a proclitic that itself starts a word) and reads
    ``BODY`` in a look-ahead group. Position 0 has no character before it and is tried directly.
    """

    full: re.Pattern[str]
    scan: re.Pattern[str]

    @classmethod
    def build(cls, body: str, clitics: str) -> WordStarts:
        full = re.compile(rf"(?:(?<!\w)|(?<=(?<!\w)[{clitics}]))(?:{body})")
        scan = re.compile(rf"[\W{clitics}](?<!\w[{clitics}])(?=({body}))")
        return cls(full, scan)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``[(m.start(), m.end()) for m in self.full.finditer(text)]`` (leftmost, non-overlapping)."""
        out: list[tuple[int, int]] = []
        pos = 0
        m0 = self.full.match(text)
        if m0 is not None:
            pos = m0.end()
            out.append((0, pos))
        for m in self.scan.finditer(text):
            start, end = m.span(1)
            if start >= pos:
                out.append((start, end))
                pos = end
        return out


@cache
def lexicon() -> NumberLexicon:
    """Load ``number_words.yaml`` once."""
    data = safe_load(resources.files("rasid.data").joinpath("number_words.yaml").read_text("utf-8"))
    words: dict[str, tuple[str, float]] = {}

    def add(forms: list[str], kind: str, value: float) -> None:
        for f in forms:
            words.setdefault(norm_word(f), (kind, value))

    for value, forms in data["units"].items():
        add(forms, "unit", float(value))
    add(data["teen_one"], "teen_one", 1.0)
    for value, forms in data["tens"].items():
        add(forms, "ten", float(value))
    for value, forms in data["hundreds"].items():
        add(forms, "hundred", float(value))
    scale_plural: set[str] = set()
    scale_forms: set[str] = set()
    for value, kinds in data["scales"].items():
        add(kinds["one"], "scale", float(value))
        add(kinds["two"], "scale2", float(value))
        add(kinds["plural"], "scale", float(value))
        scale_plural.update(norm_word(f) for f in kinds["plural"])
        scale_forms.update(norm_word(f) for f in kinds["one"] + kinds["two"] + kinds["plural"])
    for value, forms in data["fractions"].items():
        add([f for f in forms if " " not in f], "fraction", float(value))
    vague = {norm_word(k): (int(v[0]), int(v[1])) for k, v in data["vague"].items()}
    return NumberLexicon(words, vague, frozenset(scale_plural), _alt(set(words)), _alt(set(vague)),
                         _alt(scale_forms))


_DIGITS: Final = r"\d{1,3}(?:[,٬]\d{3})+(?:[.٫]\d+)?(?!\d)|\d+(?:[.٫]\d+|,\d{1,2}(?!\d))?"


@cache
def number_pattern(compound: bool = True, clitics: str = "وب") -> str:
    """Regex source for one number in folded text (digits, words or a vague amount).

    The digit form may be glued to the next word (``40دولة``); word forms stand alone. A
    conjunction ``و`` may join words (``خمسة وعشرون``) and a fraction may follow (``ونصف``).
    With ``compound``, a number ending in a scale word may go on with ``و`` and a smaller part
    written in digits or words (``14 ألفا و128``, ``مليون و400 ألف``, ``3 آلاف وخمسمائة``);
    :func:`parse_number` rejects a part that is not smaller than the scale before it (``3 آلاف
    و5 آلاف`` is a range, not a sum), and callers then fall back to ``compound=False``.
    ``clitics`` are the proclitics a word number may carry: ``و``/``ب`` by default, not ``ل``
    (``لست`` = "I am not"), which a caller may allow where a unit follows (``لثلاثة أيام``).
    """
    lx = lexicon()
    word = rf"(?:{lx.word_alt})(?![\w])"
    frac = r"(?:\s*و\s*(?:نصف|ربع))"
    scale = rf"(?:{lx.scale_alt})(?![\w])"
    part = rf"\d{{1,3}}(?![\d,٬.٫])(?:\s*{scale})?"
    ctail = rf"(?:\s*و\s*(?:{part}|{word}(?:\s+و?\s*{word})*))?" if compound else ""
    wtail = rf"(?:\s*و\s*{part})?" if compound else ""
    digits = rf"(?:{_DIGITS})(?:{frac}?\s*{scale}{ctail})?"
    words = rf"(?:(?<![\w])|(?<=(?<![\w])[{clitics}])){word}(?:\s+و?\s*{word})*{wtail}"
    vague = rf"(?<![\w])(?:{lx.vague_alt})(?:\s+(?:من\s+)?(?:ال)?(?:{lx.scale_alt}))?(?![\w])"
    return rf"(?:{vague}|{digits}|{words})"


@cache
def _full_re() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{number_pattern()})\s*")


_DIGIT_SPLIT_RE: Final = re.compile(rf"({_DIGITS})(.*)", re.S)
_TOKEN_RE: Final = re.compile(r"[^\s]+")


def _num(x: float) -> int | float:
    return int(x) if float(x).is_integer() else round(x, 6)


def parse_digits(s: str) -> float | None:
    """``2,500`` → 2500, ``1.5`` / ``1٫5`` / ``1,5`` → 1.5 (ASCII digits expected)."""
    s = s.replace("٬", ",").replace("٫", ".")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        s = s.replace(",", "")
    elif re.fullmatch(r"\d+,\d{1,2}", s):
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _parse_words(tokens: list[str]) -> float | None:
    lx = lexicon()
    total = cur = 0.0
    last_kind = ""
    last_unit = 0.0
    last_scale = 0.0
    joined_group = False
    for tok in tokens:
        joined = False
        if tok not in lx.words and tok.startswith("و") and tok[1:] in lx.words:
            tok, joined = tok[1:], True
        if tok not in lx.words:
            return None
        kind, v = lx.words[tok]
        if joined and last_kind in ("scale", "scale2"):
            joined_group = True  # a new group after a scale word: "آلاف وخمسة ..."
        if kind == "unit":
            cur += v
            last_unit = v if v < 10 else 0.0
        elif kind == "teen_one":
            cur += 1
            last_unit = 1.0
        elif kind == "ten":
            cur += v
        elif kind == "hundred":
            if v == 100 and last_kind == "unit" and 1 <= last_unit <= 9:
                cur += last_unit * 100 - last_unit  # ثلاث مائة
            else:
                cur += v
        elif kind == "scale" and not cur and not joined and last_kind in ("scale", "scale2") and total:
            total *= v  # "ألف مليون": a thousand million
            last_scale = v
        elif kind == "scale" and not cur and last_kind == "fraction" and v == last_scale:
            pass  # "مليون ونصف مليون": the scale word repeats the fraction's scale
        elif kind in ("scale", "scale2") and cur and joined_group and last_scale and v >= last_scale:
            return None  # "ثلاثة آلاف وخمسة آلاف": two numbers (a range or a list), not one
        elif kind in ("scale", "scale2") and joined and not cur and last_kind in ("scale", "scale2") \
                and v >= last_scale:
            return None  # "بين ألف وألفي": two numbers, not 3000
        elif kind == "scale":
            total += (cur or 1) * v
            cur = 0.0
            last_scale = v
        elif kind == "scale2":
            total += (cur or 1) * 2 * v
            cur = 0.0
            last_scale = v
        elif kind == "fraction":
            if last_kind in ("scale", "scale2"):
                total += v * last_scale
            else:
                cur += v
        last_kind = kind
    return total + cur


def parse_number(s: str, *, folded: bool = False) -> Number | None:
    """Parse one number expression (the whole of ``s``), or ``None`` when it is not one."""
    f = s if folded else fold(s).text
    return _parse_folded(" ".join(f.split()))


@lru_cache(maxsize=8192)
def _parse_folded(f: str) -> Number | None:
    """:func:`parse_number` on folded, single-spaced text (cached: both stages parse the same
    numbers, and the quantities stage checks a compound before using it)."""
    if not f:
        return None
    simple = _parse_simple(f)
    if simple is not None:
        return simple
    return _parse_compound(f)


def _compound_re() -> re.Pattern[str]:
    global _COMPOUND_RE
    if _COMPOUND_RE is None:
        _COMPOUND_RE = re.compile(rf"^(.*?(?:^|\s)(?:{lexicon().scale_alt}))\s*و\s*(?=\S)(.+)$")
    return _COMPOUND_RE


_COMPOUND_RE: re.Pattern[str] | None = None


def _parse_compound(f: str) -> Number | None:
    """``14 الفا و128`` → 14128, ``مليون و400 الف`` → 1400000: a head ending in a scale word plus a
    smaller part. A part not smaller than the head's last scale (``3 الاف و5 الاف``) is a range
    or a list, so the whole is not one number."""
    m = _compound_re().match(f)
    if m is None:
        return None
    head, tail = m.group(1), m.group(2)
    hv, tv = _parse_simple(head), _parse_folded(tail)
    if hv is None or tv is None or hv.value is None or tv.value is None or hv.vague or tv.vague:
        return None
    lx = lexicon()
    last = head.split()[-1]
    scale_value = lx.words[last][1] if last in lx.words and lx.words[last][0] in ("scale", "scale2") else 0.0
    if not 0 < tv.value < scale_value:
        return None
    return Number(_num(hv.value + tv.value), words=hv.words and tv.words)


def _parse_simple(f: str) -> Number | None:
    """A number with no ``و`` joining a digit part to another part."""
    lx = lexicon()
    m = _DIGIT_SPLIT_RE.match(f)
    if m:
        base = parse_digits(m.group(1))
        if base is None:
            return None
        rest = m.group(2).split()
        mult = 1.0
        frac = 0.0
        for tok in rest:
            if tok in ("ونصف", "نصف"):
                frac = 0.5
            elif tok in ("وربع", "ربع"):
                frac = 0.25
            elif tok == "و":
                continue
            elif tok in lx.words and lx.words[tok][0] in ("scale", "scale2"):
                mult = lx.words[tok][1]
            else:
                return None
        return Number(_num((base + frac) * mult))
    toks = _TOKEN_RE.findall(f)
    joined: list[str] = []
    for t in toks:  # a detached "و" stays with the next word: "مليون و ألف" is a sum, "ألف مليون" a product
        if joined and joined[-1] == "و":
            joined[-1] = "و" + t
        elif t != "من":
            joined.append(t)
    toks = [t for t in joined if t != "و"]
    if toks and toks[0] in lx.vague:
        low, high = lx.vague[toks[0]]
        for tok in toks[1:]:
            t = tok[2:] if tok.startswith("ال") and tok[2:] in lx.words else tok
            if t in lx.words and lx.words[t][0] == "scale":
                low, high = low * int(lx.words[t][1]), high * int(lx.words[t][1])
            else:
                return None
        return Number(None, low, high, vague=True, words=True)
    if toks and toks[0] in lx.scale_plural and len(toks) == 1:
        v = lx.words[toks[0]][1]
        return Number(None, _num(2 * v), _num(9 * v), vague=True, words=True)
    if all(t in ("احد", "احدي") for t in toks):
        return None  # "one of", not a count
    value = _parse_words(toks)
    if value is None:
        return None
    return Number(_num(value), words=True)


# ---------------------------------------------------------------------------------------------
# integer → words (canonical masculine forms); used by the property tests and for display

_UNITS: Final = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]
_TEEN_UNITS: Final = ["", "أحد", "اثنا", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
_TENS: Final = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
_HUNDREDS: Final = ["", "مائة", "مائتان", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة",
             "ثمانمائة", "تسعمائة"]
_SCALES: Final = [(10**9, "مليار", "ملياران", "مليارات", "مليارا"),
           (10**6, "مليون", "مليونان", "ملايين", "مليونا"),
           (10**3, "ألف", "ألفان", "آلاف", "ألفا")]


def _below_thousand(n: int) -> str:
    parts = []
    h, r = divmod(n, 100)
    if h:
        parts.append(_HUNDREDS[h])
    if r:
        if r <= 10:
            parts.append(_UNITS[r])
        elif r < 20:
            parts.append(f"{_TEEN_UNITS[r - 10]} عشر")
        else:
            t, u = divmod(r, 10)
            parts.append(f"{_UNITS[u]} و{_TENS[t]}" if u else _TENS[t])
    return " و".join(parts)


def to_words(n: int) -> str:
    """Write a non-negative integer in Arabic words (``3500`` → ``ثلاثة آلاف وخمسمائة``)."""
    if n < 0:
        raise ValueError("negative numbers are not written in words here")
    if n == 0:
        return "صفر"
    parts = []
    for scale, one, two, plural, acc in _SCALES:
        q, n = divmod(n, scale)
        if not q:
            continue
        if q == 1:
            parts.append(one)
        elif q == 2:
            parts.append(two)
        elif 3 <= q % 100 <= 10 and q < 100:
            parts.append(f"{_below_thousand(q)} {plural}")
        elif 11 <= q % 100 <= 99:
            parts.append(f"{_below_thousand(q)} {acc}")
        else:
            parts.append(f"{_below_thousand(q)} {one}")
    if n:
        parts.append(_below_thousand(n))
    return " و".join(parts)


def warm_up() -> None:
    lexicon()
    _full_re()
