"""Stage ``events``: PLOVER events with arguments and modality.

Why: event-data systems are judged on "who did what to whom, where, and did it really happen".
Their best-known failures are coding pledges and denials as facts, losing who made the claim and
pinning events to the wrong place. This stage therefore

1. finds triggers with a data lexicon (``data/event_triggers.yaml``): verbs in every inflection
   and their verbal nouns, generated from templates, with context rules that keep ``نشر القوات``
   (deploy) apart from ``نشر التقرير`` (publish);
2. assigns arguments from the sentence: actor (subject after a verb, genitive after a noun,
   nationality adjectives such as ``القوات الأمريكية`` → the United States, else the clause
   subject before the trigger; an agent the text spells out — ``قصف شنته X``, ``على يد X`` —
   wins; a spokesman stands for the body he speaks for; the reporter of a complement clause
   and the victim of ``مقتل``/``اعتقال`` are never the actor), target, location (a place governed by في/إلى/ب… near the
   trigger, else a place in the sentence, else the place of the previous sentences), time (the
   TIMEX value of a time expression in the sentence) and quantity;
3. decides modality with ``data/modality.yaml``: planned (``سوف``، ``س``+verb، ``تعتزم``،
   ``مستعدون لـ``), possible (``قد``+imperfect، ``ربما``، ``احتمالية``، ``لم يتوقع``، ``تخشى``) and
   negated (``لم``، ``لن``، ``ليس``، ``نفى``، ``دون``، an act prevented: ``منعت``، ``حالت دون``)
   with a scope that stays inside the clause; ``سبق أن`` tells an earlier act, asserted.

Precision: a noun is not an event where it names a topic (after an abstract head or ``حول``/
``بشأن``), the purpose of another event (``لـ``، ``استعدادا لـ``), a manner (``بمساعدة``، ``دون
مساعدة``), an event already told (a definite noun of the same root, the same act retold in its
sentence), or a stance of nobody in particular (``رحب آخرون``).

``reported_by`` and entity ids are completed by :mod:`rasid.link`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Final

from rasid.arabic import remember
from rasid.model import Document, Entity, Event, Quantity, Sentence, Span, TimeExpr
from rasid.quotes import (
    EntityIndex,
    Word,
    argument_words,
    bare,
    candidates,
    clitic_governed,
    entity_label,
    load_yaml,
    nationality_entry,
    norm_word,
    noun_forms,
    sentence_spans,
    strip_article,
    verb_forms,
    verb_forms_split,
    words_of,
)

if TYPE_CHECKING:
    from rasid.entities.kb import KB

# --------------------------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class TriggerEntry:
    type: str
    context: tuple[str, ...] = ()
    window: int = 5
    context_side: str = "after"
    not_before: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()
    not_prefix: frozenset[str] = frozenset()
    indefinite_phrase: bool = False      # the words after a phrase's first carry no article (وجود قوات)
    # shape rules (PROTEST): which mentions report an event taking place (see event_triggers.yaml)
    present_initial: bool = False        # a present-tense form only when it opens its clause
    clause_initial: bool = False         # any form only when it opens its clause
    not_relative: bool = False           # not right after a relative pronoun (الذين احتشدوا)
    subject_of: tuple[str, ...] = ()     # participants must be the subject of one of these verbs
    definite_context: tuple[str, ...] = ()  # a definite noun needs one of these words right before
    governed_context: tuple[str, ...] = ()  # a noun after a preposition needs one before it
    unless: tuple[str, ...] = ()         # words of these contexts right after cancel the trigger
    unless_window: int = 3
    unless_side: str = "after"           # after | both (احتشدت قوات / الشرطة احتشدت)


@dataclass(slots=True)
class TriggerLexicon:
    entries: list[TriggerEntry]
    forms: dict[str, list[tuple[int, str, str]]]          # form → [(entry index, pos, lemma)]
    phrases: dict[str, list[tuple[tuple[str, ...], int]]]  # first word → [(words, entry index)]
    contexts: dict[str, frozenset[str]]
    context_quantities: dict[str, frozenset[str]]
    abstract_heads: frozenset[str] = frozenset()


@cache
def trigger_lexicon() -> TriggerLexicon:
    """Load ``event_triggers.yaml`` and expand every lemma into its surface forms (once)."""
    d = load_yaml("event_triggers.yaml")
    contexts = {k: frozenset(strip_article(norm_word(w)) for w in v) for k, v in (d.get("contexts") or {}).items()}
    cq = {k: frozenset(v) for k, v in (d.get("quantity_categories") or {}).items()}
    entries: list[TriggerEntry] = []
    forms: dict[str, list[tuple[int, str, str]]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    excluded = frozenset(norm_word(w) for w in d.get("exclude_forms") or ())

    def add(form: str, idx: int, pos: str, lemma: str) -> None:
        # exclusions remove generated collisions; a form listed verbatim (with its own context) stays
        if form in excluded and pos != "form":
            return
        lst = forms.setdefault(form, [])
        if not any(x[0] == idx and x[1] == pos for x in lst):
            lst.append((idx, pos, lemma))

    for raw in d.get("triggers", []):
        idx = len(entries)
        entries.append(TriggerEntry(
            type=raw["type"], context=tuple(raw.get("context") or ()), window=int(raw.get("window", 5)),
            context_side=str(raw.get("context_side", "after")),
            not_before=frozenset(strip_article(norm_word(w)) for w in raw.get("not_before") or ()),
            not_after=frozenset(strip_article(norm_word(w)) for w in raw.get("not_after") or ()),
            not_prefix=frozenset(raw.get("not_prefix") or ()),
            indefinite_phrase=bool(raw.get("indefinite_phrase", False)),
            present_initial=bool(raw.get("present_initial", False)),
            clause_initial=bool(raw.get("clause_initial", False)),
            not_relative=bool(raw.get("not_relative", False)),
            subject_of=tuple(raw.get("subject_of") or ()),
            definite_context=tuple(raw.get("definite_context") or ()),
            governed_context=tuple(raw.get("governed_context") or ()),
            unless=tuple(raw.get("unless") or ()), unless_window=int(raw.get("unless_window", 3)),
            unless_side=str(raw.get("unless_side", "after")),
        ))
        for past, pres in raw.get("verbs") or ():
            pasts, press = verb_forms_split(past, pres)
            lemma = norm_word(past)
            for f in pasts:
                add(f, idx, "past", lemma)
            for f in press:
                add(f, idx, "pres", lemma)
        for n in raw.get("nouns") or ():
            lemma = norm_word(n)
            for f in noun_forms(n):
                add(f, idx, "noun", lemma)
        for f in raw.get("forms") or ():
            add(norm_word(f), idx, "form", norm_word(f))
        for p in raw.get("phrases") or ():
            toks = tuple(norm_word(p).split())
            if len(toks) == 1:
                add(toks[0], idx, "form", toks[0])
            else:
                phrases.setdefault(toks[0], []).append((toks, idx))
    for lst in phrases.values():
        lst.sort(key=lambda t: len(t[0]), reverse=True)
    abstract = frozenset(strip_article(norm_word(w)) for w in d.get("abstract_heads") or ())
    return TriggerLexicon(entries, forms, phrases, contexts, cq, abstract)


@dataclass(slots=True)
class CueGroup:
    modality: str
    position: str
    scope: int
    conjunction_breaks: bool
    cues: tuple[tuple[str, ...], ...]  # phrases as word tuples, longest first
    by_last: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # last word → cues
    cue_set: frozenset[tuple[str, ...]] = frozenset()


@dataclass(slots=True)
class ModalityLexicon:
    groups: list[CueGroup]
    clause_breaks: frozenset[str]
    #: negation cue → longer non-negated cues that start with it (لم → لم يتوقع)
    extends: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: negation cue → longer non-negated cues that end with it (يستبعد → لم يستبعد: not ruled out)
    ends: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = field(default_factory=dict)


@cache
def modality_lexicon() -> ModalityLexicon:
    d = load_yaml("modality.yaml")
    groups: list[CueGroup] = []
    for g in d.get("groups", []):
        cues: set[tuple[str, ...]] = set()
        for w in g.get("words") or ():
            cues.add(tuple(norm_word(w).split()))
        for past, pres in g.get("verbs") or ():
            for f in verb_forms(past, pres):
                cues.add(tuple(f.split()))
        ordered = tuple(sorted(cues, key=len, reverse=True))
        by_last: dict[str, list[tuple[str, ...]]] = {}
        for c in ordered:
            by_last.setdefault(c[-1], []).append(c)
        groups.append(CueGroup(g["modality"], g.get("position", "before"), int(g.get("scope", 3)),
                               bool(g.get("conjunction_breaks", False)), ordered,
                               {k: tuple(v) for k, v in by_last.items()}, frozenset(ordered)))
    extends: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    ends: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for g in groups:
        if g.modality != "negated":
            continue
        for cue in g.cues:
            for g2 in groups:
                if g2.modality == "negated":
                    continue
                for c2 in g2.cues:
                    if len(c2) > len(cue) and c2[:len(cue)] == cue:
                        extends.setdefault(cue, []).append(c2)
                    elif len(c2) > len(cue) and c2[-len(cue):] == cue:
                        ends.setdefault(cue, []).append(c2)
    return ModalityLexicon(groups, frozenset(norm_word(w) for w in d.get("clause_breaks") or ()),
                           {k: tuple(v) for k, v in extends.items()}, {k: tuple(v) for k, v in ends.items()})


# --------------------------------------------------------------------------------------------
# Trigger matching
# --------------------------------------------------------------------------------------------

_VERB_PREFIXES: Final = frozenset(("", "و", "ف", "ل", "ول", "فل", "س", "وس", "فس"))
_FUTURE: Final = frozenset(("س", "وس", "فس"))
_CUE_PREFIXES: Final = frozenset(("و", "ف", "ب", "ل", "ال", "وال", "بال", "فال"))
_EXCEPTIVES: Final = frozenset(("سوي", "الا"))  # normalised سوى، إلا
_EXCEPTIVE_NEGATIONS: Final = frozenset(("لن", "لم", "لا"))


@dataclass(slots=True)
class Hit:
    entry: int
    pos: str           # past | pres | noun | form | phrase
    prefix: str
    first: int         # word index of the trigger
    last: int          # word index of its last word (phrases)
    lemma: str = ""


def _word_matches(norm: str, target: str) -> bool:
    return any(stem == target for _, stem in candidates(norm))


_READINGS: Final[dict[str, tuple[tuple[str, str], ...]]] = {}
#: word forms known to give no trigger reading at all (the trigger lexicon is built once)
_NO_READING: Final[set[str]] = set()


def _lexicon_readings(norm: str, lex: TriggerLexicon) -> tuple[tuple[str, str], ...]:
    """Clitic readings of a word whose stem is in the trigger lexicon (memoised per word form)."""
    got = _READINGS.get(norm)
    if got is None:
        got = tuple((pre, stem) for pre, stem in candidates(norm) if stem in lex.forms or stem in lex.phrases)
        if len(_READINGS) > 200_000:
            _READINGS.clear()
        _READINGS[norm] = got
    return got


def match_word(words: Sequence[Word], k: int, lex: TriggerLexicon) -> list[Hit]:
    """Lexicon readings of word ``k`` (phrases first, then single forms)."""
    w = words[k]
    if w.norm in _NO_READING:
        return []
    hits: list[Hit] = []
    cands = _lexicon_readings(w.norm, lex)
    if not cands:
        hits = _object_suffixed(w.norm, k, lex)
        if not hits and len(_NO_READING) < 200_000:
            _NO_READING.add(w.norm)  # most words: neither a trigger nor a suffixed trigger verb
        return hits
    for pre, stem in cands:
        for toks, idx in lex.phrases.get(stem, ()):
            j, ok = k + 1, True
            for t in toks[1:]:
                while j < len(words) and words[j].punct and words[j].text not in ".،,؛:":
                    j += 1
                if j >= len(words) or words[j].punct or not _word_matches(words[j].norm, t):
                    ok = False
                    break
                j += 1
            if ok:
                hits.append(Hit(idx, "phrase", pre, k, j - 1, " ".join(toks)))
        if hits:
            return hits
    for pre, stem in cands:
        readings = lex.forms.get(stem)
        if not readings:
            continue
        out = []
        for idx, pos, lemma in readings:
            if pos in ("past", "pres") and pre not in _VERB_PREFIXES:
                continue
            if pre in _FUTURE and pos != "pres":
                continue
            if pos == "past" and pre in ("ل", "ول", "فل"):
                continue
            out.append(Hit(idx, pos, pre, k, k, lemma))
        if out:
            return out
    return []


#: plural nouns of fighting that, definite after خلال/من, are the backdrop (المعارك، الاشتباكات)
_BACKGROUND_NOUNS: Final = frozenset(("معارك", "اشتباكات", "مواجهات"))
#: intransitive verbs of spreading out whose subject is the forces (انتشرت القوات، تتمركز الوحدات)
_SPREADING_LEMMAS: Final = frozenset(("انتشر", "تمركز"))
#: envoys named before their state (استدعت سفير X): the state is the object's, not the subject
_ENVOY_HEADS: Final = frozenset(("سفير", "سفيري", "سفيرا", "سفراء", "سفيره", "القائم"))
#: a resumptive "in it" after a relative verb (الذي قتل فيه، التي سقط خلالها)
_RESUMPTIVE_IN: Final = frozenset(("فيه", "فيها", "خلاله", "خلالها", "جراءه", "جراءها"))
#: prepositions after a verb of outcome under قد (قد يؤدي إلى، قد يسفر عن): the result is possible
_OUTCOME_PREPS: Final = frozenset(("الي", "عن"))
#: "backed by" before an act of fire that covers the main act (بدعم من غارات، بإسناد من المدفعية)
_SUPPORTED_BY: Final = frozenset(("بدعم", "وبدعم", "باسناد", "وباسناد", "بغطاء", "وبغطاء", "بمساندة", "بمسانده", "وبمسانده"))

#: verbs that give an attack's toll (أسفر عن مقتل، أدى إلى مقتل، خلف)
_STRIKE_NOUNS: Final = frozenset(("غارات", "ضربات", "هجمات", "غاره", "ضربه", "هجوم", "قصف", "صواريخ"))
_FEAR_VERBS: Final = frozenset(("يخشي", "تخشي", "ويخشي", "وتخشي", "يخشون", "ويخشون", "خشي", "خشيت", "وخشي", "وخشيت"))
_GENERIC_FORCE_ADJECTIVES: Final = frozenset(("الامنيه", "الحكوميه", "النظاميه", "المشتركه", "الاتحاديه"))
_RESUMING_PRONOUNS: Final = frozenset(("انها", "وانها", "انهما", "انهم"))
_TOLL_VERBS: Final = frozenset(("اسفر", "اسفرت", "واسفر", "واسفرت", "ادي", "ادت", "وادي", "وادت", "خلف", "خلفت",
                         "يسفر", "تسفر", "يؤدي", "تؤدي"))

#: conditional particles: the verb after them states a condition (إذا استهدفت، لو هاجمت)
_CONDITIONALS: Final = frozenset(("اذا", "واذا", "فاذا", "لو", "ولو"))
#: verbs that inflict casualties (أوقعت الغارات 36 قتيلا)
_CASUALTY_VERBS: Final = frozenset(("اوقع", "اوقعت", "يوقع", "توقع", "اودت", "اودي", "حصدت", "حصد"))

#: land heads that take a nationality adjective as a place (الأراضي العراقية، المياه الإقليمية …)
_LAND_HEADS: Final = frozenset(("اراضي", "اراضيها", "ارض", "الاراضي", "الحدود", "حدود", "المياه", "مياه", "الاجواء",
                         "اجواء", "العاصمه", "عاصمه", "البلدات", "بلدات", "القري", "قري", "المدن", "مدن"))

#: compass parts that narrow a place (شمال العراق، جنوب لبنان)
_COMPASS: Final = frozenset(("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"))

#: words before an event noun that make it the circumstance or background of the act before it
_CIRCUMSTANCE_WORDS: Final = frozenset(("في", "خلال", "جراء", "اثر", "عقب", "منذ", "سلسله", "اثناء", "ابان", "وسط",
                                 "بسبب", "نتيجه", "عن", "الي"))

#: object pronouns a verb trigger may carry (دمرتها، قصفوهم); not ه, which ة also spells
_OBJECT_SUFFIXES: Final = ("هما", "هم", "ها")


def _object_suffixed(norm: str, k: int, lex: TriggerLexicon) -> list[Hit]:
    """A verb trigger with an object pronoun (``التي دمرتها الغارات``): the verb readings of the
    word without it (nouns take their pronouns from the lexicon's generated forms)."""
    if not norm.endswith(_OBJECT_SUFFIXES):
        return []
    return [Hit(idx, pos, pre, k, k, lemma) for idx, pos, pre, lemma in _suffixed_readings(norm, lex)]


_SUFFIXED: Final[dict[str, tuple[tuple[int, str, str, str], ...]]] = {}


def _suffixed_readings(norm: str, lex: TriggerLexicon) -> tuple[tuple[int, str, str, str], ...]:
    got = _SUFFIXED.get(norm)
    if got is None:
        got = tuple((h.entry, h.pos, h.prefix, h.lemma) for h in _suffixed_hits(norm, lex))
        if len(_SUFFIXED) > 200_000:
            _SUFFIXED.clear()
        _SUFFIXED[norm] = got
    return got


def _suffixed_hits(norm: str, lex: TriggerLexicon) -> list[Hit]:
    """Verb readings of ``norm`` without its object pronoun (word index left at 0)."""
    for suf in _OBJECT_SUFFIXES:
        if not norm.endswith(suf) or len(norm) - len(suf) < 3:
            continue
        stem_word = norm[:-len(suf)]
        if stem_word.endswith("و"):
            stem_word += "ا"  # قصفوها → قصفوا
        out = []
        for pre, stem in _lexicon_readings(stem_word, lex):
            if pre not in _VERB_PREFIXES:
                continue
            for idx, pos, lemma in lex.forms.get(stem, ()):
                if pos not in ("past", "pres") or (pre in _FUTURE and pos != "pres") or (
                        pos == "past" and pre in ("ل", "ول", "فل")):
                    continue
                out.append(Hit(idx, pos, pre, 0, 0, lemma))
            if out:
                return out
    return []


# --------------------------------------------------------------------------------------------
# Per-document analysis
# --------------------------------------------------------------------------------------------

_PUNCT_BREAK: Final = frozenset(".،,؛;:!?؟")
#: craft nouns that, definite, take back the strike already told (الطائرة، المسيرة)
_CRAFT_WORDS: Final = frozenset(norm_word(w) for w in ("طائرة", "طائرات", "مسيرة", "مسيرات", "مقاتلة", "مقاتلات",
                                                       "مروحية", "مروحيات", "قاذفة", "قاذفات"))
#: "similar": an event noun with it takes back the kind of event told (غارة مماثلة، هجوم مشابه)
_SIMILAR_WORDS: Final = frozenset(("مماثله", "مماثل", "مماثلا", "مماثلين", "مشابه", "مشابهه", "مشابها"))
_SENTENCE_BREAK: Final = frozenset(".؛;:!?؟")
# passive casualty verbs (قُتل، أُصيب) whose deaths a strike named after them in the clause caused
_KILLED_VERBS: Final = frozenset(("قتل", "قتلت", "قتلوا", "قتلا", "جرح", "جرحوا", "اصيب", "اصيبت", "اصيبوا",
                                    "لقي", "لقيت", "لقوا"))
_QUOTE_MARKS: Final = frozenset("\"«»“”'")


def _dateline_outlet(text: str, start: int, end: int) -> bool:
    """``(الفرات) - شنت …``: the outlet or city of the dateline, in brackets before a dash, is
    never an argument of the events told after it."""
    if start < 1 or text[start - 1] not in "([" or end >= len(text) or text[end:end + 1] not in ")]":
        return False
    rest = text[end + 1:end + 4].lstrip(" ")
    return rest[:1] in ("-", "–", "—", ":")


def _aw(name: str) -> frozenset[str]:
    """A word class of the argument rules (``arguments`` in event_triggers.yaml).

    Memoised (the loader is cached too): the argument rules ask for word classes tens of
    thousands of times per corpus.
    """
    got = _WORD_CLASSES.get(name)
    return got if got is not None else remember(_WORD_CLASSES, name, argument_words().get(name, frozenset()))


#: memos of word-level look-ups (see :func:`rasid.arabic.remember`)
_WORD_CLASSES: Final[dict[str, frozenset[str]]] = {}
_ROOT_KEYS: Final[dict[str, str]] = {}
_CONTEXT_KEYS: Final[dict[str, frozenset[str]]] = {}
_KB_SUBTYPES: Final[dict[str, str]] = {}


@cache
def _aw_tuple(name: str) -> tuple[str, ...]:
    """A word class as a tuple, for ``str.startswith``."""
    return tuple(sorted(_aw(name)))


_NISBA: Final = ("ي", "يه", "يون", "يين", "يان")
#: "one of them" as the subject of a verb that takes up the events just told
_PART_PRONOUNS: Final = frozenset(("احداها", "احدها", "بعضها", "معظمها", "اغلبها", "احداهما", "احدهما"))
#: verbs that give a name to the act just told (… تقول إنها "عملية خاصة")
_NAMING_VERBS: Final = frozenset(("تقول", "يقول", "يقولون", "وتقول", "ويقول", "تعتبر", "يعتبر", "تصف", "يصف", "تسمي", "يسمي"))
#: ordinals ranking an event just told (في أول هجوم من نوعه)
#: how much of a force (انسحاب معظم قوات الجيش، بعض وحدات الشرطة)
_SHARE_WORDS: Final = frozenset(("معظم", "بعض", "جميع", "كل", "اغلب", "باقي", "بقيه", "اخر", "مزيد"))

#: "came" before a definite event noun (وجاء الهجوم بعد …، وتأتي الضربات في وقت …): a known event placed in time
_CAME: Final = frozenset(("جاء", "جاءت", "وجاء", "وجاءت", "ياتي", "تاتي", "وياتي", "وتاتي"))

_ORDINALS: Final = frozenset(("اول", "ثاني", "ثالث", "اخر", "احدث", "اعنف", "اكبر", "ادمي", "اخطر"))
#: verbs affirming a clause (وأكدت أن …): a denial before them does not reach it
_ASSERT_VERBS: Final = frozenset(("اكد", "اكدت", "اكدوا", "يؤكد", "تؤكد", "قال", "قالت", "قالوا", "اضاف", "اضافت",
                           "اوضح", "اوضحت", "اعلن", "اعلنت", "اعلنوا", "ذكر", "ذكرت", "شدد", "شددت"))
#: "led by" (بقيادة الجنرال X): the name is the leader of the subject, not the subject
_LED_BY: Final = frozenset(norm_word(w) for w in ("قيادة", "زعامة", "رئاسة", "إمرة", "قيادته", "يقودها", "يقوده",
                                            "يتزعمها", "يترأسها"))
#: visiting: the place visited is where the talks are (سيزور دمشق، زيارة بغداد)
_VISIT_LEMMAS: Final = frozenset(("زار", "زياره"))
#: verbs of suffering an act (تعرضت المدينة لقصف): their subject is the target
_SUFFER: Final = frozenset(("تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "يتعرضون", "تعرضا", "تعرضتا"))
#: support verbs whose object noun names the act (شنت غارة، نفذت ضربات، تشن هجوما)
_SUPPORT_VERBS: Final = frozenset(("شن", "شنت", "شنوا", "تشن", "يشن", "يشنون", "نشن", "نفذ", "نفذت", "نفذوا", "ينفذ", "تنفذ",
                            "ينفذون", "ننفذ"))
#: verbs announcing a dispatch (أعلنت بريطانيا إرسال 600 جندي): the masdar object is planned
_ANNOUNCE: Final = frozenset(norm_word(w) for w in (
    "أعلن", "أعلنت", "أعلنوا", "وأعلن", "وأعلنت", "وأعلنوا", "يعلن", "تعلن", "ويعلن", "وتعلن", "فأعلن", "فأعلنت"))
#: modifiers of allegiance before a place (موالية لطهران، مدعومة من إيران، التابعة لموسكو)
_ALLEGIANCE: Final = frozenset(norm_word(w) for w in (
    "موالي", "موالية", "موالين", "موالون", "مدعوم", "مدعومة", "مدعومين", "مدعومون", "تابع", "تابعة", "تابعين",
    "مرتبط", "مرتبطة", "مرتبطين", "مقرب", "مقربة", "مقربين", "حليفة", "حليف", "مؤيدة", "مؤيد", "مؤيدين",
    "ممولة", "ممول"))
#: "belonging to" (تابعة لـ): the owner of the unit acts
_OWNED: Final = frozenset(norm_word(w) for w in ("تابع", "تابعة", "تابعين", "تابعه"))
#: titles held in an organisation (رئيس المجلس الرئاسي فائز السراج، قائد الجيش X)
_TITLE_HEADS: Final = frozenset(norm_word(w) for w in ("رئيس", "الرئيس", "وزير", "قائد", "زعيم", "مدير", "نائب", "مستشار",
                                                "أمين", "الأمين", "سفير", "مبعوث", "ممثل", "رئيسة", "وزيرة"))
_PLACE_OBJECT_TYPES: Final = frozenset(("ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID"))
_ARG_TYPES: Final = ("PERSON", "ORG", "GPE")
_FORCE_TYPES: Final = frozenset(("ASSAULT", "MOBILIZE", "RETREAT", "AID"))
# KB subtypes of the non-state armed groups generic fighters (المسلحون، المتمردون) refer back to
_ARMED_SUBTYPES: Final = frozenset(("armed_group", "militia", "militant", "coalition"))
#: event types that are stances of their actor (praise, blame, refusal, demand, threat)
_STANCE_TYPES: Final = frozenset(("SUPPORT", "ACCUSE", "REJECT", "REQUEST", "THREATEN"))


class _DocEvents:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.words = words_of(doc.text)
        self.wstarts = [w.start for w in self.words]
        #: word index by start offset: most look-ups are of a word's own start (a dict get is cheaper
        #: than a bisect call, and the argument rules ask thousands of times per article)
        self.wpos = {start: k for k, start in enumerate(self.wstarts)}
        self.sents: list[Sentence] = sentence_spans(doc)
        self.sent_starts = [s.start for s in self.sents]
        self.ents = EntityIndex([e for e in doc.entities if e.type in ("PERSON", "ORG", "GPE", "LOC")
                                 and not _dateline_outlet(doc.text, e.start, e.end)])
        self.lex = trigger_lexicon()
        self.mod = modality_lexicon()
        self.quantities = sorted(doc.quantities, key=lambda q: q.start)
        self.q_starts = [q.start for q in self.quantities]
        self.times = sorted(doc.times, key=lambda t: t.start)
        self.places_by_sentence: dict[int, str] = {}
        self.theatre: tuple[str | None, str | None] = (None, None)
        self._name_mask: list[bool] | None = None
        self._prefix_at: dict[int, str] | None = None
        self._topic_span = (-1, -1)  # words of the latest event noun read as a topic (_topic_of)
        self.done: list[Event] = []  # events logged so far, for definite nouns that refer back
        self._seats: set[int] = set()  # places named as the seat of an unnamed government (_authorities)
        self._accused: set[int] = set()  # names accused (اتهم X بـ…): never the place of the accusation
        speech = [(q.start, q.end, q.speaker, q.speaker_id, q.cue.start if q.cue else -1) for q in doc.quotes]
        speech += [(r["start"], r["end"], r.get("speaker"), r.get("speaker_id"), (r.get("cue") or {}).get("start", -1))
                   for r in doc.meta.get("reported_speech") or ()]
        self.speech = sorted(speech, key=lambda t: t[0])

    # -- helpers ---------------------------------------------------------------------------
    def widx(self, offset: int) -> int:
        """Index of the first word starting at or after ``offset``."""
        k = self.wpos.get(offset)
        return k if k is not None else bisect.bisect_left(self.wstarts, offset)

    def sentence_bounds(self, k: int) -> tuple[int, int, int]:
        """(sentence index, first word index, end word index) of word ``k``."""
        off = self.words[k].start
        si = bisect.bisect_right(self.sent_starts, off) - 1
        if si < 0 or off >= self.sents[si].end:
            # outside any sentence (headline fragments): use punctuation-bounded words
            lo = k
            while lo > 0 and not (self.words[lo - 1].punct and self.words[lo - 1].text in ".!?؟"):
                lo -= 1
            hi = k
            while hi < len(self.words) and not (self.words[hi].punct and self.words[hi].text in ".!?؟"):
                hi += 1
            return -1, lo, hi
        s = self.sents[si]
        return si, self.widx(s.start), self.widx(s.end)

    def _context_ok(self, entry: TriggerEntry, k_last: int, hi: int, k_first: int = -1, lo: int = 0,
                    verb: bool = False) -> bool:
        if not entry.context:
            return True
        if entry.context == ("named_party",):
            return self._party_after(k_last, hi)
        if entry.context_side in ("before", "both"):
            if entry.context_side == "both" and self._context_after(entry, k_last, hi, 2):
                return True
            j, n = k_first - 1, 0
            while j >= lo and n < entry.window:
                w = self.words[j]
                j -= 1
                if w.punct:
                    if w.text in ".؛:":
                        break
                    continue
                n += 1
                keys = _context_keys(w.norm)
                if any(keys & self.lex.contexts.get(name, frozenset()) for name in entry.context):
                    if entry.not_relative and self._after_relative(j + 1, lo):
                        continue  # الذين نظموا إضرابا: the frame belongs to a relative clause
                    return True
            return False
        return self._context_after(entry, k_last, hi, entry.window, verb)

    def _party_after(self, k_last: int, hi: int) -> bool:
        """A named state, organisation or person within two words after the trigger (``أبلغت
        واشنطن موسكو مسبقا``): the party told; not a news outlet (``أبلغ مسؤول رويترز``)."""
        for j in range(k_last + 1, min(k_last + 3, hi)):
            w = self.words[j]
            if w.punct:
                return False
            for e in self.ents.within(w.start, w.end + 80):
                if e.start <= w.start + 2 and e.type in _ARG_TYPES and not _is_media(e.id):
                    return True
        return False

    def _context_after(self, entry: TriggerEntry, k_last: int, hi: int, window: int, verb: bool = False) -> bool:
        words: set[str] = set()
        j = k_last + 1
        n = 0
        subject_end = -1
        condemn = "condemned_as" in entry.context
        while j < hi and n < window:
            w = self.words[j]
            j += 1
            if w.punct:
                if w.text in "،," and j < hi and self.words[j].norm in _AMOUNTING:
                    continue  # عدد الجنود في العراق، البالغ نحو 2500 جندي: the count in apposition
                if condemn and w.text in "،," and j < hi and self.words[j].norm in _aw("relatives"):
                    # وصفت الجبهة، التي يتزعمها X، الأحكام بأنها «فضيحة»: past the relative clause
                    k = j + 1
                    while k < hi and k - j < 12 and not (self.words[k].punct and self.words[k].text in "،,.؛:"):
                        k += 1
                    if k < hi and self.words[k].text in "،,":
                        j = k + 1
                        continue
                if w.text in ".؛:،,":
                    break
                continue
            if self._in_name(w):
                if verb and n == 0 and (subject_end < 0 or w.start < subject_end) and \
                        not self._spreading_verb(k_last):
                    if subject_end < 0:
                        subject_end = next((e.end for e in self.ents.within(w.start, w.end + 200)
                                            if e.start <= w.start < e.end), w.end)
                    continue  # the subject named right after a verb is not its object (أغلقت باكستان معبر …)
            else:
                n += 1
            if condemn and j >= 2 and not self.words[j - 2].punct and bare(self.words[j - 2].norm) in _FIGHT_ON:
                continue  # وصف الضربات بأنها بداية مرحلة في الحرب على الإرهاب: the fight, not the charge
            words |= _context_keys(w.norm)
        for name in entry.context:
            if words & self.lex.contexts.get(name, frozenset()):
                return True
        cats: set[str] = set()
        for name in entry.context:
            cats |= self.lex.context_quantities.get(name, frozenset())
        if cats:
            a = self.words[k_last].end
            b = self.words[min(j, len(self.words)) - 1].end if j > k_last + 1 else a
            for q in self._quantities_between(a, b):
                if q.category in cats:
                    return True
        return False

    def _spreading_verb(self, k: int) -> bool:
        """Word ``k`` is a verb of spreading out (``تنتشر القوات الإيطالية في محيط السد``): the
        forces named right after it are its subject and what the context asks for."""
        return any(lemma in _SPREADING_LEMMAS for _, stem in candidates(self.words[k].norm)
                   for _i, _p, lemma in self.lex.forms.get(stem, ()))

    def _prev_word(self, k: int, lo: int) -> int:
        """Index of the word before ``k`` in its clause, or -1 when ``k`` opens the clause."""
        j = k - 1
        if j < lo or self.words[j].punct:
            return -1
        return j

    def _after_relative(self, k: int, lo: int) -> bool:
        """Word ``k`` opens a relative clause (``الذين احتشدوا``، ``مما شهدته``)."""
        j = self._prev_word(k, lo)
        return j >= 0 and (self.words[j].norm in _aw("relatives") or self.words[j].norm in _aw("relative_ma"))

    def _ctx(self, names: Sequence[str]) -> frozenset[str]:
        out: frozenset[str] = frozenset()
        for name in names:
            out |= self.lex.contexts.get(name, frozenset())
        return out

    def _in_quantity(self, w: Word) -> bool:
        return any(q.start <= w.start < q.end for q in self._quantities_between(w.start - 80, w.start))

    def _shape_blocked(self, h: Hit, entry: TriggerEntry, lo: int, hi: int) -> bool:
        """Shape rules that keep mentions of an event apart from reports of it taking place.

        ``present_initial``: a present-tense verb reports an act only when it opens its clause
        (``ويعتصم الآلاف``), not after a noun or an auxiliary (``متظاهرين يحتجون``، ``كانوا
        يتظاهرون``). ``not_relative``: an act told in a relative clause describes somebody
        (``الذين احتشدوا``). ``subject_of``: participants report an act when they are the subject
        of one of the named verbs (``تجمع آلاف المتظاهرين``), not its object (``تفريق المتظاهرين``).
        ``definite_context``: a definite noun refers to an event already known unless a verb of
        continuation governs it (``تجددت المظاهرات``). ``governed_context``: a noun after a
        preposition is background (``خلال مظاهرة``، ``المشاركة في الاحتجاجات``) unless a verb of
        going out governs the phrase (``خرجوا في مسيرات``). ``unless``: words right after the
        trigger that give it another sense (``احتجت … لدى``، ``احتشدت قوات``).
        """
        words = self.words
        if entry.not_relative and self._after_relative(h.first, lo):
            return True
        if entry.clause_initial or (entry.present_initial and h.pos == "pres"):
            k = h.first
            while k > lo and words[k - 1].punct and words[k - 1].text in "«»\"“”'":
                k -= 1  # المتظاهرين «يحتجون»: a quotation mark does not open a clause
            j = self._prev_word(k, lo)
            if j >= 0 and strip_article(words[j].norm) not in self._ctx(("clause_openers",)):
                return True
        if entry.unless:
            bad = self._ctx(entry.unless)
            j, n = h.last + 1, 0
            while j < hi and n < entry.unless_window:
                w = words[j]
                j += 1
                if w.punct:
                    break
                n += 1
                if _context_keys(w.norm) & bad:
                    return True
            if entry.unless_side == "both" and self._frame_before(h.first, lo, entry.unless_window, entry.unless):
                return True
        if entry.subject_of and not self._subject_of(h, lo, entry):
            return True
        if h.pos in ("noun", "form", "phrase") and (entry.definite_context or entry.governed_context):
            norm = words[h.first].norm
            definite = h.prefix.endswith(("ال", "لل")) or strip_article(norm) != norm
            j = self._prev_word(h.first, lo)
            prev = words[j].norm if j >= 0 else ""
            clitic = h.prefix.lstrip("وف")[:1] in ("ب", "ل", "ك")  # بالاحتجاجات، للمظاهرة
            governors = self._ctx(("protest_governors",))
            governed = clitic or bare(prev) in governors or prev in governors
            if definite and entry.definite_context and not self._frame_before(h.first, lo, 2, entry.definite_context):
                return True
            if governed and entry.governed_context:
                start = h.first if clitic or j < 0 else j
                if not self._frame_before(start, lo, 3, entry.governed_context):
                    return True
        return False

    def _frame_before(self, k: int, lo: int, window: int, names: Sequence[str]) -> bool:
        """A word of the named contexts among the ``window`` words before ``k`` (same clause),
        itself not inside a relative clause."""
        bag = self._ctx(names)
        j, n = k - 1, 0
        while j >= lo and n < window:
            w = self.words[j]
            if w.punct:
                return False
            n += 1
            if _context_keys(w.norm) & bag:
                return not self._after_relative(j, lo)
            j -= 1
        return False

    def _subject_of(self, h: Hit, lo: int, entry: TriggerEntry) -> bool:
        """Participants (``آلاف المتظاهرين``) right after a verb of ``entry.subject_of``, with
        only counts and adverbs between (``احتشد أمس نحو 500 متظاهر``)."""
        skip = self._ctx(("subject_skip", "crowd"))
        verbs = self._ctx(entry.subject_of)
        j, n = h.first - 1, 0
        while j >= lo and n < 6:
            w = self.words[j]
            if w.punct:
                return False
            keys = _context_keys(w.norm)
            if keys & verbs:
                return not self._after_relative(j, lo)
            if not (keys & skip or w.norm.isdigit() or self._in_quantity(w)):
                return False
            j -= 1
            n += 1
        return False

    def _in_name(self, w: Word) -> bool:
        """A word inside a named entity (the subject between a verb and its object)."""
        if self._name_mask is None:
            mask = [False] * len(self.words)
            for e in self.ents.ents:
                k = self.widx(e.start)
                while k < len(self.words) and self.words[k].end <= e.end:
                    mask[k] = True
                    k += 1
            self._name_mask = mask
        k = self.widx(w.start)
        return k < len(self._name_mask) and self._name_mask[k]

    def _quantities_between(self, a: int, b: int) -> list[Quantity]:
        i = bisect.bisect_left(self.q_starts, a)
        out = []
        while i < len(self.quantities) and self.quantities[i].start <= b:
            out.append(self.quantities[i])
            i += 1
        return out

    def _blocked_hit(self, h: Hit, entry: TriggerEntry) -> bool:
        """Prefix, topic-head and quotation rules (see event_triggers.yaml)."""
        if entry.not_prefix and h.prefix in entry.not_prefix:
            return True
        if entry.indefinite_phrase and h.pos == "phrase" and any(
                w.norm.startswith(("ال", "وال", "بال", "فال", "لل", "ولل")) for w in self.words[h.first + 1:h.last + 1]):
            return True  # وجود القوات الأميركية: the known presence as a topic, not troops arriving
        if self._topic_of(h):
            return True
        if h.first > 0 and (h.pos in ("noun", "form") or h.pos == "phrase" and self._nominal_phrase(h)) \
                and self._hypothetical_or_rated(h, entry.type):
            return True
        if entry.type == "CONSULT" and h.pos in ("noun", "form") and bare(self.words[h.first].norm) in _SITTINGS \
                and self._sitting_of_vote(h):
            return True
        if entry.type == "COOPERATE" and h.pos in ("noun", "form") and h.first > 0 and not self.words[h.first - 1].punct \
                and _context_keys(self.words[h.first - 1].norm) & self._ctx(("agreement",)):
            return True  # اتفاقية التعاون العسكري، مذكرة التعاون: the accord's name, the accord is the event
        future_form = h.pos == "form" and self.words[h.first].norm.lstrip("وف").startswith(("سي", "ست", "سن"))
        nominal = h.pos in ("noun", "form") and not future_form or (
            h.pos == "phrase" and bare(self.words[h.first].norm) !=
                                                 self.words[h.first].norm.lstrip("وف") and h.prefix[-1:] != "ف"
            and h.lemma.split()[0] not in _EXCEPTIVE_NEGATIONS)  # («ولن نتردد»: a verb phrase, quoted)
        if nominal and self._in_direct_quote(self.words[h.first].start) and not self._counted(h) \
                and not self._done_by_verb(h.first):
            # quoted nouns are mostly rhetoric (شراكتنا، الحوار); a quoted verb reports an act, and
            # so does a counted noun (تحييد 24 إرهابيا) or one a verb of doing governs («أقدمت على
            # عملية اغتيال»، «نفذت ضربة»، «قامت بقصف»)
            return True
        return self._blocked(entry, h.first, h.last)

    def _asked_party(self, j: int, verb_last: int) -> bool:
        """The nisba at word ``j`` belongs to a phrase after من/إلى (``من الجانب الأمريكي``، ``إلى
        السلطات العراقية``) past the verb's object: the party addressed."""
        k = j - 1
        while k > verb_last and not self.words[k].punct and k >= j - 3:
            norm = self.words[k].norm
            if norm in ("من", "الي") or norm[:1] == "ل" and k == j - 1:
                return True
            k -= 1
        return False

    def _done_by_verb(self, k: int, light: bool = True) -> bool:
        """A verb of doing governs the noun at ``k`` (``أقدمت على عملية اغتيال``، ``نفذت ضربة``،
        ``قامت بقصف``), with at most the head ``عملية`` and على between (``light``: support and
        light verbs count too, not only أقدم/ارتكب)."""
        words = self.words
        j = k - 1
        if j >= 0 and not words[j].punct and bare(words[j].norm) in ("عمليه", "عمليات"):
            j -= 1
        if j >= 0 and not words[j].punct and words[j].norm in ("علي", "ب"):
            j -= 1
        if j < 0 or words[j].punct:
            return False
        norm = words[j].norm
        return norm.lstrip("وف") in _DOING_VERBS or light and any(
            stem in _SUPPORT_VERBS or stem in _aw("light_verbs") for _, stem in candidates(norm))

    def _sitting_of_vote(self, h: Hit) -> bool:
        """``صوت البرلمان على قرار …، في جلسة حضرها 170 نائبا``، ``وجاء التصويت في جلسة
        استثنائية``: the sitting a vote took place in is its setting, not a consultation."""
        p = self.words[h.first - 1] if h.first > 0 else None
        if not (h.prefix[:1] in ("ب", "ف") or p is not None and not p.punct and p.norm in ("في", "خلال", "وفي")):
            return False
        _si, lo, _hi = self.sentence_bounds(h.first)
        return any(not w.punct and (w.norm in _VOTE_WORDS or w.norm[1:] in _VOTE_WORDS)
                   for w in self.words[lo:h.first])

    def _hypothetical_or_rated(self, h: Hit, etype: str) -> bool:
        """An event noun after "any" (``تحسبا لأي هجوم``، ``رفضت أي وجود عسكري``: an act that may
        come, not one that came) or after a copula of rating (``يشكل الانسحاب ضربة لاستراتيجية
        واشنطن``، ``وتمثل الغارات تحولا``: a metaphor or a judgement, not an act reported)."""
        p = self.words[h.first - 1]
        if p.punct:
            return False
        if p.norm in _ANY:
            # … unless a negation particle denies it (ليس هناك أي وجود لقوات، لم تقدم أي دعم: negated)
            return not any(not w.punct and w.norm in _NEGATION_PARTICLES for w in self.words[max(0, h.first - 5):h.first])
        if h.pos == "phrase" or etype == "PROTEST":
            return False
        words = self.words
        preps = _aw("prepositions")
        for j in range(h.first - 1, h.first - 5, -1):
            if j < 0:
                return False
            w = words[j]
            if w.punct or w.norm in preps:
                return False  # (ومثل الوزير بلاده في اجتماع: "represented", the noun is where)
            if w.norm in _COPULAS or w.norm[1:] in _COPULAS and w.norm[:1] in ("و", "ف"):
                return True  # (واعتبر محللون الانسحاب ضربة موجعة: past the subject and the object)
        return False

    def _ranked_this(self, hit: Hit) -> bool:
        """``وهذا أول هجوم``، ``وهو أكبر هجوم``، ``ويعد أعنف قصف``: a pronoun or a copula, an ordinal or a
        superlative, then the event noun."""
        p, q = self.words[hit.first - 1], self.words[hit.first - 2]
        if p.punct or q.punct or not (p.norm in _ORDINALS or p.norm in _SUPERLATIVES):
            return False
        return q.norm in _THIS_IS or q.norm in _RANKING_COPULAS or q.norm[:1] == "و" and q.norm[1:] in _RANKING_COPULAS

    def _ranked(self, hit: Hit) -> bool:
        """A definite event noun right after a copula of rating (``ويعد الهجوم الأكبر منذ …``)."""
        for j in (hit.first - 1, hit.first - 2):
            if j < 0 or self.words[j].punct:
                return False
            norm = self.words[j].norm
            if norm in _RANKING_COPULAS or norm[:1] in ("و", "ف") and norm[1:] in _RANKING_COPULAS:
                return True
        return False

    def _nominal_phrase(self, h: Hit) -> bool:
        """A phrase trigger that opens with a noun (``عمليات عسكرية``), not a verb (``أطلق النار``)."""
        first = h.lemma.split()[0] if h.lemma else ""
        return not any(pos in ("past", "pres") for _i, pos, _l in self.lex.forms.get(first, ()))

    def _topic_of(self, h: Hit) -> bool:
        """An event noun named as a topic, not reported as an act: after an abstract head
        (``جهود التدريب``، ``دعم العمليات العسكرية``، ``غرف عمليات عسكرية``), after a preposition
        of topic (``مباحثات حول تعاون أمني``، ``بشأن الانسحاب``), or coordinated with such a
        topic (``دعم العمليات العسكرية وتدريب القوات``)."""
        if h.first == 0:
            return False
        first, end = self._topic_span
        if first <= h.first <= end:
            return True  # another reading of a word already read as a topic
        p = self.words[h.first - 1]
        if p.punct:
            return False
        if p.norm in _aw("topic_prepositions"):
            self._topic_span = (h.first, h.last)
            return True  # حول تعاون: no verb follows a preposition, whatever the letters spell
        if p.norm in ("عن", "اي") and self._information_about(h.first - 1):
            return True  # لا تملك معلومات عن أي غارة: what one knows (nothing) about, not an act
        if h.pos not in ("noun", "form") and not (h.pos == "phrase" and self._nominal_phrase(h)):
            return False
        if p.norm in ("في", "من") and h.first >= 2 and self._shortage_before(h.first - 2):
            return True  # نقص حاد في الإمدادات، شح في الوقود: what runs short, not a delivery
        # (a definite word heads no genitive: أعلن الوزير انتهاء …، أعلنت الوزارة تعليق … are subjects)
        head = (bare(p.norm) in self.lex.abstract_heads or strip_article(p.norm) in self.lex.abstract_heads) and \
            not p.norm.startswith(("ال", "وال"))
        if head or (
                h.prefix[:1] == "و" and 0 <= end < h.first and h.first - end <= 3
                and self._content_gap(end + 1, h.first) >= 0) or (h.first == end + 1 and not h.prefix):
            # … and the genitive of such a topic noun (دور تقديم المشورة)
            self._topic_span = (h.first, h.last)
            return True
        return False

    def _shortage_before(self, k: int) -> bool:
        """A noun of shortage ends at word ``k`` or one word before it (``نقص حاد``، ``شح``)."""
        words = self.words
        for j in (k, k - 1):
            if j < 0 or words[j].punct:
                return False
            if strip_article(words[j].norm) in _SHORTAGE_NOUNS:
                return True
        return False

    def _information_about(self, k: int) -> bool:
        """Word ``k`` (``عن``, or ``أي`` after it) follows a noun of information (``معلومات
        موثوقة عن``، ``تفاصيل عن``، ``دليل على``)."""
        words = self.words
        if words[k].norm == "اي":
            k -= 1
            if k < 1 or words[k].punct or words[k].norm != "عن":
                return False
        j, n = k - 1, 0
        while j >= 0 and n < 3:
            w = words[j]
            if w.punct:
                if w.text not in _QUOTE_MARKS:
                    return False
            elif strip_article(w.norm) in _INFO_NOUNS:
                return True
            else:
                n += 1
            j -= 1
        return False

    def _future_time(self, hit: Hit, a: int, b: int) -> bool:
        """A calendar date within a few words of the trigger that lies after the publication date
        (``يصل … غدا``, ``زيارة … الخميس المقبل``), or the coming weeks or months (``سحب وحداتها
        خلال الأشهر المقبلة``): the event has not happened yet."""
        pub = self.doc.published or ""
        t0, t1 = self.words[hit.first].start, self.words[hit.last].end
        for t in self.times:
            # (not a past verb told "later": دمرت لاحقا 24 هدفا)
            coming = t.value == "FUTURE_REF" and "لاحق" not in t.text
            if not (a <= t.start and t.end <= b) or not t.value or not coming and (
                    len(pub) < 10 or len(t.value) != 10 or t.value[4] != "-"):
                continue
            lo, hi = (t1, t.start) if t.start >= t1 else (t.end, t0)
            if self._content_gap(self.widx(lo), self.widx(hi)) < 0 or abs(self.widx(hi) - self.widx(lo)) > 8:
                continue
            if coming or t.value > pub[:10]:
                return True
        return False

    def _new_statement(self, a: int, b: int) -> bool:
        """Between words ``a`` and ``b`` a new reported statement opens (``وإن طائراته "قصفت"``
        after ``إن حزب الله أطلق``): a complementizer and a quotation boundary, so the two
        triggers are two claims, not one event told twice."""
        if self._in_direct_quote(self.words[a].start) == self._in_direct_quote(self.words[b].start):
            return False
        return any(not w.punct and w.norm in _aw("complementizers") for w in self.words[a + 1:b])

    def _counted(self, h: Hit) -> bool:
        """A quantity right after the trigger (within two words): ``تحييد 24 إرهابيا``."""
        end = self.words[h.last].end
        limit = self.words[min(h.last + 2, len(self.words) - 1)].end
        return any(q.start >= end and q.start <= limit for q in self._quantities_between(end, limit))

    def _in_direct_quote(self, offset: int) -> bool:
        return any(q.start <= offset < q.end for q in self.doc.quotes)

    def _blocked(self, entry: TriggerEntry, first: int, last: int) -> bool:
        if entry.not_before and first > 0:
            p = self.words[first - 1]
            if not p.punct and (bare(p.norm) in entry.not_before or strip_article(p.norm) in entry.not_before) \
                    and not self._prevented(first - 1) and not self._support_subject(first - 1):
                # … but حال الجيش دون تزويد المسلحين بالسلاح is aid prevented, not "without aid"
                return True
        if entry.not_after and last + 1 < len(self.words):
            n = self.words[last + 1]
            if not n.punct and (bare(n.norm) in entry.not_after or strip_article(n.norm) in entry.not_after
                                or n.norm in entry.not_after):
                return True
        return False

    def _support_subject(self, k: int) -> bool:
        """Word ``k`` is the definite subject of a support verb right before it (``شنت الطائرات
        غارات``، ``نفذت المقاتلات ضربات``): the noun after it is the verb's object, not a compound
        (``طائرات هجوم``)."""
        w = self.words[k]
        if k < 1 or not w.norm.startswith(("ال", "وال")) or strip_article(w.norm) not in _CRAFT_WORDS:
            return False
        v = self.words[k - 1]
        return not v.punct and any(stem in _SUPPORT_VERBS for _, stem in candidates(v.norm))

    def _prevented(self, k: int) -> bool:
        """Word ``k`` (``دون``) closes ``حال … دون`` (prevented), with the subject between."""
        j = k - 1
        while j >= 0 and k - j <= 5 and not self.words[j].punct:
            if self.words[j].norm in _aw("prevention_heads"):
                return True
            j -= 1
        return False

    def _inside_entity(self, start: int, end: int) -> bool:
        """A trigger word that is part of a name (``قوات مكافحة الإرهاب``, ``الحشد الشعبي``)."""
        for e in self.ents.within(max(0, start - 60), end + 60):
            if e.start <= start and end <= e.end and e.end - e.start > end - start:
                return True
        return False

    # -- detection -------------------------------------------------------------------------
    def triggers(self) -> list[tuple[Hit, TriggerEntry, int, int, int]]:
        out: list[tuple[Hit, TriggerEntry, int, int, int]] = []
        k = 0
        n = len(self.words)
        no_reading = _NO_READING
        while k < n:
            w = self.words[k]
            if w.punct or len(w.norm) < 2 or w.norm in no_reading:
                k += 1
                continue
            hits = match_word(self.words, k, self.lex)
            if not hits:
                k += 1
                continue
            si, lo, hi = self.sentence_bounds(k)
            chosen = None
            for h in hits:
                entry = self.lex.entries[h.entry]
                if self._blocked_hit(h, entry):
                    continue
                if not self._context_ok(entry, h.last, hi, h.first, lo, h.pos in ("past", "pres")):
                    continue
                if self._shape_blocked(h, entry, lo, hi):
                    continue
                if self._inside_entity(self.words[h.first].start, self.words[h.last].end):
                    continue
                if self._generic_people(h, entry, hi):
                    continue
                chosen = (h, entry, si, lo, hi)
                break
            if chosen is not None:
                out.append(chosen)
                k = chosen[0].last + 1
            else:
                k += 1
        return out

    def _generic_people(self, h: Hit, entry: TriggerEntry, hi: int) -> bool:
        """A stance verb whose subject is nobody in particular (``رحب آخرون بالأمر``، ``ينتقد
        البعض``): an opinion in the air, not an act of an actor an analyst could log."""
        if entry.type not in _STANCE_TYPES or h.pos not in ("past", "pres"):
            return False
        j = h.last + 1
        return j < hi and not self.words[j].punct and self.words[j].norm in _aw("generic_people")

    # -- arguments -------------------------------------------------------------------------
    def _governed(self, e: Entity) -> bool:
        i = self.widx(e.start)
        if i > 1 and self.words[i - 1].start < e.start < self.words[i - 1].end and \
                self.words[i - 1].norm[:1] == "ل" and bare(self.words[i - 2].norm) in _aw("earlier_verbs"):
            return False  # سبق لحركة الشباب أن هاجمت: the name after سبق لـ is the subject
        if i < len(self.words) and self.words[i].start < e.start:
            return True
        if i > 0 and self.words[i - 1].end > e.start and not self._clause_conjunct(i - 1, e):
            return True  # the entity starts inside a word: a clitic preposition
        if clitic_governed(e):
            return True
        j = i - 1
        while j >= 0 and self.words[j].punct and self.words[j].text in "\"«»“”'(":
            j -= 1
        if j >= 0 and bare(self.words[j].norm) in _aw("governed_heads") and not (
                e.type == "PERSON" and self.words[j].norm.startswith(("ال", "وال"))):
            # (القيادي في الحركة خليل الحية: a definite head closes the phrase, the person follows it)
            j -= 1
            while j >= 0 and self.words[j].punct and self.words[j].text in "\"«»“”'(":
                j -= 1
        if j >= 0 and not self.words[j].punct and e.type in ("GPE", "LOC") and (
                bare(self.words[j].norm) in _aw("location_heads") or strip_article(self.words[j].norm)
                in _aw("location_heads")):
            return True  # يطأ الجنود أرض العراق: a place named by a place noun is where, not who
        if j >= 0 and not self.words[j].punct and self.words[j].norm in _aw("focus_adverbs"):
            # على الموصل والأنبار وتحديدا الرمادي: a focused item shares the list's preposition
            k = j - 1
            if k >= 0 and self.words[k].norm in _aw("focus_negators"):
                k -= 1
            prev = [x for x in self.ents.within(max(0, e.start - 120), self.words[j].start)
                    if k >= 0 and x.end == self.words[k].end]
            if prev:
                return self._governed(prev[-1])
        if j >= 0 and not self.words[j].punct:
            pw = self.words[j].norm
            if pw in _aw("prepositions"):
                # كلا من الولايات المتحدة والعراق: "both", not a preposition
                return not (pw == "من" and j > 0 and self.words[j - 1].norm in _aw("both_words"))
            if pw[:1] in "وف" and pw[1:] in _aw("prepositions"):
                return True  # وفي كينشاسا، هاجم متظاهرون: a place after و+في is where, not who
            # لمواجهة تنظيم داعش، بإرسال قوات: the object of a prepositional/purpose phrase
            if pw[:1] in "بل" and not pw.startswith("ال") and len(pw) > 3 and not pw.startswith(
                    _aw_tuple("not_clitic_bl")) and self._clitic_bl(self.words[j]):
                return True
        if e.type in ("GPE", "LOC") and self._witness_place(e):
            return True  # وشهدت العاصمة طرابلس اشتباكات: the place that saw them, not who fought
        if e.type == "PERSON":
            # اتصل برئيس حكومة الإقليم X، التقى بوزير الخارجية X: the person after a title with
            # the clitic ب/ل is governed by it (the one called or met), not the subject
            k = i - 1
            while k >= 0 and i - k <= 4 and not self.words[k].punct:
                nw = self.words[k].norm
                if nw in _TITLE_HEADS:
                    break
                if nw[:1] in "بل" and nw[1:] in _TITLE_HEADS:
                    return True
                k -= 1
        return False

    def _witness_place(self, e: Entity) -> bool:
        """A place as the subject of شهد/تشهد (``وتشهد منطقة الساحل …``، ``شهدت العاصمة طرابلس``),
        a place head word allowed between."""
        k = self.widx(e.start) - 1
        if k >= 0 and not self.words[k].punct and bare(self.words[k].norm) in _PLACE_HEADS:
            k -= 1
        return k >= 0 and not self.words[k].punct and self.words[k].norm.lstrip("وف") in _WITNESS_VERBS

    def _clause_conjunct(self, k: int, e: Entity) -> bool:
        """Word ``k`` is ف + the name (``، فالقوات التركية تتقدم``) or و + the name opening a clause:
        a conjunction, not a preposition (a و inside a list, ``طهران وموسكو``, joins a conjunct)."""
        pre = self.doc.text[self.words[k].start:e.start]
        if pre == "ف":
            return True
        return pre == "و" and (k == 0 or self.words[k - 1].punct)

    def _clitic_bl(self, w: Word) -> bool:
        """Does ``w`` open with the clitic ب/ل by the segmenter's reading (``بإرسال``, ``لمواجهة``)?
        Root letters are not clitics: ``بدأت الولايات المتحدة`` is a verb and its subject. Without
        a segmentation every ب/ل-initial word counts."""
        if self._prefix_at is None:
            self._prefix_at = {t.start: t.prefix for t in self.doc.tokens if not t.is_punct}
        pre = self._prefix_at.get(w.start)
        if pre is None:
            return True
        if pre.endswith("ال"):
            pre = pre[:-2]
        return pre[-1:] in ("ب", "ل")

    def _preposition_of(self, e: Entity) -> str | None:
        """The preposition governing ``e`` (``في``, ``الي`` or a clitic ``ب``/``ل``), if any."""
        i = self.widx(e.start)
        if clitic_governed(e):
            t = normalize_head(e.text[:1])
            return t if t in ("ب", "ل", "ك") else normalize_head(e.text[1:2])
        if i > 0 and self.words[i - 1].end > e.start:
            return self.words[i - 1].norm[:1]
        if i < len(self.words) and self.words[i].start < e.start:
            return normalize_head(self.doc.text[self.words[i].start:e.start])
        if i > 2 and self.words[i - 1].norm == "من" and self.words[i - 2].norm in _aw("both_words"):
            i -= 2  # إلى كل من سوريا والعراق: the preposition before "كل من"
        if i > 0 and self.words[i - 1].norm in _aw("prepositions"):
            return self.words[i - 1].norm
        if i > 0 and self.words[i - 1].norm[:1] in "وف" and self.words[i - 1].norm[1:] in _aw("prepositions"):
            return self.words[i - 1].norm[1:]  # وفي كينشاسا، هاجم …: the conjunction before في
        if i > 0 and not self.words[i - 1].punct and bare(self.words[i - 1].norm) in _aw("location_heads"):
            return "في"  # أرض العراق، لأرجاء العراق: a place head works like في
        if i > 1 and self.words[i - 2].norm in _aw("prepositions") and not self.words[i - 1].punct:
            return self.words[i - 2].norm
        return None

    def _nisba_actor(self, lo: int, hi: int, *, standalone: bool = True) -> tuple[str, str | None] | None:
        """``القوات الأمريكية``/``الجنود الأمريكيون``/``الايطاليين`` → the country (KB nisba table).

        A nisba counts when it follows a forces/officials head noun (``جنود``, ``مسؤولين``) or,
        with ``standalone``, when it is itself a definite plural noun (``الايطاليين``).
        """
        found = self._nisba_scan(lo, hi, standalone=standalone)
        return found[:2] if found else None

    def _nisba_scan(self, lo: int, hi: int, *, standalone: bool = True) -> tuple[str, str | None, int] | None:
        """:meth:`_nisba_actor` with the word index of the nisba found.

        A nisba inside a name (``الحكومة العراقية``, ``القوات العراقية`` as entities) belongs to
        that institution: the entity is the argument (or, governed by a preposition, no actor at
        all), never the bare country.
        """
        for j in range(lo, min(hi, len(self.words))):
            w = self.words[j]
            accusative = not w.punct and w.norm.endswith("يا") and "\u064b" in w.text  # ضابطا روسيا
            broken = _BROKEN_NISBA.get(w.norm) if w.norm[-1:] in ("س", "ك") else None  # مدربون روس، جنود أتراك
            if w.punct or not (accusative or broken or w.norm.endswith(_NISBA + ("ان",))) or self._in_org(w):
                continue
            ok = False
            if j > lo:
                for back in (1, 2):
                    if j - back < lo:
                        break
                    h = self.words[j - back]
                    if h.punct:
                        break
                    if bare(h.norm) in _aw("actor_heads") or strip_article(h.norm) in _aw("actor_heads") \
                            or h.norm in _aw("soldier_words") or _dual_singular(h.norm) in _aw("actor_heads"):
                        ok = True  # (5000 عسكري أمريكي: a soldier counted by nationality; مقاتلتان: a dual)
                        break
                    if not h.norm.endswith(("يه", "ي")) and h.norm not in _FORCE_ADJECTIVES:
                        break  # (قوات خاصة أمريكية: an adjective of the force between)
            if not ok and standalone and w.norm.startswith(("ال", "وال")) and w.norm.endswith(("يين", "يون", "ان")):
                ok = True
            if not ok:
                continue
            entry = _nationality(broken or (w.norm[:-1] if accusative else w.text))
            if entry is not None:
                return (getattr(entry, "name", None) or str(entry), getattr(entry, "id", None), j)
        return None

    def _nisba_follows(self, k: int, hi: int) -> bool:
        """An indefinite nationality adjective right after word ``k``, or after one other nisba
        (``قصف تركي``، ``قصف مدفعي روسي``): the word at ``k`` is a noun."""
        for j in (k + 1, k + 2):
            if j >= hi:
                return False
            w = self.words[j]
            if w.punct or w.norm.startswith("ال") or not w.norm.endswith(_NISBA):
                return False
            if nationality_entry(w.text) is not None:
                return True
        return False

    def _in_org(self, w: Word) -> bool:
        """A word inside an organisation's name (``العراقية`` of ``الحكومة العراقية``)."""
        return any(e.type == "ORG" and e.start <= w.start and w.end <= e.end
                   for e in self.ents.within(max(0, w.start - 80), w.end + 80))

    def _noun_nisba(self, hit: Hit, hi: int, etype: str) -> tuple[str, str | None] | None:
        """A nisba agreeing with the trigger noun: ``الضربات الجوية الأمريكية``, ``تدفق القوات الأمريكية``."""
        j = hit.last + 1
        between = 0
        counted = 0
        while j < hi and between <= 2:
            w = self.words[j]
            if w.punct:
                return None
            if etype in _FORCE_TYPES and counted < 5 and not hit.prefix.startswith("ب") and (
                    w.norm in _APPROX or self._in_quantity(w)):
                # وجود نحو 4 آلاف جندي رواندي: the count between noun and troops (not after a
                # directive, أمر ترامب بسحب 1000 جندي أمريكي: who ordered it acts)
                j += 1
                counted += 1
                continue
            if between and w.norm[:1] in "بل" and not w.norm.startswith("ال") and len(w.norm) > 3 \
                    and nationality_entry(w.text) is None:
                return None  # اتصالين هاتفيين بنظيريه الهندي: the nisba of the partner after بـ
            if w.norm.endswith(_NISBA):
                entry = nationality_entry(w.text)
                if entry is not None:
                    return (getattr(entry, "name", None) or str(entry), getattr(entry, "id", None))
                j += 1
                between += 1
                continue
            if between == 0 and j == hit.last + 1 and w.norm.startswith("وال") and w.norm.endswith("ات") \
                    and self.words[hit.last].norm.endswith("ات"):
                # الغارات والاعتداءات الإسرائيلية: the plural nisba right after qualifies both plural nouns
                nxt = self.words[j + 1] if j + 1 < hi else None
                coord = nationality_entry(nxt.text) if nxt is not None and not nxt.punct else None
                if coord is not None:
                    return (getattr(coord, "name", None) or str(coord), getattr(coord, "id", None))
                return None
            if between == 0 and etype not in ("AID",) and (bare(w.norm) in _aw("actor_heads")):
                j += 1
                between += 1
                continue
            return None
        return None

    def _apposition_of(self, k: int, ents: list[Entity]) -> Entity | None:
        """The person a title clause starting at word ``k`` stands in apposition to
        (``تشاك هيجل، وزير الدفاع الأمريكي،``): a free PERSON name right before the comma, the
        clause opening with a title (``وزير``، ``رئيس``)."""
        if k >= len(self.words) or self.words[k].punct or not (
                bare(self.words[k].norm) in _aw("actor_heads") or strip_article(self.words[k].norm) in _aw("actor_heads")):
            return None
        j = k - 1
        if j < 1 or not self.words[j].punct or self.words[j].text not in "،,":
            return None
        j -= 1
        while j >= 0 and self.words[j].punct and self.words[j].text in "\"«»“”'":
            j -= 1
        if j < 0 or self.words[j].punct:
            return None
        end = self.words[j].end
        for e in ents:
            if e.type == "PERSON" and e.end == end and not self._governed(e):
                return e
        return None

    def _clause_words(self, start: int, stop: int, step: int, limit: int) -> Iterator[int]:
        """Indices of up to ``limit`` content words from ``start`` towards ``stop`` (exclusive) in
        steps of ``step`` (±1), ending at a clause break; other punctuation is skipped."""
        j, n = start, 0
        while (j < stop if step > 0 else j > stop) and n < limit:
            w = self.words[j]
            if w.punct:
                if w.text in _PUNCT_BREAK:
                    return
            else:
                yield j
                n += 1
            j += step

    def _suffered(self, hit: Hit, lo: int) -> bool:
        """The event noun is what the clause subject suffered (``تعرضت كييف … لموجة من الهجمات``)."""
        return any(any(stem in _SUFFER for _, stem in candidates(self.words[j].norm))
                   for j in self._clause_words(hit.first - 1, lo - 1, -1, 8))

    def _accused_agent(self, hit: Hit, lo: int,
                       ents: list[Entity]) -> tuple[str, str | None, Entity | None] | None:
        """``اتهم زيلينسكي إيران بتزويد روسيا بطائرات``: the act an accusation charges somebody
        with (ب + verbal noun) is the accused's, not the accuser's."""
        if not hit.prefix.endswith("ب") or not self.done:
            return None
        prev = self.done[-1]
        a = self.widx(prev.trigger.end)
        if prev.type != "ACCUSE" or self.widx(prev.trigger.start) < lo or not 0 < hit.first - a <= 12:
            return None
        if any(w.punct and w.text in ".؛:!?؟" for w in self.words[a:hit.first]):
            return None
        t0 = self.words[hit.first].start
        between = [e for e in ents if prev.trigger.end <= e.start and e.end <= t0 and e.type in _ARG_TYPES
                   and not self._governed(e) and _surface(e) != prev.actor]
        if not between:
            return None
        e = between[-1]
        return _surface(e), e.id, e

    def _titled_person(self, e: Entity, after: list[Entity]) -> Entity:
        """``رئيس المجلس الرئاسي فائز السراج``: an organisation after a title, with a person named
        right after it, is where the person holds the title; the person acts."""
        if e.type not in ("ORG", "GPE"):
            return e
        k = self.widx(e.start)
        if k == 0 or self.words[k - 1].punct or bare(self.words[k - 1].norm) not in _TITLE_HEADS:
            return e
        nxt = self.widx(e.end)
        for e2 in after:
            if e2.start >= e.end:
                if e2.type == "PERSON" and self.widx(e2.start) == nxt:
                    return e2
                break
        return e

    def _forces_state(self, e: Entity) -> tuple[str, str | None] | None:
        """``القوات الأمريكية``/``الجنود الأمريكيون`` as the ones deployed or withdrawn: the state
        that moves its troops is the actor of a deployment (``تدفق القوات الأمريكية``)."""
        toks = [norm_word(t) for t in e.text.split()]
        if len(toks) != 2 or not (bare(toks[0]) in _aw("actor_heads") or strip_article(toks[0]) in
                                   _aw("actor_heads")) or bare(toks[0]) not in _aw("troop_heads"):
            return None
        entry = _nationality(e.text.split()[-1])
        if entry is None:
            return None
        return getattr(entry, "name", None) or str(entry), getattr(entry, "id", None)

    def _as_actor(self, e: Entity) -> tuple[str, str | None]:
        """Name an entity as an actor: as written (``القوات العراقية`` is itself an actor in the
        KB); nationality adjectives without an entity are mapped by :meth:`_nisba_actor`."""
        return _surface(e), e.id

    def actor(self, hit: Hit, lo: int, hi: int, ents: list[Entity],
              etype: str) -> tuple[str | None, str | None, Entity | None]:
        """Who did it: VSO subject, genitive of a noun, clause subject, speaker, previous speaker."""
        words = self.words
        t_start, t_end = words[hit.first].start, words[hit.last].end
        # a news outlet is the source of the report (reported_by), never its agent; nor is a town
        # or a region (بينها لاليبيلا وغوندر): only states and capitals stand for who acts
        ents = [e for e in ents if not _is_media(e.id) and _place_subtype(e.id) not in _NOT_ACTOR_PLACES
                and not self._dateline_place(e)]
        after = [e for e in ents if e.start >= t_end and e.type in _ARG_TYPES]
        is_verb = hit.pos in ("past", "pres") or (hit.pos == "form" and (
            words[hit.first].norm[:1] in "يتن" or words[hit.first].norm[len(hit.prefix):] in _aw("past_forms")
            or words[hit.first].norm[len(hit.prefix):].startswith(("سي", "ست", "سن"))))
        if not is_verb and hit.pos == "phrase" and hit.prefix in ("", "و", "ف") and not self._nominal_phrase(hit) \
                and words[hit.first].norm.endswith(("وا", "ت")):
            is_verb = True  # سلموا أنفسهم، أطلقت النار: a phrase opening with a finite verb
        if is_verb and _TANWIN & set(words[hit.first].text):
            is_verb = False  # طلبًا رسميًا: a word with tanwin is a noun, whatever its letters spell
        elif not is_verb and hit.pos != "noun" and hit.first > lo and words[hit.first - 1].norm in ("قد", "لقد"):
            is_verb = True  # قد طالب: only a verb follows قد
        if is_verb and hit.pos == "past" and self._nisba_follows(hit.last, hi):
            is_verb = False  # قصف (مدفعي) تركي: a noun with its nationality, not the verb قصف
        agent = self._explicit_agent(hit, hi)
        if agent is not None:
            return agent
        if is_verb and hit.prefix[:1] == "و" and etype in _VERBAL_ACTS and 0 < hit.first < hi - 1 \
                and words[hit.first - 1].punct and words[hit.first - 1].text in "،," \
                and (words[hit.last + 1].norm in _BI_ANNA or words[hit.last + 1].norm[:1] == "ب"
                     and self._clitic_bl(words[hit.last + 1])):
            # قال المتحدث باسم الحركة إن …، وهدد بأن …: the speaker goes on with an act of his own
            s_idx = self.sentence_bounds(hit.first)[0]
            coord = self._speaker_before(self.sents[s_idx].start, t_start) if s_idx >= 0 else None
            if coord is not None:
                return coord[0], coord[1], None
        if etype == "AID" and hit.pos == "phrase":
            giver = self._cover_giver(hit, hi, after)
            if giver is not None:
                name, eid = self._as_actor(giver)
                return name, eid, giver  # بإسناد استخباري من التحالف الدولي: who gives the cover
        if etype == "REQUEST" and not is_verb and self._rejected_request(hit):
            return None, None, None
        if etype in ("MOBILIZE", "RETREAT") and (not is_verb or hit.pos == "past" and not hit.prefix):
            # (سحب after أعلن is the verbal noun, whatever its letters spell)
            leader = self._announcing_person(hit, lo, ents)
            if leader is not None:
                return _surface(leader), leader.id, leader
        if not is_verb:
            agent = self._light_verb_agent(hit, lo, ents) or self._accused_agent(hit, lo, ents)
            if agent is not None:
                return agent
            if self._suffered(hit, lo):
                return None, None, None  # تعرضت كييف لموجة من الهجمات: Kyiv was hit, it did not attack
            if etype == "AID" and hit.first > lo and not words[hit.first - 1].punct and any(
                    stem in _aw("aid_receivers") for _, stem in candidates(words[hit.first - 1].norm)):
                # يحتاج العراق مساعدة الولايات المتحدة: after need/ask/receive the genitive gives
                for e in after:
                    if self.widx(e.start) == hit.last + 1 and self._preposition_of(e) is None:
                        name, eid = self._as_actor(e)
                        return name, eid, e
        if bare(words[hit.first].norm) in _aw("circumstantial") or words[hit.first].norm in _aw("circumstantial"):
            # وقال X …، داعيا الطرفين: a participle of state shares the main clause's subject
            subj = self._sentence_subject(hit, lo, ents)
            if subj is not None:
                return subj
        stem = words[hit.first].norm[len(hit.prefix):]
        if is_verb and (hit.pos == "pres" and stem[:1] == "ن" or hit.pos == "past" and stem.endswith("نا")
                        or hit.pos == "form" and stem in _aw("first_person_forms")):
            sp = self._speaker_at(t_start)
            if sp is not None:
                return sp[0], sp[1], None  # "نطلب من جميع الجنود …": we, the speaker
        if is_verb and etype == "REQUEST":
            shared = self._shared_subject(hit, lo, hi, after)
            if shared is not None:
                return shared
        if is_verb:
            aux = self._auxiliary_subject(hit, lo, ents) or self._preverbal_subject(hit, lo, ents)
            if aux is not None:
                name, eid = self._as_actor(aux)
                return name, eid, aux  # وكانت إسلام آباد قد طالبت كابل: the subject of كان
            back = self._subject_refers_back(hit, lo, etype)
            if back is not None:
                return back[0], back[1], None  # وقال مسؤول إن الطائرة أطلقت، أن الضربات دمرت: the strike told
            ant = self._antecedent(hit.last + 1) or self._title_antecedent(hit.last + 1)
            if ant is not None:
                return _surface(ant), ant.id, ant  # تبنت الحركة الهجوم: the movement named before
            ant = self._forces_antecedent(hit.last + 1, hi)
            if ant is not None:
                return _surface(ant), ant.id, ant  # تغادر آخر قوات البعثة: the mission named before
            nis = self._preverbal_nisba(hit, lo)
            if nis is not None:
                return nis[0], nis[1], None  # مئة عسكري أمريكي يرافقون القوات العراقية
            head = self._relative_head(hit, lo, ents)
            if head is not None:
                name, eid = self._as_actor(head)
                return name, eid, head  # بطلب من فرنسا، التي طالبت بـ: the name the relative clause is about
            auth = self._authorities(hit.last + 1, hi) or self._authorities_before(hit, lo, hi)
            if auth is not None:
                return auth  # نفت الحكومة، وكانت السلطات قد اعتقلت: the state's own government
            # VSO: the subject follows the verb within a few words (adverbs, قد, titles between);
            # not when a generic subject stands before it (أن بلاده تقدر التزام إيطاليا: SVO)
            accused = False
            for e in [] if self._generic_subject_before(hit, lo) else after:
                if etype == "ACCUSE" and e.type != "PERSON" and self._accused_object(e):
                    accused = True  # واتهم حماس بالتراجع: the one accused of it, not the accuser
                    self._accused.add(e.start)  # … nor the place of the accusation
                    break
                gap = self._content_gap(hit.last + 1, self.widx(e.start))
                # a long title opening the subject (أدان رئيس حكومة تصريف الأعمال العراقية X): the name
                max_gap = 7 if e.type == "PERSON" and hit.last + 1 < len(words) and \
                    words[hit.last + 1].norm in _TITLE_HEADS else 4
                if gap < 0 or gap > max_gap or any(self.words[x].norm in _aw("relatives") or self.words[x].norm in
                                             _aw("agent_verbs") or self.words[x].norm in _aw("complementizers")
                                             for x in range(hit.last + 1, self.widx(e.start))):
                    # … طائرة مسيرة أطلقتها القوات الروسية: the agent of a relative clause; وحذرت
                    # من أن الحكومة ستدفع: the subject of the أن-clause, not of the verb
                    break
                if e.type == "GPE" and hit.lemma in _VISIT_LEMMAS:
                    continue  # سيزور دمشق: the place visited, not the visitor
                if self.widx(e.start) > 0 and bare(words[self.widx(e.start) - 1].norm) in _ENVOY_HEADS:
                    break  # ستستدعي سفيري الولايات المتحدة وبريطانيا: the envoys' states are the object
                if not self._governed(e):
                    e = self._titled_person(e, after)
                    name, eid = self._as_actor(e)
                    return name, eid, e
                if self._allegiance_of(e) or self._member_of(e, hit.last):
                    name, eid = self._as_actor(e)
                    return name, eid, e  # شنت طائرة تابعة لقوات الجيش الوطني، نفى مسؤول في الخارجية
                if self._preposition_of(e) == "ل" and e.type in ("ORG", "GPE"):
                    nxt = next((x for x in after if x.start >= e.end), None)
                    lam_word = self.widx(e.start + 1) - 1  # the word holding لـ
                    if nxt is not None and nxt.type == "PERSON" and self.widx(nxt.start) == self.widx(e.end) \
                            and lam_word > hit.last and all(not w.punct and w.norm.startswith("ال")
                                                       for w in self.words[hit.last + 1:lam_word]):
                        name, eid = self._as_actor(nxt)
                        return name, eid, nxt  # دعا الأمين العام لحلف الناتو X: the titled person
                if self._preposition_of(e) == "ل" and any(
                        not w.punct and not w.norm.startswith("ال") and not w.norm.endswith(_NISBA)
                        for w in self.words[hit.last + 1:self.widx(e.start)]):
                    break  # قصف مواقع لقوات سوريا الديمقراطية (قسد): the object has begun
            start = hit.last + 1
            end = self._clause_end(start, hi, 8)
            if words[hit.first].norm.lstrip("وف") in _KILLED_VERBS:
                # قتل ثلاثة جنود أمريكيين: the passive's victims are no actor; the strike's nationality
                # after them is (جنديين قتلا في قصف تركي)
                start = next((k for k in range(start, end) if not words[k].punct and (
                    words[k].norm in _CIRCUMSTANCE_WORDS or words[k].norm[:1] == "ب"
                    and words[k].norm[1:] in _STRIKE_NOUNS)), end)
            found = None if accused or self._generic_subject_before(hit, lo) else self._nisba_scan(
                start, end, standalone=False)
            if found is not None and etype == "REQUEST" and self._asked_party(found[2], hit.last):
                found = None  # طلبت توضيحا من الجانب الأمريكي: the party asked, not who asks
            if found is not None:
                return found[0], found[1], None
        else:
            # genitive: طلبات البنتاجون، هجمات داعش، الضربات الجوية لقوات التحالف; but the
            # genitive of a patient noun is the victim (مقتل أحد قادة الحزب، اعتقال الناشط)
            patient = bare(words[hit.first].norm) in _aw("patient_nouns") or hit.lemma in _aw("patient_nouns") \
                or etype == "AID"  # تزويد الجيش العراقي، تدريب قوات الشرطة: the genitive receives the aid
            if bare(words[hit.first].norm) in _aw("death_nouns") or hit.lemma in _aw("death_nouns"):
                # مقتل زعيم التنظيم أبو بكر البغدادي خلال عملية نفذتها قوات خاصة أمريكية: the
                # operation's agent, named past the victim's long name
                agent = self._explicit_agent(hit, hi, 14)
                if agent is not None and (agent[2] is None or any(
                        bare(w.norm) in _aw("agent_verbs") and w.end <= agent[2].start
                        for w in words[hit.last + 1:self.widx(agent[2].start)])):
                    return agent  # (not the victim's group named before the relative verb)
                return None, None, None  # أعلن الحزب مقتل قائده: the announcer did not kill him
            for e in [] if patient else after:
                gap = self.widx(e.start) - hit.last
                if gap > 3:
                    break
                if e.type == "GPE" and etype in _PLACE_OBJECT_TYPES:
                    continue
                prep = self._preposition_of(e)
                lam = prep == "ل" and etype in ("ASSAULT", "MOBILIZE", "RETREAT", "COERCE")
                between = [words[x] for x in range(hit.last + 1, self.widx(e.start))]
                if etype in ("ASSAULT", "MOBILIZE", "RETREAT", "COERCE") and between and all(
                        not w.punct and (w.norm.endswith(("يه", "ي")) or (w.norm[:1] == "ل" and bare(w.norm)
                                                                         in _aw("actor_heads")))
                        for w in between) and between[-1].norm[:1] == "ل":
                    lam = True  # الضربات الجوية لقوات التحالف
                if lam and prep == "ل" and any(not w.punct and not w.norm.endswith(("يه", "ي", "ين"))
                                               and w.norm[:1] != "ل" and not w.norm.startswith("ال")
                                               for w in between):
                    lam = False  # قصف مواقع لقوات سوريا الديمقراطية: the owner of the target
                if etype == "REQUEST" and prep == "من":
                    lam = True  # طلبا رسميا من الحكومة: who asks
                elif etype in ("MOBILIZE", "RETREAT", "ASSAULT") and prep in (None, "من") and between and all(
                        not w.punct and (w.norm in _aw("troop_heads") or bare(w.norm) in _aw("troop_heads")
                                         or w.norm in _SHARE_WORDS)
                        for w in (between[:-1] if prep == "من" else between)) and not (
                        prep == "من" and between[-1].norm != "من"):
                    lam = True  # انسحاب وحدات من الجيش، انتشار معظم قوات البيشمركة: whose units
                if prep is None and gap <= 1 or lam or (prep is None and all(
                        not words[x].punct and words[x].norm.startswith("ال")
                        or words[x].punct and words[x].text in _QUOTE_MARKS
                        or bare(words[x].norm) in _aw("org_anaphors")  # هجوم تنظيم "الدولة الإسلامية"
                        for x in range(hit.last + 1, self.widx(e.start)))) or (
                        prep is None and e.type == "PERSON" and between and between[0].norm in _TITLE_HEADS
                        and all(not w.punct and (w.norm in _TITLE_HEADS or w.norm.startswith("ال"))
                                for w in between)):  # زيارة رئيس الوزراء X: the titled visitor
                    name, eid = self._as_actor(e)
                    return name, eid, e
            ant = None if patient else self._antecedent(hit.last + 1) or (
                self._forces_antecedent(hit.last + 1, hi) if etype in ("MOBILIZE", "RETREAT") else None)
            if ant is not None:
                return _surface(ant), ant.id, ant  # قوام البعثة، انسحاب قوات البعثة
            nis = self._noun_nisba(hit, hi, etype)
            if nis:
                return nis[0], nis[1], None
            # المحادثات بين موسكو وكييف: the first party of a joint event
            j = hit.last + 1
            while j < hi and j <= hit.last + 3 and not words[j].punct and words[j].norm != "بين":
                j += 1
            if j < hi and words[j].norm == "بين":
                for e in after:
                    if self.widx(e.start) == j + 1:
                        name, eid = self._as_actor(e)
                        return name, eid, e
        # the subject of the clause holding the trigger, then of the clauses before it; inside
        # a quotation only the quoted words count (the speaker comes next)
        q = self._speech_span(t_start)
        s_lo = lo
        if q is not None:
            lo = max(lo, self.widx(q[0]))
        segments = self._segments_before(lo, hit.first)
        if segments and any(self.words[x].norm in _aw("pronoun_openers") for x in range(*segments[0])):
            # لكنها …: the pronoun points back to the sentence subject, also when the clause
            # before it is reported speech (تقول واشنطن إن …، لكنها لا ترى)
            segments = self._segments_before(s_lo, hit.first)[-1:]
        for n_seg, (seg_lo, seg_hi) in enumerate(segments):
            if seg_lo > lo and self.words[seg_lo - 1].punct and self.words[seg_lo - 1].text in "،," \
                    and self._relative_opens(seg_lo, seg_hi):
                continue  # ويخوض الحزب، الذي تصنفه تركيا منظمة إرهابية، تمردا: skip the relative clause
            seg = [e for e in ents if self.widx(e.start) >= seg_lo and e.end <= words[max(seg_lo, seg_hi - 1)].end
                   and e.type in _ARG_TYPES and e.end <= t_start]
            seg_nisba = self._nisba_scan(seg_lo, seg_hi)
            if seg_nisba is not None and etype == "ASSAULT" and any(
                    not w.punct and (w.norm.lstrip("وف") in _KILLED_VERBS or w.norm in _SUBSET_WORDS)
                    for w in words[seg_lo:seg_nisba[2]]):
                # قتل ثلاثة جنود أمريكيين في هجوم، بينهم جندي أمريكي: the victims' nationality
                seg_nisba = None
            for e in seg:
                if not self._governed(e):
                    if seg_nisba is not None and self._content_gap(seg_nisba[2] + 1, self.widx(e.start)) > 3:
                        break  # 1500 عنصر أميركي … لضمان أمن السفارة: the nisba phrase comes first
                    name, eid = self._as_actor(e)
                    return name, eid, e
                if self._owned_force(e, seg_lo):
                    name, eid = self._as_actor(e)
                    return name, eid, e  # أن طائرات التابعة للقوة الجوية نفذت ضربات: the force's owner
            if seg_nisba:
                app = self._apposition_of(seg_lo, ents) if n_seg > 0 else None
                if app is not None:
                    return _surface(app), app.id, app  # أبلغ تشاك هيجل، وزير الدفاع الأمريكي، عن إرسال
                return seg_nisba[0], seg_nisba[1], None
            # أن التنظيم شن …، وأعلن الحزب …: a definite organisation noun opening the clause
            first = next((x for x in range(seg_lo, seg_hi) if not words[x].punct), seg_hi)
            opening = [first] if first < seg_hi else []
            if opening and not words[first].norm.startswith("ال") and first + 1 < seg_hi:
                opening.append(first + 1)  # after a clause-initial verb: وقصفت الحركة
            for x in opening:
                ant = self._antecedent(x) or self._title_antecedent(x)
                if ant is not None:
                    return _surface(ant), ant.id, ant
                prev_w = words[hit.first - 1].norm if hit.first > 0 else ""
                auth = None if prev_w in _CIRCUMSTANCE_WORDS or prev_w in ("بعد", "قبل") else self._authorities(
                    x, seg_hi)  # (طلبت السلطات … بعد هجوم على قرية: not who attacked)
                if auth is not None:
                    return auth  # أعلنت السلطات في X تعبئة: X's own authorities
            if n_seg == 0 and not is_verb and self._opens_complement(hit.first):
                # قال المرصد إن الغارات أسفرت …: the event noun is the clause subject; the speaker
                # of the main clause reports it, he did not carry it out
                segments = []
                break
            if n_seg == 0:
                common_subj = self._common_subject(seg_lo, seg_hi)
                if common_subj == "generic":
                    w0 = words[seg_lo]
                    if w0.norm in ("الجيش", "والجيش"):
                        return "الجيش", None, None  # أن الجيش استعاد: the army as written
                    w1 = words[seg_lo + 1] if seg_lo + 1 < seg_hi else w0
                    state = self._speaker_state(t_start) or (
                        self._speaker_country(t_start)
                        if w0.norm in _COUNTRY_PRONOUNS or w1.norm in _COUNTRY_PRONOUNS else None)
                    if state is not None:
                        return state[0], state[1], None  # أعلنت وزارة الدفاع التركية أن مقاتلاتها دمرت
                    if is_verb and w0.norm in ("القوات", "والقوات") and (hit.first == seg_lo + 1 or (
                            hit.first == seg_lo + 2 and words[seg_lo + 1].norm in _GENERIC_FORCE_ADJECTIVES)):
                        forces = self._national_forces_before(w0.start)
                        if forces is not None:
                            return _surface(forces), forces.id, forces  # قال القائد إن القوات حررت: those named before
                    if is_verb and 0 < hit.first - seg_lo <= 3 and w0.norm.endswith(("ه", "ها", "نا")) \
                            and w0.norm not in _COUNTRY_PRONOUNS:
                        body = self._commanded_body(t_start)
                        if body is not None:
                            return _surface(body), body.id, body  # قال قائد قوات X إن قواته: X
                    break  # إن قواته "صدت …": the speaker's own side (below)
                if common_subj == "other":
                    occ = self._occupier_in(seg_lo, min(seg_lo + 3, seg_hi))
                    if occ is not None:
                        return occ[0], occ[1], None  # أن جرافات الاحتلال دمرت: the occupying state
                    return None, None, None  # (not the reporter)
        force = self._force_agent(hit, hi, ents)
        if force is not None:
            return force
        # no free subject: a member/participant phrase (الأعضاء بالتحالف، المشاركون في اجتماع دول التحالف)
        for seg_lo, _seg_hi in self._segments_before(lo, hit.first)[:1]:
            for e in ents:
                k = self.widx(e.start)
                heads = [bare(self.words[x].norm) for x in (k - 1, k - 2) if 0 <= x < len(self.words)]
                if e.type in ("ORG", "GPE") and k >= seg_lo and e.end <= t_start and \
                        self._preposition_of(e) in ("ب", "في") and any(h in _aw("member_heads") for h in heads):
                    name, eid = self._as_actor(e)
                    return name, eid, e
        if not is_verb:
            prior = self._prior_actor(hit, etype)
            if prior is not None:
                return prior[0], prior[1], None
            if self._opens_complement(hit.first):
                return None, None, None  # never the reporter of the clause
        if is_verb:
            cont = self._continued_subject(hit, lo)
            if cont is not None:
                return cont
        sp = self._speaker_at(t_start)
        if sp is not None:
            if etype in _FORCE_TYPES:
                sp = _ministry_state(sp[0]) or sp  # a ministry fields no forces: its state does
            return sp[0], sp[1], None
        if is_verb and words[hit.first].norm.lstrip("وف") not in _KILLED_VERBS:
            # (وقُتل شخصان في غارة، قُتل خلالها: a passive toll has no subject to carry over)
            next_word = words[hit.last + 1] if hit.last + 1 < len(words) else None
            # only when no subject follows: the verb goes straight on to its complement (أشاد بـ)
            per = self._previous_person(t_start, words[hit.first].norm) if next_word is not None and not next_word.punct and (
                next_word.norm in _aw("prepositions") or next_word.norm[:1] in "بل" and self._clitic_bl(next_word)) else None
            if per is not None:
                return per
            sp = self._previous_speaker(t_start)
            if sp is not None:
                return sp[0], sp[1], None
        return None, None, None

    def _accused_object(self, e: Entity) -> bool:
        """``اتهم X بـ<charge>``: a name followed straight by a بـ-phrase is the accused."""
        last = self.widx(e.end) - 1
        if last + 1 >= len(self.words):
            return False
        nxt = self.words[last + 1]
        return not nxt.punct and nxt.norm[:1] == "ب" and len(nxt.norm) > 3 and self._clitic_bl(nxt)

    def _shared_subject(self, hit: Hit, lo: int, hi: int,
                        after: list[Entity]) -> tuple[str, str | None, Entity | None] | None:
        """``أدانت الخارجية العراقية الاعتداءات، ودعت أنقرة إلى …``: a request verb coordinated
        inside the sentence goes on with the subject of the clause before it; the one name between
        it and إلى is whom it asks."""
        if hit.prefix not in ("و", "ف") or not after or not self.done:
            return None
        prev = self.done[-1]
        if prev.actor is None or prev.sentence is None or self.widx(prev.trigger.start) < lo:
            return None
        if not any(w.punct and w.text in "،," for w in self.words[self.widx(prev.trigger.end):hit.first]):
            return None
        e = after[0]
        k, last = self.widx(e.start), self.widx(e.end) - 1
        if k != hit.last + 1 or last + 1 >= hi or entity_label(e) == prev.actor:
            return None
        nxt = self.words[last + 1]
        if nxt.punct or nxt.norm not in ("الي", "إلى", "علي", "الى"):
            return None
        return prev.actor, prev.actor_id, None

    def _end_before_verb(self, hit: Hit, lo: int) -> int | None:
        """End offset of the word right before the verb, skipping a قد/لقد (where an SVO subject
        ends), or None at the clause start or a punctuation mark."""
        j = hit.first - 1
        if j >= lo and not self.words[j].punct and self.words[j].norm in ("قد", "لقد"):
            j -= 1
        if j < lo or self.words[j].punct:
            return None
        return self.words[j].end

    def _auxiliary_subject(self, hit: Hit, lo: int, ents: list[Entity]) -> Entity | None:
        """``وكانت الحكومة الفدرالية قد فرضت …``: a name between كان and (قد +) the verb is its
        subject (SVO), whatever name follows the verb."""
        end = self._end_before_verb(hit, lo)
        if end is None:
            return None
        for e in ents:
            if e.end == end and e.type in _ARG_TYPES:
                k = self.widx(e.start) - 1
                # … or with the person's title between (وكان الأمين العام للأمم المتحدة X قد التقى)
                while k >= lo and e.start - self.words[k].start < 60 and not self.words[k].punct \
                        and self.words[k].norm not in _KANA and e.type == "PERSON":
                    k -= 1
                if k >= lo and not self.words[k].punct and self.words[k].norm in _KANA:
                    return e
        # وكان مسلحو التنظيم قد اجتاحوا المدينة: the fighters of the organisation named before
        k = self.widx(end) - 1
        if k - 2 >= lo and self.words[k - 2].norm in _KANA and self.words[k - 1].norm in _aw("fighter_words"):
            return self._antecedent(k)
        return None

    def _preverbal_subject(self, hit: Hit, lo: int, ents: list[Entity]) -> Entity | None:
        """SVO: a person named right before the verb (``وزير الخارجية عباس عراقجي سيزور دمشق``),
        or any actor opening a complement clause right before it (``إن حماس هاجمت``), is its
        subject; the name after the verb is then its object."""
        if hit.prefix[:1] in ("و", "ف"):
            return None  # وهاجم …: a new coordinated clause, its subject follows
        end = self._end_before_verb(hit, lo)
        if end is None:
            return None
        for e in ents:
            if e.end == end and e.type in _ARG_TYPES and not self._governed(e):
                k = self.widx(e.start) - 1
                prev = self.words[k] if k >= lo else None
                opens = prev is None or prev.punct or prev.norm in _aw("complementizers")
                if prev is not None and not opens and (prev.norm in _aw("relatives") or any(
                        not w.punct and bare(w.norm) in _LED_BY for w in self.words[max(lo, k - 2):k + 1])):
                    return None  # المجلس العسكري بقيادة الجنرال X رفض: the leader of the subject
                if e.type == "PERSON" or opens:
                    return e
            if e.end == end and e.type == "ORG" and self._members_subject(e, lo):
                return e  # نحو 300 من عناصر التنظيم سلموا أنفسهم: the members act for their group
        return None

    def _members_subject(self, e: Entity, lo: int) -> bool:
        """``(نحو 300) من عناصر التنظيم`` right before a verb: a counted share of a group's members."""
        k = self.widx(e.start) - 1
        if k - 1 < lo or self.words[k].punct or self.words[k].norm not in _MEMBER_WORDS:
            return False
        p = self.words[k - 1]
        return not p.punct and (p.norm == "من" or self._in_quantity(p))

    def _previous_person(self, offset: int, verb: str) -> tuple[str, str | None, Entity | None] | None:
        """A verb without a subject (``ومن جهة أخرى، أشاد بـ…``) after a sentence whose last
        person is a subject (``ولم يحدد الجنرال الأميركي``, the title resolved to its name): that
        person, when he was named after the last speech cue. Plural verbs (أشادوا) are skipped."""
        if verb.endswith(("وا", "ون")):
            return None
        si = self.sentence_bounds(self.widx(offset))[0]
        if si <= 0:
            return None
        start = self.sents[si - 1].start
        best: tuple[int, str, str | None, Entity | None] | None = None
        for e in self.ents.within(start, offset):
            if e.type == "PERSON" and not self._governed(e) and (best is None or e.start > best[0]):
                best = (e.start, _surface(e), e.id, e)
        for c in self.doc.meta.get("entity_coref") or ():
            a = c.get("start", -1)
            if start <= a < offset and c.get("name") and (best is None or a > best[0]) and \
                    str(c.get("id") or "").startswith("per:"):
                best = (a, str(c["name"]), c.get("id"), None)
        if best is None:
            return None
        if any(name and best[0] < cue < offset and not _is_media(sid) for _a, _b, name, sid, cue in self.speech):
            return None  # someone spoke after him: the speaker fallback decides
        return best[1], best[2], best[3]

    def _generic_subject_before(self, hit: Hit, lo: int) -> bool:
        """The verb follows a generic subject that opens a complement clause (``إن قواته صدت``،
        ``أن بلاده تقدر``): the speaker's own side is the subject, not a name after the verb."""
        j = hit.first - 1
        if j >= lo and not self.words[j].punct and self.words[j].norm in ("قد", "لقد"):
            j -= 1
        # … or with definite adjectives after it (إن الدفاعات الجوية أسقطت طائرات إسرائيلية)
        for _ in range(3):
            if j - 1 < lo or self.words[j].punct:
                return False
            if self.words[j - 1].norm in _aw("bare_complementizers") or j - 2 >= lo and self.words[
                    j - 1].norm in _KANA_FORMS and self.words[j - 2].norm in _aw("bare_complementizers"):
                break  # أن تكون بلاده قد زودت
            if not self.words[j].norm.startswith("ال") or self._in_name(self.words[j]):
                return False
            j -= 1
        else:
            return False
        w = self.words[j].norm
        return w in _aw("generic_subjects") or bare(w) in _aw("generic_subjects")

    def _continued_subject(self, hit: Hit, lo: int) -> tuple[str, str | None, Entity] | None:
        """A sentence opening with a connective that continues the previous one (``حيث نقلت
        المعدات`` after ``وضع الجيش الأمريكي الأسس …``): a subjectless verb right after it shares
        the subject of the previous sentence (its first free name)."""
        if hit.first != lo + 1 or self.words[lo].norm not in _aw("sentence_continuers"):
            return None
        si = self.sentence_bounds(hit.first)[0]
        if si <= 0:
            return None
        prev = self.sents[si - 1]
        if "\n" in self.doc.text[prev.end:self.words[lo].start]:
            return None  # a new paragraph
        for e in self.ents.within(prev.start, prev.end):
            if e.end <= prev.end and e.type in _ARG_TYPES and not _is_media(e.id) and not self._governed(e):
                return _surface(e), e.id, e
        return None

    def _opens_complement(self, k: int) -> bool:
        """Word ``k`` directly follows a bare complementizer (``إن الغارات``), not ``إنه``."""
        j = k - 1
        while j >= 0 and self.words[j].punct and self.words[j].text in "\"«“":
            j -= 1
        return j >= 0 and not self.words[j].punct and self.words[j].norm in _aw("bare_complementizers")

    def _prior_actor(self, hit: Hit, etype: str) -> tuple[str, str | None] | None:
        """A definite event noun with no agent of its own (``الغارات``, ``الهجوم البري``) refers
        to the campaign already told: the actor of the latest event of that type in the last
        few sentences."""
        w = self.words[hit.first]
        definite = hit.prefix.endswith(("ال", "لل")) or w.norm.startswith(("ال", "وال", "بال", "فال", "لل"))
        if not definite and hit.last + 1 < len(self.words):
            nxt = self.words[hit.last + 1]
            definite = not nxt.punct and nxt.norm in _SIMILAR_WORDS  # غارة مماثلة: one like the strike told
        if not definite:
            return None
        si = self.sentence_bounds(hit.first)[0]
        for ev in reversed(self.done):
            if ev.type == etype and ev.actor and (ev.sentence is None or si < 0 or si - ev.sentence <= 6):
                return ev.actor, ev.actor_id
        return None

    def _subject_refers_back(self, hit: Hit, lo: int, etype: str) -> tuple[str, str | None] | None:
        """SVO with a definite subject that takes back what was told (``إن الطائرة أطلقت``،
        ``أن الضربات "دمرت"``): an event noun of the same type or a craft noun; the actor is that
        of the latest event of the type, not the reporter of the clause."""
        if hit.prefix[:1] in ("و", "ف") or not self.done:
            return None
        j = hit.first - 1
        while j > lo and self.words[j].punct and self.words[j].text in _QUOTE_MARKS:
            j -= 1
        if j < lo or self.words[j].punct:
            return None
        w = self.words[j]
        if not w.norm.startswith("ال"):
            return None
        if strip_article(w.norm) not in _CRAFT_WORDS and not any(
                self.lex.entries[h.entry].type == etype and h.pos in ("noun", "form")
                for h in match_word(self.words, j, self.lex)):
            return None
        return self._prior_actor(Hit(entry=0, pos="noun", prefix="", first=j, last=j), etype)

    def _sentence_subject(self, hit: Hit, lo: int,
                          ents: list[Entity]) -> tuple[str | None, str | None, Entity | None] | None:
        """The main subject of the trigger's sentence: the speaker of a speech cue before the
        trigger, else the first free name of the sentence."""
        t_start = self.words[hit.first].start
        s_start = self.words[lo].start if lo < len(self.words) else 0
        best: tuple[int, str, str | None, int] | None = None
        for a, _b, name, sid, cue in self.speech:
            if name and s_start <= cue < t_start and (best is None or cue > best[3]) and not _is_media(sid):
                best = (a, name, sid, cue)
        if best is not None:
            # the speaker himself: داعيا/متوعدا are his own acts (an unnamed spokesman's are his body's)
            body = self._cue_body(best[1], best[3], best[0])
            if body is not None:
                return body[0], body[1], None
            return best[1], best[2], None
        for e in ents:
            if e.end <= t_start and e.type in _ARG_TYPES and not self._governed(e) and not _is_media(e.id):
                return _surface(e), e.id, e
        return None

    def _explicit_agent(self, hit: Hit, hi: int,
                        reach: int = 6) -> tuple[str | None, str | None, Entity | None] | None:
        """An agent the text spells out after the trigger: a relative verb with an object
        pronoun (``قصف مدفعي شنته قوات الدعم السريع``, ``غارة نفذتها مسيرة إسرائيلية``) or a
        passive agent phrase (``على يد القوات العراقية``, ``من قبل الجيش``)."""
        words = self.words
        phrases = _agent_phrases()
        heads = _agent_phrase_heads()
        j, seen = hit.last + 1, 0
        while j < hi and seen < reach:
            w = words[j]
            if w.punct:
                if w.text in _PUNCT_BREAK:
                    return None
                j += 1
                continue
            start = -1
            if bare(w.norm) in _aw("agent_verbs") or w.norm in _aw("agent_verbs"):
                if seen and hit.pos in ("past", "pres") and bare(w.norm).startswith("اطلق"):
                    return None  # أسقطت 37 طائرة مسيرة أطلقتها القوات الروسية: who launched the drones
                start = j + 1
            elif heads is None or w.norm in heads:
                for ph in phrases:
                    if all(j + x < hi and words[j + x].norm == t for x, t in enumerate(ph)):
                        start = j + len(ph)
                        break
            if start >= 0:
                end = self._clause_end(start, hi, 6)
                for e in self.ents.within(words[start].start if start < len(words) else 0,
                                          words[end - 1].end if end > start else 0):
                    if e.type in _ARG_TYPES and self._preposition_of(e) not in ("في", "علي", "الي", "ب"):
                        return _surface(e), e.id, e
                nis = self._nisba_actor(start, end)
                if nis:
                    return nis[0], nis[1], None
                ant = self._antecedent(start) if start < hi else None
                if ant is None and start + 1 < end and not words[start].punct \
                        and not words[start].norm.startswith("ال"):
                    ant = self._antecedent(start + 1)  # شنه مسلحو التنظيم: the fighters of the group
                if ant is not None:
                    return _surface(ant), ant.id, ant  # هجوم شنه التنظيم: the organisation named before
                if start == j + 1:
                    # لهجمات يعتقد أن التنظيم كان يخطط لشنها: the relative verb's subject stands
                    # before it when none follows
                    for x in range(j - 1, hit.last, -1):
                        ant = self._antecedent(x)
                        if ant is not None:
                            return _surface(ant), ant.id, ant
                        if words[x].norm in _aw("complementizers") or words[x].norm in _aw("relatives"):
                            break
                return None
            seen += 1
            j += 1
        return None

    def _definite_head(self, k: int) -> tuple[Word, str] | None:
        """Word ``k`` and its head noun when it is a definite common noun outside any name
        (``التنظيم`` → تنظيم, ``والرئيس`` → رئيس): the anaphors the antecedent rules resolve."""
        if k < 0 or k >= len(self.words):
            return None
        w = self.words[k]
        if w.punct or self._in_name(w):
            return None
        head = next((w.norm[len(p):] for p in ("ال", "وال", "فال") if w.norm.startswith(p)), None)
        return None if head is None else (w, head)

    def _antecedent(self, k: int) -> Entity | None:
        """A definite organisation head noun (``التنظيم``, ``الحركة``, ``الجماعة``, ``الحزب``)
        standing for the organisation named before it with that head (``تنظيم داعش``,
        ``حركة الشباب``): the latest such organisation in the preceding text."""
        found = self._definite_head(k)
        if found is None:
            return None
        w, head = found
        if head in _aw("fighter_anaphors"):
            return self._armed_antecedent(w.start)
        if head not in _aw("org_anaphors"):
            return None
        for e in reversed(self.ents.before(w.start)):
            if w.start - e.end > 3000:
                break
            if e.type == "ORG" and head in {strip_article(norm_word(t)) for t in f"{e.text} {e.name or ''}".split()}:
                return e
            if e.type == "ORG" and self._head_before(e) == head:
                return e  # تنظيم "داعش" … التنظيم: the head noun written before the name
        return None

    def _title_antecedent(self, k: int) -> Entity | None:
        """A bare definite title (``وكان الملك قد قطع زيارة``، ``وأكد الرئيس``) standing for the
        person named before with that title (``العاهل الأردني الملك عبد الله الثاني``)."""
        found = self._definite_head(k)
        if found is None:
            return None
        w, head = found
        if head not in _PERSON_TITLES:
            return None
        nxt = self.words[k + 1] if k + 1 < len(self.words) else None
        if nxt is not None and not nxt.punct and (nationality_entry(nxt.text) is not None or any(
                e.start == nxt.start for e in self.ents.within(nxt.start, nxt.end + 60))):
            return None  # الرئيس الأمريكي، الملك عبد الله: a title with more to it, not an anaphor
        for e in reversed(self.ents.before(w.start)):
            if w.start - e.end > 3000:
                break
            if e.type != "PERSON":
                continue
            if strip_article(norm_word(e.text.split()[0])) == head:
                return e  # (الملك محمد السادس: the title inside the mention)
            x = self.widx(e.start)
            for y in range(x - 1, max(x - 4, -1), -1):
                t = self.words[y]
                if t.punct:
                    break
                if strip_article(t.norm) == head or bare(t.norm) == head:
                    return e
        return None

    def _announcing_person(self, hit: Hit, lo: int, ents: list[Entity]) -> Entity | None:
        """``وكان الرئيس X قد أعلن في شباط الماضي انسحاب القوات الفرنسية``، ``أعلن الوزير X عن إرسال
        ألف جندي``: the leader who announces a deployment or a withdrawal decides it, whatever
        forces follow the noun."""
        j = hit.first - 1
        if j >= lo and self.words[j].norm == "عن":
            j -= 1  # أعلن عن إرسال
        n = 0
        while j >= lo and n < 7:
            w = self.words[j]
            if w.punct and w.text not in "/" or w.norm in _aw("complementizers"):
                return None
            if not w.punct and w.norm in _ANNOUNCE:
                break
            j -= 1
            n += 1
        else:
            return None
        if j < lo:
            return None
        a = self.words[j].start
        persons = [e for e in ents if e.type == "PERSON" and e.end <= self.words[hit.first].start]
        for e in persons:  # VSO: أعلن الرئيس X …
            if e.start > a and 0 <= self._content_gap(j + 1, self.widx(e.start)) <= 5:
                return e
        for e in reversed(persons):  # وكان X قد أعلن
            if e.end <= a and self._content_gap(self.widx(e.end - 1) + 1, j) <= 1 and all(
                    not x.punct and (x.norm in ("قد", "لقد") or x.norm in _KANA)
                    for x in self.words[self.widx(e.end - 1) + 1:j]):
                return e
            if e.end <= a:
                break
        return None

    def _dateline_place(self, e: Entity) -> bool:
        """``باريس (وكالة) - …``، ``لندن - …``: the place a report is filed from, opening its
        paragraph, is no party to what the sentence tells."""
        text = self.doc.text
        if e.type != "GPE" or (e.start > 0 and text[e.start - 1] != "\n"):
            return False
        rest = text[e.end:e.end + 3].lstrip(" ")
        return rest[:1] in ("(", "-", "–", "—")

    def _national_forces_before(self, offset: int) -> Entity | None:
        """A bare ``القوات`` (``إن القوات حررت 29 حيا``) stands for the national forces named last
        before it (``القوات العراقية``), not for the commander who reports what they did."""
        for e in reversed(self.ents.before(offset)):
            if offset - e.end > 2500:
                break
            if e.type != "ORG":
                continue
            parts = e.text.split()
            if len(parts) == 2 and norm_word(parts[0]) in ("القوات", "قوات") and norm_word(parts[1]).endswith(("يه", "ي")):
                return e
        return None

    def _armed_antecedent(self, offset: int) -> Entity | None:
        """``سيطر المتمردون``/``وسيطر المسلحون``: the generic fighters are the non-state armed
        group told of just before (``اشتباكات بين الجيش ومقاتلي فانو``): in the nearest sentence
        naming one, the first such group (the alliance before its member list)."""
        nearest: Entity | None = None
        for e in reversed(self.ents.before(offset)):
            if offset - e.end > 1500:
                break
            if e.type == "ORG" and e.end <= offset and _kb_subtype(e.id) in _ARMED_SUBTYPES:
                nearest = e
                break
        if nearest is None:
            return None
        si, s_lo, s_hi = self.sentence_bounds(self.widx(nearest.start))
        if si < 0:
            return nearest
        for e in self.ents.within(self.words[s_lo].start, nearest.end):
            if e.type == "ORG" and _kb_subtype(e.id) in _ARMED_SUBTYPES:
                return e
        return nearest

    def _head_before(self, e: Entity) -> str:
        """The bare word right before a name, quotation marks skipped (``تنظيم "داعش"`` → تنظيم)."""
        j = self.widx(e.start) - 1
        while j >= 0 and self.words[j].punct and self.words[j].text in _QUOTE_MARKS:
            j -= 1
        if j < 0 or self.words[j].punct:
            return ""
        return strip_article(bare(self.words[j].norm))

    def _preverbal_nisba(self, hit: Hit, lo: int) -> tuple[str, str | None] | None:
        """SVO with a nationality: ``عسكري أمريكي يرافقون``، ``طائرات روسية قصفت``: the state of
        the force named right before the verb, not a nationality in its object."""
        j = hit.first - 1
        if hit.prefix[:1] in ("و", "ف") or j - 1 < lo or self.words[j].punct or self.words[j - 1].punct:
            return None
        head = bare(self.words[j - 1].norm)
        if head.endswith("ا") and self.words[j].norm.endswith("يا") and head[:-1] in _aw("actor_heads"):
            head = head[:-1] + "ا"  # لكن مسؤولا إيرانيا نفى: the accusative head after لكن/إن
        elif head not in _aw("actor_heads") and head not in _aw("soldier_words") \
                and _dual_singular(head) not in _aw("actor_heads"):
            return None
        entry = _nationality(self.words[j].text)
        if entry is None and head.endswith("ا") and self.words[j].norm.endswith("يا"):
            entry = _nationality(self.words[j].norm[:-1])  # 150 جنديا أمريكيا: the accusative nisba
        if entry is None or self._in_name(self.words[j]):
            return None
        return getattr(entry, "name", None) or str(entry), getattr(entry, "id", None)

    def _relative_head(self, hit: Hit, lo: int, ents: list[Entity]) -> Entity | None:
        """``X، التي طالبت …``: a verb opening a relative clause, with no object pronoun taking the
        head back (``المدينة التي قصفتها``), has the name before the relative as its subject."""
        j = hit.first - 1
        if j - 1 < lo or self.words[j].punct or self.words[j].norm not in _aw("relatives"):
            return None
        if self.words[hit.last].norm.endswith(_OBJECT_SUFFIXES + ("ه",)):
            return None
        k = j - 1
        if self.words[k].punct and self.words[k].text in "،,":
            k -= 1
        if k < lo or self.words[k].punct:
            return None
        end = self.words[k].end
        for e in ents:
            if e.end == end and e.type in _ARG_TYPES:
                return e
        return None

    def _forces_antecedent(self, k: int, hi: int) -> Entity | None:
        """``قوات البعثة``، ``آخر قوات البعثة``، ``عناصر الحركة``: the forces of an organisation
        named before with that head noun (:meth:`_antecedent`)."""
        j = k
        while j < hi and j < k + 2 and not self.words[j].punct and (
                bare(self.words[j].norm) in _aw("troop_heads") or bare(self.words[j].norm) in _aw("fighter_words")
                or self.words[j].norm == "اخر"):
            j += 1
        return self._antecedent(j) if j > k and j < hi else None

    def _authorities(self, k: int, hi: int) -> tuple[str | None, str | None, Entity | None] | None:
        """An unnamed government as the subject (``السلطات``، ``الحكومة``, with adjectives such as
        ``المحلية``): the place it is of when the text says (``السلطات المحلية في إقليم X``),
        else the government named in the last sentences, else the article's own country."""
        if k < 0 or k >= hi or k >= len(self.words):
            return None
        w = self.words[k]
        if w.punct or w.norm not in _aw("authority_words") or self._in_name(w):
            return None
        j = k + 1
        while j < hi and j <= k + 3:
            x = self.words[j]
            if x.punct or self._in_name(x):
                break
            if x.norm in ("في", "ب") or x.norm[:1] == "ب" and len(x.norm) > 2 and self._clitic_bl(x):
                start = self.words[j + 1].start if x.norm in ("في", "ب") and j + 1 < hi else x.start
                for e in self.ents.within(start, start + 60):
                    if e.start <= start + 1 and e.type == "GPE":
                        self._seats.add(e.start)  # السلطات في X: X is also where it acts
                        return _surface(e), e.id, e
                break
            if not x.norm.startswith("ال") or _nationality(x.text) is not None:
                break  # السلطات الأفغانية: a nationality names the state (an entity of its own)
            j += 1
        if w.norm.endswith("حكومه"):
            si = self.sentence_bounds(k)[0]
            lo = self.sents[max(0, si - 2)].start if si >= 0 else max(0, w.start - 600)
            for e in reversed(self.ents.before(w.start)):
                if e.start < lo:
                    break
                if e.type == "ORG" and "حكومه" in {strip_article(norm_word(t)) for t in e.text.split()}:
                    return _surface(e), e.id, e
        theatre = self.theatre[1] if self.theatre[0] is not None else None
        country = _country_of(theatre) if theatre else None
        if country is None:
            return None
        return country[0], None, None  # a guess: no id, so it is not carried on to other sentences

    def _authorities_before(self, hit: Hit, lo: int, hi: int) -> tuple[str | None, str | None, Entity | None] | None:
        """``وكانت السلطات (المحلية) قد اعتقلت``: the unnamed government between كان and the verb."""
        for j in range(hit.first - 1, max(lo, hit.first - 5) - 1, -1):
            w = self.words[j]
            if w.punct:
                return None
            if w.norm in _KANA:
                return self._authorities(j + 1, hi)
        return None

    def _light_verb_agent(self, hit: Hit, lo: int,
                          ents: list[Entity]) -> tuple[str | None, str | None, Entity | None] | None:
        """``قيام X بـ<event noun>`` / ``قامت X بـ…``: X, the subject of the light verb, did it
        (``بقيام مجموعة من الضباط الأمريكيين بالاتصال``, ``قامت طائرات روسية بقصف``)."""
        doing = not self.words[hit.first].norm.startswith("ب") and self._done_by_verb(hit.first, light=False)
        if not self.words[hit.first].norm.startswith("ب") and not doing:
            return None
        m = hit.first - 1
        while m >= lo and hit.first - m <= 8:
            w = self.words[m]
            if w.punct and w.text in _PUNCT_BREAK:
                return None
            if not w.punct and (any(stem in _aw("light_verbs") for _, stem in candidates(w.norm))
                                or doing and w.norm.lstrip("وف") in _DOING_VERBS):
                break  # (أقدمت القوات على عملية اغتيال: the subject of أقدم)
            m -= 1
        else:
            return None
        if m < lo or m >= hit.first - 1:
            return None
        a, b = self.words[m].end, self.words[hit.first].start
        for e in ents:
            if a <= e.start and e.end <= b and e.type in _ARG_TYPES:
                k = self.widx(e.start)
                if k == m + 1 or self._preposition_of(e) is None:
                    return _surface(e), e.id, e
        nis = self._nisba_scan(m + 1, hit.first)
        if nis is not None:
            return nis[0], nis[1], None
        return None

    def _force_agent(self, hit: Hit, hi: int,
                     ents: list[Entity]) -> tuple[str | None, str | None, Entity | None] | None:
        """No subject found: the force the clause names as carrying it out (``انطلقت الحملة
        بقوة من 20 ألف من مقاتلي X``, ``بمشاركة X``)."""
        words = self.words
        j = hit.last + 1
        end = self._clause_end(j, hi, 10)
        while j < end:
            w = words[j]
            n = 0
            if not w.punct and w.norm in _aw("force_openers"):
                n = 1
                if w.norm in _aw("force_size_openers") and j + 1 < end and words[j + 1].norm not in _aw(
                        "force_size_links"):
                    n = 0  # ردت بقوة: "strongly"
            if n:
                stop = self._clause_end(j + 1, hi, 7)
                b = words[stop - 1].end if stop > j + 1 else words[j].end
                for e in ents:
                    if words[j].end <= e.start and e.end <= b and e.type in ("ORG", "GPE"):
                        return _surface(e), e.id, e
                nis = self._nisba_scan(j + 1, stop)
                return (nis[0], nis[1], None) if nis else None
            j += 1
        return None

    def _screen_actor(self, hit: Hit, lo: int, actor: str | None, actor_id: str | None,
                      actor_ent: Entity | None) -> tuple[str | None, str | None, Entity | None]:
        """The actor of a use of force, screened: the occupying state for ``قوات الاحتلال``, and
        nobody for a monitor or a health body (``المرصد``، ``وزارة الصحة``), which count the dead."""
        occ = None
        if actor_ent is not None:
            occ = self._occupier_in(self.widx(actor_ent.start), self.widx(actor_ent.end - 1) + 1)
        if occ is None and (actor is None or _is_monitor(actor)):
            occ = self._occupier_in(max(lo, hit.first - 3), hit.first)  # جرافات الاحتلال دمرت
        if occ is not None:
            return occ[0], occ[1], None
        if _is_monitor(actor):
            return None, None, None
        return actor, actor_id, actor_ent

    def _occupier_in(self, a: int, b: int) -> tuple[str, str | None] | None:
        """``قوات الاحتلال``، ``جرافات الاحتلال الإسرائيلي``: in Arabic news "the occupation" is
        Israel unless a nationality follows (``الاحتلال الأمريكي``)."""
        for j in range(a, min(b, len(self.words))):
            w = self.words[j]
            if w.punct or bare(w.norm) not in ("الاحتلال", "احتلال") or not w.norm.endswith("الاحتلال"):
                continue
            nxt = self.words[j + 1] if j + 1 < len(self.words) else None
            entry = nationality_entry(nxt.text) if nxt is not None and not nxt.punct else None
            if entry is not None:
                return getattr(entry, "name", None) or str(entry), getattr(entry, "id", None)
            return "إسرائيل", None
        return None

    def _common_subject(self, lo: int, hi: int) -> str | None:
        """The kind of lexical subject opening a complement clause (``أن القوات``, ``أن جرافات
        الاحتلال``): ``generic`` for the speaker's own forces, ``other`` for another common
        noun, ``None`` when the clause opens with a verb or pronoun (the subject is elsewhere)."""
        if lo == 0 or lo >= hi:
            return None
        p = self.words[lo - 1]
        if p.punct or p.norm not in _aw("complementizers") or p.norm not in _aw("bare_complementizers"):
            return None
        j = lo
        while j < hi and self.words[j].punct:
            j += 1
        if j >= hi:
            return None  # the trigger itself follows the complementizer
        w = self.words[j]
        two = f"{w.norm} {self.words[j + 1].norm}" if j + 1 < hi else w.norm
        if w.norm in _aw("generic_subjects") or bare(w.norm) in _aw("generic_subjects") or two in _aw(
                "generic_subjects"):
            return "generic"
        if w.norm.startswith("ال") or w.norm.endswith(("ه", "ها", "هم")) and len(w.norm) > 4:
            return "other" if not _imperfect(w.norm) else None
        return None

    def _content_gap(self, a: int, b: int) -> int:
        """Content words between word indices ``a`` and ``b``; -1 when a clause break intervenes."""
        n = 0
        for j in range(a, b):
            w = self.words[j]
            if w.punct:
                if w.text in _PUNCT_BREAK:
                    return -1
                continue
            n += 1
        return n

    def _segments_before(self, lo: int, k: int) -> list[tuple[int, int]]:
        """Clause segments [start, end) from the trigger's clause back to the sentence start.

        Boundaries are clause punctuation and complementizers (أن/إن): ``أعلن X أن Y مستعدون
        لنشر`` gives Y's clause first, then X's.
        """
        segs: list[tuple[int, int]] = []
        end = k
        j = k - 1
        while j >= lo:
            w = self.words[j]
            if (w.punct and w.text in _PUNCT_BREAK) or (not w.punct and w.norm in _aw("complementizers")):
                segs.append((j + 1, end))
                end = j
            j -= 1
        segs.append((lo, end))
        return [(a, b) for a, b in segs if b > a]

    def _relative_opens(self, a: int, b: int) -> bool:
        """The clause segment ``a``–``b`` after a comma is a relative clause (``، الذي تصنفه تركيا
        منظمة إرهابية،``): its subject describes a name, it is not the event's actor."""
        first = next((x for x in range(a, b) if not self.words[x].punct), b)
        return first < b and self.words[first].norm in _aw("relatives")

    def _clause_end(self, a: int, hi: int, max_words: int) -> int:
        """Word index where the clause starting at ``a`` ends (punctuation) or ``max_words`` later."""
        n = 0
        j = a
        while j < hi and n < max_words:
            w = self.words[j]
            if w.punct and w.text in _PUNCT_BREAK:
                break
            if not w.punct:
                n += 1
            j += 1
        return j

    def _speech_span(self, offset: int) -> tuple[int, int] | None:
        """The innermost speech span holding ``offset`` (a direct quote inside reported speech)."""
        best: tuple[int, int] | None = None
        for a, b, _name, _sid, _cue in self.speech:
            if a <= offset < b and (best is None or a >= best[0]):
                best = (a, b)
        return best

    def _speaker_before(self, s_start: int, offset: int) -> tuple[str, str | None] | None:
        """The speaker of the last speech cue of the sentence before ``offset``."""
        best: tuple[int, str, str | None, int] | None = None
        for a, _b, name, sid, cue in self.speech:
            if name and s_start <= cue < offset and (best is None or cue > best[3]):
                best = (a, name, sid, cue)
        if best is None or _is_media(best[2]):
            return None
        return self._affiliation(best[1], best[2], best[3], best[0])

    def _speaker_at(self, offset: int) -> tuple[str, str | None] | None:
        best: tuple[int, str, str | None, int] | None = None
        for a, b, name, sid, cue in self.speech:
            if a <= offset < b and name and (best is None or a >= best[0]):
                best = (a, name, sid, cue)
        if best is None or _is_media(best[2]):
            return None  # ذكر تقرير لموقع X أن …: the outlet reports, it does not act
        return self._affiliation(best[1], best[2], best[3], best[0])

    def _speaker_state(self, offset: int) -> tuple[str, str | None] | None:
        """The state behind a ministry speaker (``وزارة الدفاع الهندية``، ``المتحدث باسم الخارجية
        الإيرانية``) whose complement clause has a generic subject (``أن قواتها``، ``أن بلاده``):
        a ministry has no forces of its own, they are the state's."""
        sp = self._speaker_at(offset)
        return _ministry_state(sp[0]) if sp is not None and sp[0] else None

    def _named_speech_cue(self, offset: int) -> int | None:
        """Offset of the speech cue of the innermost attributed quote holding ``offset`` (a named speaker)."""
        best: tuple[int, int] | None = None
        for a, b, name, _sid, cue in self.speech:
            if a <= offset < b and name and cue >= 0 and (best is None or a >= best[0]):
                best = (a, cue)
        return None if best is None else best[1]

    def _speaker_country(self, offset: int) -> tuple[str, str | None] | None:
        """``وأكد الرئيس الروسي أن بلاده لن ترسل قوات``: "his country" is the state of the speaker's
        title (a nationality right after it), not the speaker himself."""
        cue = self._named_speech_cue(offset)
        if cue is None:
            return None
        k = self.widx(cue)
        found = self._nisba_actor(k, min(k + 5, len(self.words)), standalone=False)
        if found is not None:
            return found
        for w in self.words[k + 1:min(k + 9, len(self.words))]:
            # أعلن قائد سلاح الجو الملكي الأردني أن مقاتلات بلاده: the nationality of his title
            if w.punct:
                break
            if w.norm.endswith(_NISBA):
                entry = nationality_entry(w.text)
                if entry is not None:
                    return (getattr(entry, "name", None) or str(entry), getattr(entry, "id", None))
        return None

    def _commanded_body(self, offset: int) -> Entity | None:
        """The force the speaker commands (``قال القائد العام لقوات سوريا الديمقراطية X إن قواته``):
        "his forces" are that organisation's, not the commander's own."""
        cue = self._named_speech_cue(offset)
        if cue is None:
            return None
        k = self.widx(cue)
        for j in range(k + 1, min(k + 4, len(self.words))):
            w = self.words[j]
            if w.punct:
                return None
            if strip_article(w.norm) in _COMMANDERS:
                stop = min(j + 4, len(self.words) - 1)
                for e in self.ents.within(w.end, self.words[stop].end):
                    if e.type == "ORG":
                        return e
                return None
        return None

    def _previous_speaker(self, offset: int) -> tuple[str, str | None] | None:
        best = None
        for a, _b, name, sid, cue in self.speech:
            if a < offset and name and not _is_media(sid):
                best = (name, sid, cue, a)
        if best is None:
            return None
        return self._affiliation(*best)

    def _affiliation(self, name: str, sid: str | None, cue: int, start: int) -> tuple[str, str | None]:
        """A speaker stands for the body they speak for: ``المتحدث باسم الجيش السوداني العميد
        نبيل عبد الله`` acts as the army, ``مسؤول أمريكي`` as the United States. A named person
        without such a tie (a minister, a president) stays the actor."""
        text = self.doc.text
        lo = cue if 0 <= cue < start else max(0, start - 200)
        pos = text.rfind(name, lo, start) if name else -1
        if pos < 0:
            pos = text.find(name, lo, start + 200) if name else -1
        if pos < 0:
            return self._cue_body(name, cue, start) or (name, sid)
        k = self.widx(pos)
        a = max(self.widx(lo) if lo < pos else k - 6, k - 8)
        for j in range(a, min(k + 8, len(self.words))):
            w = self.words[j]
            if w.punct and w.text in _PUNCT_BREAK and j > k:
                break
            if w.norm not in _aw("spokesman_links"):
                continue
            nxt = self.words[j + 1] if j + 1 < len(self.words) else None
            if nxt is None or nxt.punct:
                continue
            for e in self.ents.within(nxt.start, nxt.end + 80):
                if e.start == nxt.start and e.type in ("ORG", "GPE"):
                    return _surface(e), e.id
            # باسم الجماعة/الحركة/الجيش: the body named earlier with that head noun
            head = strip_article(nxt.norm)
            if nxt.norm.startswith("ال"):
                for e in reversed(self.ents.before(pos)):
                    if e.type == "ORG" and head in {strip_article(norm_word(t)) for t in e.text.split()}:
                        return _surface(e), e.id
        # an unnamed official: his nationality or his body (مسؤول أمريكي، مصدر في الجيش)
        if not any(e.start == pos and e.type in _ARG_TYPES for e in self.ents.within(pos, pos + len(name))):
            nis = self._nisba_actor(k, min(k + 4, len(self.words)), standalone=False)
            if nis:
                return nis
        return name, sid

    def _cue_body(self, name: str, cue: int, start: int) -> tuple[str, str | None] | None:
        """``وقال متحدث باسم كتائب حزب الله إن …`` with a speaker named elsewhere (or not at all):
        the unnamed spokesman at the cue speaks for the body after باسم."""
        if not 0 <= cue < start or (name and name in self.doc.text[cue:start]):
            return None
        k = self.widx(cue)
        for j in range(k + 1, min(k + 5, len(self.words) - 1)):
            if self.words[j].punct:
                break
            if self.words[j].norm in _aw("spokesman_links"):
                nxt = self.words[j + 1]
                for e in self.ents.within(nxt.start, nxt.end + 80):
                    if e.start == nxt.start and e.type in ("ORG", "GPE"):
                        return _surface(e), e.id
                break
        if k + 1 < len(self.words):
            # وقال الجيش السوري في بيان …: the name right after the speech verb speaks
            nxt = self.words[k + 1]
            for e in self.ents.within(nxt.start, nxt.end + 80):
                if e.start == nxt.start and e.type in _ARG_TYPES and not _is_media(e.id):
                    name, sid = self._as_actor(e)
                    return name, sid
        return None

    def _crosses_clause(self, a: int, b: int) -> bool:
        for j in range(a, b):
            w = self.words[j]
            if w.punct and w.text in ".؛!?؟":
                return True
        return False

    def target(self, hit: Hit, hi: int, ents: list[Entity], actor_ent: Entity | None,
               actor_name: str | None) -> tuple[str | None, str | None]:
        t_end = self.words[hit.last].end
        limit = self.words[min(hit.last + 9, hi - 1)].end if hi > hit.last + 1 else t_end
        for e in ents:
            if e.start < t_end or e.start > limit or e is actor_ent:
                continue
            if e.type not in ("ORG", "GPE", "PERSON"):
                continue
            if actor_name and actor_name in (entity_label(e), e.text):
                continue
            prep = self._preposition_of(e)
            if prep is None or prep in _aw("target_prepositions") or prep in ("ب", "ل"):
                return entity_label(e), e.id
        return None, None

    def location(self, hit: Hit, si: int, lo: int, hi: int, ents: list[Entity], actor_name: str | None,
                 etype: str, actor_id: str | None = None) -> tuple[str | None, str | None]:
        """Where: a place governed by في/إلى/ب near the trigger, the place object of an attack,
        any place in the sentence, else the place of the previous sentences."""
        t_end = self.words[hit.last].end
        t_start = self.words[hit.first].start
        places = [e for e in ents if e.type in ("GPE", "LOC") and (e.start in self._seats or actor_name not in (
                  entity_label(e), e.text) and not (actor_id and e.id == actor_id)) and not self._allegiance_place(e)
                  and e.start not in self._accused and not self._led_by(e)]
        invaded = self._invasion_place(hit, hi, places, etype)
        if invaded is not None:
            return invaded
        best: tuple[int, int, Entity] | None = None
        for e in places:
            after = e.start >= t_end
            prep = self._preposition_of(e)
            k = self.widx(e.start)
            if prep is None and k > 0 and not self.words[k - 1].punct and (
                    self.words[k - 1].norm in _aw("direction_words") or bare(self.words[k - 1].norm)
                    in _aw("direction_words")):
                prep = "الي"  # باتجاه قاعدة ميرون، عبر معبر رفح، إلى ما وراء نهر الليطاني
            gap = self.widx(e.start) - hit.last if after else 99
            if after and prep is None and gap <= 3 and (etype in _PLACE_OBJECT_TYPES or (
                    etype == "CONSULT" and hit.lemma in _VISIT_LEMMAS and gap <= 2)):
                rank = 0  # تحرير مدينة الرمادي، اجتياح العراق، سيزور دمشق
            elif prep in ("في", "ب", "الي", "علي", "داخل", "لداخل", "قرب", "شمال", "جنوب", "شرق", "غرب", "وسط"):
                rank = 1 if after else 3
                if after and self._clause_between(hit.last, self.widx(e.start)):
                    rank = 4  # …، في أخطر أزمة منذ الحرب في إقليم تيغراي: another clause's place
            elif prep == "من":
                rank = (1 if etype == "RETREAT" else 2) if after else 4
            elif prep == "ل":
                rank = 2 if after else 4
            elif not after and self._witness_place(e) and not self._clause_between(k, hit.first):
                rank = 1  # وتشهد منطقة الساحل تصاعدا في هجمات …، شهدت المدينة اشتباكات: the place that saw it
            else:
                rank = 5 if after else 6
            dist = abs(e.start - t_start)
            if best is None or (rank, dist) < (best[0], best[1]):
                best = (rank, dist, e)
        town = self._town_anaphor(hit, lo, hi)
        if town is not None:
            rank, dist, ante = town
            if best is None or (rank, dist) < (best[0], best[1]):
                best = (rank, dist, ante)
        generic = self._generic_place(hit, hi, etype)
        if generic is not None and (best is None or (generic[0], generic[1]) < (best[0], best[1])):
            return generic[2], generic[3]
        land = self._nisba_land(hit, lo, hi, actor_name)
        if land is not None and (best is None or (land[0], land[1]) < (best[0], best[1])):
            return land[2], land[3]
        if best is not None:
            site = self._site_in(best[2], places)
            if site is not None:
                return self._place_label(site), site.id  # على موقع "البرج 22" في الأردن: the site, not its country
            return self._place_label(best[2]), best[2].id
        for back in (si - 1, si - 2):
            if back >= 0 and back in self.places_by_sentence:
                return self.places_by_sentence[back], None
        return self.theatre

    def _site_in(self, e: Entity, places: list[Entity]) -> Entity | None:
        """The place named right before ``في e`` (``قاعدة عين الأسد في الأنبار``، ``موقع "البرج 22" في
        الأردن``): the more specific site the event took place at."""
        k = self.widx(e.start)
        if k < 2 or self.words[k - 1].norm != "في":
            return None
        j = k - 2
        while j > 0 and self.words[j].punct and self.words[j].text in _QUOTE_MARKS:
            j -= 1
        if self.words[j].punct:
            return None
        end = self.words[j].end
        for p in places:
            if p is not e and p.end == end and p.type in ("GPE", "LOC"):
                return p
        return None

    def _led_by(self, e: Entity) -> bool:
        """The place names who leads (التحالف بقيادة الولايات المتحدة): a leader, not where it happened."""
        k = self.widx(e.start) - 1
        return k >= 0 and not self.words[k].punct and bare(self.words[k].norm) in _LED_BY

    def _allegiance_of(self, e: Entity) -> bool:
        """The entity is whom a unit belongs to (``طائرة تابعة لقوات "الجيش الوطني"``)."""
        k = self.widx(e.start)
        j = k - 1 if k < len(self.words) and self.words[k].start == e.start else k - 2
        while j >= 0 and self.words[j].punct and self.words[j].text in _QUOTE_MARKS:
            j -= 1
        if j >= 0 and not self.words[j].punct and self.words[j].norm[:1] == "ل" and \
                bare(self.words[j].norm) in _aw("troop_heads"):
            j -= 1  # لقوات "الجيش الوطني الليبي"
        return j >= 0 and not self.words[j].punct and strip_article(self.words[j].norm) in _OWNED

    def _owned_force(self, e: Entity, lo: int) -> bool:
        """``طائرات "إف-16" التابعة للقوة الجوية``: the body a force or craft named just before
        belongs to (the head within four words before the owner word)."""
        if not self._allegiance_of(e):
            return False
        k = self.widx(e.start)
        for j in range(k - 1, max(lo, k - 7) - 1, -1):
            w = self.words[j]
            if w.punct and w.text in _PUNCT_BREAK:
                return False
            if not w.punct and bare(w.norm) in _aw("actor_heads"):
                return True
        return False

    def _member_of(self, e: Entity, verb_last: int) -> bool:
        """``نفى مسؤول في الخارجية الفرنسية``: right after the verb, an official of a body (the
        member head, then في/ب + the body) speaks for it."""
        if e.type not in ("ORG", "GPE") or self._preposition_of(e) not in ("في", "ب"):
            return False
        k = self.widx(e.start)
        heads = [x for x in range(verb_last + 1, k) if not self.words[x].punct]
        return 1 <= len(heads) <= 2 and bare(self.words[heads[0]].norm) in _aw("member_heads") and (
            len(heads) == 1 or self.words[heads[1]].norm == "في")

    def _allegiance_place(self, e: Entity) -> bool:
        """A place inside a modifier of allegiance (``فصائل موالية لطهران``، ``مدعومة من إيران``،
        ``التابعة لموسكو``): whom a group serves, not where anything happens."""
        k = self.widx(e.start)
        j = k - 1 if k < len(self.words) and self.words[k].start == e.start else k - 2  # لطهران: clitic
        if j >= 0 and not self.words[j].punct and self.words[j].norm == "من":
            j -= 1
        return j >= 0 and not self.words[j].punct and strip_article(self.words[j].norm) in _ALLEGIANCE

    def _generic_place(self, hit: Hit, hi: int, etype: str) -> tuple[int, int, str, str | None] | None:
        """``في البلاد`` / ``في العاصمة`` after the trigger, in its clause: the article's theatre
        country or that country's capital (``هاجم مسلحون سجنا في العاصمة``). Not when a name or a
        nationality follows (العاصمة الليبية طرابلس, العاصمة X: the name is the place)."""
        theatre = self.theatre if self.theatre[0] is not None else self._last_country(hit)
        if theatre[0] is None:
            return None
        j, n = hit.last + 1, 0
        while j < hi and n < 12:
            w = self.words[j]
            j += 1
            if w.punct:
                if w.text in _PUNCT_BREAK:
                    return None
                continue
            n += 1
            norm = w.norm[1:] if w.norm[:1] == "و" and w.norm[1:] in _GENERIC_PLACE_WORDS else w.norm
            prep = None
            if norm in _GENERIC_PLACE_WORDS:
                k = j - 2
                prev = self.words[k].norm if k > hit.last else ""
                prev = prev[1:] if prev[:1] == "و" and prev[1:] in _GENERIC_PLACE_PREPS else prev
                prep = prev if prev in _GENERIC_PLACE_PREPS else None
            elif norm[:1] == "ب" and norm[1:] in _GENERIC_PLACE_WORDS:
                norm, prep = norm[1:], "في"
            if prep is None:
                continue
            if j < len(self.words) and not self.words[j].punct and (
                    self._in_name(self.words[j]) or _nationality(self.words[j].text) is not None):
                return None
            rank = (1 if etype == "RETREAT" else 2) if prep == "من" else 1
            dist = abs(w.start - self.words[hit.first].start)
            country = _country_of(theatre[1])
            if country is None:
                return None
            capital = country if _GENERIC_PLACE_WORDS[norm] == "country" else _capital_of(country[1])
            if capital is None:
                return None
            for e in self.ents.ents:
                if e.id == capital[1]:
                    return rank, dist, entity_label(e), e.id
            return rank, dist, capital[0], capital[1]
        return None

    def _last_country(self, hit: Hit) -> tuple[str | None, str | None]:
        """With no theatre (a short text), the country of the last place named before the trigger
        (the dateline ``مقديشو -`` for ``سحب ألفي جندي من البلاد``)."""
        for e in reversed(self.ents.before(self.words[hit.first].start)):
            if e.type == "GPE" and e.id and _country_of(e.id) is not None:
                return entity_label(e), e.id
        return None, None

    def _place_label(self, e: Entity) -> str:
        """The place as the text narrows it: ``في شمال العراق`` → ``شمال العراق`` (a compass part
        of a country or region), else the place as the text spells it (``كابول`` for the KB's
        ``كابل``, ``مطار أربيل`` for ``مطار أربيل الدولي``; its KB identity goes in ``location_id``)."""
        label = e.text or entity_label(e)
        head = e.text.split()[0] if " " in e.text else ""
        if head and norm_word(head) not in _aw("admin_heads") and norm_word(head)[1:] in _aw("admin_heads"):
            head = head[1:]  # بولاية، وإقليم
        if head and norm_word(head) in _aw("admin_heads") and not label.startswith(head):
            label = f"{head} {label}"  # ولاية بورنو: the unit as the text names it
        k = self.widx(e.start)
        if k == 0 or self.words[k - 1].punct or self.words[k - 1].end > e.start:
            return label
        w = self.words[k - 1]
        for pre in ("", "و", "ب", "وب", "ف", "ل"):
            rest = w.norm[len(pre):]
            if w.norm.startswith(pre) and rest in _COMPASS:
                return w.text[len(pre):] + " " + label
            if w.norm.startswith(pre) and rest in _aw("admin_heads") and not label.startswith(w.text[len(pre):]):
                return w.text[len(pre):] + " " + label  # في ولاية بورنو: the unit as the text names it
        return label

    def _clause_between(self, a: int, b: int) -> bool:
        """A comma or stronger break between words ``a`` and ``b`` (outside a quotation mark pair)."""
        return any(w.punct and w.text in _PUNCT_BREAK for w in self.words[a + 1:b])

    def _invasion_place(self, hit: Hit, hi: int, places: list[Entity],
                        etype: str) -> tuple[str | None, str | None] | None:
        """``الغزو الروسي (لأوكرانيا)``: an attack noun qualified by the attacker's nationality
        happened in the country it targets — the one named right after it, else the article's
        theatre when that is another country; never a place the sentence names elsewhere."""
        if etype != "ASSAULT" or hit.pos not in ("noun", "form") or hit.last + 1 >= hi:
            return None
        w = self.words[hit.last + 1]
        if w.punct or not w.norm.endswith(_NISBA) or not w.norm.startswith("ال"):
            return None
        entry = nationality_entry(w.text)
        if entry is None:
            return None
        attacker = getattr(entry, "name", None)
        limit = self.words[min(hit.last + 4, hi - 1)].end
        for e in places:
            if w.end <= e.start <= limit and entity_label(e) != attacker and \
                    self._preposition_of(e) in ("ل", "علي", "في", "ضد", None):
                return entity_label(e), e.id
        if any(self._preposition_of(e) in ("في", "ب", "الي", "علي", "داخل", "قرب") for e in places):
            return None  # وفي قطاع غزة، تواصل القصف الإسرائيلي: the sentence places it
        counts: dict[str, list] = {}
        for e in self.ents.ents:
            if e.type == "GPE" and _place_subtype(e.id) == "country" and entity_label(e) != attacker:
                counts.setdefault(entity_label(e), [0, e.id])[0] += 1
        if counts:
            name = max(counts, key=lambda k: counts[k][0])
            return name, counts[name][1]
        return None

    def _nisba_land(self, hit: Hit, lo: int, hi: int,
                    actor_name: str | None) -> tuple[int, int, str, str | None] | None:
        """``داخل الأراضي العراقية``، ``على الأراضي الكونغولية``: a land head with a nationality
        adjective is a place, the country (rank and distance as in :meth:`location`)."""
        t_start = self.words[hit.first].start
        for k in range(max(lo, hit.first - 8), min(hi - 1, hit.last + 9)):
            if hit.first <= k <= hit.last:
                continue
            w, nxt = self.words[k], self.words[k + 1]
            if w.punct or nxt.punct or bare(w.norm) not in _LAND_HEADS or not nxt.norm.startswith("ال"):
                continue
            entry = nationality_entry(nxt.text)
            name = getattr(entry, "name", None) if entry is not None else None
            if not name or name == actor_name:
                continue
            if k + 2 < len(self.words) and any(e.start == self.words[k + 2].start and e.type in ("GPE", "LOC")
                                               for e in self.ents.within(self.words[k + 2].start, nxt.end + 200)):
                continue  # العاصمة الليبية طرابلس: the name that follows is the place
            after = k > hit.last
            if after and self._clause_between(hit.last, k):
                continue
            return (1 if after else 3), abs(w.start - t_start), name, getattr(entry, "id", None)
        return None

    def _town_anaphor(self, hit: Hit, lo: int, hi: int) -> tuple[int, int, Entity] | None:
        """``هجماتها على المدينة``، ``انسحبت من البلدة``: a definite town word governed by a
        preposition near the trigger is a place, the last town named before it (rank and distance
        as in :meth:`location`)."""
        t_start = self.words[hit.first].start
        for k in range(max(lo, hit.first - 6), min(hi, hit.last + 10)):
            if hit.first <= k <= hit.last:
                continue
            w = self.words[k]
            if w.punct or not w.norm.endswith(_ANAPHOR_ENDINGS) or self._in_name(w):
                continue
            head = bare(w.norm)
            kind = _TOWN_WORDS.get(head)
            if kind is None and head not in _FACILITY_WORDS or \
                    not (w.norm.startswith(("ال", "بال", "وال", "فال", "لل", "ولل", "وبال"))):
                continue
            prev = self.words[k - 1] if k > 0 else None
            governed = w.norm.startswith(("بال", "لل", "وبال", "ولل")) or (
                prev is not None and not prev.punct and (prev.norm in _aw("prepositions") or
                                                         prev.norm in _aw("direction_words")
                                                         or kind is None and (prev.norm in _SITE_PARTS or bare(prev.norm) in _SITE_PARTS)))
            if not governed:
                continue
            # على السجن، في محيط القاعدة: the prison, the base named before (سجن غويران، قاعدة عين الأسد)
            ante = self._last_town(w.start, kind) if kind is not None else self._last_facility(w.start, head)
            if ante is None:
                continue
            after = k > hit.last
            if after and self._crosses_clause(hit.last, k):
                continue
            return (1 if after else 3), abs(w.start - t_start), ante
        return None

    def _last_facility(self, offset: int, head: str) -> Entity | None:
        """The last place named before ``offset`` with ``head`` as its first word (``سجن غويران`` for
        ``السجن``, ``قاعدة عين الأسد`` for ``القاعدة``), within the last 1500 characters."""
        for e in reversed(self.ents.before(offset)):
            if e.start < offset - 1500:
                return None
            if e.type not in ("GPE", "LOC", "ORG"):
                continue
            first = e.text.split()[0] if e.text else ""
            if len(e.text.split()) > 1 and bare(strip_article(norm_word(first))) == head:
                return e
        return None

    def _last_town(self, offset: int, kind: str) -> Entity | None:
        """The town the article is about before ``offset``: among the places named so far that are
        towns (KB subtype city/town, or a name after a town head: مدينة X; a capital only after a
        head, as it mostly stands for its government), the most often named, the first on a tie
        (the lead's town)."""
        counts: dict[str, list] = {}
        for e in self.ents.before(offset):
            if e.type not in ("GPE", "LOC"):
                continue
            sub = _place_subtype(e.id)
            k = self.widx(e.start)
            headed = k > 0 and bare(self.words[k - 1].norm) in _TOWN_WORDS
            if not (headed or sub in _TOWN_SUBTYPES.get(kind, ()) and sub != "capital"):
                continue
            key = e.id or entity_label(e)
            got = counts.setdefault(key, [0, e.start, e])
            got[0] += 1
        if not counts:
            return None
        return min(counts.values(), key=lambda v: (-v[0], v[1]))[2]

    def time_value(self, a: int, b: int, t_start: int) -> str | None:
        best: TimeExpr | None = None
        for t in self.times:
            if t.start >= a and t.end <= b and t.value:
                if best is None or abs(t.start - t_start) < abs(best.start - t_start):
                    best = t
        return best.value if best else None

    def quantity(self, hit: Hit, a: int, b: int, etype: str = "") -> float | int | None:
        t_start, t_end = self.words[hit.first].start, self.words[hit.last].end
        best: Quantity | None = None
        best_d = 10 ** 9
        found = self._quantities_between(a, b)
        for q in found:
            if q.end > b or q.value is None or q.category in ("percent",):
                continue
            k = self.widx(q.start)
            if k > 0 and self.words[k - 1].norm in _SUBSET_WORDS:
                continue  # قتل 13 شخصا، بينهم ستة أطفال: a part of the count, not the count
            d = q.start - t_end if q.start >= t_end else (t_start - q.end) * 2 + 30
            if q.end <= t_start and hit.pos in ("past", "pres") and t_start - q.end <= 14 and not any(
                    c in _PUNCT_BREAK for c in self.doc.text[q.end:t_start]):
                d = 0  # أن 13 شخصا على الأقل قتلوا، بينهم …: the counted subject right before the verb
            if d < best_d:
                best, best_d = q, d
        if best is not None and best.start >= t_end and etype in ("RETREAT", "MOBILIZE"):
            # خفضت قواتها من 5200 جندي إلى 3000 جندي: a change of level ends at the second number
            text = self.doc.text
            k = self.widx(best.start)
            if k > 0 and self.words[k - 1].norm == "من" or text[best.start:best.start + 3] == "من ":
                for q2 in found:
                    if q2.start >= best.end and q2.value is not None and q2.end <= b:
                        if text[best.end:q2.start].strip() in ("إلى", "الى", "إلى نحو", "إلى حوالي"):
                            return q2.value
                        break
        return best.value if best else None

    # -- modality --------------------------------------------------------------------------
    def modality(self, hit: Hit, lo: int, hi: int) -> str:
        words = self.words
        trig = words[hit.first]
        # the future prefix on the trigger verb itself: ستشن، سيرسل
        if hit.prefix in _FUTURE or (hit.pos in ("pres", "form") and trig.norm.startswith(("سي", "ست", "سن"))
                                     and hit.prefix in _FUTURE):
            return "planned"
        best: tuple[int, int, str] | None = None  # (distance, -length, modality)
        negated_in_scope = False  # a denial of a plan is a denial: نفت أي خطط لانسحاب
        neg_cue = ""  # the nearest negation particle in scope (لن، لم)
        conj = trig.norm[:1] in "وف" and hit.prefix[:1] in ("و", "ف")
        # cues before the trigger
        dist = 0
        j = hit.first - 1
        while j >= lo and dist <= 8:
            w = words[j]
            if w.punct:
                if w.text in "،," and self._parenthetical_before(j, lo) is not None:
                    # وتعهد أعضاء التحالف، الذين اجتمعوا …، بإرسال: skip the relative clause
                    j = self._parenthetical_before(j, lo) or j
                    j -= 1
                    continue
                if w.text == ")" and (k := self._acronym_parens(j, lo)) is not None:
                    j = k - 1  # بعثة مجموعة تنمية الجنوب الأفريقي (سادك) لسحب: a name's gloss
                    continue
                if w.text in "،," and j + 2 < hit.first and words[j + 1].norm == "بما" and words[j + 2].norm == "في":
                    j -= 1  # تدرس خياراتها، بما في ذلك فرض عقوبات: an item of the list the cue governs
                    continue
                if w.text in _PUNCT_BREAK or w.text in "()":
                    break
                j -= 1
                continue
            brk = w.norm in self.mod.clause_breaks
            if brk and dist > 0:
                break
            if dist > 0 and words[j + 1].norm in _aw("complementizers") and any(
                    stem in _ASSERT_VERBS for _, stem in candidates(w.norm)):
                break  # ونفت الوزارة الرقم وأكدت أن عدد الجنود …: the cue is outside the affirmed clause
            for g, cues in _cues_before(w.norm, self.mod):
                if dist > g.scope:
                    continue
                if g.conjunction_breaks and conj and dist > 0:
                    continue
                for cue in cues:
                    if brk and len(cue) == 1:
                        continue  # a clause opener is a cue only as the end of a phrase (لن نتوقف حتى)
                    if dist == 0 and hit.pos in ("past", "pres") and cue[-1] in _DECISION_NOUNS:
                        continue  # قرار يطالب الحكومة بـ، قرار يدين الهجوم: what the resolution itself does
                    if self._cue_at(j, cue, hit.first):
                        cand = (dist, -len(cue), g.modality)
                        longer = next((c2 for c2 in self.mod.ends.get(cue, ()) if self._cue_at(j, c2, hit.first)),
                                      None) if g.modality == "negated" else None
                        if longer is not None:
                            # لم يستبعد مسؤول … توجيه ضربات: "not ruled out" is the longer cue's reading,
                            # with the denial verb's reach
                            cand = (dist, -len(longer), next(
                                (g2.modality for g2 in self.mod.groups if longer in g2.cue_set), g.modality))
                        if g.modality == "negated" and not any(
                                self._cue_from(j, c2) for c2 in self.mod.extends.get(cue, ())) and longer is None:
                            negated_in_scope = True
                            if neg_cue == "":
                                neg_cue = cue[0] if len(cue) == 1 else "-"
                        if best is None or cand < best:
                            best = cand
                        break
            # قد + imperfect verb right before the trigger or before its auxiliary, or a verb of
            # outcome with its preposition (قد يؤدي إلى مقتل الآلاف: a hypothetical toll)
            if w.norm in ("قد", "وقد") and j + 1 < len(words) and (
                    dist <= 1 or dist == 2 and j + 2 < hit.first and words[j + 2].norm in _OUTCOME_PREPS):
                nxt = words[j + 1]
                if _imperfect(nxt.norm):
                    cand = (dist, -1, "possible")
                    if best is None or cand < best:
                        best = cand
            if brk:
                break
            dist += 1
            j -= 1
        if negated_in_scope and neg_cue in _EXCEPTIVE_NEGATIONS and self._exceptive_after(hit.last, hi):
            # لن يبقى في البلاد سوى مئة جندي، لم يبق إلا …: a restriction, not a negation
            return "planned" if neg_cue == "لن" else "asserted"
        if negated_in_scope or best is None and self._denied_clause(hit.first, lo):
            return "negated"
        if best is not None:
            return best[2]
        if self._feared_clause(hit.first, lo):
            return "possible"  # يخشى مراقبون أن يستغل التنظيمان رحيل القوات لتوسيع هجماتهما
        # adjectival cues right after a noun trigger: الهجوم المرتقب، الانسحاب المنتظر
        if hit.pos in ("noun", "form", "phrase"):
            j, seen = hit.last + 1, 0
            # (the subject of a that-clause reaches its verb past its genitive: أن انسحاب القوات
            # الأمريكية من البلاد سيكتمل)
            subject = hit.first > 0 and words[hit.first - 1].norm in _aw("bare_complementizers")
            reach = 5 if subject else 3
            while j < hi and seen < reach:
                w = words[j]
                if w.punct:
                    break
                for g in self.mod.groups:
                    if g.position == "after" and seen < g.scope + 1 and (
                            (w.norm,) in g.cue_set or (bare(w.norm),) in g.cue_set):
                        return g.modality
                    if g.modality == "planned" and g.position == "before" and seen <= 2 and \
                            w.norm[:2] in ("سي", "ست", "سن") and (w.norm,) in g.cue_set:
                        return "planned"  # أن قمة استثنائية ستعقد: the noun is the future verb's subject
                if (seen <= 2 or subject) and self._future_verb(w.norm):
                    return "planned"
                seen += 1
                j += 1
        if hit.pos == "noun" and hit.lemma == "ارسال" and self._announced(hit.first, lo):
            return "planned"  # أعلنت بريطانيا إرسال 600 جندي: a dispatch announced is still to come
        # a governing verb with the future prefix: سينظم العمال إضرابا، ستقدم الحكومة مساعدات
        j, seen = hit.first - 1, 0
        while j >= lo and seen < 3:
            p = words[j]
            if p.punct:
                break
            if self._future_verb(p.norm):
                return "planned"
            seen += 1
            j -= 1
        return "asserted"

    def _feared_clause(self, k: int, lo: int) -> bool:
        """The trigger inside a long أن-clause of fear (``ويخشى مراقبون أن يستغل … لتوسيع
        هجماتهما``), past the reach of the modality cues."""
        j, n, that = k - 1, 0, False
        while j >= lo and n < 16:
            w = self.words[j]
            if w.punct:
                if w.text in _PUNCT_BREAK:
                    return False
            elif w.norm in ("ان", "بان"):
                that = True
            elif w.norm in _FEAR_VERBS:
                return that
            else:
                n += 1
            j -= 1
        return False

    def _exceptive_after(self, k: int, hi: int) -> bool:
        """سوى / إلا within a few words after the trigger, in its clause."""
        return any(self.words[j].norm in _EXCEPTIVES for j in self._clause_words(k + 1, hi, 1, 4))

    def _announced(self, k: int, lo: int) -> bool:
        """An announcing verb governs the noun at ``k`` as its object, with only its subject and
        adverbs between (``أعلن البنتاغون الشهر الماضي إرسال``)."""
        j, n = k - 1, 0
        while j >= lo and n < 5:
            w = self.words[j]
            if w.punct or w.norm in _aw("complementizers") or w.norm in self.mod.clause_breaks:
                return False
            if w.norm in _ANNOUNCE:
                return True
            j -= 1
            n += 1
        return False

    def _acronym_parens(self, j: int, lo: int) -> int | None:
        """The ``(`` opening a short gloss that closes at word ``j`` (``(سادك)``, ``(يونيسف)``)."""
        k = j - 1
        while k >= lo and j - k <= 4:
            w = self.words[k]
            if w.punct:
                return k if w.text == "(" and j - k > 1 else None
            k -= 1
        return None

    def _denied_clause(self, k: int, lo: int) -> bool:
        """``نفى المتحدث باسم الجيش أن يكون مئات الجنود قد وقعوا في الأسر``: a denial verb
        negates the whole complement clause it opens, however long its subject."""
        words = self.words
        j = k - 1
        while j >= lo and k - j <= 16:
            w = words[j]
            if w.punct:
                if w.text in _PUNCT_BREAK or w.text in "()":
                    return False
            elif w.norm in self.mod.clause_breaks:
                return False
            elif w.norm in _aw("complementizers"):
                i, n = j - 1, 0
                while i >= lo and n < 9:
                    v = words[i]
                    if v.punct:
                        if v.text in _PUNCT_BREAK:
                            return False
                    else:
                        if any(stem in _denial_cues() for _, stem in candidates(v.norm)):
                            return True
                        if any(stem in _ASSERT_VERBS for _, stem in candidates(v.norm)):
                            return False  # ونفت الوزارة الرقم وأكدت أن …: the clause is affirmed
                        n += 1
                    i -= 1
                return False
            j -= 1
        return False

    def _parenthetical_before(self, j: int, lo: int) -> int | None:
        """Index of the comma opening a relative clause that the comma at ``j`` closes, if any."""
        k = j - 1
        while k >= lo and j - k <= 12:
            w = self.words[k]
            if w.punct and w.text in "،,":
                nxt = self.words[k + 1] if k + 1 < len(self.words) else None
                if nxt is not None and nxt.norm in _aw("relatives"):
                    return k
                return None
            if w.punct and w.text in ".؛:!?؟":
                return None
            k -= 1
        return None

    def _future_verb(self, norm: str) -> bool:
        """``س`` + a present-tense form the lexicons know (not سيارة، سنة، سياسة)."""
        for pre, stem in candidates(norm):
            if pre in _FUTURE and stem[:1] in "يتن" and len(stem) >= 3:  # (not سيد "lord")
                if any(pos == "pres" for _, pos, _ in self.lex.forms.get(stem, ())):
                    return True
                if any(stem in ws for ws in self.lex.contexts.values()):
                    return True
        return False

    def _cue_from(self, j: int, cue: tuple[str, ...]) -> bool:
        """Does the cue phrase start at word ``j``, quotation marks between its words skipped
        (``"لن تتردد" في فرض``)?"""
        k = j
        for c in cue:
            while k < len(self.words) and self.words[k].punct and self.words[k].text in _QUOTE_MARKS:
                k += 1
            if k >= len(self.words):
                return False
            w = self.words[k]
            if w.punct or (w.norm != c and not any(stem == c for pre, stem in candidates(w.norm) if pre in _CUE_PREFIXES)):
                return False
            k += 1
        return True

    def _cue_at(self, j: int, cue: tuple[str, ...], trigger: int) -> bool:
        """Does the cue phrase end at word ``j`` (read backwards from the trigger)?"""
        n = len(cue)
        start = j - n + 1
        if start < 0:
            return False
        words = self.words
        k = j
        for c in reversed(cue):
            while k > 0 and words[k].punct and words[k].text in _QUOTE_MARKS and k < j:
                k -= 1  # "لن تتردد" في: a quotation mark inside the phrase
            if k < 0:
                return False
            w = words[k]
            if w.punct:
                return False
            if w.norm != c and not any(stem == c for pre, stem in candidates(w.norm) if pre in _CUE_PREFIXES):
                return False
            k -= 1
        return True

    # -- assembly --------------------------------------------------------------------------
    def run(self) -> list[Event]:
        events: list[Event] = []
        last_by_type: dict[tuple[str, int], int] = {}
        seen_lemmas: dict[tuple[str, str], int] = {}  # (type, lemma) → sentence last seen
        told: dict[tuple[str, int], set[str]] = {}  # (type, sentence) → roots of the events logged
        event_of: dict[tuple[str, int], Event] = {}
        demands: set[int] = set()  # the protesters' demand (تظاهروا مطالبين بـ): dropped at the end
        self.done = events
        found = self.triggers()
        for n, (hit, entry, si, lo, hi) in enumerate(found):
            a = self.words[lo].start if lo < len(self.words) else 0
            b = self.words[hi - 1].end if hi > lo else self.words[hit.last].end
            if self._in_heading(hit) or self._protasis(hit):
                continue
            if self._approval_of_next(hit, entry, found[n + 1] if n + 1 < len(found) else None):
                continue
            if self._anaphoric(hit, entry, seen_lemmas, si):
                continue
            if self._purpose_of_previous(hit, events):
                continue
            if self._denied_charge(hit, entry, events) or self._answered_request(hit, entry, events) \
                    or self._suspended_accord(hit, entry, events) \
                    or self._content_of_call(hit, entry, events, si):
                continue
            if self._toll_of_previous(hit, entry, events, si) or self._result_of_previous(hit, entry, events, si) \
                    or self._destroyed_by_strikes(hit, entry, events, si, lo):
                continue
            if self._background_fighting(hit, entry) or self._comparison_class(hit) or self._threatened_act(hit, events, si):
                continue
            if self._retold(hit, entry, events, si) or self._relative_of_event(hit, entry) \
                    or self._resumptive_relative(hit, entry, events, si):
                continue
            demand = self._demand_of_protest(hit, entry, events, si)
            key = (entry.type, si)
            for lemma in hit.lemma.split():
                seen_lemmas[(entry.type, _root_key(lemma))] = si
            ents = self.ents.within(a, b)
            if key in last_by_type and hit.first - last_by_type[key] <= self._merge_reach(hit, event_of.get(key)) \
                    and not self._new_statement(
                    last_by_type[key], hit.first) and not self._new_act(hit, event_of[key], lo, hi) \
                    and not self._new_subject(hit, event_of[key], lo, hi, ents, entry.type):
                last_by_type[key] = hit.last
                prev = event_of[key]
                agent = self._explicit_agent(hit, hi)
                if agent is None and entry.type == "ASSAULT" and (hit.pos in ("noun", "form") or hit.first > 0 and (
                        self.words[hit.first - 1].norm in _CIRCUMSTANCE_WORDS)):  # (في قصف: a noun after في)
                    nis = self._noun_nisba(hit, hi, entry.type)
                    if nis is not None:
                        agent = nis[0], nis[1], None  # قُتلت رهينة أمريكية في غارة أردنية: the strike's
                if agent is not None and agent[0]:
                    # قتل عشرة مقاتلين خلال عملية عسكرية أطلقها الجيش: the agent named later wins
                    prev.actor, prev.actor_id = agent[0], agent[1]
                elif prev.actor is None:
                    # قُتل 12 مدنيا في قصف شنته قوات الدعم السريع: the second mention names the agent
                    prev.actor, prev.actor_id, second = self.actor(hit, lo, hi, ents, entry.type)
                    if entry.type in _FORCE_TYPES or entry.type == "COERCE":
                        prev.actor, prev.actor_id, _ = self._screen_actor(hit, lo, prev.actor, prev.actor_id, second)
                if prev.modality == "asserted" and hit.pos in ("past", "pres", "form") and \
                        self.words[hit.first].norm.endswith(("ها", "ه", "هم")):
                    # هجمات يعتقد أن التنظيم كان يخطط لشنها: the verb taking the noun back as its
                    # object tells what became of it
                    prev.modality = self.modality(hit, lo, hi)
                continue  # يشنوا هجوما / تدمير … وتدمير: one event per clause and type
            roots = {_root_key(lemma) for lemma in hit.lemma.split()}
            if roots & told.get(key, set()) and not self._has_object_name(hit, hi) and not self._counted(hit) \
                    and not self._time_clause_between(self.widx(event_of[key].trigger.end), hit.first) \
                    and (self.modality(hit, lo, hi) == event_of[key].modality
                         or hit.pos == "noun" and hit.prefix.endswith("ال")):
                continue  # لتوسيع شراكتهما … إلى شراكة متكاملة: the same act retold in the sentence
                # (تستعد البعثة لسحب قواتها، ضمن المرحلة الثانية من الانسحاب: the definite noun refers back)
            told.setdefault(key, set()).update(roots)
            last_by_type[key] = hit.last
            actor, actor_id, actor_ent = self.actor(hit, lo, hi, ents, entry.type)
            if entry.type in _FORCE_TYPES or entry.type == "COERCE":
                actor, actor_id, actor_ent = self._screen_actor(hit, lo, actor, actor_id, actor_ent)
            if actor is None and entry.type == "THREATEN" and hit.pos == "phrase":
                # قال إسبر إن "كل الخيارات مطروحة": the threat is the speaker's
                actor, actor_id = self._speaker_at(self.words[hit.first].start) or (None, None)
            if entry.type in ("MOBILIZE", "RETREAT") and actor_ent is not None:
                actor, actor_id = self._forces_state(actor_ent) or (actor, actor_id)
            target, target_id = self.target(hit, hi, ents, actor_ent, actor)
            loc, loc_id = self.location(hit, si, lo, hi, ents, actor, entry.type, actor_id)
            t0, t1 = self.words[hit.first].start, self.words[hit.last].end
            ev = Event(
                type=entry.type, trigger=Span(t0, t1, self.doc.text[t0:t1]), actor=actor, target=target,
                location=loc, time=self.time_value(a, b, t0), quantity=self.quantity(hit, a, b, entry.type),
                modality=self.modality(hit, lo, hi), actor_id=actor_id, target_id=target_id,
                location_id=loc_id, sentence=si if si >= 0 else None,
            )
            if ev.modality == "asserted" and self._future_time(hit, a, b):
                ev.modality = "planned"  # في زيارة … الخميس المقبل: dated after publication
            elif ev.modality == "planned" and entry.type == "THREATEN" and hit.pos == "phrase":
                ev.modality = "asserted"  # ستكون السفن أهدافا مشروعة: the threat itself is made now
            events.append(ev)
            event_of[key] = ev
            if demand:
                demands.add(id(ev))  # kept until the end: what it demands is no event of its own
        if demands:
            events[:] = [e for e in events if id(e) not in demands]
        return events

    def _retold(self, hit: Hit, entry: TriggerEntry, done: list[Event], si: int) -> bool:
        """The event just logged, told again: ranked (``في أول هجوم يودي بحياة جنود``) or one of
        its parts taken up (``موجة من الهجمات …، أصابت إحداها مبنى``)."""
        if entry.type == "ACCUSE" and done and si >= 0 and (self.words[hit.first].norm in _aw("circumstantial")
                                                            or bare(self.words[hit.first].norm) in _aw("circumstantial")):
            # أدان الوزير الغارات، معتبرا إياها اعتداء: the participle tells the same condemnation
            prev_acc = next((e for e in reversed(done[-3:]) if e.type == "ACCUSE"), None)
            if prev_acc is not None and prev_acc.sentence == si and prev_acc.trigger.end <= self.words[hit.first].start:
                a = self.widx(prev_acc.trigger.end)
                if hit.first - a <= 10 and not any(w.punct and w.text not in "،,"
                                                   for w in self.words[a:hit.first]):
                    return True
        if not done or done[-1].type != entry.type or done[-1].sentence is None or si < 0 \
                or si - done[-1].sentence > 1 or done[-1].trigger.end > self.words[hit.first].start:
            return False
        words = self.words
        j = hit.first - 1
        while j >= 0 and words[j].punct and words[j].text in _QUOTE_MARKS:
            j -= 1
        if j >= 1 and done[-1].sentence == si and words[j].norm in ("انها", "انه") and \
                words[j - 1].norm in _NAMING_VERBS:
            return True  # تشن روسيا حربا على أوكرانيا تقول إنها "عملية عسكرية خاصة": its name for it
        for j in range(hit.first - 2, max(hit.first - 5, 0), -1):
            # في أول هجوم يودي بحياة جنود، في أول ضربة أمريكية مباشرة تستهدف …: what the ranked
            # event did (its adjectives between)
            if any(w.punct for w in words[j - 1:hit.first]):
                break
            if words[j].norm in _ORDINALS and words[j - 1].norm in ("في", "وفي"):
                return True
        if hit.pos in ("past", "pres"):
            nxt = words[hit.last + 1] if hit.last + 1 < len(words) else None
            return nxt is not None and not nxt.punct and nxt.norm in _PART_PRONOUNS and done[-1].sentence == si
        if hit.pos in ("noun", "form") and hit.first >= 2 and not hit.prefix:
            p, q = words[hit.first - 1], words[hit.first - 2]
            return not p.punct and not q.punct and p.norm in _ORDINALS and q.norm in ("في", "وفي")
        return False

    def _relative_of_event(self, hit: Hit, entry: TriggerEntry) -> bool:
        """``الهجوم الإرهابي الذي استهدف موقعا``: a verb in a relative clause on an event noun of
        its type describes that event (logged or known), it is no second act."""
        if hit.pos not in ("past", "pres") or hit.first < 2 or hit.prefix:
            return False
        rel = self.words[hit.first - 1]
        if not rel.punct and rel.norm not in _aw("relatives"):
            return entry.type == "ASSAULT" and self._describes_noun(hit, entry)
        if rel.punct or rel.norm not in _aw("relatives"):
            return False
        norm = self.words[hit.first].norm
        if norm in _aw("agent_verbs") or any(stem in _SUPPORT_VERBS for _, stem in candidates(norm)) or \
                norm.endswith(_OBJECT_SUFFIXES):
            return False  # الضربات التي شنتها إسرائيل: the agent verb carries the event (and its agent)
        for k in range(hit.first - 2, max(hit.first - 5, -1), -1):
            w = self.words[k]
            if w.punct or w.norm in _NO_READING:
                if w.punct:
                    return False
                continue
            if any(h.pos in ("noun", "form") and self.lex.entries[h.entry].type == entry.type
                   for h in match_word(self.words, k, self.lex)):
                return True
        return False

    def _describes_noun(self, hit: Hit, entry: TriggerEntry) -> bool:
        """``في هجوم صاروخي استهدف مطار المدينة``: a verb right after an indefinite event noun of
        its type (its adjectives between) is a relative clause without a pronoun describing that
        event, not a second act."""
        words = self.words
        norm = words[hit.first].norm
        if norm in _aw("agent_verbs") or norm.endswith(_OBJECT_SUFFIXES):
            return False
        agent = False
        for k in range(hit.first - 1, max(hit.first - 8, -1), -1):
            w = words[k]
            if w.punct:
                return False
            if w.norm in _aw("agent_verbs"):
                agent = True  # بضربة نفذتها طائرة مسيرة أمريكية استهدفت سيارتهم: past the agent
                continue
            if k < hit.first - 3 and not agent or w.norm in _CIRCUMSTANCE_WORDS or w.norm in _aw("prepositions"):
                return False  # (في قصف: after a preposition the "verb" is a noun)
            if self._in_name(w):
                if agent:
                    continue
                return False
            if w.norm.startswith(("ال", "وال", "بال", "فال", "لل")):
                if k == hit.first - 1:
                    return False  # الجيش استهدف: a definite subject before its verb
                continue  # (an adjective with the article belongs to a definite noun: checked below)
            for h in match_word(words, k, self.lex):
                if h.pos in ("noun", "form") and self.lex.entries[h.entry].type == entry.type \
                        and not h.prefix.endswith("ال"):
                    return True
        return False

    def _cover_giver(self, hit: Hit, hi: int, after: list[Entity]) -> Entity | None:
        """The name after من right behind a cover phrase (``بإسناد جوي من التحالف``)."""
        j = hit.last + 1
        if j + 1 >= hi or self.words[j].punct or self.words[j].norm != "من":
            return None
        nxt = self.words[j + 1]
        return next((e for e in after if nxt.start <= e.start < nxt.end), None)

    def _resumptive_relative(self, hit: Hit, entry: TriggerEntry, done: list[Event], si: int) -> bool:
        """``الإنزال الجوي في بلدة أطمة، الذي قتل فيه زعيم التنظيم``: a relative clause whose verb
        points back into the event just logged (فيه، خلاله) tells its outcome, not a new act (and the
        name after the passive verb is the victim)."""
        if hit.pos not in ("past", "pres") or hit.first < 2 or hit.prefix or not done:
            return False
        prev = done[-1]
        if prev.type != entry.type or prev.sentence != (si if si >= 0 else None):
            return False
        if self.words[hit.first - 1].norm not in _aw("relatives") or hit.last + 1 >= len(self.words) \
                or self.words[hit.last + 1].norm not in _RESUMPTIVE_IN:
            return False
        return 0 <= hit.first - self.widx(prev.trigger.end) <= 10

    def _merge_reach(self, hit: Hit, prev: Event | None) -> int:
        """How far (in words) a second trigger of the same type is still the same act: further
        for the noun object of a support verb with a long subject between (``شنت طائرة حربية تابعة
        لقوات … اليوم غارة على المطار``)."""
        if prev is not None and hit.pos in ("noun", "form") and \
                any(stem in _SUPPORT_VERBS for _, stem in candidates(norm_word(prev.trigger.text))) and \
                not any(w.punct and w.text in _PUNCT_BREAK for w in self.words[self.widx(prev.trigger.end):hit.first]):
            return 24
        if prev is None or prev.type != "ASSAULT" or hit.pos not in ("noun", "form") or hit.first == 0:
            return 12
        circumstance = self.words[hit.first - 1].norm in _CIRCUMSTANCE_WORDS
        instrument = hit.prefix in ("ب", "وب")
        if not circumstance and not instrument:
            return 12
        pt = norm_word(prev.trigger.text)
        killed = pt.lstrip("وف") in _KILLED_VERBS
        # (مقتل القائد ومرافقيه بضربة أمريكية: the death and the strike that caused it)
        if (circumstance and killed or instrument and (killed or bare(pt) in _aw("death_nouns"))) \
                and not any(w.punct and w.text in _SENTENCE_BREAK
                            for w in self.words[self.widx(prev.trigger.end):hit.first]):
            return 24  # قتل ثمانية أشخاص، بينهم مقاتلون من …، في غارة: the deaths and the strike are one
        return 12

    def _demand_of_protest(self, hit: Hit, entry: TriggerEntry, done: list[Event], si: int) -> bool:
        """``تظاهر آلاف أمام البرلمان مطالبين بإقالة الحكومة``: the participle of a demand right after
        a protest tells what the protesters wanted; it is part of the PROTEST, not a REQUEST."""
        if entry.type != "REQUEST" or not done or done[-1].type != "PROTEST" or done[-1].sentence != si:
            return False
        if hit.pos in ("pres", "form") and not hit.prefix and hit.first == self.widx(done[-1].trigger.end):
            return True  # مظاهرات تطالب بإسقاط الحكومة، وسط هتافات تطالب بطرد القوات: the crowd's demand
        if hit.pos != "form":
            return False
        norm = self.words[hit.first].norm
        if norm not in _DEMAND_PARTICIPLES and norm[1:] not in _DEMAND_PARTICIPLES:
            return False
        return 0 < hit.first - self.widx(done[-1].trigger.start) <= 12

    def _new_subject(self, hit: Hit, prev: Event, lo: int, hi: int, ents: list[Entity], etype: str) -> bool:
        """``وحثت السفارة الأطراف على الحوار، كما دعا الاتحاد الأفريقي إلى …``: a verb after a
        clause break with a subject of its own, another than the first event's, is another act."""
        if not (hit.pos in ("past", "pres") or hit.pos == "form" and self.words[hit.first].norm[len(hit.prefix):]
                in _aw("past_forms")) or prev.actor is None:
            return False
        a = self.widx(prev.trigger.end)
        if not any(w.punct and w.text in _PUNCT_BREAK for w in self.words[a:hit.first]):
            return False
        k = hit.last + 1
        if k >= hi or not any(e.start == self.words[k].start for e in ents):
            return False  # only a subject named right after the verb
        actor = self.actor(hit, lo, hi, ents, etype)[0]
        return actor is not None and actor != prev.actor

    def _has_object_name(self, hit: Hit, hi: int) -> bool:
        """A name within the three words after the trigger (``ثم تحرير مدينتي الموصل``): the
        same act again on another object is a new event, not the first one retold (nor is one
        with a count of its own, ``وزعمت أنها قتلت 17 جنديا``, or another modality)."""
        a = self.words[hit.last].end
        end = min(hit.last + 4, hi, len(self.words))
        b = self.words[end - 1].end if end > hit.last + 1 else a
        return any(e.start >= a and e.end <= b and e.type in ("PERSON", "ORG", "GPE", "LOC")
                   for e in self.ents.within(a, b))

    def _new_act(self, hit: Hit, prev: Event, lo: int, hi: int) -> bool:
        """A second trigger of the same type after a clause break, told with another modality
        (``تعتزم إرسال قوات، وسبق لها أن نشرت ألف جندي``، ``بألا يطأ الجنود أرض العراق، إلا أنه
        يستمر تدفق القوات``): a second act, not the first retold."""
        a = self.widx(prev.trigger.end)
        if not any(w.punct and w.text in _PUNCT_BREAK for w in self.words[a:hit.first]):
            return False
        if self._time_clause_between(a, hit.first):
            return True  # تنشر واشنطن 450 عسكريا، بعد أن أمر بايدن بإعادة نشر قوات: an earlier act
        if _root_key(hit.lemma.split()[0]) != _root_key(bare(normalize_head(prev.trigger.text))) and \
                self._opens_new_act(hit):
            # سيطرتها على غوما، بعد هجوم خاطف …، فيما تواصلت الاشتباكات: another act in its own clause
            return True
        return self.modality(hit, lo, hi) != prev.modality

    def _time_clause_between(self, a: int, b: int) -> bool:
        """A temporal clause (``، بعد أن …``، ``بعدما``) opens between words ``a`` and ``b``."""
        between = self.words[a:b]
        return any(w.norm in ("بعدما", "وبعدما") or w.norm in ("بعد", "قبل", "وبعد") and i + 1 < len(between)
                   and between[i + 1].norm == "ان" for i, w in enumerate(between))

    def _opens_new_act(self, hit: Hit) -> bool:
        """The trigger is not the circumstance of the act before it (``قتل … في هجوم``، ``بغارة``),
        nor its object after a parenthesis (``شنت، ليلة الجمعة، سلسلة غارات``), nor a past act
        as background (``منذ سيطرتها``)."""
        if hit.prefix in ("ب", "بال", "وب", "وبال", "ل", "لل"):
            return False
        if hit.prefix in ("و", "ف") and hit.pos in ("past", "pres", "phrase"):
            return False  # هاجموا السفارات، وأضرموا النار فيها: the same episode, told on
        p = self.words[hit.first - 1] if hit.first > 0 else None
        return p is None or p.punct or p.norm not in _CIRCUMSTANCE_WORDS

    def _approval_of_next(self, hit: Hit, entry: TriggerEntry,
                          nxt: tuple[Hit, TriggerEntry, int, int, int] | None) -> bool:
        """``وافق الرئيس على نشر 1500 عنصر``: approving one's own act is not an agreement with
        anybody; the act after على is the event (planned, by modality.yaml)."""
        if entry.type != "AGREE" or hit.lemma not in _aw("approval_lemmas") or nxt is None:
            return False
        h2, e2 = nxt[0], nxt[1]
        gap = self._content_gap(hit.last + 1, h2.first)
        if e2.type == "AGREE" or gap < 0 or gap > 6:
            return False
        if e2.type == "REQUEST":
            return False  # موافقة المجلس على طلب الرئيس: agreeing to another's request (see _answered_request)
        p = self.words[h2.first - 1]
        return not p.punct and p.norm in ("علي", "وعلي")

    def _in_heading(self, hit: Hit) -> bool:
        """A crosshead (``محادثات الخروج``): a short line without final punctuation restates the
        paragraph under it, so it is not an event report of its own."""
        text = self.doc.text
        pos = self.words[hit.first].start
        a = text.rfind("\n", 0, pos) + 1
        b = text.find("\n", pos)
        b = len(text) if b < 0 else b
        line = text[a:b].strip()
        if not line or line[-1] in ".!?؟:»”\"":
            return False
        # (… and the headline left at the top of the text, restated by the lead under it)
        return len(line.split()) <= 6 and (a > 0 or b < len(text)) or a == 0 and b < len(text) and len(line.split()) <= 14

    def _purpose_of_previous(self, hit: Hit, done: list[Event]) -> bool:
        """``نشر … لمساعدة بغداد``: a purpose noun right after another event is its goal, not a new event."""
        if hit.pos not in ("noun", "form") and not (hit.pos == "phrase" and hit.prefix in ("ب", "بال")):
            return False  # (a phrase only as the content of a threat or a request: مهددا بفرض عقوبات)
        start = self.words[hit.first].start
        prev = done[-1] if done else None
        if prev is not None and prev.type in ("THREATEN", "REQUEST") and prev.trigger.end <= start \
                and hit.pos != "phrase" and hit.first >= 1 and self._vowed_content(hit.first - 1):
            # تعهدت الحركة بمواصلة الهجمات، طالبوا باستئناف الضربات: what is vowed or asked for
            if 0 <= self._content_gap(self.widx(prev.trigger.end), hit.first - 1) <= 3:
                return True
        if prev is not None and prev.type == "REJECT" and any(
                stem in _denial_cues() for _, stem in candidates(norm_word(prev.trigger.text))):
            return False  # نفت واشنطن أي خطط لانسحاب قواتها: what is denied, negated, not a purpose
        if not hit.prefix:
            # a bare noun right after another trigger is its complement: لطلب مساندة، تقديم المشورة
            # (not the goal of a vow: لن نتوقف حتى تحرير المدينة is an act of its own)
            if prev is not None and prev.type in ("THREATEN", "REQUEST") and hit.first >= 1 and \
                    self.words[hit.first - 1].norm in _CONTENT_MASDARS and prev.trigger.end <= start:
                # هددت الفصائل مرارا بشن هجمات، طالب بتنفيذ ضربات: the act threatened or asked for
                a = self.widx(prev.trigger.end)
                if 0 <= self._content_gap(a, hit.first - 1) <= 3:
                    return True
            return prev is not None and self.widx(prev.trigger.end) == hit.first and \
                self.words[hit.first - 1].norm != "حتي"
        if hit.prefix in ("ب", "بال") and prev is not None and prev.trigger.end <= start:
            # طلبات البنتاجون بإرسال قوات، التزامهم بالتعاون: the content of the request/pledge
            # (a threat or a demand further on, past its subject: وهدد الرئيس الأمريكي X بفرض عقوبات)
            a = self.widx(prev.trigger.end)
            reach = 8 if prev.type in ("THREATEN", "REQUEST") and hit.pos == "phrase" else 3
            if prev.type == "ACCUSE" and not self.ents.within(prev.trigger.end, start):
                # an accusation of nobody named (تتهم منظمات حقوقية بعض المقاتلين بإحراق منازل) is
                # the charge; a named culprit's act is logged (تتهم السلطات جماعة X باختطاف …)
                reach = 7
            return hit.first - a <= reach and self._content_gap(a, hit.first) >= 0
        if not hit.prefix.startswith(("ل", "لل")):
            return False
        j = hit.first - 1
        if prev is not None and j >= 0 and not self.words[j].punct and self.words[j].norm in _aw("purpose_adverbs") \
                and prev.sentence == self.sentence_bounds(hit.first)[0]:
            return True  # تحشد … المعدات، استعدادا لهجوم بري: what the mobilisation prepares for
        for ev in reversed(done):
            if ev.trigger.end > start:
                continue
            a, b = self.widx(ev.trigger.end), hit.first
            if b - a <= 6 and self._content_gap(a, b) >= 0:
                return True
            break
        return False

    def _vowed_content(self, k: int) -> bool:
        """Word ``k`` is a verbal noun of carrying on with ب (``بمواصلة``، ``باستئناف``، ``بتكثيف``)
        or of carrying out (``بشن``، ``بتنفيذ``): what follows is the content of a vow or a demand."""
        w = self.words[k]
        if w.punct:
            return False
        norm = w.norm
        if norm in _CONTENT_MASDARS:
            return True
        stem = norm[2:] if norm.startswith("وب") else norm[1:] if norm.startswith("ب") else ""
        return stem in _STEP_UP

    def _background_fighting(self, hit: Hit, entry: TriggerEntry) -> bool:
        """``بعد أشهر من المعارك الضارية``، ``خلال المعارك الأخيرة``: the fighting as a known
        backdrop (a definite plural noun after a preposition of time or source), not an act."""
        if entry.type != "ASSAULT" or hit.pos not in ("noun", "form") or hit.first == 0:
            return False
        if hit.first >= 2 and self.words[hit.first - 1].norm == "من" and not self.words[hit.first - 2].punct \
                and self.words[hit.first - 2].norm in _SUPPORTED_BY:
            return True  # تقدمت القوات بدعم من غارات التحالف: the air cover of the act told, not an act
        w = self.words[hit.first]
        if not w.norm.startswith(("ال", "وال")) or bare(w.norm) not in _BACKGROUND_NOUNS:
            return False
        p = self.words[hit.first - 1]
        if not p.punct and p.norm in ("خلال", "من", "اثناء", "منذ", "طوال", "وسط"):
            return True
        nxt = self.words[hit.last + 1] if hit.last + 1 < len(self.words) else None
        if any(w is not None and not w.punct and (bare(w.norm) in _TOLL_VERBS or w.norm in _TOLL_VERBS)
               for w in (p, nxt)) and self.done and self.done[-1].type == "ASSAULT":
            # هجوم شنه التنظيم على السجن، حيث أدت المعارك إلى مقتل …: the fighting of the attack
            # just told, with its toll
            a = self.widx(self.done[-1].trigger.end)
            return a <= hit.first and not any(w.punct and w.text in ".!?؟؛" for w in self.words[a:hit.first])
        return False

    def _threatened_act(self, hit: Hit, done: list[Event], si: int) -> bool:
        """``وحذر الوزير من أن أي هجوم على بلاده سيقابل برد``: "any" attack in the warning just
        logged is what the warning is about, not an attack."""
        if hit.pos not in ("noun", "form") or hit.first == 0 or self.words[hit.first - 1].norm != "اي":
            return False
        prev = done[-1] if done else None
        return prev is not None and prev.type == "THREATEN" and prev.sentence == si and si >= 0

    def _comparison_class(self, hit: Hit) -> bool:
        """``في واحدة من أكبر عمليات الخطف``، ``من أكثر الهجمات دموية``: the class an event is
        compared with (after من + a superlative) is no event of its own."""
        if hit.pos not in ("noun", "form") or hit.prefix[:1] not in ("", "ا"):
            return False
        j = hit.first - 1
        if j >= 0 and not self.words[j].punct and bare(self.words[j].norm) in _CLASS_HEADS:
            j -= 1
        return j >= 1 and not self.words[j].punct and self.words[j].norm in _SUPERLATIVES \
            and self.words[j - 1].norm in ("من", "ومن")

    def _toll_of_previous(self, hit: Hit, entry: TriggerEntry, done: list[Event], si: int) -> bool:
        """``قصفت الطائرات منازل …، وأسفرت عن مقتل ثمانية أشخاص``: the deaths an attack caused
        are its toll, not another attack."""
        if entry.type != "ASSAULT" or hit.pos not in ("noun", "form") or not done or hit.first < 2:
            return False
        if bare(self.words[hit.first].norm) not in _aw("death_nouns") and hit.lemma not in _aw("death_nouns"):
            return False
        k = hit.first
        if hit.prefix.startswith("و") and k >= 3 and not self.words[k - 1].punct and \
                self.words[k - 1].norm.startswith(_aw_tuple("death_nouns")):
            k -= 1  # ما أدى إلى مقتله ومقتل ثلاثة من أطفاله: the toll goes on
        prep = self.words[k - 1]
        if prep.punct or prep.norm not in ("عن", "الي"):
            return False
        j = k - 2
        while j >= 0 and k - j <= 9 and not self.words[j].punct:
            # أدت المعارك مع قوات سوريا الديمقراطية إلى مقتل …: the subject of the toll verb between
            if bare(self.words[j].norm) in _TOLL_VERBS or self.words[j].norm in _TOLL_VERBS:
                break
            j -= 1
        else:
            return False
        if j < 0 or self.words[j].punct:
            return False
        prev = done[-1]
        return prev.type == "ASSAULT" and prev.sentence == si

    def _result_of_previous(self, hit: Hit, entry: TriggerEntry, done: list[Event], si: int) -> bool:
        """``نفذت 56 غارة …، دمرت خلالها مراكز``، ``شنت 11 غارة قرب المدينة، دمرت مواقع``: what
        the strikes just told destroyed (a clause after a comma, without و) is their result."""
        if entry.type != "ASSAULT" or hit.pos != "past" or hit.prefix or not done or hit.first < 2:
            return False
        prev = done[-1]
        if prev.type != "ASSAULT" or prev.sentence != si or prev.modality != "asserted":
            return False
        before = self.words[hit.first - 1]
        if not before.punct or before.text not in "،,":
            return False
        nxt = self.words[hit.last + 1] if hit.last + 1 < len(self.words) else None
        during = nxt is not None and not nxt.punct and nxt.norm in ("خلالها", "خلاله", "فيها")
        return during or "دمر" in hit.lemma.split()

    def _destroyed_by_strikes(self, hit: Hit, entry: TriggerEntry, done: list[Event], si: int, lo: int) -> bool:
        """``إن الغارات دمرت مواقع``، ``إن الضربات جاءت ردا …، مضيفا أنها دمرت منشآت``، ``الغارات أسفرت
        عن مقتل 22 …، ودمرت شاحنات``: what strikes already named destroyed is their result, not
        another attack when an attack is logged in the sentence already (alone, ``أن الضربات الروسية
        دمرت منذ أكتوبر 30 بالمئة من المحطات`` sums a campaign up)."""
        if entry.type != "ASSAULT" or hit.pos != "past" or "دمر" not in hit.lemma.split() or hit.first < 1:
            return False
        if si < 0 or not any(e.type == "ASSAULT" and e.sentence == si for e in done[-4:]):
            return False
        words = self.words
        prev = words[hit.first - 1]
        if prev.punct and (prev.text not in "،," or hit.prefix[:1] != "و"):
            return False
        j = hit.first - 1
        if not prev.punct and prev.norm in _RESUMING_PRONOUNS:
            j -= 1  # مضيفا أنها دمرت: the pronoun takes back a noun told before
        elif hit.prefix[:1] == "و":
            # …الغارات أسفرت عن مقتل …، ودمرت: the strikes stay the subject of the coordinated verb
            k, toll = j, False
            while k >= lo and hit.first - k <= 14 and not (words[k].punct and words[k].text not in "،,"):
                if not words[k].punct and (words[k].norm in _TOLL_VERBS or bare(words[k].norm) in _TOLL_VERBS):
                    toll = True
                    j = k - 1
                    break
                k -= 1
            if not toll:
                return False
        else:
            # إن الغارات (الجوية) دمرت: the strikes as the verb's subject
            n = 0
            while j >= lo and n < 2 and not words[j].punct and strip_article(words[j].norm) not in _STRIKE_NOUNS \
                    and words[j].norm.startswith("ال") and words[j].norm.endswith(_NISBA):
                j -= 1
                n += 1
            return j >= lo and not words[j].punct and words[j].norm.startswith("ال") \
                and strip_article(words[j].norm) in _STRIKE_NOUNS
        # the strikes named earlier in the sentence (definite: told already)
        return any(not words[x].punct and words[x].norm.startswith(("ال", "وال")) and
                   strip_article(words[x].norm) in _STRIKE_NOUNS for x in range(max(lo, j - 30), j + 1))

    def _denied_charge(self, hit: Hit, entry: TriggerEntry, done: list[Event]) -> bool:
        """``نفت الحكومة اتهامات ناشطين``: the charge a denial rejects is the denial's object, told
        to say what is denied, not an accusation logged of its own."""
        if entry.type != "ACCUSE" or hit.pos not in ("noun", "form") or not done:
            return False
        prev = done[-1]
        if prev.type != "REJECT" or prev.trigger.end > self.words[hit.first].start:
            return False
        a = self.widx(prev.trigger.end)
        return hit.first - a <= 4 and not self._crosses_clause(a, hit.first) and not any(
            w.punct and w.text in _PUNCT_BREAK for w in self.words[a:hit.first])

    def _protasis(self, hit: Hit) -> bool:
        """A verb right after إذا/لو (``مخاوف جدية إذا استهدفت روسيا مناطق …``، ``إذا طلبت الحكومة
        ذلك``): the condition of what is said, not an act reported (a noun after a conditioned
        verb is: إذا بدأ الهجوم البري, possible by modality.yaml)."""
        if hit.pos not in ("past", "pres") or hit.first == 0:
            return False
        j = hit.first - 1
        while j > 0 and self.words[j].punct and self.words[j].text in _QUOTE_MARKS:
            j -= 1
        return not self.words[j].punct and self.words[j].norm in _CONDITIONALS

    def _toll_follows(self, hit: Hit) -> bool:
        """The event noun is the subject of a toll verb (``الغارات الروسية أسفرت عن``، ``الضربة أدت
        إلى``، ``القصف أوقع قتلى``), with at most two adjectives between."""
        j = hit.last + 1
        for _ in range(3):
            if j >= len(self.words) or self.words[j].punct:
                return False
            norm = self.words[j].norm
            if norm in _TOLL_VERBS or norm in _CASUALTY_VERBS:
                return True
            if not norm.startswith(("ال", "وال")):
                return False
            j += 1
        return False

    def _suspended_accord(self, hit: Hit, entry: TriggerEntry, done: list[Event]) -> bool:
        """``أعلنت الخارجية تعليق العمل بمذكرة التفاهم``، ``جمدت الاتفاق``: the accord a sanction
        suspends is its object (the suspension is the event), not an agreement logged of its own."""
        if entry.type != "AGREE" or hit.pos not in ("noun", "form") or not done or done[-1].type != "SANCTION":
            return False
        prev = done[-1]
        if prev.trigger.end > self.words[hit.first].start:
            return False
        a = self.widx(prev.trigger.end)
        return hit.first - a <= 4 and not any(w.punct and w.text in _PUNCT_BREAK for w in self.words[a:hit.first])

    def _rejected_request(self, hit: Hit) -> bool:
        """``رفض رئيس الوزراء الدعوات إلى …``: a request noun that is the object of the rejection
        just logged was made by others, never by the one who rejects it."""
        prev = self.done[-1] if self.done else None
        if prev is None or prev.type != "REJECT" or hit.pos not in ("noun", "form") or \
                prev.trigger.end > self.words[hit.first].start or \
                bare(self.words[hit.first].norm) in _aw("circumstantial"):
            return False  # (نفته باكستان مطالبة بتحقيق: a second act of the same subject)
        a = self.widx(prev.trigger.end)
        return hit.first - a <= 5 and not any(w.punct for w in self.words[a:hit.first])

    def _answered_request(self, hit: Hit, entry: TriggerEntry, done: list[Event]) -> bool:
        """``تلقي طلب رسمي``، ``استجابة لطلب الرئيس``، ``وافق المجلس على طلب الرئيس``: a request
        received or granted is the object of that answer (the answer is the event), not a request
        logged of its own."""
        if entry.type != "REQUEST" or hit.first == 0:
            return False
        p = self.words[hit.first - 1]
        if not p.punct and bare(p.norm) in _ANSWERS:
            return True  # (a noun, whatever its letters spell: تلقي طلب)
        prev = done[-1] if done else None
        if prev is None or prev.type != "AGREE" or \
                prev.trigger.end > self.words[hit.first].start or p.punct or p.norm not in ("علي", "وعلي"):
            return False
        a = self.widx(prev.trigger.end)
        return hit.first - a <= 5 and not any(w.punct and w.text in _PUNCT_BREAK for w in self.words[a:hit.first])

    def _content_of_call(self, hit: Hit, entry: TriggerEntry, done: list[Event], si: int) -> bool:
        """``دعا لافروف إلى التنسيق بين العسكريين``، ``ودعا إلى جلسة طارئة``، ``حثت الأطراف على
        الحوار``: what a call or a demand asks for is its content, not an event of its own (a
        protest or a boycott called for is: دعت أنصارها إلى التظاهر، إلى مقاطعة الانتخابات)."""
        if entry.type in ("REQUEST", "PROTEST") or not done or hit.first == 0 or hit.lemma == "مقاطعه":
            return False
        prev = done[-1]
        k0 = hit.first
        if hit.pos in ("noun", "form") and k0 > 1 and self.words[k0 - 1].norm in _SUPPORT_VERBS:
            k0 -= 1  # (شن غارات: the noun after the masdar)
        if (k0 < hit.first or hit.pos == "past" and not hit.prefix) and prev.type == "REQUEST" \
                and prev.sentence == si and prev.trigger.end <= self.words[k0].start:
            # طلبت الحكومة رسميا من واشنطن شن غارات: after "asked <someone>" the masdar (شنّ spells
            # like the verb) is what was asked for
            seg = self.words[self.widx(prev.trigger.end):k0]
            mn = next((i for i, w in enumerate(seg) if w.norm == "من"), -1)
            if mn >= 0 and len(seg) <= 6 and not any(w.punct for w in seg) and 1 <= len(seg) - mn - 1 <= 3:
                return True
        if hit.pos not in ("noun", "form", "phrase"):
            return False
        if prev.type != "REQUEST" or prev.sentence != si or prev.trigger.end > self.words[hit.first].start:
            return False
        j = hit.first - 1
        while j > 0 and self.words[j].punct and self.words[j].text in _QUOTE_MARKS:
            j -= 1
        p = self.words[j]
        if j > 1 and not p.punct and not hit.prefix and (p.norm in _STEP_UP or bare(p.norm) in _STEP_UP):
            j -= 1  # داعيا التحالف إلى تكثيف ضرباته: more of the act is what is asked for
            p = self.words[j]
        a = self.widx(prev.trigger.end)
        if not p.punct and p.norm in ("والي", "وعلي"):
            # ودعا القرار إلى وقف القتال …، وإلى انسحاب المقاتلين: a further item of the same call
            return j - a <= 40 and any(not w.punct and w.norm in ("الي", "علي") for w in self.words[a:j])
        if not p.punct and p.norm[:1] == "ب" and p.norm[1:] in _ENDING_MASDARS:
            # طالب المجلس القوات بإنهاء حصارها: the act to be ended is what the demand is about
            return 0 <= self._content_gap(a, hit.first) <= 8
        if p.punct or p.norm not in ("الي", "علي") and not hit.prefix.startswith(("ب", "ل")):
            return False
        return 0 <= self._content_gap(a, hit.first) <= 8

    def _anaphoric(self, hit: Hit, entry: TriggerEntry, seen: dict[tuple[str, str], int], si: int) -> bool:
        """A noun that refers back to an event already logged, not a new one.

        ``تلك الهجمات``/``هذا الطلب`` (a demonstrative) and a definite noun whose root already
        produced an event of the same type earlier in the article (``المحادثات`` after
        ``محادثات``, ``الاجتماع`` after ``اجتمعوا``, ``الضربات`` after ``أطلق الضربات``; up to
        six sentences back) are mentions of a known event.
        """
        if hit.pos not in ("noun", "form", "phrase"):
            return False
        if hit.first > 0:
            p = self.words[hit.first - 1]
            if not p.punct and p.norm in _aw("demonstratives"):
                return True
        w = self.words[hit.first]
        if (hit.prefix.endswith("ال") or w.norm.startswith(("ال", "وال"))) and self._ranked(hit) and any(
                e.type == entry.type for e in self.done):
            return True  # ويعد الهجوم الأكبر للتنظيم منذ …: the attack told before, ranked
        if hit.pos in ("noun", "form") and not hit.prefix and hit.first >= 2 and self._ranked_this(hit) and any(
                e.type == entry.type for e in self.done):
            return True  # وهذا أول هجوم كبير يستهدف القوات …، ويعد أكبر هجوم: the attack told, ranked
        if entry.type == "ASSAULT" and si >= 0 and (bare(w.norm) in _aw("death_nouns") or hit.lemma in _aw("death_nouns")) \
                and self._confirmed(hit.first) and any(e.type == "ASSAULT" and e.sentence is not None and e.sentence < si
                                                       for e in self.done):
            return True  # وأكدت الكتائب مقتل القيادي، نعت الحركة …: the death of the strike told before
        definite = hit.prefix.endswith(("ال", "لل")) or w.norm.startswith(("ال", "وال", "بال", "فال", "لل"))
        if not definite:
            # اجتماع "بروكسل": a noun with a name as its genitive is definite too
            j = hit.last + 1
            while j < len(self.words) and self.words[j].punct and self.words[j].text in "\"«»“”'":
                j += 1
            definite = j < len(self.words) and not self.words[j].punct and any(
                e.start == self.words[j].start for e in self.ents.within(self.words[j].start, self.words[j].end))
        if hit.pos == "phrase" and not (hit.prefix.endswith(("ال", "لل")) or w.norm.startswith(
                ("ال", "وال", "بال", "فال", "لل"))):
            return False  # only a phrase with the article (العمليات العسكرية) refers back, no verb phrase
        if definite and hit.first > 0 and self.words[hit.first - 1].norm in _CAME and any(
                e.type == entry.type for e in self.done):
            return True  # وجاء الهجوم بعد ساعات من …: the attack told already, whatever word told it
        if self._claimed_or_commented(hit, definite) and any(e.type == entry.type for e in self.done):
            return True  # ولم تتبن أي جهة الهجوم، لم يعلق التنظيم على مقتل زعيمه: the known event
        last = seen.get((entry.type, _root_key(hit.lemma.split()[0] if hit.pos == "phrase" else hit.lemma)))
        if not definite or last is None or si - last > 10:
            return False
        if entry.type == "ASSAULT" and self._toll_follows(hit):
            return False  # قالوا إن الغارات أوقعت 36 قتيلا: the toll reported is an event report of its own
        # لن تشارك بشكل مباشر في الغارات، انضمت بريطانيا إلى الضربات: a party joining the known
        # act is an event of its own
        j, n = hit.first - 1, 0
        while j >= 0 and n < 5 and not self.words[j].punct:
            if any(stem in _aw("joining_verbs") for _, stem in candidates(self.words[j].norm)):
                return False
            j -= 1
            n += 1
        return True

    def _confirmed(self, k: int) -> bool:
        """A verb of confirming or mourning governs the noun at ``k``, its subject between
        (``وأكدت الكتائب مقتل``، ``نعت الحركة``)."""
        j = k - 1
        while j >= 0 and k - j <= 4 and not self.words[j].punct:
            norm = self.words[j].norm
            if norm in _CONFIRM or norm[1:] in _CONFIRM and norm[:1] in ("و", "ف"):
                return True
            j -= 1
        return False

    def _claimed_or_commented(self, hit: Hit, definite: bool) -> bool:
        """A definite event noun (or one with a possessive genitive: ``مقتل زعيمه``) that is the
        object of a claim of responsibility or of a comment (``تبنت الحركة الهجوم``، ``أعلن
        مسؤوليته عن التفجير``، ``لم يعلق على مقتل``)."""
        if not definite:
            nxt = self.words[hit.last + 1] if hit.last + 1 < len(self.words) else None
            if nxt is None or nxt.punct or not nxt.norm.endswith(("ه", "ها", "هم")) or nxt.norm.startswith("ال") \
                    or nxt.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650").endswith("ة"):
                return False  # (مقتل زعيمه: his leader; not هجمات مماثلة)
        on = hit.first > 0 and self.words[hit.first - 1].norm == "علي"
        j, n = hit.first - 1, 0
        while j >= 0 and n < 9 and not self.words[j].punct:
            w = self.words[j].norm
            if definite and w in _CONDEMN:
                # دان المتحدث باسم الحركة X الضربة، ندد الوزير بالهجوم: the attack condemned is the one told
                return True
            if n >= 6:
                pass
            elif w in _CLAIMS or bare(w) in _CLAIMS:
                return True
            elif on and (w in _COMMENT_VERBS or bare(w) in _COMMENT_VERBS):
                return True  # (علق على: commented on; علقت مشاركتها is a suspension)
            j -= 1
            n += 1
        return False

    def remember_places(self) -> None:
        """The last place named in each sentence, for location carry-over, and the article's
        theatre: its most often named country, the default place of an event the text does not
        place (``قتل عشرة مقاتلين خلال عملية عسكرية`` in an article about Iraq)."""
        counts: dict[str, int] = {}
        ids: dict[str, str | None] = {}
        for e in self.ents.ents:
            if e.type == "GPE" and (e.id or "").startswith("gpe:") or e.type == "GPE" and not e.id:
                label = entity_label(e)
                counts[label] = counts.get(label, 0) + 1
                ids[label] = e.id
        if counts:
            best = max(counts, key=lambda k: counts[k])
            if counts[best] >= 3 or counts[best] == 2 and sum(v == 2 for v in counts.values()) == 1:
                self.theatre = (best, ids[best])  # (a short text: named twice, more than any other)
        for si, s in enumerate(self.sents):
            places = [e for e in self.ents.within(s.start, s.end) if e.type in ("GPE", "LOC")]
            if places:
                self.places_by_sentence[si] = entity_label(places[-1])


@cache
def _denial_cues() -> frozenset[str]:
    """Single-word denial cues (نفى، تنفي، أنكر …): the wide-scope negated group of modality.yaml."""
    out: set[str] = set()
    for g in modality_lexicon().groups:
        if g.modality == "negated" and g.scope >= 8:
            out.update(c[0] for c in g.cues if len(c) == 1)
    return frozenset(out)


@cache
def _agent_phrases() -> tuple[tuple[str, ...], ...]:
    """Passive agent phrases (``على يد``, ``من قبل``) as word tuples."""
    return tuple(tuple(p.split()) for p in _aw("agent_phrases"))


@lru_cache(maxsize=65536)
def _cue_keys(norm: str) -> frozenset[str]:
    """Look-up keys of a word for modality cues: itself and its stems after a cue prefix.

    Memoised: the modality scan asks for them for every word around every trigger.
    """
    return frozenset({norm} | {stem for pre, stem in candidates(norm) if pre in _CUE_PREFIXES})


_CUES_BEFORE: Final[dict[str, tuple[tuple[CueGroup, tuple[tuple[str, ...], ...]], ...]]] = {}


def _cues_before(norm: str, mod: ModalityLexicon) -> tuple[tuple[CueGroup, tuple[tuple[str, ...], ...]], ...]:
    """``(group, cues)`` of the "before" cue groups with a cue ending in the word ``norm``.

    The groups keep their lexicon order and the cues their longest-first order, so the modality
    scan reads them exactly as it would by looping over every group; memoised per word form
    because almost every word has none.
    """
    got = _CUES_BEFORE.get(norm)
    if got is None:
        keys = _cue_keys(norm)
        got = tuple((g, cues) for g in mod.groups if g.position == "before"
                    for cues in [tuple(c for key in keys for c in g.by_last.get(key, ()))] if cues)
        if len(_CUES_BEFORE) > 200_000:
            _CUES_BEFORE.clear()
        _CUES_BEFORE[norm] = got
    return got


@cache
def _agent_phrase_heads() -> frozenset[str] | None:
    """First words of the passive agent phrases, so most words skip the phrase scan.

    ``None`` when some phrase is empty (it matches anywhere, so no word may be skipped).
    """
    phrases = _agent_phrases()
    if any(not ph for ph in phrases):
        return None
    return frozenset(ph[0] for ph in phrases)


def _root_key(lemma: str) -> str:
    """A rough root of a trigger lemma, shared by a verb and its verbal noun and their plurals
    (``اجتمع``/``اجتماع``، ``ضربة``/``الضربات``، ``هاجم``/``هجمات``): without article, plural
    ``ات`` or final ة, and without the long vowels after the first letter."""
    got = _ROOT_KEYS.get(lemma)
    return got if got is not None else remember(_ROOT_KEYS, lemma, _rough_root(lemma))


def _rough_root(lemma: str) -> str:
    w = strip_article(lemma)
    if w.endswith("ات") and len(w) > 4:
        w = w[:-2]
    elif w.endswith("ه") and len(w) > 3:
        w = w[:-1]
    return w[:1] + "".join(c for c in w[1:] if c not in "اوي")


def _context_keys(norm: str) -> frozenset[str]:
    """Look-up keys of a context word (the word itself included): without clitics, tanwin alif
    or an attached pronoun. Memoised: context windows look at the same words again and again."""
    got = _CONTEXT_KEYS.get(norm)
    return got if got is not None else remember(_CONTEXT_KEYS, norm, _lookup_keys(norm))


def _lookup_keys(norm: str) -> frozenset[str]:
    keys = {norm, bare(norm), strip_article(norm)} | {stem for _, stem in candidates(norm)}
    for k in list(keys):
        for suf in ("هما", "هم", "ها", "نا", "ه", "ا"):
            if k.endswith(suf) and len(k) - len(suf) >= 3:
                keys.add(k[:-len(suf)])
                break
    return frozenset(keys)


def normalize_head(s: str) -> str:
    """Normalised clitic head (``ب``, ``ل``, ``وب`` …) of a word before an entity start."""
    from rasid.arabic import normalize

    h = normalize(s)
    return h[-1:] if h else ""


def _imperfect(norm: str) -> bool:
    """A likely imperfect verb after قد (قد تأتي، قد يكون) rather than a past one (قد تم، قد شن)."""
    if len(norm) < 3 or norm[0] not in "يتن":
        return False
    if norm in ("تم", "تمت", "تحول"):
        return False
    # (تبنت، تولت، تلقت: a four-letter past of a تفعّل verb, as long ones: تعرضت، تراجعوا)
    if norm[0] == "ن" and (norm.endswith("ت") and len(norm) >= 4 or norm.endswith("وا") and len(norm) >= 4):
        return False  # قد نقلت، قد نفذوا، قد نشرت: a past verb whose root opens with ن
    return not (norm[0] == "ت" and (norm.endswith("ت") and len(norm) >= 4 or norm.endswith("وا") and len(norm) >= 5))


def run(doc: Document) -> None:
    """Fill ``doc.events`` with PLOVER events (arguments from this sentence, modality)."""
    if not doc.text:
        return
    d = _DocEvents(doc)
    d.remember_places()
    doc.events = d.run()


def warm_up() -> None:
    trigger_lexicon()
    modality_lexicon()


def _surface(e: Entity) -> str:
    """An argument as the article writes it (its KB identity travels in the ``*_id`` field)."""
    return e.text


_TANWIN: Final = frozenset("\u064b\u064c\u064d")


@lru_cache(maxsize=16384)
def _ministry_state(name: str) -> tuple[str, str | None] | None:
    """The state behind a ministry (``وزارة الدفاع التركية``، ``الخارجية الإيرانية``)."""
    toks = [norm_word(t) for t in name.split()]
    heads = [strip_article(t) for t in toks[:-1]]
    if len(toks) < 2 or heads[0] not in _aw("ministry_heads") or not any(
            h in _aw("ministry_heads") and h != "وزاره" for h in heads):
        return None  # وزارة الصحة: not a ministry that fields forces
    entry = _nationality(name.split()[-1])
    if entry is None:
        return None
    return getattr(entry, "name", None) or str(entry), getattr(entry, "id", None)


def _dual_singular(norm: str) -> str:
    """The singular of a dual head noun (``مقاتلتان`` → ``مقاتله``، ``طائرتين`` → ``طائره``), or ``""``."""
    if len(norm) >= 6 and norm.endswith(("تان", "تين")):
        return norm[:-3] + "ه"
    return ""


def _nationality(word: str) -> object | None:
    """The country of a nationality word: a nisba (``الأمريكية``) or its colloquial plural in
    ``-ان`` (``الأمريكان``, ``الأميركان`` ← ``أمريكي``)."""
    entry = nationality_entry(word)
    if entry is None and word.endswith(("يتان", "يتين")) and len(word) >= 6:
        entry = nationality_entry(word[:-3] + "ية")  # مقاتلتان أمريكيتان: the dual of the feminine nisba
    if entry is None and word.endswith("ان") and len(word) >= 5 and not word.endswith(("يان", "ييان")):
        entry = nationality_entry(word[:-2] + "ي")
    return entry


#: place subtypes that never act (a town, a province, a crossing …; a state or capital may)
_NOT_ACTOR_PLACES: Final = frozenset(("town", "city", "district", "province", "region", "area", "camp", "crossing",
                               "airport", "base", "border", "checkpoint", "corridor", "dam", "desert",
                               "gas_field", "gulf", "island", "lake", "mountain", "oil_field", "port",
                               "river", "sea", "site", "strait", "ocean", "canal", "cape", "continent",
                               "military_site", "nuclear_site", "oil_facility", "refinery"))

#: the auxiliary كان (وكانت X قد …) in the forms that open a clause
_KANA_FORMS: Final = frozenset(("تكون", "يكون", "كان", "كانت", "كانوا", "يكونوا"))
_KANA: Final = frozenset(("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا"))

#: a definite town word and the place subtypes it may refer back to (المدينة → a city or town)
_TOWN_WORDS: Final = {"مدينه": "city", "بلده": "town", "قريه": "town", "بلدة": "town"}
_TOWN_ENDINGS: Final = tuple(_TOWN_WORDS)
# facilities taken up by a definite noun (على السجن، في محيط القاعدة) and the parts of a site that
# lead to them (عند بوابة السجن، في محيط المطار)
_FACILITY_WORDS: Final = frozenset(("سجن", "قاعده", "مطار", "معسكر", "ميناء", "مستشفي"))
_ANAPHOR_ENDINGS: Final = _TOWN_ENDINGS + tuple(_FACILITY_WORDS)
_SITE_PARTS: Final = frozenset(("بوابه", "محيط", "مدخل", "اسوار", "سور", "ساحه", "مبني", "مباني", "ابواب", "باب"))
_TOWN_SUBTYPES: Final = {"city": ("city", "town", "capital"), "town": ("town", "city", "district")}


#: superlatives that open a comparison class (من أكبر الهجمات، من أسوأ عمليات الخطف)
_SUPERLATIVES: Final = frozenset(("اكبر", "اكثر", "اسوا", "اعنف", "اخطر", "اشد", "ابرز", "ادمي", "افدح", "اضخم",
                           "اوسع", "افظع", "اطول"))
#: counted heads between the superlative and the event noun (أكبر عمليات الخطف، أسوأ موجات العنف)
#: "amounting to" opening an apposition that gives a count (عدد الجنود، البالغ نحو 2500 جندي)
_AMOUNTING: Final = frozenset(("البالغ", "البالغه", "البالغين", "المقدر", "المقدره", "والبالغ", "والبالغه"))
#: "his/her/our country" opening a complement clause: the speaker's state
_COMMANDERS: Final = frozenset(norm_word(w) for w in ("قائد", "زعيم", "آمر"))
_CONDEMN: Final = frozenset(norm_word(w) for w in (
    "دان", "دانت", "ودان", "ودانت", "أدان", "أدانت", "وأدان", "وأدانت", "ندد", "نددت", "وندد", "ونددت",
    "استنكر", "استنكرت", "واستنكر", "واستنكرت", "شجب", "شجبت", "وشجب", "وشجبت"))
_CLAIMS: Final = frozenset(norm_word(w) for w in (
    "تبنى", "تبنت", "تبنوا", "يتبنى", "تتبنى", "يتبن", "تتبن", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم",
    "المسؤولية", "مسؤولية"))
_SHORTAGE_NOUNS: Final = frozenset(norm_word(w) for w in ("نقص", "نقصا", "شح", "قلة", "ندرة", "عجز", "انقطاع"))
_COMMENT_VERBS: Final = frozenset(norm_word(w) for w in ("يعلق", "تعلق", "علق", "علقت", "يعلقوا", "تعليق"))
_PERSON_TITLES: Final = frozenset(("ملك", "امير", "رئيس", "عاهل", "جنرال", "وزير", "سلطان", "شيخ"))
_INFO_NOUNS: Final = frozenset(("معلومات", "معلومه", "تفاصيل", "دليل", "ادله", "بيانات"))
_SUBSET_WORDS: Final = frozenset(("بينهم", "بينها", "بينهن", "منهم", "منها", "منهن", "وبينهم", "ومنهم"))
# copulas of rating: an event noun after them names what something amounts to (يشكل الانسحاب ضربة
# لاستراتيجية واشنطن: a metaphor; ويعد الهجوم الأكبر منذ …: the attack told, ranked); يعد/تعد "prepares"
# takes an indefinite noun (يعد الجيش هجوما), so those only with a definite one
_COPULAS: Final = frozenset(("يشكل", "تشكل", "يمثل", "تمثل", "مثلت", "يعتبر", "تعتبر",
                             "اعتبر", "اعتبرت", "بات", "باتت", "اصبح", "اصبحت"))
_CONFIRM: Final = frozenset(("اكد", "اكدت", "اكدوا", "يؤكد", "تؤكد", "نعي", "نعت", "نعوا", "ينعي", "تنعي"))
_MEMBER_WORDS: Final = frozenset(("عناصر", "افراد", "مقاتلي", "مسلحي", "اعضاء"))
_SITTINGS: Final = frozenset(("جلسه", "جلسات"))
_VOTE_WORDS: Final = frozenset(("تصويت", "التصويت", "صوت", "صوتت", "صوتوا", "يصوت", "تصوت", "صادق", "صادقت",
                                "اقر", "اقرت"))
# broken plurals of nationality adjectives (مدربون عسكريون روس، جنود أتراك) → the singular nisba
_BROKEN_NISBA: Final = {"روس": "روسي", "الروس": "روسي", "اتراك": "تركي", "الاتراك": "تركي"}
_NEGATION_PARTICLES: Final = frozenset(("لا", "لم", "لن", "ليس", "ليست", "ولا", "ولم", "ولن", "وليس", "دون", "بدون",
                                        "غير", "عدم"))
_WITNESS_VERBS: Final = frozenset(("شهد", "شهدت", "يشهد", "تشهد", "تشهدان", "يشهدان"))
_PLACE_HEADS: Final = frozenset(("عاصمه", "مدينه", "منطقه", "بلده", "محافظه", "ولايه", "اقليم", "قريه"))
_THIS_IS: Final = frozenset(("هذا", "وهذا", "هذه", "وهذه", "هو", "وهو", "هي", "وهي", "فهو", "فهي"))
_DOING_VERBS: Final = frozenset(("اقدم", "اقدمت", "اقدموا", "يقدم", "تقدم", "يقدمون", "ارتكب", "ارتكبت", "ارتكبوا"))
_DECISION_NOUNS: Final = frozenset(("قرار", "قرارا"))
_RANKING_COPULAS: Final = frozenset(("يعد", "تعد", "عد", "عدت", "يعتبر", "تعتبر", "اعتبر", "اعتبرت"))
# "any" before an event noun: a hypothetical act (تحسبا لأي هجوم، رفض أي وجود عسكري), not one that happened
_ANY: Final = frozenset(("اي", "ايه", "لاي", "لايه", "باي", "بايه", "واي", "وايه", "ولاي"))
#: masdars of ending an act (بإنهاء حصارها، بوقف هجماتها): after a demand the act is its object
_ENDING_MASDARS: Final = frozenset(("انهاء", "وقف", "رفع", "فك", "انتهاء"))
#: acts done by speaking: a clause coordinated after a report goes on with its speaker
_BI_ANNA: Final = frozenset(("بان", "بانه", "بانها", "بانهم", "بانه"))
_VERBAL_ACTS: Final = frozenset(("THREATEN", "REJECT", "REQUEST", "ACCUSE", "SUPPORT", "APPEAL"))
_STEP_UP: Final = frozenset(("تكثيف", "توسيع", "زياده", "تعزيز", "مواصله", "استئناف", "تصعيد", "تسريع"))
_FORCE_ADJECTIVES: Final = frozenset(("خاصه", "الخاصه", "مسلحه", "المسلحه", "مشتركه", "المشتركه"))
_COUNTRY_PRONOUNS: Final = frozenset(("بلاده", "بلادها", "بلادنا", "بلادي", "بلادهم", "دولته", "دولتها", "دولتنا"))
#: "on"/"against" before a condemnation word: a fight against it (الحرب على الإرهاب، مكافحة الإرهاب)
_FIGHT_ON: Final = frozenset(("علي", "ضد", "مكافحه", "محاربه"))
#: approximators before a count (نحو 4 آلاف جندي)
_APPROX: Final = frozenset(("نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل", "من"))
#: receiving or answering a request (تلقي طلب، استجابة لطلب، تلبية لدعوة): the request is their object
_ANSWERS: Final = frozenset(("تلقي", "تلقت", "تلقى", "تلقوا", "يتلقي", "تتلقي", "استجابه", "استجابت", "استجاب", "تلبيه",
                      "لبت", "لبي", "قبول", "قبلت"))
#: ``ب`` + the verbal noun of a support verb: what a threat or a demand is about (هدد بشن هجمات)
_CONTENT_MASDARS: Final = frozenset(("بشن", "وبشن", "بتنفيذ", "وبتنفيذ", "بتوجيه", "وبتوجيه", "بفرض", "وبفرض", "باتخاذ"))
_CLASS_HEADS: Final = frozenset(("عمليات", "حوادث", "موجات", "حملات", "سلسله", "اعمال"))

#: participles of a demand that, after a protest, tell the protesters' demand (مطالبين بـ، رافعين شعار)
_DEMAND_PARTICIPLES: Final = frozenset(("مطالبين", "مطالبا", "مطالبه", "مطالبون", "داعين", "داعيا", "داعيه",
                                 "مناشدين", "رافعين", "مرددين", "منددين"))

#: generic place words resolved to the article's theatre (البلاد) or its capital (العاصمة)
_GENERIC_PLACE_WORDS: Final = {"البلاد": "country", "العاصمه": "capital"}
_GENERIC_PLACE_PREPS: Final = frozenset(("في", "الي", "داخل", "من", "انحاء"))


def _kb() -> KB | None:
    """The packaged KB, or None when it cannot be loaded (a half-built KB must not break events)."""
    try:
        from rasid.entities.kb import load_kb

        return load_kb()
    except Exception:  # noqa: BLE001
        return None


@lru_cache(maxsize=256)
def _country_of(place_id: str | None) -> tuple[str, str] | None:
    """The KB country of a place entry (a country is its own): (name, id), None when unknown."""
    kb = _kb() if place_id else None
    entry = kb.country_of(place_id) if kb is not None else None
    return (entry.name, entry.id) if entry is not None else None


@lru_cache(maxsize=256)
def _capital_of(country_id: str | None) -> tuple[str, str] | None:
    """The KB capital of a country entry: (name, id), None when unknown."""
    kb = _kb() if country_id else None
    entry = kb.get(country_id) if kb is not None else None
    cap = kb.institution(entry.country, "capital") if kb is not None and entry is not None and entry.country else None
    return (cap.name, cap.id) if cap is not None else None


def _kb_subtype(entity_id: str | None) -> str | None:
    """The KB subtype of an entry (``city``, ``country``, ``media`` …), None when unknown."""
    if not entity_id:
        return None
    got = _KB_SUBTYPES.get(entity_id)
    if got is None:
        kb = _kb()
        entry = kb.get(entity_id) if kb is not None else None
        got = remember(_KB_SUBTYPES, entity_id, (getattr(entry, "subtype", None) if entry is not None else None) or "")
    return got or None


def _place_subtype(entity_id: str | None) -> str | None:
    """The KB subtype of a place (``city``, ``town``, ``country`` …), None when unknown."""
    return _kb_subtype(entity_id)


_MONITORS: Final = tuple(" ".join(norm_word(t) for t in n.split()) for n in (
    "المرصد", "الدفاع المدني", "وزارة الصحة", "الصليب الأحمر", "الهلال الأحمر", "يونيسف", "اليونيسف",
    "منظمة العفو", "هيومن رايتس", "أطباء بلا حدود", "منظمة الصحة", "مفوضية"))


def _is_monitor(name: str | None) -> bool:
    """A monitor, rescuer or health body (``المرصد السوري``، ``الدفاع المدني``، ``وزارة الصحة``،
    ``يونيسف``): it counts the dead, it fields no forces."""
    if not name:
        return False
    n = " ".join(norm_word(t) for t in name.split())
    return any(n.startswith(m) or f" {m}" in n for m in _MONITORS)


def _is_media(entity_id: str | None) -> bool:
    """A news outlet (KB ``subtype: media``): the source of a report, not an actor in it."""
    return _kb_subtype(entity_id) == "media"
