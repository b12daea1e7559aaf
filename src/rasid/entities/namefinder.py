"""Rules for the names no KB holds yet.

Three patterns, all run over words not already covered by a KB match:

* persons: a given name from the lexicons (``جيمس``, ``دانا``, ``ثابت``) followed by name-like words
  (``تيري``, ``محمد العباسي``), or a rare word right after a rank/title (``الجنرال دنفورد``). Titles,
  nationality adjectives and role phrases are *not* part of the mention (ANNOTATION.md);
* organisations: a head word and its genitive phrase (``جهاز مكافحة الإرهاب``, ``خلية الإعلام
  الأمني``), a head plus a quoted name (``موقع "يو أس نيوز"``), and an institution head plus a
  nationality adjective (``الجيش العراقي``, ``الخارجية الأميركية``), linked to the country's KB
  institution when there is one;
* places: a place head plus a name (``مدينة الرمادي``, ``بلدة أمرلي``).

"Name-like" is decided with the given-name lexicons, a stop list and word frequency: a word that
is frequent in general Arabic text and not a known name ends a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from rasid.arabic import DIACRITICS, TATWEEL
from rasid.entities.kb import KB, KBEntry
from rasid.entities.lexicon import Lexicon, lexicon, registry_names, zipf
from rasid.entities.tokens import GAP_HARD, GAP_NONE, GAP_SOFT, Word

#: a continuation word more frequent than this (zipf) ends a name unless it is a known name
SURNAME_MAX_ZIPF: Final = 4.6
#: a woman's given name formed from a man's with ة (ساجدة from ساجد) must be rarer than this as a word
FEMININE_NAME_MAX_ZIPF: Final = 3.5
#: a lone word after a title must be rarer than this to be taken as a name
TITLE_NAME_MAX_ZIPF: Final = 3.0
#: an unknown word after a place head must be rarer than this
PLACE_NAME_MAX_ZIPF: Final = 4.3
#: the second word of a compound place name (خربة سلم, عين عيسى) or a noun after a feminine head
#: (بلدة جلب) must be rarer than this: direction words (شمال 5.2, غرب 4.9, قرب 5.0) end the name
COMPOUND_SECOND_MAX_ZIPF: Final = 4.8
#: an indefinite word after a place head is usually an adjective (قاعدة عسكرية) unless it is rare
PLACE_INDEF_MAX_ZIPF: Final = 3.5
#: heads that are everyday nouns: the word after them must be rare to be a name
#: heads that name an organisation only with a quoted name after them (قوة "تاكوبا")
_QUOTED_ONLY_HEADS: Final = frozenset({"قوه"})
#: first words of a quoted description, not a name (قوات "ذات طبيعة دفاعية", قوات "غير قتالية")
_NOT_NAME_OPENERS: Final = frozenset({"ذات", "ذو", "ذوي", "غير", "شبه", "من", "في", "علي", "لا", "بلا", "اكثر", "اقل", "كل"})
#: a city district (حي شيربور): a place head only here, not a word the CRF sees as one ("alive")
#: also the dual before two names (نزحوا من حيي غويران والزهور): the first name alone (the second
#: is a list member of ``_DUAL_PLACE_HEADS``)
_DISTRICT_WORD: Final = frozenset({"حي", "حيي"})
#: definite committee nouns that name a standing body with العليا (اللجنة العسكرية العليا)
_COMMITTEE_HEADS: Final = frozenset({"اللجنه", "الهييه", "المفوضيه"})
_GENERIC_PLACE_HEADS: Final = frozenset({"منطقه", "مخيم", "قاعده", "مطار", "ميناء", "معبر", "ممر", "مقاطعه"})
#: feminine heads: an adjective after them takes the feminine ending (بلدة صغيرة), a name need not
_FEMININE_PLACE_HEADS: Final = frozenset({"مدينه", "بلده", "قريه"})
#: compass points that begin province names (شمال كيفو, جنوب كاساي) after a province head
_COMPASS: Final = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط"})
_PROVINCE_HEADS: Final = frozenset({"ولايه", "اقليم", "محافظه", "ولايتي", "محافظتي", "مقاطعه"})
#: adjectives of location that follow a place name without being part of it (إقليم نامبولا المجاور)
_PLACE_ADJECTIVES: Final = frozenset({"المجاور", "المجاوره", "القريب", "القريبه", "المحاذي", "المحاذيه", "المتاخم",
                               "المتاخمه", "الحدودي", "الحدوديه", "الساحلي", "الساحليه", "النايي", "الناييه",
                               "المحاصر", "المحاصره", "المضطرب", "المضطربه", "المنكوب", "المنكوبه"})
_DEF_COMPASS: Final = frozenset({"الشمال", "الجنوب", "الشرق", "الغرب", "الوسط"})
#: the adjective that ends an airport's or port's name (مطار ... الدولي)
#: adjectives that belong to a facility's name (مطار بغداد الدولي, قاعدة الديلمي الجوية)
_INTERNATIONAL: Final = frozenset({"الدولي", "الدوليه", "الجويه", "الجوي", "البحريه", "البحري"})
#: a word absent from the frequency list (zipf < 2.5) is not a common Arabic word
UNKNOWN_WORD_ZIPF: Final = 2.5
#: "area" heads whose unknown proper name is an administrative district or town (GPE), not a feature
_DISTRICT_HEADS: Final = frozenset({"منطقه"})
#: heads of natural features, rarely followed by an adjective (نهر دجلة, جبل سنجار)
#: first words of foreign place names that take a second word (ساوث كارولاينا، نيو مكسيكو، سان دييغو)
_FOREIGN_PLACE_FIRST: Final = frozenset({"ساوث", "نورث", "ويست", "ايست", "نيو", "سان", "سانت", "سانتا", "لوس", "لاس"})
_NATURAL_HEADS: Final = frozenset({"نهر", "جبل", "جبال", "وادي", "صحراء", "جزيره", "بحيره", "سهل"})
#: group heads that, right before a person's name, name the group after its leader
_GROUP_HEADS: Final = frozenset({"جماعه", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات", "كتائب", "شبكه", "عصابه"})
#: how far a role phrase (وزير الدفاع الأميركي لشؤون ...) may run before the name
ROLE_MAX_WORDS: Final = 10
#: a weak given name (جو, دانا) starts a name without a title only before a word rarer than this
WEAK_SURNAME_MAX_ZIPF: Final = 3.3
#: a given name known only from the registry name dictionaries must be rarer than this to start a name
PKG_GIVEN_MAX_ZIPF: Final = 3.3
#: a role phrase closed by a pronoun (المتحدث باسمها): a name may follow it
_PRONOUN_ROLE_ENDS: Final = frozenset({"باسمه", "باسمها", "باسمهم", "باسمهما"})
#: stop words that may sit inside a role phrase (الناطق باسم البعثة الأممية في مالي)
#: particles whose next word always belongs to the name (عبد الله, أبو بكر)
_BOUND_PARTICLES: Final = frozenset({"عبد", "ابو", "بن", "ابن", "بنت"})
#: particles that close a compound name part (فضل الله, نور الدين, عبد الرحمن)
_CLOSING_PARTICLES: Final = frozenset({"الله", "الدين", "الرحمن"})
_ROLE_LINKS: Final = frozenset({"في", "لدي", "عن"})
#: heads of numbered military units (الفرقة 82, الفوج الثالث); اللواء only before a number (it is a rank too)
_UNIT_HEADS: Final = frozenset({"الفرقه", "الفوج", "الكتيبه", "اللواء", "الفيلق"})
#: ordinals that number a unit (normalised)
_ORDINALS: Final = frozenset({"الاول", "الاولي", "الثاني", "الثانيه", "الثالث", "الثالثه", "الرابع", "الرابعه",
                       "الخامس", "الخامسه", "السادس", "السادسه", "السابع", "السابعه", "الثامن", "الثامنه",
                       "التاسع", "التاسعه", "العاشر", "العاشره"})
#: arm words that close a unit's name (المحمولة جواً, مشاة, مدرعات)
_UNIT_ARMS: Final = frozenset({"المحموله", "المنقوله", "جوا", "مشاه", "المشاه", "مدرعات", "المدرعه", "المدرع",
                        "الخياله", "مدفعيه", "المدفعيه", "الالي", "الاليه", "الجبليه", "مظلات", "المظليين",
                        "مغاوير", "كوماندوز", "صاعقه", "مهام", "خاصه", "الخاصه"})
#: prepositions that take no proclitic preposition (ب / ك / ل + إلى is no Arabic word)
_BARE_PREPS: Final = frozenset({"الي", "علي", "عن", "في", "حتي", "منذ", "لدي"})
_RANKS: Final = frozenset({"الجنرال", "الكولونيل", "العقيد", "اللواء", "الفريق", "العميد", "المقدم", "الرائد",
                    "النقيب", "المشير", "الادميرال", "الاميرال", "الميجور", "السيناتور", "الشيخ", "السيد",
                    "السيده", "الدكتور", "الرئيس", "الملك", "الامير", "الكابتن", "الجنرالات"})


_COMMAS: Final = frozenset("،,")
_PRONOUN_SUFFIXES: Final = ("نا", "هم", "هما", "ها", "كم", "ني")
_DIACRITIC_CHARS: Final = DIACRITICS + TATWEEL


def _inflected(w: Word) -> bool:
    """A word with digits or an attached pronoun (أعدائنا, قطعها): never part of a name."""
    n = w.norm
    if any(c.isdigit() for c in n):
        return True
    if len(n) >= 5 and n.endswith(_PRONOUN_SUFFIXES):
        # كادونا, أريزونا: the ending is a pronoun only when what precedes it is a word (قوات+نا)
        stem = n[:-3] if n.endswith("هما") else n[:-2]
        if zipf(n) >= UNKNOWN_WORD_ZIPF or zipf(stem) >= UNKNOWN_WORD_ZIPF or zipf(stem + "ه") >= UNKNOWN_WORD_ZIPF:
            return True
    # استقالته, قواته: the pronoun ه after ت (as written, before ة/ه folding; شحاتة keeps its ة)
    raw = w.text.rstrip(_DIACRITIC_CHARS)
    return len(raw) >= 6 and raw.endswith("ته")


def _hamza_al(w: Word) -> bool:
    """``إلهام``, ``أليا``: a word written with a hamza on its alif does not begin with the article."""
    return w.text[:1] in "أإآ" and w.text[1:2] == "ل"


def _prep_phrase(w: Word) -> bool:
    """``بتصاعد``, ``لقوات``: a clitic preposition on a common word, which no name continues with."""
    if len(w.forms) > 1 and w.norm.startswith("لل") and w.forms[1].startswith("ال") and zipf(w.forms[1]) >= 3.0:
        return True  # للصحفيين: li + the article, never inside a name
    return len(w.forms) > 1 and zipf(w.forms[1]) >= PLACE_INDEF_MAX_ZIPF and zipf(w.forms[1]) > zipf(w.norm) + 1


def _nisba(w: Word) -> bool:
    """An indefinite nisba adjective (ناتوية, تفكيرية, عسكري): describes a head, does not name it."""
    return not w.norm.startswith("ال") and w.norm.endswith(("يه", "ي")) and len(w.norm) >= 5


def _definite_nisba(w: Word) -> bool:
    """A definite nisba adjective (الوطني, الأمنية, العراقي): it describes the phrase before it."""
    n = w.norm
    return n.startswith("ال") and n.endswith(("يه", "ي")) and len(n) >= 6


@dataclass(slots=True)
class Found:
    """A rule-found mention: word index range [i, j) and its type; ``entry`` when linked to the KB."""

    i: int
    j: int
    type: str
    rule: str
    entry: KBEntry | None = None


class NameFinder:
    def __init__(self, kb: KB, lex: Lexicon | None = None) -> None:
        self.kb = kb
        self.lex = lex or lexicon()
        self.title_first = frozenset(t.split()[0] for t in self.lex.person_titles)
        self.inst_first = frozenset(t.split()[0] for t in self.lex.institution_heads)
        self._nat: dict[str, bool] = {}
        # words that can start each pattern: everything else is skipped with one set operation
        lex = self.lex
        # ساجدة, ماجدة: a woman's name made from a man's (ساجد) with ة, when rare as an ordinary word
        self.given_fem = frozenset(
            g + "ه" for g in lex.given_strong if len(g) >= 3 and g[-1] not in "هياءوت" and " " not in g
            and not g.startswith(("ال", "عبد")) and g not in lex.foreign_given
            and g + "ه" not in lex.stop_words and g + "ه" not in lex.given_weak
            and zipf(g + "ه") < FEMININE_NAME_MAX_ZIPF)
        # given names known only from the registry name dictionaries (lexicon.registry_names): rare ones
        # start a title-less name like a weak given name, i.e. only before another rare name word
        self.pkg_given = frozenset(
            w for w, r in registry_names().items()
            if r == "g" and len(w) >= 3 and zipf(w) < PKG_GIVEN_MAX_ZIPF and w not in lex.given_strong
            and w not in lex.given_weak and w not in lex.stop_words and w not in lex.particles
            and w not in lex.org_heads and w not in lex.place_heads and kb.nationality_of(w) is None)
        self.person_trig = self.title_first | lex.given_strong | lex.given_weak | self.given_fem | self.pkg_given
        self.def_org_first = frozenset(t.split()[0] for t in self.lex.definite_orgs)
        self.org_trig = self.inst_first | self.lex.org_heads | self.def_org_first | _UNIT_HEADS
        self.place_trig = frozenset(self.lex.place_heads)

    # --- word classes -------------------------------------------------------------------------
    def is_given(self, w: Word, allow_weak: bool = False) -> bool:
        names = self.lex.given_strong
        if any(f in names for f in w.forms[:1]):
            return True
        if w.forms[-1] in self.given_fem and w.text.rstrip(_DIACRITIC_CHARS).endswith("ة"):
            return True  # the letter ة, not the pronoun ه (ساجدة, not ساجده "his prostrating one")
        if len(w.forms) > 1 and w.forms[-1] in names and w.forms[-1] not in self.lex.stop_words:
            return zipf(w.forms[-1]) > zipf(w.norm)
        return allow_weak and w.norm in self.lex.given_weak

    def is_stop(self, w: Word) -> bool:
        """A function word or frequent verb; ``على`` is one, ``علي`` (also the name Ali) only if not a name."""
        lex = self.lex
        if w.text in lex.stop_raw or w.norm.isdigit():
            return True
        if w.norm in lex.given_strong or w.norm in lex.given_weak:
            return False
        if w.norm in lex.stop_words:
            return True
        # بالي, كعن: a preposition never takes ب / ك / ل, so such a word is no clitic + preposition
        return w.bare in lex.stop_words and not (w.bare in _BARE_PREPS and w.norm[:1] in "بكل")

    def is_title_word(self, w: Word) -> bool:
        return not self.lex.person_titles.isdisjoint(w.forms)

    def is_nationality(self, w: Word) -> bool:
        v = self._nat.get(w.norm)
        if v is None:
            v = self._nat[w.norm] = self.kb.nationality_of(w.norm) is not None
        return v

    def is_conjoined(self, w: Word) -> bool:
        """``والسيناتور``: a و/ف that is a conjunction rather than the first letter (``وارن``, ``وليد``)."""
        if len(w.forms) < 2 or w.norm[0] not in "وف":
            return False
        if w.norm in self.lex.given_strong or w.norm in self.lex.given_weak:
            return False
        rest = w.forms[1]
        return zipf(rest) > zipf(w.norm) or rest in self.lex.person_titles or rest in self.lex.stop_words

    def name_like(self, w: Word) -> bool:
        """May ``w`` continue a person name?"""
        if w.norm in self.lex.surnames and not self.is_title_word(w):
            return True  # وسام الطويل: a frequent adjective that is a known surname
        if self.is_stop(w) or self.is_title_word(w) or self.is_nationality(w) or self.is_conjoined(w):
            return False
        if w.norm in self.lex.given_strong or w.norm in self.lex.given_weak or w.norm in self.lex.particles \
                or w.norm in self.lex.surnames:
            return True
        if w.norm in self.lex.org_heads or w.norm in self.lex.place_heads or _inflected(w):
            return False
        return zipf(w.norm) < SURNAME_MAX_ZIPF

    # --- persons ------------------------------------------------------------------------------
    def title_end(self, ws: list[Word], i: int) -> int:
        """Index after the longest person title starting at word ``i`` (``i`` when none)."""
        best = i
        if self.title_first.isdisjoint(ws[i].forms):
            return i
        for n in range(1, self.lex.title_max_words + 1):
            if i + n > len(ws) or any(ws[k].gap_before != GAP_NONE for k in range(i + 1, i + n)):
                break
            first = ws[i].forms
            rest = " ".join(w.norm for w in ws[i + 1:i + n])
            if any(((f + " " + rest) if rest else f) in self.lex.person_titles for f in first):
                best = i + n
        return best

    def persons(self, ws: list[Word], covered: list[bool]) -> list[Found]:
        out: list[Found] = []
        i = 0
        n = len(ws)
        trig = self.person_trig
        while i < n:
            if covered[i] or trig.isdisjoint(ws[i].forms) or ws[i].text in self.lex.stop_raw:
                i += 1
                continue
            after_title = False
            t_end = self.title_end(ws, i)
            start = i
            if t_end > i:
                rank = any(f in _RANKS for f in ws[i].forms) and t_end == i + 1
                k = self._skip_role(ws, t_end, covered, rank)
                if k < n and not covered[k] and ws[k].gap_before != GAP_HARD:
                    if k - 1 > t_end and not rank and self._unknown_first_name(ws, k - 1, covered):
                        k -= 1  # المتحدث باسم المجلس العسكري زاو مين تون: the name starts before مين
                    start = k
                    after_title = True
                    if not self.is_given(ws[k], allow_weak=True) and not (
                            rank and 3 <= len(ws[k].norm) and zipf(ws[k].norm) < TITLE_NAME_MAX_ZIPF
                            and self.name_like(ws[k])):
                        fr = self._foreign_after_title(ws, t_end, k, covered, rank)
                        if fr is not None:
                            out.append(Found(fr[0], fr[1], "PERSON", "title"))
                            i = fr[1]
                            continue
                        i = t_end
                        continue
                else:
                    fr = self._foreign_after_title(ws, t_end, k, covered, rank)
                    if fr is not None:
                        out.append(Found(fr[0], fr[1], "PERSON", "title"))
                        i = fr[1]
                        continue
                    i = max(t_end, i + 1)
                    continue
            elif not self.is_given(ws[i], allow_weak=True) and not self._pkg_start(ws, i):
                i += 1
                continue
            w0 = ws[start]
            if not after_title and self.is_nationality(w0) and not (
                    start + 1 < n and ws[start + 1].gap_before == GAP_NONE
                    and (self.is_given(ws[start + 1], allow_weak=True) or ws[start + 1].norm in self.lex.surnames
                         or ws[start + 1].norm in self.lex.particles)):
                i = start + 1  # جندي تركي يتمركزون: the adjective, not the name Turki
                continue
            if (w0.norm in self.lex.given_weak or w0.norm in self.pkg_given) and not after_title and not (
                    start + 1 < n and ws[start + 1].gap_before == GAP_NONE and not covered[start + 1]
                    and (self.is_given(ws[start + 1], allow_weak=True)
                         or zipf(ws[start + 1].norm) < WEAK_SURNAME_MAX_ZIPF)
                    and self.name_like(ws[start + 1])) and not (
                    start + 2 < n and ws[start + 1].norm in ("بن", "ابن") and not covered[start + 2]
                    and ws[start + 1].gap_before == GAP_NONE and ws[start + 2].gap_before == GAP_NONE
                    and self.name_like(ws[start + 2])):  # جوهر بن ...: بن makes a weak name a man's
                i = start + 1
                continue
            j = start + 1
            while j < n and j - start < 4 and not covered[j] and ws[j].gap_before == GAP_NONE and (
                    self.name_like(ws[j]) or ws[j - 1].bare in _BOUND_PARTICLES or self._inner_shaykh(ws, j, covered)
                    or self._closing_particle(ws, start, j)):
                if j - start >= 2 and _prep_phrase(ws[j]):
                    break  # فيليبي مارتينز بتصاعد: a preposition + common noun ends the name
                j += 1
            # a particle cannot end a name (محمد بن ...); a closing one (الله, الدين) may end a compound
            # after a name word (حسن فضل الله, محمد عبد الله)
            while j - start > 1 and ws[j - 1].norm in self.lex.particles and not self._closing_particle(ws, start, j - 1):
                j -= 1
            if j - start == 1 and not after_title:
                i = start + 1
                continue
            if j - start == 1 and w0.norm in self.lex.given_weak:
                i = start + 1
                continue
            if not after_title and start > 0 and not covered[start - 1] and ws[start].gap_before == GAP_NONE \
                    and not _GROUP_HEADS.isdisjoint(ws[start - 1].forms):
                # جماعة حافظ غل بهادر: a group named after its leader is an organisation
                out.append(Found(start - 1, j, "ORG", "head"))
            else:
                out.append(Found(start, j, "PERSON", "title" if after_title else "given"))
            i = j
        return out

    def appositives(self, ws: list[Word], covered: list[bool], text: str) -> list[Found]:
        """``رهينة أمريكية، كايلا مولر، قتلت``: a foreign name no lexicon knows, set off by commas right
        after a nationality adjective, is the person the noun phrase describes (2-4 name-like words, one
        of them rare, :meth:`_foreign_run`).
        """
        out: list[Found] = []
        n = len(ws)
        for p in range(2, n - 2):
            if ws[p].gap_before != GAP_SOFT or covered[p] or covered[p - 1] or not self.is_nationality(ws[p - 1]):
                continue
            if not _COMMAS.intersection(text[ws[p - 1].end:ws[p].start]):
                continue
            e = self._foreign_run(ws, p, covered)
            if e is None or e >= n or ws[e].gap_before != GAP_SOFT \
                    or not _COMMAS.intersection(text[ws[e - 1].end:ws[e].start]):
                continue
            out.append(Found(p, e, "PERSON", "appositive"))
            for k in range(p, e):
                covered[k] = True
        return out

    def _pkg_start(self, ws: list[Word], i: int) -> bool:
        """A given name of the registry dictionaries only (:attr:`pkg_given`) may start a title-less name,
        except right after a place or organisation head (قرية غيدان ...: a village, the place rules' case)."""
        if ws[i].norm not in self.pkg_given:
            return False
        if i == 0 or ws[i].gap_before != GAP_NONE:
            return True
        prev = ws[i - 1].forms
        return not any(f in self.lex.place_heads or f in self.lex.org_heads for f in prev)

    def _closing_particle(self, ws: list[Word], start: int, j: int) -> bool:
        """``حسن فضل الله``, ``محمد عبد الله``: الله (الدين, الرحمن) closing a compound after a name
        word; not right after a lone given name (شكر محمد الله)."""
        return ws[j].norm in _CLOSING_PARTICLES and j > start and ws[j - 1].norm not in _CLOSING_PARTICLES \
            and (j - start >= 2 or ws[j - 1].bare in _BOUND_PARTICLES)

    def _inner_shaykh(self, ws: list[Word], j: int, covered: list[bool]) -> bool:
        """``حسين شيخ علي``, ``حسن شيخ محمود``: an indefinite شيخ between two given names is part of the name."""
        return ws[j].norm == "شيخ" and j + 1 < len(ws) and not covered[j + 1] \
            and ws[j + 1].gap_before == GAP_NONE and self.is_given(ws[j + 1], allow_weak=True)

    def _foreign_after_title(self, ws: list[Word], t_end: int, k: int, covered: list[bool],
                             rank: bool) -> tuple[int, int] | None:
        """A name no lexicon knows after a rank or at the end of a role phrase (``الجنرال مين أونغ
        هلاينغ``, ``رئيس جهاز الاستخبارات والأمن الوطني تمسغن تيرونه،``, ``المتحدث باسم المجلس
        العسكري زاو مين تون إن``): two to four indefinite name-like words, at least one of them rare,
        that end at punctuation or a particle. A role phrase ends on a definite word or a KB match.
        """
        n = len(ws)
        if rank:
            e = self._foreign_run(ws, k, covered) if k < n and not covered[k] else None
            return (k, e) if e else None
        limit = min(n, t_end + ROLE_MAX_WORDS)
        m = t_end
        while m < limit and (m == t_end or ws[m].gap_before != GAP_HARD):
            prev_ends_role = (m > t_end and (covered[m - 1] or ws[m - 1].bare.startswith("ال")
                                             or ws[m - 1].norm.startswith("لل")
                                             or ws[m - 1].norm in _PRONOUN_ROLE_ENDS  # المتحدث باسمها X Y
                                             or (m - 2 >= t_end and ws[m - 1].gap_before == GAP_NONE
                                                 and not self.place_trig.isdisjoint(ws[m - 2].forms)))
                              # رئيس الوزراء تاديوش كوفالسكي: a title ending on a definite word
                              or (m == t_end and m > 0 and ws[m - 1].bare.startswith("ال"))) \
                and not covered[m]
            if prev_ends_role:
                e = self._foreign_run(ws, m, covered)
                if e:
                    return m, e
            if not covered[m] and ws[m].norm not in _ROLE_LINKS and self.is_stop(ws[m]):
                break
            m += 1
        return None

    def _unknown_first_name(self, ws: list[Word], p: int, covered: list[bool]) -> bool:
        """Is ``ws[p]``, right after a role phrase and before a given name, the name's first word?"""
        w = ws[p]
        if covered[p] or ws[p + 1].gap_before != GAP_NONE or w.bare.startswith("ال") \
                or (_nisba(w) and zipf(w.norm) >= TITLE_NAME_MAX_ZIPF):
            return False
        if not (covered[p - 1] or ws[p - 1].bare.startswith("ال")):
            return False
        return zipf(w.norm) < TITLE_NAME_MAX_ZIPF and len(w.norm) >= 2 and self.name_like(w) and not _inflected(w)

    def _foreign_run(self, ws: list[Word], p: int, covered: list[bool]) -> int | None:
        """End of a run of 2-4 name-like indefinite words at ``p`` followed by a break, else None."""
        n = len(ws)
        e = p
        prep_end = False
        while e < n and e - p < 4 and not covered[e] and (e == p or ws[e].gap_before == GAP_NONE):
            w = ws[e]
            if (w.bare.startswith("ال") and not _hamza_al(w)) or len(w.norm) < 2 or _inflected(w) \
                    or not self.name_like(w):
                break
            if _nisba(w) and zipf(w.norm) >= TITLE_NAME_MAX_ZIPF:
                break  # عسكري, ميداني: a common adjective; كاغامي, أسانتي are names
            if len(w.forms) > 1 and zipf(w.forms[1]) >= SURNAME_MAX_ZIPF and zipf(w.forms[1]) > zipf(w.norm):
                break  # لفريق = ل + فريق (for the team), not a foreign name
            if e - p >= 2 and _prep_phrase(w):
                prep_end = True
                break  # داريو سيتولي بتصاعد: a preposition + common noun after the name ends it
            e += 1
        if e - p < 2:
            return None
        # one rare word, or three short syllables of an East Asian name (تشو وي لانغ) none very common
        rarest = min(zipf(ws[x].norm) for x in range(p, e))
        if rarest >= TITLE_NAME_MAX_ZIPF and not (e - p >= 3 and rarest < PLACE_INDEF_MAX_ZIPF):
            return None
        if e < n and ws[e].gap_before == GAP_NONE and not covered[e] and not self.is_stop(ws[e]) and not prep_end:
            return None
        return e

    def _skip_role(self, ws: list[Word], k: int, covered: list[bool], rank: bool) -> int:
        """Index of the word after a title's complement, where a name may start.

        A rank is followed at most by a nationality/filler (``الجنرال الأميركي``); a role phrase by
        its object too (``وزير الدفاع العراقي``, ``نائبة مساعد وزير الدفاع ... لشؤون الشرق الأوسط،``,
        ``قائد قوات التحالف الدولي الجنرال،``). We stop at the first given name within reach.
        """
        n = len(ws)
        j = k
        # a title's adjective is definite like the title (العقيد التركي); العقيد تركي names Turki
        while j < n and not covered[j] and ws[j].gap_before != GAP_HARD and (
                (self.is_nationality(ws[j]) and ws[j].bare.startswith("ال")) or ws[j].norm in self.lex.title_fillers):
            j += 1
        if rank:
            return j
        limit = min(n, k + ROLE_MAX_WORDS)
        m = k
        while m < limit and (m == k or ws[m].gap_before != GAP_HARD):
            w = ws[m]
            if not covered[m] and w.norm not in _ROLE_LINKS and (
                    self.is_stop(w) or w.norm.isdigit() or self.is_conjoined(w)):
                break
            if not covered[m] and self.is_given(w, allow_weak=True):
                return m
            m += 1
        return j

    # --- organisations ------------------------------------------------------------------------
    def _np_after(self, ws: list[Word], k: int, covered: list[bool]) -> int:
        """End of the name phrase after an organisation head at ``k`` (``k`` when there is none).

        Arabic organisation names are a definite noun (``الإعلام``), an idafa of one indefinite and a
        definite noun (``مكافحة الإرهاب``, ``عمليات السليمانية``) or a rare proper word (``داعش``),
        followed by at most two definite adjectives (``الأمني العراقي``).
        """
        n = len(ws)

        def ok(j: int) -> bool:
            if j >= n or covered[j] or ws[j].gap_before != GAP_NONE:
                return False
            w = ws[j]
            return not (self.is_stop(w) or self.is_conjoined(w) or self.is_title_word(w) or w.norm.isdigit())

        def definite(j: int) -> bool:
            return ws[j].norm.startswith("ال") and len(ws[j].norm) > 3

        if not ok(k):
            return k
        if definite(k):
            j = k + 1
        elif ok(k + 1) and definite(k + 1):
            j = k + 2
        elif zipf(ws[k].norm) < TITLE_NAME_MAX_ZIPF and len(ws[k].norm) >= 3 and not (
                ws[k].norm.endswith(("يه", "يون", "يين")) and len(ws[k].norm) >= 6):
            j = k + 1  # not ميليشيات عشائرية: an indefinite nisba adjective is no name
        else:
            return k
        extra = 0
        while extra < 2 and ok(j) and definite(j) and ws[j].norm not in self.lex.person_titles:
            j += 1
            extra += 1
        return j

    def orgs(self, ws: list[Word], covered: list[bool]) -> list[Found]:
        out: list[Found] = []
        n = len(ws)
        lex = self.lex
        i = 0
        trig = self.org_trig
        while i < n:
            if not covered[i] and not _COMMITTEE_HEADS.isdisjoint(ws[i].forms[:2]):
                hj = self._high_committee(ws, i, covered)
                if hj > i:
                    out.append(Found(i, hj, "ORG", "definite"))
                    i = hj
                    continue
            if i + 2 < n and ws[i + 2].quote_before and not covered[i]:
                qj = self._adjective_then_quoted(ws, i, covered)
                if qj > i:
                    out.append(Found(i + 2, qj, "ORG", "quoted"))
                    i = qj
                    continue
            if covered[i] or (trig.isdisjoint(ws[i].forms) and not (
                    i + 1 < n and ws[i + 1].quote_before and not _QUOTED_ONLY_HEADS.isdisjoint(ws[i].forms))):
                i += 1
                continue
            w = ws[i]
            if not _UNIT_HEADS.isdisjoint(w.forms):
                uj = self._military_unit(ws, i, covered)
                if uj > i:
                    out.append(Found(i, uj, "ORG", "unit"))
                    i = uj
                    continue
            inst = self._institution(ws, i, covered)
            if inst is not None:
                out.append(inst)
                i = inst.j
                continue
            dj = self._definite_org(ws, i, covered)
            if dj > i:
                out.append(Found(i, dj, "ORG", "definite"))
                i = dj
                continue
            head = next((f for f in w.forms if f in lex.org_heads), None)
            if head is None and i + 1 < n and ws[i + 1].quote_before and not _QUOTED_ONLY_HEADS.isdisjoint(w.forms):
                head = "قوه"  # قوة "تاكوبا": a force's quoted name
            if head is None or i + 1 >= n:
                i += 1
                continue
            nxt = ws[i + 1]
            # a quoted or bracketed name after the head: موقع "يو أس نيوز", موقع (VOA); not a quoted
            # description (قوات "ذات طبيعة دفاعية", قوات "غير قتالية")
            if nxt.gap_before == GAP_SOFT and nxt.quote_before and not covered[i + 1] \
                    and nxt.norm not in _NOT_NAME_OPENERS:
                j = i + 1
                while j < n and j - i <= 4 and not covered[j] and (j == i + 1 or ws[j].gap_before == GAP_NONE):
                    j += 1
                if j - i <= 4 and (j >= n or ws[j].gap_before != GAP_NONE):
                    out.append(Found(i + 1, j, "ORG", "quoted"))
                    i = j
                    continue
            if head == "قوه" and head not in lex.org_heads:
                i += 1
                continue
            if covered[i + 1] or nxt.gap_before != GAP_NONE:
                i += 1
                continue
            j = self._np_after(ws, i + 1, covered)
            if j == i + 1:
                i += 1
                continue
            if head in lex.weak_org_heads:
                first = ws[i + 1]
                idafa = not first.norm.startswith("ال") and j - i >= 3
                rare = any(zipf(ws[k].bare) < TITLE_NAME_MAX_ZIPF and not _nisba(ws[k]) for k in range(i + 1, j))
                # وكالة الأنباء الصومالية: a country adjective makes the common phrase a national body
                national = j - i >= 3 and self.is_nationality(ws[j - 1])
                if not (idafa or rare or national):
                    i += 1
                    continue
            if j == i + 2 and ws[i + 1].norm.startswith("ال"):
                k = self._conjunct(ws, j, covered)
                # جهاز الاستخبارات والأمن الوطني: a definite nisba after the pair describes the body
                if k > j and k < n and not covered[k] and ws[k].gap_before == GAP_NONE \
                        and _definite_nisba(ws[k]) and not self.is_stop(ws[k]) \
                        and ws[k].norm not in lex.person_titles:
                    k += 1
                j = k
            out.append(Found(i, j, "ORG", "head"))
            i = j
        return out

    def _adjective_then_quoted(self, ws: list[Word], i: int, covered: list[bool]) -> int:
        """End of a quoted name after a definite organisation head and its adjective (``الشركة
        المشغلة "نيبون يوسن"``, ``الوكالة الرسمية "سانا"``), or ``i``."""
        n = len(ws)
        head, adj, q = ws[i], ws[i + 1], ws[i + 2]
        if not head.bare.startswith("ال") or head.bare[2:] not in self.lex.org_heads \
                or adj.gap_before != GAP_NONE or not adj.bare.startswith("ال") or adj.quote_before \
                or covered[i + 1] or covered[i + 2] or q.gap_before != GAP_SOFT or q.norm in _NOT_NAME_OPENERS \
                or self.is_stop(adj):
            return i
        j = i + 3
        while j < n and j - i <= 5 and not covered[j] and ws[j].gap_before == GAP_NONE:
            j += 1
        if j - i > 5 or (j < n and ws[j].gap_before == GAP_NONE):
            return i
        # a foreign name, not quoted words (الحركة الإسلامية "لن نتراجع"): its first word is no Arabic word
        return j if zipf(q.bare) < UNKNOWN_WORD_ZIPF and not self.is_stop(q) else i

    def _military_unit(self, ws: list[Word], i: int, covered: list[bool]) -> int:
        """End of a numbered military unit (``الفرقة 82 المحمولة جواً``, ``الفوج الثالث مشاة``), or
        ``i``: a unit head, its number (digits, or an ordinal except after the rank-like اللواء) and
        the arm words that belong to its name."""
        n = len(ws)
        j = i + 1
        if j >= n or covered[j] or ws[j].gap_before != GAP_NONE:
            return i
        num = ws[j].norm
        if not ((num.isdigit() and len(num) <= 3) or (num in _ORDINALS and "اللواء" not in ws[i].forms)):
            return i
        j += 1
        while j < n and j - i < 5 and not covered[j] and ws[j].gap_before == GAP_NONE and ws[j].norm in _UNIT_ARMS:
            j += 1
        return j

    def _conjunct(self, ws: list[Word], j: int, covered: list[bool]) -> int:
        """``جهاز الإسعاف والطوارئ``: a second definite noun joined by و continues a head + noun name.

        Not when the conjunct is itself a head, a nationality or a known name (``وزارة الدفاع والجيش``
        is two bodies; ``والعراق`` is a second entity).
        """
        if j >= len(ws) or covered[j] or ws[j].gap_before != GAP_NONE:
            return j
        w = ws[j]
        if len(w.forms) < 2 or w.norm[0] != "و" or not w.forms[1].startswith("ال") or len(w.forms[1]) <= 3:
            return j
        rest = w.forms[1]
        lex = self.lex
        if rest in lex.org_heads or rest in lex.place_heads or rest in self.inst_first or self.is_nationality(w) \
                or rest in self.kb.alias_index or rest in lex.stop_words or _inflected(w):
            return j
        return j + 1

    def _definite_org(self, ws: list[Word], i: int, covered: list[bool]) -> int:
        """End of a definite institution phrase at ``i`` (``المصرف المركزي``, ``القيادة العامة للقوات
        المسلحة``), or ``i`` when there is none.

        The phrase may continue with a لل-complement and its definite adjectives (``للقوات المسلحة``)
        and a nationality adjective (``الليبي``), both part of the name.
        """
        lex = self.lex
        n = len(ws)
        if self.def_org_first.isdisjoint(ws[i].forms):
            return i
        end = i
        for span in range(lex.definite_org_max_words, 0, -1):
            if i + span > n or any(covered[k] for k in range(i, i + span)):
                continue
            if any(ws[k].gap_before != GAP_NONE for k in range(i + 1, i + span)):
                continue
            rest = " ".join(w.norm for w in ws[i + 1:i + span])
            if any(((f + " " + rest) if rest else f) in lex.definite_orgs for f in ws[i].forms):
                end = i + span
                break
        if end == i:
            return i
        if end < n and not covered[end] and ws[end].gap_before == GAP_NONE and ws[end].norm.startswith("لل") \
                and len(ws[end].norm) > 4 and not self.is_stop(ws[end]):
            end += 1
            extra = 0
            while extra < 2 and end < n and not covered[end] and ws[end].gap_before == GAP_NONE \
                    and ws[end].norm.startswith("ال") and not self.is_stop(ws[end]) \
                    and ws[end].norm not in lex.person_titles:
                end += 1
                extra += 1
        if end < n and not covered[end] and ws[end].gap_before == GAP_NONE and ws[end].norm.startswith("ال") \
                and self.is_nationality(ws[end]):
            end += 1
        return end

    def _high_committee(self, ws: list[Word], i: int, covered: list[bool]) -> int:
        """``اللجنة العسكرية العليا``, ``الهيئة العليا للانتخابات``: a definite committee noun, up to two
        definite adjectives and العليا ("high") name a standing body; end of the phrase, else ``i``."""
        if _COMMITTEE_HEADS.isdisjoint(ws[i].forms[:2]):
            return i
        k = i + 1
        n = len(ws)
        while k < n and k <= i + 3 and not covered[k] and ws[k].gap_before == GAP_NONE:
            w = ws[k]
            if w.norm == "العليا":
                k += 1
                if k < n and not covered[k] and ws[k].gap_before == GAP_NONE and ws[k].norm.startswith("لل") \
                        and len(ws[k].norm) > 4 and not self.is_stop(ws[k]):
                    k += 1  # الهيئة العليا للانتخابات: the body's remit belongs to its name
                return k
            if not (w.norm.startswith("ال") and w.norm.endswith("يه") and len(w.norm) > 5) or self.is_nationality(w):
                return i
            k += 1
        return i

    def _institution(self, ws: list[Word], i: int, covered: list[bool]) -> Found | None:
        """``الجيش العراقي`` / ``وزارة الدفاع الأمريكية``: head phrase + nationality adjective."""
        lex = self.lex
        n = len(ws)
        if self.inst_first.isdisjoint(ws[i].forms):
            return None
        for span in (3, 2, 1):  # لجنة الأمن القومي + adjective: heads of up to three words
            if i + span >= n or any(covered[k] for k in range(i, i + span + 1)):
                continue
            if any(ws[k].gap_before != GAP_NONE for k in range(i + 1, i + span + 1)):
                continue
            rest = " ".join(w.norm for w in ws[i + 1:i + span])
            subtype = None
            for f in ws[i].forms:
                key = (f + " " + rest) if rest else f
                if key in lex.institution_heads:
                    subtype = lex.institution_heads[key]
                    break
            if subtype is None:
                continue
            if i > 0 and ws[i].gap_before == GAP_NONE and self.is_title_word(ws[i - 1]):
                return None  # وزير الدفاع الأمريكي: a role, not the ministry
            adj = ws[i + span]
            country = self.kb.nationality_of(adj.norm)
            if country is None:
                continue
            entry = self.kb.institution(country.country, subtype) if country.country else None
            return Found(i, i + span + 1, "ORG", "institution", entry)
        return None

    # --- places -------------------------------------------------------------------------------
    def places(self, ws: list[Word], covered: list[bool]) -> list[Found]:
        out: list[Found] = []
        n = len(ws)
        trig = self.place_trig | _DISTRICT_WORD
        for i, w in enumerate(ws[:-1]):
            if covered[i] or covered[i + 1] or trig.isdisjoint(w.forms):
                continue
            district = not _DISTRICT_WORD.isdisjoint(w.forms[:2])
            typ = "LOC" if district else next((self.lex.place_heads[f] for f in w.forms if f in self.lex.place_heads), None)
            if typ is None:
                continue
            nxt = ws[i + 1]
            head_is_province = not _PROVINCE_HEADS.isdisjoint(w.forms)
            if head_is_province and nxt.norm in _COMPASS and i + 2 < n and not covered[i + 2] \
                    and nxt.gap_before == GAP_NONE and ws[i + 2].gap_before == GAP_NONE:
                # إقليم جنوب كاساي: a province named by a compass point and a rare name
                w2 = ws[i + 2]
                if len(w2.norm) >= 3 and zipf(w2.norm) < PLACE_INDEF_MAX_ZIPF and not self.is_stop(w2) \
                        and not w2.bare.startswith("ال") and not _inflected(w2) and not self.is_conjoined(w2):
                    out.append(Found(i, i + 3, "GPE", "place"))
                continue
            if head_is_province and nxt.norm in _DEF_COMPASS and nxt.gap_before == GAP_NONE:
                out.append(Found(i, i + 2, "GPE", "place"))  # إقليم الشمال: a region named by a compass point
                continue
            if nxt.gap_before == GAP_HARD or self.is_stop(nxt) or self.is_nationality(nxt) or _inflected(nxt):
                continue
            if self.is_conjoined(nxt) or not self.lex.place_heads.keys().isdisjoint(nxt.forms[1:]):
                continue  # بلدة وقرية: two common nouns, no name
            lex = self.lex
            definite = nxt.bare.startswith("ال")
            dual_district = district and "حي" not in w.forms[:2]
            head = ("حيي" if dual_district else "حي") if district else next(f for f in w.forms if f in lex.place_heads)
            if district and not definite and (nxt.norm.endswith(("ي", "يه", "يا")) or (
                    nxt.norm[:1] in "يتن" and zipf(nxt.norm) >= UNKNOWN_WORD_ZIPF)):
                continue  # حي سكني, (بقي) حي يرزق: an adjective or a verb, not a district's name
            compound = nxt.norm in lex.place_name_first  # بلدة خربة سلم, قرية عين عيسى
            j = i + 2
            if head in lex.place_name_first or compound:
                # the head is the name's first word (خربة سلم) or the name starts with one (بلدة خربة سلم)
                k = i + 1 if head in lex.place_name_first else i + 2
                if k < n and not covered[k] and ws[k].gap_before == GAP_NONE and not self.is_stop(ws[k]) \
                        and not self.is_nationality(ws[k]) and not _inflected(ws[k]) \
                        and zipf(ws[k].norm) < COMPOUND_SECOND_MAX_ZIPF and not self.is_conjoined(ws[k]):
                    start = i if head in lex.place_name_first else i + 1
                    out.append(Found(start, k + 1, typ, "place"))
                    continue
                if head in lex.place_name_first:
                    continue
            limit = PLACE_NAME_MAX_ZIPF if definite or head in _NATURAL_HEADS else PLACE_INDEF_MAX_ZIPF
            if head in _GENERIC_PLACE_HEADS:
                limit = PLACE_INDEF_MAX_ZIPF  # منطقة الجزاء: only a rare word makes a name
                if head.endswith("ه") and not definite and nxt.norm.endswith("ه") \
                        and zipf(nxt.norm) >= UNKNOWN_WORD_ZIPF:
                    continue  # منطقة وعرة, قاعدة سرية: a known word agreeing with the feminine head is an adjective
            elif head in _FEMININE_PLACE_HEADS and not definite and self._noun_not_adjective(nxt):
                limit = COMPOUND_SECOND_MAX_ZIPF  # بلدة جلب: no feminine agreement, so not an adjective
            if zipf(nxt.norm) >= limit or (definite and zipf(nxt.bare) >= limit):
                continue  # منطقة حدودية, قاعدة عسكرية: a common adjective, not a name
            # a two-word name: صلاح الدين, عين العرب (not منطقة تشاركوت القريبة: the adjective agrees with
            # a feminine head)
            if j < n and not covered[j] and ws[j].gap_before == GAP_NONE and not nxt.norm.startswith("ال") \
                    and ws[j].norm.startswith("ال") and not self.is_nationality(ws[j]) and not self.is_stop(ws[j]) \
                    and not (head.endswith("ه") and ws[j].norm.endswith("ه")) and ws[j].norm not in _PLACE_ADJECTIVES:
                j += 1  # not ولاية زامفارا المجاورة: a feminine adjective agrees with a feminine head
            # foreign names of two or three words no Arabic word list knows (قرية تونغا ماكيري)
            while j < min(n, i + 4) and not definite and not covered[j] \
                    and ws[j].gap_before == GAP_NONE and not ws[j].bare.startswith("ال") \
                    and (all(zipf(f) < UNKNOWN_WORD_ZIPF for f in ws[j].forms)
                         or (ws[j - 1].norm in _FOREIGN_PLACE_FIRST and zipf(ws[j].norm) < PLACE_INDEF_MAX_ZIPF)) \
                    and len(ws[j].norm) >= 3 \
                    and self.place_trig.isdisjoint(ws[j].forms) \
                    and not self.is_stop(ws[j]) and not self.is_conjoined(ws[j]) \
                    and (not _inflected(ws[j]) or ws[j - 1].norm in _FOREIGN_PLACE_FIRST) \
                    and not ws[j - 1].norm.startswith("ال"):
                j += 1
            if j == i + 2 and not definite and j < n and covered[j] and ws[j].gap_before == GAP_NONE \
                    and ws[j].prefix_len == 0 and self.place_trig.isdisjoint(ws[j].forms):
                continue  # إقليم ناغورنو قره باغ: the word qualifies the known name after it
            if typ == "LOC" and j < n and not covered[j] and ws[j].gap_before == GAP_NONE \
                    and ws[j].norm in _INTERNATIONAL:
                j += 1  # مطار ... الدولي, قاعدة ... الجوية: the adjective is part of the facility's name
            if head in _DISTRICT_HEADS and j == i + 2 and not definite and zipf(nxt.norm) < UNKNOWN_WORD_ZIPF \
                    and len(nxt.norm) >= 3 and not _nisba(nxt):
                typ = "GPE"  # منطقة برمل: an unknown proper name after منطقة is a district or town
            # LOC names keep their head (نهر دجلة, جبل سنجار); towns are named without it (الرمادي)
            # provinces keep their head too (ولاية كادونا): the head is part of the official name
            out.append(Found(i if (typ == "LOC" and not dual_district) or head_is_province else i + 1, j, typ,
                             "place"))
        return out

    def _noun_not_adjective(self, w: Word) -> bool:
        """After a feminine head (مدينة, بلدة, قرية) an adjective agrees in gender (كبيرة, حدودية, كبرى,
        أخرى); a word without the feminine ending that is not a present-tense verb is a name.
        """
        n = w.norm
        return len(n) >= 3 and not n.endswith(("ه", "ي", "ا")) and n[0] not in "يتن" and n not in self.lex.given_weak
