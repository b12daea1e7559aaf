"""Stage ``quantities``: every number attached to a counted thing, a percentage or an amount.

Why rules and a lexicon: the facts analysts chart are counts (troops, strikes, vehicles, killed,
detained) and the counted noun decides what the number means. A number is kept only when

* a counted noun from ``data/quantity_units.yaml`` follows it, possibly after ``من`` and the
  article (``3700 جندي``, ``20 ألف من مقاتلي``, ``3 آلاف من القوات العراقية``), or precedes a
  trailing ``واحد``/``اثنين`` (``إرهابيين اثنين``); or
* it is a percentage (``64%``, ``بنسبة 10 في المئة``) or money (``5 ملايين دولار``); or
* it restates a count named just before (``عدد الإرهابيين الهالكين ... هو عشرة``); or
* it is an indefinite dual of a counted noun (``جنديين``, ``مسؤولان``).

* it follows a casualty or detention word with no noun after it (``مقتل 3 وإصابة 7 آخرين``).

Everything else (years, dates, durations, ordinals such as ``الـ24``, ``360 درجة``, phone
numbers) has no counted noun and is therefore not a quantity: precision comes from the lexicon.
Approximators before the number (``حوالي``, ``أكثر من``, ``أقل من``) set ``approx``/``low``/
``high``; in ``بين 2000 و3000 جندي`` each number is a count (the second carries both bounds). A
casualty or detention cue near a count of people overrides its category (``قتل عشرة مقاتلين``,
``تحييد 24 إرهابيا`` → casualties), and so does the list a count belongs to (``مقتل 64 شخصا، بينهم
18 مدنيا و31 عنصرا``). Compound numbers (``14 ألفا و128``, ``مليون و400 ألف``) are one value. The
stage matches on the folded text with one combined regex.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate
from typing import Any, Final

from rasid.arabic import normalize, split_tokens, strip_article
from rasid.model import Document, Quantity
from rasid.numbers import Folded, WordStarts, fold, lexicon, norm_word, number_pattern, parse_number, trie_alt
from rasid.segment import sentence_indexes
from rasid.yamlload import safe_load


@dataclass(frozen=True, slots=True)
class Noun:
    """A counted noun of the lexicon: its category, whether it counts people, whether dual."""

    lemma: str
    category: str
    person: bool
    dual: bool = False


@dataclass(frozen=True, slots=True)
class Units:
    """Everything the stage loads once: lexicons (folded forms) and the compiled regexes."""

    nouns: dict[str, Noun]                 # folded form (one or two words) -> noun
    currencies: dict[str, str]             # folded form -> ISO code
    approx: dict[str, str]                 # folded phrase -> approx | min | max
    cues: dict[str, str]                   # folded word (article stripped) -> category
    count_heads: frozenset[str]
    count_links: frozenset[str]
    regex: re.Pattern[str]
    max_noun_words: int
    candidates: WordStarts
    not_counted: frozenset[str]
    regex_simple: re.Pattern[str]          # the same without compound numbers (fallback)
    list_links: frozenset[str]
    range_before: re.Pattern[str]
    #: verbs after a subject count that say what happened to it (… قد قتلوا، لقوا حتفهم)
    cues_after: dict[str, str] = dataclass_field(default_factory=dict)
    #: first word of a key of ``nouns`` -> the most words of a key starting with it
    noun_heads: dict[str, int] = dataclass_field(default_factory=dict)
    #: the first word of every key of ``currencies``
    currency_heads: frozenset[str] = frozenset()
    #: "من 4500 إلى 2500 جندي": the first number before the second, read back from the second
    from_before: re.Pattern[str] | None = None


_TOKEN_RE: Final = re.compile(r"[\w\u0660-\u0669]+|[^\w\s]")
#: ``_TOKEN_RE`` as one capturing group: ``split`` then gives [gap, token, gap, ..., gap]
_TOKEN_SPLIT_RE: Final = re.compile(f"({_TOKEN_RE.pattern})")
_CLAUSE_END: Final = frozenset(".!?؟؛;:\n،,«»\"“”()")
_PROCLITIC_RE: Final = re.compile(r"^(?:[وف]?(?:ال|لل|بال|كال)|[وفبلك])")


def _alt(forms: Any) -> str:
    return trie_alt(forms)


def _is_kb_name(form: str) -> bool:
    """Is ``form`` an alias of a knowledge-base entry (a name, so not a counted noun)?"""
    from rasid.entities.kb import load_kb, norm_alias

    return norm_alias(form) in load_kb().alias_index


@cache
def units() -> Units:
    """Load ``quantity_units.yaml`` and compile the stage's one regex (once per process)."""
    data = safe_load(resources.files("rasid.data").joinpath("quantity_units.yaml").read_text("utf-8"))
    nouns: dict[str, Noun] = {}
    duals: set[str] = set()
    for e in data["nouns"]:
        base = Noun(e["lemma"], e["category"], bool(e.get("person")))
        dual = Noun(e["lemma"], e["category"], bool(e.get("person")), dual=True)
        for d in e.get("dual") or []:
            nd = norm_word(d)
            # the listed genitive/accusative dual (جنديين) and its nominative (جنديان, منشأتان), unless
            # the nominative spells a name (طالبان is the Taliban, not two students)
            nominative = " ".join(w[:-2] + "ان" if w.endswith("ين") else w for w in nd.split())
            for f in (nd, nominative):
                if f is nominative and f != nd and _is_kb_name(f):
                    continue
                nouns.setdefault(f, dual)
                duals.add(f)
        for f in e["forms"]:
            nf = norm_word(f)
            nouns.setdefault(nf, base)
            last = nf.split()[-1]
            if " " not in nf and not last.endswith(("ه", "ا", "ي")):
                nouns.setdefault(nf + "ا", base)       # accusative tanween alif: وكرا
            if " " not in nf and nf.endswith("ين") and len(nf) > 4 and nf not in duals:
                nouns.setdefault(nf[:-2] + "ي", base)  # construct plural: مقاتلي, إرهابيي
    currencies = {norm_word(f): code for code, forms in data["currencies"].items() for f in forms}
    approx = {norm_word(f): kind for kind, forms in data["approximators"].items() for f in forms}
    cues = {strip_article(norm_word(f)): cat for cat, forms in data["context_cues"].items() for f in forms}
    approx_alt = _alt(set(approx))

    def build(num: str) -> str:
        return (
            r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك]))(?:"  # one word-start test per position before any branch
            rf"(?:(?P<approx>{approx_alt})\s*)?"
            r"(?P<dollar>\$\s*)?"
            r"(?:(?<!\w)|(?<=\s[وفبلك])|(?<=^[وفبلك]))"
            rf"(?P<num>{num})"
            r"(?P<pct>\s*(?:%|٪|(?:في\s*|ب)الما?يه(?!\w)))?"
            rf"|[وفبل]?(?P<dual>{_alt(duals)})(?!\w))"
        )

    pattern = build(number_pattern())
    # "بين 2000 و3000 جندي", "من 5 إلى 10 آلاف": the first bound, read back from the second number
    range_before = re.compile(
        rf"(?:(?<!\w)(?:{_alt(norm_word(w) for w in data['range_openers'])})\s+)"
        rf"(?P<lo>{number_pattern(compound=False)})\s*(?:و|الي|حتي|-|–)\s*$")
    from_before = re.compile(
        rf"(?:(?<!\w)(?:{_alt(norm_word(w) for w in data.get('from_openers') or ['من'])})\s+)"
        rf"(?:(?:{approx_alt})\s*)?(?P<lo>{number_pattern(compound=False)})\s*(?:الي|حتي)\s*$")
    # every match starts with one of these words, a digit or "$": the full regex is tried only there
    from rasid.numbers import lexicon as nlex

    starts = {f.split()[0] for f in approx} | set(nlex().words) | set(nlex().vague) | duals
    candidates = WordStarts.build(rf"(?:{_alt(starts)})(?!\w)|\d|\$", "وفبلك")
    return Units(nouns, currencies, approx, cues, frozenset(norm_word(w) for w in data["count_heads"]),
                 frozenset(norm_word(w) for w in data["count_links"]), re.compile(pattern),
                 max(len(k.split()) for k in nouns), candidates,
                 frozenset(norm_word(w) for w in data["not_counted"]),
                 re.compile(build(number_pattern(compound=False))),
                 frozenset(norm_word(w) for w in data["list_links"]), range_before,
                 {norm_word(f): cat for cat, forms in (data.get("cues_after_subject") or {}).items() for f in forms},
                 noun_heads=_heads(nouns), currency_heads=frozenset(k.split()[0] for k in currencies),
                 from_before=from_before)


def _heads(nouns: dict[str, Noun]) -> dict[str, int]:
    """First word of each noun form -> the most words of a form that starts with it."""
    heads: dict[str, int] = {}
    for key in nouns:
        words = key.split()
        heads[words[0]] = max(heads.get(words[0], 0), len(words))
    return heads


class _Tokens:
    """Tokens of the folded text, made lazily once; windows around matches are sliced from them.

    Each number match looks at several overlapping windows (up to 200 characters back), so
    tokenising the text once and slicing is several times cheaper than tokenising every window.
    A token cut by a window edge is clipped, which is what tokenising the window would give.
    """

    __slots__ = ("text", "_toks", "_starts", "_ends")

    def __init__(self, text: str) -> None:
        self.text = text
        self._toks: list[tuple[int, int, str]] | None = None
        self._starts: list[int] = []
        self._ends: list[int] = []

    def between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Tokens of ``text[start:end]`` with absolute offsets."""
        start = max(0, start)
        toks = self._toks
        if toks is None:
            # the tokens of ``_TOKEN_RE.finditer`` from one C call; their offsets are the running
            # sums of the part lengths
            parts = split_tokens(_TOKEN_SPLIT_RE, self.text)
            bounds = list(accumulate(map(len, parts)))
            self._starts = bounds[0:-1:2]
            self._ends = bounds[1::2]
            toks = self._toks = list(zip(self._starts, self._ends, parts[1::2], strict=True))
        # tokens ending after ``start`` and starting before ``end``; only the two edge tokens
        # can stick out of the window
        out = toks[bisect.bisect_right(self._ends, start):bisect.bisect_left(self._starts, end)]
        if out:
            s, e, _ = out[0]
            if s < start or e > end:
                s, e = max(s, start), min(e, end)
                out[0] = (s, e, self.text[s:e])
            s, e, _ = out[-1]
            if s < start or e > end:
                s, e = max(s, start), min(e, end)
                out[-1] = (s, e, self.text[s:e])
        return out


def _lookup_noun(u: Units, toks: list[tuple[int, int, str]], i: int) -> tuple[Noun, int] | None:
    """Longest lexicon noun starting at token ``i`` (article/proclitic stripped): (noun, end).

    Only lengths that some form starting with the first word (as written, or article stripped)
    has are tried: most tokens start no noun, and most nouns are one word."""
    if i >= len(toks):
        return None
    w0 = toks[i][2]
    longest = max(u.noun_heads.get(w0, 0), u.noun_heads.get(strip_article(w0), 0))
    for n in range(min(longest, len(toks) - i), 0, -1):
        words = [t[2] for t in toks[i:i + n]]
        if any(len(w) == 1 and not w.isalnum() for w in words):
            continue
        for cand in (" ".join(words), " ".join([strip_article(words[0])] + words[1:])):
            noun = u.nouns.get(cand)
            if noun is not None:
                return noun, toks[i + n - 1][1]
    return None


def _cue_category(u: Units, toks: list[tuple[int, int, str]]) -> str | None:
    """The category of the first casualty/detention cue word among ``toks``, if any."""
    memo = _WORD_CUE
    for _, _, w in toks:
        cat = memo.get(w, "")
        if cat == "":
            cat = _word_cue(u, w)
            if len(memo) < 100_000:
                memo[w] = cat
        if cat:
            return cat
    return None


#: ``_word_cue`` by word (the same words recur around every number)
_WORD_CUE: Final[dict[str, str | None]] = {}


def _word_cue(u: Units, w: str) -> str | None:
    """The cue category of one word: as written, article stripped, or a proclitic off."""
    w0 = strip_article(w)
    for cand in (w, w0, w[1:] if w[:1] in "وفبل" else w):
        cat = u.cues.get(strip_article(cand))
        if cat:
            return cat
    return None


_SENTENCE_STOP: Final = frozenset(".!?؟؛;\n")


def _subject_fate(u: Units, after: list[tuple[int, int, str]]) -> str | None:
    """``وكان سبعة جنود، بينهم ضابطان، قد قتلوا``: the count is the subject of a casualty or
    detention verb later in its sentence — ``قد`` + a cue word, or a verb that only ever says what
    happened to its subject (``لقوا``، ``استشهدوا``, ``cues_after_subject``) — past a parenthesis."""
    for k, (_, _, w) in enumerate(after[:12]):
        if w in _SENTENCE_STOP:
            return None
        w0 = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        if w in u.cues_after or w0 in u.cues_after:
            return u.cues_after.get(w) or u.cues_after[w0]
        if w in ("قد", "وقد") and k + 1 < len(after):
            cat = _cue_category(u, [after[k + 1]])
            if cat:
                return cat
    return None


def _count_head_category(u: Units, clause: list[tuple[int, int, str]]) -> str | None:
    """"عدد القتلى ... بلغ 300 إرهابي": a count of killed/detained named earlier in the clause."""
    for k, t in enumerate(clause[:-1]):
        if strip_article(t[2]) in u.count_heads or t[2] in u.count_heads:
            hit = _lookup_noun(u, clause, k + 1)
            if hit is not None and hit[0].category in ("casualties", "detained"):
                return hit[0].category
    return None


#: quotation marks around a word do not end its clause: أدت إلى "تحييد" 15 مسلحا
_QUOTE_MARKS: Final = frozenset("«»\"“”")


#: verbs of seizing people whose object a count can be, after a long subject (folded forms)
_SEIZING_VERBS: Final = frozenset(("خطف", "خطفت", "خطفوا", "اختطف", "اختطفت", "اختطفوا", "يختطف", "تختطف", "يختطفون",
                            "احتجز", "احتجزت", "احتجزوا", "اعتقل", "اعتقلت", "اعتقلوا", "اسر", "اسرت", "اسروا"))


def _seizing_verb(toks: list[tuple[int, int, str]]) -> str | None:
    """``اختطف مسلحون يستقلون دراجات نارية، صباح الخميس، 280 تلميذا``: the count is the object of
    a verb of seizing that opens its clause (commas allowed, no other number in between)."""
    for t in reversed(toks[-14:]):
        w = t[2]
        if w in _SENTENCE_STOP or w in ("؛", ";") or w[:1].isdigit():
            return None
        if (w[1:] if w[:1] in "وف" and len(w) > 3 else w) in _SEIZING_VERBS:
            return "detained"
    return None


#: crew nouns (folded lemma) and the words of seizing a vessel and of the vessel (folded)
_CREW_LEMMAS: Final = frozenset(("بحار",))
_VESSEL_SEIZING: Final = frozenset(("استولت", "استولي", "استولوا", "الاستيلاء", "استيلاء", "احتجاز", "احتجزت", "احتجز",
                             "احتجزوا", "يحتجزون", "تحتجز", "اختطاف", "اختطفت", "اختطفوا", "خطف", "قرصنه", "مصادره"))
_VESSELS: Final = frozenset(("سفينه", "السفينه", "سفن", "السفن", "ناقله", "الناقله", "باخره", "الباخره", "زورق",
                      "الزورق", "مركب", "المركب"))


def _seized_crew(tk: _Tokens, start: int) -> str | None:
    """``طاقم السفينة يتألف من 25 بحارا``: the crew of a vessel whose seizure the article reported
    before the count are held with it (a seizing word with the vessel a few words after it)."""
    toks = tk.between(max(0, start - 3000), start)
    for k, t in enumerate(toks):
        w = t[2][1:] if t[2][:1] in "وف" and len(t[2]) > 4 else t[2]
        if (w in _VESSEL_SEIZING or t[2] in _VESSEL_SEIZING) and any(x[2] in _VESSELS for x in toks[k + 1:k + 7]):
            return "detained"
    return None


def _window_before(toks: list[tuple[int, int, str]], n: int) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for t in reversed(toks):
        if t[2] in _QUOTE_MARKS:
            continue
        if t[2] in _CLAUSE_END:
            break
        out.append(t)
        if len(out) >= n:
            break
    return out


def _window_after(toks: list[tuple[int, int, str]], n: int) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for t in toks:
        if t[2] in _CLAUSE_END:
            break
        out.append(t)
        if len(out) >= n:
            break
    return out


_NISBA_RE: Final = re.compile(r"^\w{2,}(?:ي|يه|يون|يين|يان|يا)$")  # folded: ة → ه


@lru_cache(maxsize=4096)
def _nationality(word: str) -> Any:
    """The KB's country entry for a nisba adjective (أمريكي), when the KB module offers it.

    Cached per process: the KB lookup checks its files on every call, and a handful of nisba
    words recur in every article."""
    try:
        from rasid.entities import kb  # noqa: PLC0415 - optional, built by another stage
    except Exception:  # noqa: BLE001 - the KB may be absent or half-built
        return None
    fn = getattr(kb, "nationality_of", None)
    if fn is None:
        return None
    try:
        return fn(word)
    except Exception:  # noqa: BLE001
        return None


def _entry_name_id(entry: Any) -> tuple[str | None, str | None]:
    if entry is None:
        return None, None
    if isinstance(entry, str):
        return entry, None
    if isinstance(entry, dict):
        return entry.get("name"), entry.get("id")
    return getattr(entry, "name", None), getattr(entry, "id", None)


_TAIL_END_RE: Final = re.compile("[.!?؟؛;\n،,]")


def _entity_bounds(doc: Document) -> tuple[list[int], list[int]]:
    """Start and end offsets of ``doc.entities``, made once per document for the bisections."""
    return [e.start for e in doc.entities], [e.end for e in doc.entities]


def _attach(doc: Document, q: Quantity, noun_end: int,
            bounds: tuple[list[int], list[int]] | None = None) -> None:
    """Fill owner (جندي أمريكي, عناصر داعش) and location (في العراق) from what follows the noun.

    ``bounds`` is :func:`_entity_bounds` of the document, computed by the caller once."""
    text = doc.text
    tail = text[noun_end:noun_end + 120]
    stop = _TAIL_END_RE.search(tail)
    cut = stop.start() if stop is not None else len(tail)
    tail = tail[:cut]
    words = tail.split()
    if words and _NISBA_RE.search(normalize(words[0])):
        name, eid = _entry_name_id(_nationality(words[0]))
        if name:
            q.owner, q.owner_id = name, eid
    if not doc.entities:
        return
    if bounds is None:
        bounds = _entity_bounds(doc)
    starts = bounds[0]
    i = bisect.bisect_left(starts, noun_end)
    limit = noun_end + cut
    while i < len(doc.entities) and doc.entities[i].start < limit:
        e = doc.entities[i]
        gap = normalize(text[noun_end:e.start]).split()
        if q.owner is None and e.type in ("ORG", "GPE") and len(gap) <= 1 and all(
                g in ("من", "ل", "لدي", "التابعين", "التابعه") for g in gap):
            q.owner, q.owner_id = e.name or e.text, e.id
        elif q.location is None and e.type in ("GPE", "LOC") and len(gap) <= 6 and (
                (gap and gap[-1] in ("في", "ب", "داخل")) or normalize(e.text).startswith(("في", "ب"))):
            q.location, q.location_id = e.name or e.text, e.id
        i += 1
    if q.owner is None:
        _attach_subject(doc, q, bounds[1])
    if q.location is None and any(normalize(w) in ("هناك", "هنالك") for w in words[:3]):
        _attach_there(doc, q, bounds[1])


def _attach_there(doc: Document, q: Quantity, ends: list[int]) -> None:
    """"1700 جندي أمريكي هناك": "there" is the last place named before (not the owner itself)."""
    i = bisect.bisect_right(ends, q.start) - 1
    while i >= 0 and q.start - doc.entities[i].end < 300:
        e = doc.entities[i]
        if e.type in ("GPE", "LOC") and (e.id is None or e.id != q.owner_id):
            q.location, q.location_id = e.name or e.text, e.id
            return
        i -= 1


_SUBJECT_GAP_STOP_RE: Final = re.compile("[.!?؟؛;\n،,:«»\"]")


def _attach_subject(doc: Document, q: Quantity, ends: list[int]) -> None:
    """"وتضع امريكا حوالي 3700 جندي": a country/organisation right before the count, as the
    subject of its verb, owns it (not when a preposition introduces it: في العراق 3700 جندي)."""
    i = bisect.bisect_right(ends, q.start) - 1
    if i < 0:
        return
    e = doc.entities[i]
    if e.type not in ("ORG", "GPE"):
        return
    gap = doc.text[e.end:q.start]
    if _SUBJECT_GAP_STOP_RE.search(gap) or len(gap.split()) > 1:
        return
    head = normalize(doc.text[max(0, e.start - 12):e.start]).split()
    first = normalize(e.text).split()[0] if e.text.split() else ""
    if (head and head[-1] in ("في", "من", "الي", "علي", "عن", "ب", "مع")) or first.startswith(("في", "ب", "ل", "من")):
        return
    q.owner, q.owner_id = e.name or e.text, e.id


def _value_fields(num_text: str, approx_kind: str | None) -> tuple[Any, Any, Any, bool] | None:
    n = parse_number(num_text, folded=True)
    if n is None:
        return None
    value, low, high, approx = n.value, n.low, n.high, n.vague
    if approx_kind == "approx":
        approx = True
    elif approx_kind == "min" and value is not None:
        low, approx = value, True
    elif approx_kind == "max" and value is not None:
        high, approx = value, True
    return value, low, high, approx


def _matches(u: Units, ft: str) -> list[re.Match[str]]:
    """Leftmost non-overlapping matches of the stage regex, tried only at candidate word starts."""
    out: list[re.Match[str]] = []
    pos = 0
    rx = u.regex
    for p, _ in u.candidates.spans(ft):
        if p < pos:
            continue
        m = rx.match(ft, p)
        if m is not None and m.group("num") and parse_number(m.group("num"), folded=True) is None:
            m = u.regex_simple.match(ft, p)  # "3 آلاف و5 آلاف": not one compound number
            if m is not None and m.group("num") and parse_number(m.group("num"), folded=True) is None:
                cut = m.group("num").rfind(" و")  # "ثلاثة آلاف وخمسة آلاف": the first number alone
                m = u.regex_simple.match(ft, p, m.start("num") + cut) if cut > 0 else m
        if m is not None and m.end() > p:
            out.append(m)
            pos = m.end()
    return out


def extract(doc: Document, folded: Folded | None = None) -> list[Quantity]:
    """All quantities in ``doc.text`` (does not modify the document)."""
    u = units()
    f = folded or fold(doc.text)
    ft = f.text
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    tk = _Tokens(ft)
    prev: tuple[int, Quantity, bool] | None = None  # (folded end, quantity, counts people?)
    bounds: tuple[list[int], list[int]] | None = None
    for m in _matches(u, ft):
        q = _from_match(doc, u, f, tk, m)
        if q is None:
            q = _elliptical(u, ft, tk, m, prev)
        if q is None:
            continue
        start, end, qty, noun_end = q
        if any(s < end and start < e for s, e in taken):
            continue
        low_end = _range_low_end(u, ft, start, end, qty) \
            if noun_end is not None and qty.category not in ("money", "percent") else None
        if low_end is not None:
            # "بين 600 و900 مقاتل", "بين ثلاثة آلاف وخمسة آلاف مسلح": each number is a count of the
            # noun (the first one elliptically); the second carries both bounds
            if qty.category not in ("casualties", "detained") and _counts_people(u, qty):
                # "مقتل ما بين 200 ألف و1.2 مليون شخص": the cue stands before the whole range
                cue = _cue_category(u, _window_before(
                    [t for t in tk.between(max(0, low_end.start - 80), low_end.start) if t[2] not in ("بين", "ما")], 4))
                if cue:
                    qty.category = low_end.category = cue
            la, lb = f.span(low_end.start, low_end.end)
            low_end.start, low_end.end, low_end.text = la, lb, doc.text[la:lb]
            taken.append((la, lb))
            out.append(low_end)
        if qty.category == "vehicles" and qty.unit and normalize(qty.unit) in ("طايره", "طايرات", "الطايرات") \
                and ("مسير" in re.split(r"[.!?؟\n]", ft[max(0, start - 250):start])[-1]
                     or "مسير" in re.split(r"[.!?؟\n]", ft[end:end + 40])[0]):
            qty.category = "weapons"  # "طائرات مسيرة انتحارية … نحو 2400 طائرة": the drones again
        person = _counts_people(u, qty)
        if person and prev is not None:
            _inherit_category(u, ft, prev, start, qty)
        prev = (end, qty, person)
        taken.append((start, end))
        a, b = f.span(start, end)
        qty.start, qty.end, qty.text = a, b, doc.text[a:b]
        if noun_end is not None:
            if bounds is None:
                bounds = _entity_bounds(doc)
            _attach(doc, qty, f.span(noun_end, noun_end)[0] if noun_end < len(ft) else len(doc.text), bounds)
        out.append(qty)
    out.sort(key=lambda x: x.start)
    return out


#: verbs of reaching/exceeding before a count whose noun is left out (كان يتجاوز 19 ألفا)
_ELLIPSIS_VERBS: Final = frozenset(("يتجاوز", "تتجاوز", "تجاوز", "تجاوزت", "يتخطي", "تخطي", "يفوق", "يبلغ", "تبلغ",
                             "بلغ", "بلغت", "يناهز"))
#: words that introduce a part of the count before them (بينها 17، منهم 5)
_SUBSET_WORDS: Final = frozenset(("بينها", "منها", "بينهم", "منهم", "بينهما", "منهما"))
#: "of the type" after a part of a count (بينها ثلاث من طراز رافال)
_MODEL_WORDS: Final = frozenset(("طراز", "نوع"))
#: a pronoun after a number that makes it a part of the count before (ثلاثة منها)
_SUBSET_AFTER: Final = frozenset(("منها", "منهم", "منهن", "منهما"))
_ELLIPSIS_NEXT: Final = frozenset(("مطلع", "اوايل", "اواخر", "منتصف", "بدايه", "نهايه", "حاليا", "فقط"))


def _elliptical(u: Units, ft: str, tk: _Tokens, m: re.Match[str], prev: tuple[int, Quantity, bool] | None
                ) -> tuple[int, int, Quantity, int | None] | None:
    """``نحو 2500 جندي في العراق ونحو 900 في سوريا``, ``17 ألف جندي، بعد أن كان يتجاوز 19 ألفا``: a
    number with no noun, joined by و or a verb of reaching to a count of people just before it in
    the same sentence, counts the same people."""
    if prev is None or m.group("dual") or m.group("pct") or not m.group("num"):
        return None
    p_end, p, person = prev
    if not person and p.category in (None, "money", "percent"):
        return None
    approx_kind = u.approx.get(" ".join(m.group("approx").split())) if m.group("approx") else None
    fields = _value_fields(m.group("num"), approx_kind)
    if fields is None or fields[0] is None:
        return None
    value, low, high, approx = fields
    num = m.group("num").strip()
    if not float(value).is_integer() or value < 2 or (num.isdigit() and len(num) == 4 and 1900 <= value <= 2100):
        return None
    start = m.start("approx") if m.group("approx") else m.start("num")
    gap = ft[p_end:start]
    if not gap.strip() or len(gap) > 120 or any(ch in _SENTENCE_END for ch in gap):
        return None
    words = gap.replace("،", " ").split()
    # "22 صاروخا …، بينها 17 على القاعدة": a part of the count just given, of any counted thing
    subset = bool(words) and words[-1] in _SUBSET_WORDS
    nend = m.end("num")
    after = tk.between(nend, nend + 30)
    # "14 صاروخا …، سقط ثلاثة منها على القاعدة": the part named by a pronoun after the number
    if (not subset and after and after[0][2] in _SUBSET_AFTER and p.value is not None and value < p.value
            and (words[-1] if words else "") not in _SUBSET_WORDS):
        return start, after[0][1], Quantity(0, 0, "", value, low, high, approx, unit=None, category=p.category), None
    # "نحو 2500 جندي في العراق، إضافة إلى نحو 900 في سوريا": the next member of the list
    joined = " ".join(words[-2:]) in _LIST_CONTINUE
    # "بأغلبية 524 صوتا مقابل 43": the other side of a count set against it, right after its noun
    contrast = len(words) <= 2 and bool(words) and words[-1] == "مقابل"
    if contrast:
        return start, nend, Quantity(0, 0, "", value, low, high, approx, unit=None, category=p.category), None
    if not subset and (not person or not (
            ft[start - 1:start] == "و" or joined or (words and (words[-1] == "و" or words[-1] in _ELLIPSIS_VERBS)))):
        return None
    if after and not (after[0][2] in _ELLIPSIS_NEXT or after[0][2] in _BARE_COUNT_NEXT or after[0][2] in _CLAUSE_END
                      or (subset and len(after) > 1 and after[0][2] == "من" and after[1][2] in _MODEL_WORDS)):
        return None  # (خمس طائرات، بينها ثلاث من طراز رافال: a part of the count, by model)
    if _is_time_context(tk.between(max(0, start - 30), start)):
        return None
    return start, nend, Quantity(0, 0, "", value, low, high, approx, unit=None, category=p.category), None


def _range_low_end(u: Units, ft: str, start: int, end: int, q: Quantity) -> Quantity | None:
    """The first number of a range (``بين 600 و900 مقاتل``, ``بين 5 و6 آلاف جندي``, ``بين ثلاثة آلاف
    وخمسة آلاف مسلح``) as a count of its own (folded offsets); the second count ``q`` gets ``low``
    and ``high``. A first number without a scale word shares the second's (5 → 5000)."""
    if q.value is None or q.low is not None or q.high is not None:
        return None
    window = ft[max(0, start - 60):start]
    if "بين" in window:
        m = u.range_before.search(ft, max(0, start - 60), start)
    elif "من" in window and u.from_before is not None:
        m = u.from_before.search(ft, max(0, start - 60), start)
    else:
        return None
    if m is None:
        return None
    lo_num = parse_number(m.group("lo"), folded=True)
    if lo_num is None or lo_num.value is None:
        return None
    lo, hi = lo_num.value, q.value
    if m.re is u.from_before and lo > hi and not _trailing_scale(ft[start:end]):
        # "من 4500 إلى 2500 جندي": a change from one count to another, both counts of the noun
        return Quantity(m.start("lo"), m.end("lo"), "", lo, approx=False, unit=None, category=q.category)
    if not _trailing_scale(m.group("lo")):
        scale = _trailing_scale(ft[start:end])
        if scale and lo * scale <= hi:
            lo = lo * scale
            lo = int(lo) if float(lo).is_integer() else lo
    if not 0 < lo < hi:
        return None
    q.low, q.high, q.approx = lo, hi, True
    return Quantity(m.start("lo"), m.end("lo"), "", lo, approx=True, unit=None, category=q.category)


def _trailing_scale(text: str) -> float:
    """Value of the last scale word of a number (``6 آلاف جندي`` → 1000), 0 when there is none."""
    from rasid.numbers import lexicon as nlex

    words = nlex().words
    best = 0.0
    for w in normalize(text).split():
        kind = words.get(w, ("", 0.0))
        if kind[0] in ("scale", "scale2"):
            best = kind[1]
        elif best and not w.startswith("و"):
            break
    return best


def _counts_people(u: Units, q: Quantity) -> bool:
    """A count of people (lexicon person noun) or of an unlisted noun (``فلسطينيين``), whose
    category a list context may set; money, percentages and listed things are not."""
    if q.category in ("money", "percent") or not q.unit:
        return False
    toks = [(0, 0, w) for w in normalize(q.unit).split()]
    hit = _lookup_noun(u, toks, 0) if toks else None
    if hit is None and toks:
        hit = _lookup_suffixed(u, toks[0][2])
    return hit is None or hit[0].person


_SENTENCE_END: Final = frozenset(".!?؟؛;\n")
#: folded phrases that add one more member to a list of counts ("إضافة إلى", "فضلا عن")
_LIST_CONTINUE: Final = frozenset(("اضافه الي", "بالاضافه الي", "فضلا عن", "علاوه علي", "الي جانب"))


def _inherit_category(u: Units, ft: str, prev: tuple[int, Quantity, bool], start: int, q: Quantity) -> None:
    """A list under a casualty or detention count shares its category:
    ``مقتل 64 شخصا، بينهم 18 مدنيا و31 عنصرا من قسد`` — the 18 civilians and 31 fighters are among
    the killed. The link is ``بينهم``/``منهم`` right before the count (the words between the two
    counts stay in one sentence), or ``و`` joining it to the previous member of such a list."""
    p_end, p, p_person = prev
    if not p_person or p.category not in ("casualties", "detained") or q.category in ("casualties", "detained"):
        return
    gap = ft[p_end:start]
    if len(gap) > 200 or any(ch in _SENTENCE_END for ch in gap):
        return
    words = gap.replace("،", " ").replace(",", " ").split()
    if not words:
        return
    last = words[-1]
    if len(gap) > 90 and not (last in u.list_links or (last[:1] in "وف" and last[1:] in u.list_links)):
        return  # a long gap only under an explicit بينهم/منهم
    linked = last in u.list_links or (last[:1] in "وف" and last[1:] in u.list_links)
    if not linked and last == "و" and len(words) <= 6 and "،" not in gap and "," not in gap:
        linked = True  # "18 مدنيا و31 عنصرا من قسد", "135 مقاتلا من حزب الله ونحو 25 مدنيا"
    if not linked and len(words) <= 10 and gap.count("،") + gap.count(",") <= 1 and (
            last == "و" or " ".join(words[-2:]) in _LIST_CONTINUE):
        # "180 مقاتلا من فصيل ما، و100 عنصر من ...، إضافة إلى 27 مدنيا": the next member of the list
        linked = True
    if linked:
        q.category = p.category


def _noun_before_numeral(u: Units, before: list[tuple[int, int, str]]
                         ) -> tuple[tuple[int, int, str], tuple[Noun, int] | None, int]:
    """The counted noun before a trailing واحد/اثنين: ``جندي واحد``, ``وجندي أمريكي واحد`` (past one
    nisba adjective, a joined و/ف off): (noun token, lexicon hit, index of the noun token)."""
    k = len(before) - 1
    prev = before[k]
    hit = _lookup_noun(u, [prev], 0)
    if hit is None and k >= 1 and len(prev[2]) > 3 and _NISBA_RE.match(prev[2]) and before[k - 1][2] not in _CLAUSE_END:
        k -= 1
        prev = before[k]
        hit = _lookup_noun(u, [prev], 0)
    if hit is None and prev[2][:1] in "وف" and len(prev[2]) > 3:
        hit = _lookup_noun(u, [(prev[0], prev[1], prev[2][1:])], 0)
    return prev, hit, k


#: what a count of people is, said by the word right after its noun (850 طفلا محتجزون, 12 شخصا قتلى)
_STATUS_CATEGORIES: Final = frozenset(("casualties", "detained"))


def _status_after(u: Units, after: list[tuple[int, int, str]], noun_end: int) -> str | None:
    """``نحو 850 طفلا محتجزون في السجن``: a casualty or detainee noun used as the predicate or
    adjective right after the counted noun says what happened to the people counted."""
    for k, t in enumerate(after):
        if t[0] >= noun_end:
            hit = _lookup_noun(u, after, k)
            if hit is not None and not hit[0].dual and hit[0].category in _STATUS_CATEGORIES:
                return hit[0].category
            return None
    return None


def _coordinated_cue(u: Units, ft: str, start: int, before: list[tuple[int, int, str]]) -> str | None:
    """``قتل قيادي بارز في الكتائب واثنان من مرافقيه``: a count joined by و to the subject of a
    casualty or detention word that opens its clause shares what happened to it."""
    if not before or not (ft[start - 1:start] == "و" or before[-1][2] == "و"):
        return None
    lo = max(0, start - 80)
    cut = max(ft.rfind(ch, lo, start) for ch in _CLAUSE_END)
    if cut < 0 and lo > 0:
        return None  # the clause opens more than 80 characters back
    clause = [t for t in before if t[0] > cut]
    if not clause or len(clause) > 12 or any(t[2][:1].isdigit() for t in clause):
        return None
    return _cue_category(u, clause[:1])


def _lookup_suffixed(u: Units, word: str) -> tuple[Noun, int] | None:
    """``مقاتليها``, ``عناصرهم``, ``جنودنا``: a counted noun with a possessive pronoun suffix."""
    for suf in ("ها", "هم", "هن", "نا", "كم", "ه"):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            stem = word[:-len(suf)]
            for cand in (stem, strip_article(stem)):
                noun = u.nouns.get(cand)
                if noun is not None:
                    return noun, 0
    return None


def _from_match(doc: Document, u: Units, f: Folded, tk: _Tokens, m: re.Match[str]
                ) -> tuple[int, int, Quantity, int | None] | None:
    """Decide what one number match is: (folded start, folded end, quantity, noun end) or None.

    Tried in order: indefinite dual, percentage, money, a lexicon noun after the number, a noun
    before a trailing واحد/اثنين, a restated count (عدد ... هو عشرة), an unlisted noun."""
    if m.group("dual"):
        start, end = m.start("dual"), m.end("dual")
        noun = u.nouns[m.group("dual")]
        after = _window_after(tk.between(end, end + 30), 1)
        if after and after[0][2] in lexicon().words and lexicon().words[after[0][2]][1] in (1.0, 2.0):
            return None  # "جنديين اثنين": the numeral match carries it
        cat = noun.category
        if noun.person and cat not in ("casualties", "detained"):
            cue = _cue_category(u, _window_before(tk.between(max(0, start - 80), start), 4)) or _cue_category(
                u, _window_after(tk.between(end, end + 40), 2))
            cat = cue or cat
        unit = doc.text[slice(*f.span(start, end))]
        return start, end, Quantity(start, end, "", 2, category=cat, unit=unit), end
    approx_kind = u.approx.get(" ".join(m.group("approx").split())) if m.group("approx") else None
    fields = _value_fields(m.group("num"), approx_kind)
    if fields is None:
        return None
    value, low, high, approx = fields
    start = m.start("approx") if m.group("approx") else m.start("num")
    if start >= 2 and f.text[start - 1] in "-–" and f.text[start - 2].isalpha():
        return None  # سي-130, إف-16, ميغ-29: a model designator, not a count
    nend = m.end("num")
    if m.group("pct"):
        if value is None:
            return None
        return start, m.end("pct"), Quantity(0, 0, "", value, low, high, approx, unit="%", category="percent"), None
    after = tk.between(nend, nend + 80)
    # trailing "تقريبا" and "من" before the noun
    j = 0
    if after and after[0][2] == "من":
        j = 1
    found = _lookup_noun(u, after, j) if len(after) > j else None
    if found is None and j and len(after) > j:
        hit = _lookup_suffixed(u, after[j][2])  # "نحو 1500 من مقاتليها"
        if hit is not None:
            found = hit[0], after[j][1]
    before = tk.between(max(0, start - 80), start)
    if m.group("dollar"):
        found_cur = "USD"
    else:
        found_cur = None
        # every currency form starts with one of ``currency_heads``: most numbers skip the joins
        for n in (3, 2, 1) if after and after[0][2] in u.currency_heads else ():
            if len(after) >= n:
                cand = " ".join(t[2] for t in after[:n])
                if cand in u.currencies:
                    found_cur = u.currencies[cand]
                    nend_cur = after[n - 1][1]
                    break
    if found_cur and value is not None:
        end = nend_cur if not m.group("dollar") else nend
        code = None if found_cur == "XXX" else found_cur
        return start, end, Quantity(0, 0, "", value, low, high, approx, unit="currency", category="money",
                                    currency=code), None
    if (found is not None and not j and value is not None and after[0][2] not in u.nouns
            and strip_article(after[0][2]) != after[0][2]):
        found = None  # "1998 الشاب": a numeral counts an indefinite noun; a definite one is not counted
    if found is not None:
        noun, noun_end = found
        if noun.dual and value not in (2, None):
            return None
        if _is_time_context(before):
            return None
        cat = noun.category
        if noun.person:
            cue = _status_after(u, after, noun_end) or _cue_category(u, _window_before(before, 4)) or _cue_category(
                u, _window_after([t for t in after if t[0] >= noun_end], 3)) or _count_head_category(
                u, _window_before(tk.between(max(0, start - 200), start), 16)[::-1]) or _subject_fate(
                u, [t for t in after if t[0] >= noun_end]) or _seizing_verb(tk.between(max(0, start - 160), start)
                                                                           ) or _coordinated_cue(u, f.text, start, before)
            if not cue and noun.lemma in _CREW_LEMMAS:
                cue = _seized_crew(tk, start)
            if cue and cat not in ("casualties", "detained"):
                cat = cue
        tail = _window_after([t for t in after if t[0] >= noun_end], 3)
        if tail and tail[0][2] == "تقريبا":
            approx = True
        unit = doc.text[slice(*f.span(after[j][0], noun_end))]
        if value is None and low is None:
            return None
        return start, noun_end, Quantity(0, 0, "", value, low, high, approx, unit=unit, category=cat), noun_end
    if value is None or not m.group("num").strip():
        return None
    word_num = parse_number(m.group("num"), folded=True)
    # trailing one/two after the noun: "إرهابيين اثنين", "جندي واحد"
    if word_num is not None and word_num.words and value in (1, 2) and before:
        prev, noun_hit, k = _noun_before_numeral(u, before)
        if noun_hit is not None and not noun_hit[0].dual:
            noun = noun_hit[0]
            cat = noun.category
            if noun.person:
                cue = _cue_category(u, _window_before(before[:k], 4))
                if cue and cat not in ("casualties", "detained"):
                    cat = cue
            p0 = prev[0] + 1 if _lookup_noun(u, [prev], 0) is None else prev[0]  # "وجندي": the noun after و
            unit = doc.text[slice(*f.span(p0, prev[1]))]
            return p0, nend, Quantity(0, 0, "", value, category=cat, unit=unit), nend
    # a number restating a count named before: "عدد القتلى ... هو عشرة", "ارتفع عدد القتلى إلى 50"
    if before and (before[-1][2] in u.count_links or _lookup_noun(u, [before[-1]], 0)):
        clause = _window_before(tk.between(max(0, start - 200), start), 20)[::-1]
        for k, t in enumerate(clause[:-1]):
            if strip_article(t[2]) in u.count_heads or t[2] in u.count_heads:
                hit = _lookup_noun(u, clause, k + 1)
                if hit is None:
                    continue
                noun = hit[0]
                cat = noun.category
                if noun.person:
                    cue = _cue_category(u, clause[k + 1:]) or _cue_category(u, _window_before(clause[:k], 4))
                    if cue and cat not in ("casualties", "detained"):
                        cat = cue
                s = before[-1][0] if before[-1][2] in u.count_links else start
                return s, nend, Quantity(0, 0, "", value, low, high, approx, unit=None, category=cat), None
    bare = _bare_count(u, m, after, before, value)
    if bare is not None:
        start = m.start("approx") if m.group("approx") else m.start("num")
        return start, m.end("num"), Quantity(0, 0, "", value, low, high, approx, unit=None, category=bare), None
    return _generic_count(doc, u, f, m, after, j, before, value, low, high, approx)


#: words after a bare count that end it (the counted noun is left out: "مقتل 3 في القصف")
_BARE_COUNT_NEXT: Final = frozenset(("في", "خلال", "جراء", "بسبب", "اثر", "علي", "بينهم", "منهم", "بعد", "امس", "اليوم"))


def _bare_count(u: Units, m: re.Match[str], after: list[tuple[int, int, str]], before: list[tuple[int, int, str]],
                value: Any) -> str | None:
    """``مقتل 3 وإصابة 7 آخرين``, ``قتل 4 وجرح 12``: a number right after a casualty or detention
    word, with no noun after it, counts people; the category comes from that word."""
    if value is None or not before or not float(value).is_integer() or value < 1:
        return None
    num = m.group("num").strip()
    if num.isdigit() and (len(num) > 6 or (len(num) == 4 and 1900 <= value <= 2100)):
        return None
    cat = _cue_category(u, before[-1:])
    if cat is None:
        return None
    nxt = after[0][2] if after else ""
    if not nxt or nxt in _CLAUSE_END or nxt in _BARE_COUNT_NEXT:
        return cat
    if nxt[:1] == "و" and len(nxt) > 2 and _cue_category(u, [(0, 0, nxt[1:])]):
        return cat  # "... 3 وإصابة", "4 وجرح"
    return None


_LABEL_WORDS: Final = frozenset(("رقم", "الرقم", "الماده", "القرار", "البند", "الفقره", "الساعه", "الفصل", "الجزء",
                          "الطريق", "اللواء", "الفرقه", "الكتيبه", "الدوره", "الجوله", "الحلقه", "العدد"))
#: "times" after a number: a count of repetitions
_REPEAT_WORDS: Final = frozenset(("مره", "مرات"))
_ARABIC_WORD_RE: Final = re.compile(r"[\u0621-\u064a]{3,}")


def _time_word(w: str) -> bool:
    """Time units, months and weekdays follow numbers in dates and durations, not counts."""
    from rasid import times

    lx = times.lexicon()
    bare = w[:-1] if w.endswith("ا") and len(w) > 3 else w
    return (w in lx.unit_of or bare in lx.unit_of or w in lx.months or w.split()[0] in _MONTH_FIRST_WORDS
            or w in lx.weekdays or "ال" + w in lx.weekdays or w in lx.hijri or w in lx.seasons)


def _joined_number_word(w: str) -> bool:
    """``وخمسة``: a number word joined by و starts the next number, it is not a counted noun."""
    return w[:1] == "و" and w[1:] in lexicon().words


_MONTH_FIRST_WORDS: Final = frozenset(("كانون", "تشرين", "جمادي", "ربيع", "ذو", "ذي"))


def _generic_count(doc: Document, u: Units, f: Folded, m: re.Match[str], after: list[tuple[int, int, str]], j: int,
                   before: list[tuple[int, int, str]], value: Any, low: Any, high: Any, approx: bool
                   ) -> tuple[int, int, Quantity, int | None] | None:
    """A number before an unlisted indefinite noun (``5 جسور``, ``ثلاثة وزراء``): category other.

    Years, long digit strings (phone numbers), decimals, and numbers before function words, time
    words and measurement units are not counts."""
    if value is None or len(after) <= j or _is_time_context(before):
        return None
    num = m.group("num").strip()
    if num.isdigit() and (len(num) > 7 or num.startswith("0") or (len(num) == 4 and 1900 <= value <= 2100)):
        return None
    if not float(value).is_integer() or value < 2:
        return None
    if before and (before[-1][2] in _LABEL_WORDS or before[-1][2] in "-–/"):
        return None  # المادة 140, الرقم 5, إف-16: labels, not counts
    if len(before) >= 2 and before[-1][2] == ":" and before[-2][2].isdigit():
        return None  # 6:18: the minutes of a clock time
    if j:
        return _people_from(doc, u, f, m, after, before, value, low, high, approx)
    tok = after[0]
    w = tok[2]
    if w.startswith(("ال", "لل", "وا", "با", "لا", "كا", "ب", "ل", "ك")) or strip_article(w) != w:
        return None  # definite, or a glued conjunction/preposition: not a noun counted by this number
    gap = doc.text[f.span(m.end("num"), tok[0])[0]:f.span(tok[0], tok[0])[0]] if tok[0] < len(f.text) else ""
    if gap.strip():
        return None  # "3 ـ وبموازاة": a list number, not a count
    # "انتهك الأجواء أكثر من 50 مرة": a count of times (not a multiplier: أكبر بثلاث مرات)
    repeats = w in _REPEAT_WORDS and not num.startswith("ب") and not (before and before[-1][2] in ("ب", "بـ"))
    if (not _ARABIC_WORD_RE.fullmatch(w) or (w in u.not_counted and not repeats)
            or (w.endswith("ا") and w[:-1] in u.not_counted)
            or (w[0] == "و" and w[1:] in u.not_counted) or _time_word(w) or _joined_number_word(w)):
        return None
    start = m.start("approx") if m.group("approx") else m.start("num")
    unit = doc.text[slice(*f.span(tok[0], tok[1]))]
    # "مقتل 10 تكفيريين": a casualty/detention cue right before the count says who they are
    cat = _cue_category(u, _window_before(before, 2)) or "other"
    return start, tok[1], Quantity(0, 0, "", value, low, high, approx, unit=unit, category=cat), tok[1]


def _people_from(doc: Document, u: Units, f: Folded, m: re.Match[str], after: list[tuple[int, int, str]],
                 before: list[tuple[int, int, str]], value: Any, low: Any, high: Any, approx: bool
                 ) -> tuple[int, int, Quantity, int | None] | None:
    """``بينهم تسعة جنود من جنوب أفريقيا وثلاثة من مالاوي``: a number, من and a country counts
    people from that country (category other, or what a cue or the list it belongs to says);
    ``140 من الدستور`` is not a count."""
    if len(after) < 2 or after[0][2] != "من" or not doc.entities:
        return None
    a, _b = f.span(after[1][0], after[1][1])
    # "تسعة جنود من جنوب أفريقيا", "45 من قسد": members of a country's or an organisation's forces
    ent = next((e for e in doc.entities if e.start == a and e.type in ("GPE", "ORG")), None)
    if ent is None:
        return None
    end = None
    for t in after[1:]:
        if f.span(t[0], t[1])[1] >= ent.end:
            end = t[1]
            break
    if end is None:
        return None
    start = m.start("approx") if m.group("approx") else m.start("num")
    unit = doc.text[slice(*f.span(after[0][0], end))]
    cat = _cue_category(u, _window_before(before, 4)) or "other"
    return start, end, Quantity(0, 0, "", value, low, high, approx, unit=unit, category=cat), None


_TIME_WORDS: Final = frozenset(("عام", "سنه", "العام", "السنه", "يوم", "شهر"))


def _is_time_context(before: list[tuple[int, int, str]]) -> bool:
    """A number right after عام/سنة is a year, not a count (عام 2014 ...)."""
    return bool(before) and before[-1][2] in _TIME_WORDS


def run(doc: Document) -> None:
    if not doc.text and doc.raw:
        return
    doc.quantities = extract(doc)
    if doc.sentences:
        for q, si in zip(doc.quantities, sentence_indexes(doc, [q.start for q in doc.quantities]), strict=True):
            q.sentence = si


def warm_up() -> None:
    units()
