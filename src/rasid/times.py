"""Stage ``times``: temporal expressions with TIMEX3 values resolved against the publication date.

Why one combined regex and small resolvers: Arabic news writes dates in three month systems
(``كانون الثاني``/``يناير``/``جانفي``) and Hijri, in any digit script, and most expressions only
mean something against the publication date (``أمس الاثنين``, ``الأسبوع الماضي``, ``الخريف
الماضي``). The vocabulary lives in ``data/time_lexicon.yaml``; this module builds one regex over
the folded text (:func:`rasid.numbers.fold`) whose named branches each have a resolver.

Values follow SCHEMA.md: ``2014-12-02``, ``2021-07``, ``2015``, ``2016-W03``, ``2015-SP``,
``P2D``/``P1.5Y``/``PT24H`` for durations, ``PAST_REF``/``PRESENT_REF``/``FUTURE_REF``. The anchor
is ``doc.published``; when it is missing, :mod:`rasid.pubdate` may infer one from strong evidence
(metadata, URL, dateline) and that use is recorded in ``doc.meta``. Without an anchor relative
expressions stay unresolved (``XXXX-WXX``, ``XXXX-08-08``), never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Final

from rasid.arabic import strip_article
from rasid.model import Document, TimeExpr
from rasid.numbers import (
    Folded,
    WordStarts,
    fold,
    norm_word,
    number_pattern,
    parse_number,
    prefix_guard,
    trie_alt,
)
from rasid.segment import sentence_indexes
from rasid.yamlload import safe_load


def _alt(forms: Any) -> str:
    return trie_alt(forms)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The temporal vocabulary (folded forms) and the stage's compiled regexes, built once."""

    months: dict[str, int]
    ambiguous_months: frozenset[str]
    hijri: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    unit_of: dict[str, tuple[str, int | None]]  # form -> (code, 1 | 2 | None for plural)
    mods: dict[str, str]                         # past | future | current | weak_past
    plural_mods: dict[str, str]                  # past | future
    parts: dict[str, str]
    days: dict[str, int]
    vague: dict[str, str]
    sets: dict[str, str]
    decades: dict[str, str]
    ordinals: dict[str, int]
    general_heads: frozenset[str]
    name_heads: frozenset[str]
    not_today_after: frozenset[str]
    future_cues: frozenset[str]
    future_verb_not: tuple[str, ...]
    day_periods: dict[str, str]
    regex: re.Pattern[str]
    candidates: WordStarts  # word starts where some branch of ``regex`` may begin
    branches: tuple[tuple[str, re.Pattern[str]], ...]  # each branch alone, for fallback
    pod_codes: dict[str, str] = field(default_factory=dict)  # part of day → TIMEX3 code (MO, EV ...)


#: common words that begin some branches but far more often ordinary prose
_FUNCTION_WORDS: Final = frozenset(("في", "علي", "مع", "ما", "بين", "كل", "هذا", "هذه", "ذلك", "تلك", "نفس", "من", "بعد",
                             "قبل", "خلال", "منذ", "حتي", "نحو", "حوالي", "اكثر", "اقل", "مده", "لمده"))
#: clock hours written as feminine ordinals after الساعة (folded): الساعة الواحدة ظهراً
_CLOCK_HOURS: Final = {"الواحده": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الخامسه": 5, "السادسه": 6,
                "السابعه": 7, "الثامنه": 8, "التاسعه": 9, "العاشره": 10, "الحاديه عشره": 11,
                "الثانيه عشره": 12}
#: a year named relative to the year the story last named: آب من العام التالي
_REL_YEAR: Final = {"التالي": 1, "اللاحق": 1, "نفسه": 0, "ذاته": 0, "السابق": -1}
_CLOCK_FRACTIONS: Final = {"النصف": 30, "الربع": 15, "الثلث": 20}
_YEAR: Final = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
_DAY: Final = r"(?:3[01]|[12]\d|0?[1-9])"


@cache
def lexicon() -> Lexicon:
    """Load ``time_lexicon.yaml`` and compile the stage's one regex (once per process)."""
    data = safe_load(resources.files("rasid.data").joinpath("time_lexicon.yaml").read_text("utf-8"))

    def nw(s: str) -> str:
        return norm_word(s)

    months = {nw(f): int(m) for m, systems in data["months"].items() for forms in systems.values() for f in forms}
    hijri = {nw(f): int(m) for m, forms in data["hijri_months"].items() for f in forms}
    weekdays = {nw(f): int(d) for d, forms in data["weekdays"].items() for f in forms}
    seasons = {nw(f): s for s, forms in data["seasons"].items() for f in forms}
    unit_of: dict[str, tuple[str, int | None]] = {}
    for spec in data["units"].values():
        for f in spec["one"]:
            unit_of[nw(f)] = (spec["code"], 1)
        for f in spec["two"]:
            unit_of[nw(f)] = (spec["code"], 2)
        for f in spec["plural"]:
            unit_of[nw(f)] = (spec["code"], None)
    counted = {nw(f): (spec["code"], None) for spec in data["units"].values() for f in spec.get("counted", [])}
    mods = {nw(f): k for k, forms in data["modifiers"].items() for f in forms}
    mods.update({nw(f): "weak_past" for f in data["weak_past"]})
    plural_mods = {nw(f): "past" for f in data["plural_past"]} | {nw(f): "future" for f in data["plural_future"]}
    parts = {nw(f): k for k, forms in data["parts"].items() for f in forms}
    days = {nw(f): int(k) for k, forms in data["days"].items() for f in forms}
    vague = {nw(f): k for k, forms in data["vague"].items() for f in forms}
    sets = {nw(f): k for k, forms in data["sets"].items() for f in forms}
    day_periods = {nw(f): k for k, forms in data["day_periods"].items() for f in forms}
    decades = {nw(f): str(k) for k, forms in data["decades"].items() for f in forms}
    decades |= {k[2:]: v for k, v in decades.items() if k.startswith("ال")}  # تسعينات القرن الماضي
    ord_units = {nw(f): int(k) for k, forms in data["ordinal_days"].items() for f in forms}
    ord_tens = {nw(f): int(k) for k, forms in data["ordinal_tens"].items() for f in forms}
    ordinals = ord_units | ord_tens

    one_units = [f for f, (_, n) in unit_of.items() if n == 1]
    two_units = [f for f, (_, n) in unit_of.items() if n == 2]
    pl_units = [f for f, (_, n) in unit_of.items() if n is None]
    unit_of.update(counted)  # resolvers look every matched unit up; the branches above stay as they were
    month_alt = _alt(months)
    hijri_alt = _alt(hijri)
    wd_alt = _alt(weekdays)
    mod_alt = _alt(mods)
    pmod_alt = _alt(plural_mods)
    part_alt = _alt(parts)
    this_alt = _alt(nw(f) for f in data["this"])
    that_alt = _alt(nw(f) for f in data["that"])
    that_after_alt = _alt(nw(f) for f in data["that_after"])
    trig_alt = _alt(nw(f) for f in data["duration_triggers"])
    ago_alt = _alt(nw(f) for f in data["ago_triggers"])
    vdur_alt = _alt(nw(f) for f in data["vague_duration_after"])
    hmark_alt = _alt(nw(f) for f in data["hijri_year_marks"])
    pod_alt = _alt(nw(f) for f in data["parts_of_day"])
    num = number_pattern()
    lnum = number_pattern(clitics="وبل")  # "لثلاثة أيام": ل is safe where a time unit follows
    b = r"(?<!\w)"
    e = r"(?!\w)"
    # start of a word, or right after a proclitic glued to it (و ف ب ل), which stays out of the span
    bp = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل]))"
    year_tail = rf"(?:\s+(?:من\s+)?(?:(?:عام|سنه|العام)\s+)?(?P<{{n}}>{_YEAR}){e}(?:\s*م{e})?)"
    month2 = rf"(?:\s*[(/-]\s*(?:{month_alt})\s*\)?)?"

    branches = [
        # 12/3/2024, 2024-03-12
        ("ndate", rf"{b}(?:(?P<nd_d>{_DAY})[/.-](?P<nd_m>0?[1-9]|1[0-2])[/.-](?P<nd_y>(?:19|20)\d\d)"
                  rf"|(?P<nd_y2>(?:19|20)\d\d)[/.-](?P<nd_m2>0?[1-9]|1[0-2])[/.-](?P<nd_d2>{_DAY})){e}"),
        # 2 و3 ديسمبر الحالي, 15 رمضان 1445 هـ, 1 مارس 2015
        ("dmy", rf"{bp}(?:ال)?(?P<dm_d>{_DAY})(?:\s*(?:و|-|–|الي|حتي)\s*(?P<dm_d2>{_DAY}))?\s+(?:من\s+)?"
                rf"(?:شهر\s+)?(?:(?P<dm_mon>{month_alt}){month2}|(?P<dm_hmon>{hijri_alt})){e}"
                rf"(?:{year_tail.format(n='dm_y')}(?:\s*(?P<dm_hm>{hmark_alt}){e})?|\s+(?P<dm_mod>{mod_alt}){e}"
                rf"|\s+(?P<dm_hy>1[3-5]\d\d)(?:{e}|(?=(?:{hmark_alt}){e}))(?:\s*(?:{hmark_alt}){e})?)?"),
        # الخامس من مارس, الحادي والعشرين من أيلول 2001
        # الثاني والثالث من مارس (a two-day range: its first day)
        ("odm", rf"{bp}(?:يوم\s+)?(?:(?P<od_u>{_alt(ord_units)})(?:\s+(?P<od_teen>{_alt(nw(f) for f in data['ordinal_teen'])})"
                rf"|\s+و\s*(?P<od_t>{_alt(ord_tens)})|\s+و\s*(?:{_alt(ord_units)})(?:\s+(?:{_alt(nw(f) for f in data['ordinal_teen'])}))?)?|(?P<od_t2>{_alt(ord_tens)})){e}"
                rf"\s+من\s+(?:شهر\s+)?"
                rf"(?P<od_mon>{month_alt}){month2}{e}"
                rf"(?:{year_tail.format(n='od_y')}|\s+(?P<od_mod>{mod_alt}){e})?"),
        # في 20 من الشهر الجاري, الثالث والعشرين من الشهر الماضي, العاشر من الشهر نفسه
        ("odrel", rf"{bp}(?:يوم\s+)?(?:(?P<or_u>{_alt(ord_units)})(?:\s+(?P<or_teen>{_alt(nw(f) for f in data['ordinal_teen'])})"
                  rf"|\s+و\s*(?P<or_t>{_alt(ord_tens)}))?|(?P<or_t2>{_alt(ord_tens)})|(?P<or_d>{_DAY})){e}\s+من\s+"
                  rf"(?:هذا\s+)?الشهر\s+(?P<or_mod>{mod_alt}|{that_after_alt}){e}"),
        # رمضان 1445, شهر رمضان
        ("hijri", rf"{b}(?:(?P<hj_sh>شهر)\s+(?P<hj_mon>{hijri_alt}){e}(?:\s+(?:من\s+)?(?:عام\s+)?(?P<hj_y>1[3-5]\d\d){e})?"
                  rf"|(?P<hj_mon2>{hijri_alt})\s+(?:من\s+)?(?:عام\s+)?(?P<hj_y2>1[3-5]\d\d)(?:\s*(?:{hmark_alt}){e})?)"),
        # تموز 2021, تشرين الثاني عام 2018, يونيو الماضي, (bare) يناير
        ("my", rf"{bp}(?:(?P<my_sh>شهر)\s+)?(?P<my_mon>{month_alt}){month2}(?:{e}|(?=ال))"
               rf"(?:{year_tail.format(n='my_y')}|\s*(?P<my_mod>{mod_alt}){e}"
               rf"|\s+من\s+(?:العام|السنه)\s+(?P<my_rel>{_alt(_REL_YEAR)}){e})?"),
        # ربيع 2015, الربيع المقبل (في 2015), هذا الصيف
        ("season", rf"{bp}(?:(?P<se_this>{this_alt}|{that_alt})\s+)?(?:فصل\s+)?(?P<se>{_alt(seasons)}){e}"
                   rf"(?:\s+(?P<se_mod>{mod_alt}){e})?(?:\s+(?:من\s+)?(?:في\s+|عام\s+|العام\s+)?(?P<se_y>{_YEAR}){e}"
                   rf"|\s+(?:من\s+)?(?:(?:العام|السنه)\s+(?P<se_rmod>{mod_alt})|(?P<se_rthis>هذا|هذه)\s+(?:العام|السنه)){e})?"),
        # أمس الاثنين, صباح اليوم, أول أمس
        ("podtoday", rf"{bp}(?P<pt_pod>{pod_alt})\s+اليوم{e}(?!\s+(?:{wd_alt}))"),
        ("relday", rf"{bp}(?:(?P<rd_pod>{pod_alt})\s+)?(?:(?P<rd_day>{_alt(days)})|(?P<rd_today>اليوم)(?=\s+(?:{wd_alt}))){e}"
                   rf"(?:\s*[،,]?\s*(?P<rd_wd>{wd_alt}){e})?"),
        # الأربعاء الماضي, يوم السبت
        # يومي الأربعاء والخميس: one expression, valued as its first day
        ("weekday", rf"{bp}(?:(?P<wd_dual>يومي)\s+|(?P<wd_pre>يوم|صباح|مساء|ليله|ليل|فجر|ظهر|عصر)\s+)?(?P<wd>{wd_alt}){e}"
                    rf"(?(wd_dual)\s+و\s*(?P<wd2>{wd_alt}){e})"
                    # ليلة الجمعة على السبت, ليل الأحد-الاثنين: the night between two days, one expression
                    rf"(?(wd_pre)(?:(?:\s+(?:علي|الي)\s+|\s*[-–/]\s*)(?P<wd3>{wd_alt}){e})?)"
                    rf"(?:\s+(?P<wd_mod>{mod_alt}){e})?"),
        # عام 2014, بين عامي 2014 و2017, التسعينيات
        ("yrange", rf"{bp}(?:(?:بين\s+)?(?:عامي|سنتي|الاعوام|السنوات)\s+(?P<yg>{_YEAR})\s*(?:و|-|–|الي|حتي)\s*(?:عام\s+)?{_YEAR}"
                   rf"|بين\s+(?P<yb1>{_YEAR})\s*و\s*(?P<yb2>{_YEAR})){e}"),
        ("year", rf"{bp}(?:(?P<yr_pre>عام|العام|سنه|السنه)\s+)(?P<yr>{_YEAR}){e}(?:\s*(?P<yr_hm>{hmark_alt}|م){e})?"),
        ("decade", rf"{bp}(?P<dc>{_alt(decades)}){e}(?:\s+من\s+القرن\s+الماضي|\s+القرن\s+الماضي)?"),
        ("clock", rf"{bp}الساعه\s+(?:(?P<ck_h>[01]?\d|2[0-3])(?:[:.](?P<ck_m>[0-5]\d))?"
                  rf"|(?P<ck_hw>{_alt(_CLOCK_HOURS)}){e}(?:\s+و\s*(?P<ck_fr>{_alt(_CLOCK_FRACTIONS)}))?)"
                  rf"(?:\s+(?P<ck_p>{_alt(day_periods)}){e}"
                  # الساعة الواحدة من بعد ظهر الأربعاء, الساعة الثالثة من فجر اليوم
                  rf"|\s+من\s+(?:بعد\s+)?(?P<ck_pod>{pod_alt}){e}(?:\s+(?P<ck_day>اليوم|امس|{wd_alt}){e})?)?"),
        # الساعات الـ24 الماضية, الأيام الثلاثة الماضية, الشهور القادمة
        ("plural", rf"{bp}ال(?P<pl_unit>{_alt(pl_units)})(?:\s+(?:ال)?(?P<pl_num>\d+|{_alt(num_word_forms())})"
                   rf"|\s+(?:القليله|الاخيره|الطويله))?"
                   rf"\s+(?P<pl_mod>{pmod_alt}){e}"),
        ("dualdur", rf"{bp}ال(?P<dd_unit>{_alt(two_units)})\s+(?:{_alt(nw(f) for f in data['dual_mods'])}){e}"),
        ("plural2", rf"{bp}ال(?P<p2_num>\d+)\s+(?P<p2_unit>{_alt(one_units + pl_units)})\s+(?P<p2_mod>{pmod_alt}){e}"),
        # الثماني والأربعين ساعة الماضية, العشرين عاماً الماضية: a definite number in words
        ("plural3", rf"{bp}ال(?P<p3_a>{_alt(num_word_forms())})(?:\s+وال(?P<p3_b>{_alt(num_word_forms())}))?"
                    rf"\s+(?P<p3_unit>{_alt(one_units + pl_units + list(counted))})\s+(?P<p3_mod>{pmod_alt}){e}"),
        # الأسبوع الماضي, هذا العام, نهاية ذلك العام, العام نفسه
        ("relunit", rf"{bp}(?:(?P<ru_this>{this_alt})\s+|(?P<ru_that>{that_alt})\s+)?ال(?P<ru_unit>{_alt(one_units)}){e}"
                    rf"(?:\s+(?P<ru_mod>{mod_alt}|{that_after_alt}){e})?"),
        # في 2015
        ("byear", rf"{bp}(?P<by_pre>في|منذ|حتي|بحلول|خلال|مطلع|اواخر|منتصف|نهايه|بدايه|اوائل)\s+(?P<by>{_YEAR}){e}"
                  rf"(?!\s*[%٪])"),
        # قبل أسبوع, قبل يومين, قبل ثلاثة أشهر
        ("ago", rf"{bp}(?P<ag_tr>{ago_alt})\s+(?:(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|اقل\s+من)\s+)?(?:(?P<ag_num>{num})\s+(?P<ag_unit>{_alt(pl_units + one_units + list(counted))})"
                rf"|(?P<ag_two>{_alt(two_units)})|(?P<ag_one>{_alt(one_units)})(?:\s+(?:واحد|واحده){e})?){e}"),
        # لمدة يومين, عام ونصف, اربع سنوات, لأكثر من شهر, 24 ساعة
        ("dur", rf"(?:{bp}(?P<du_tr>{trig_alt})\s+)?(?:{bp}(?P<du_num>{lnum})\s+(?P<du_unit>{_alt(pl_units + one_units + list(counted))}){e}"
                rf"|{bp}(?P<du_two>{_alt(two_units)}){e})(?:\s+و\s*(?P<du_frac>نصف|ربع){e})?"),
        ("durone", rf"(?:{bp}(?P<d1_tr>{trig_alt})\s+)?{bp}(?:(?P<d1_half>نصف)\s+)?(?P<d1_unit>{_alt(one_units)}){e}"
                   rf"(?!\s+(?:{hijri_alt}|{month_alt}|{wd_alt}|\d))"
                   rf"(?:\s+و\s*(?P<d1_frac>نصف|ربع){e})?"),
        # سنوات وسنوات عديدة قادمة, خلال أيام, لسنوات
        ("vdur", rf"(?:{b}(?P<vd_tr>{trig_alt}|{ago_alt})\s+|{b}(?P<vd_l>ل))?(?P<vd_unit>{_alt(pl_units)}){e}"
                 rf"(?:\s+و\s*(?P=vd_unit){e})?(?P<vd_adj>(?:\s+(?:{vdur_alt}){e})*)"),
        ("vague", rf"{bp}(?P<vg>{_alt(vague)}){e}"),
        ("set", rf"{bp}(?P<st>{_alt(sets)}){e}"),
        ("today", rf"{bp}(?P<td>اليوم){e}"),
    ]
    part_prefix = rf"(?:{bp}(?P<part>{part_alt})\s+(?:(?:من|شهر)\s+)?)?"
    # one cheap word-start test per position before any branch is tried, and a first-character
    # test at the head of each branch (a failing branch then costs one step instead of several)
    pattern = bp + part_prefix + "(?:" + "|".join(
        f"(?P<k_{name}>{prefix_guard(rx)}{rx})" for name, rx in branches) + ")"
    # Every branch starts with one of these words (or a digit): matching the full regex only at
    # such word starts keeps the stage fast. Month names are matched as prefixes: a month glued
    # to its modifier (ديسمبرالماضي) must still be a candidate.
    from rasid.numbers import lexicon as nlex

    starts: set[str] = set()
    for group in (months, hijri, weekdays, seasons, unit_of, parts, days, vague, sets, decades, ordinals,
                  nlex().words, nlex().vague):
        starts.update(k.split()[0] for k in group)
    starts.update("ال" + k for k in unit_of)
    starts.update("ال" + k for k in num_word_forms())  # الثماني والأربعين ساعة الماضية
    for key in ("this", "that", "duration_triggers", "ago_triggers", "parts_of_day"):
        starts.update(nw(f).split()[0] for f in data[key])
    starts.update(("بين", "عامي", "سنتي", "الاعوام", "السنوات", "شهر", "فصل", "يوم", "عام", "العام", "سنه", "السنه", "الساعه", "نصف", "اليوم", "في", "منذ",
                   "حتي", "بحلول", "خلال", "يومي", "مطلع", "اواخر", "منتصف", "نهايه", "بدايه", "اوائل", "صباح", "مساء",
                   "ليله", "ليل", "فجر", "ظهر", "عصر"))
    # Frequent function words (في, على, مع, هذا ...) only start a branch when the next word can
    # continue one: requiring that keeps the candidate count low on ordinary prose.
    seconds: set[str] = set()
    phrase_lists: list[Any] = [list(vague), list(sets), list(parts), list(days), list(months), list(hijri)]
    phrase_lists += [[nw(f) for f in data[k]] for k in ("duration_triggers", "ago_triggers", "parts_of_day")]
    for forms in phrase_lists:
        for f in forms:
            words = f.split()
            seconds.update(words[1:2])
    function_words = starts & _FUNCTION_WORDS
    nexts = _alt((starts | seconds) - {""})
    candidates = WordStarts.build(
        rf"(?:{_alt(function_words)}){e}(?=\s+(?:\d|{nexts}))|(?:{_alt(starts - function_words)}){e}"
        rf"|{month_alt}|ال\d|\d", "وفبل")
    return Lexicon(months, frozenset(nw(f) for f in data["ambiguous_months"]), hijri, weekdays, seasons, unit_of,
                   mods, plural_mods, parts, days, vague, sets, decades, ordinals,
                   frozenset(nw(f) for f in data["general_heads"]),
                   frozenset(nw(f) for f in data["name_heads"]),
                   frozenset(nw(f) for f in data["not_today_after"]), frozenset(nw(f) for f in data["future_cues"]),
                   tuple(nw(f) for f in data["future_verb_not"]),
                   day_periods, re.compile(pattern), candidates,
                   tuple((name, re.compile(bp + part_prefix + f"(?P<k_{name}>{rx})")) for name, rx in branches),
                   {nw(f): code for code, forms in data["part_of_day_codes"].items() for f in forms})


@cache
def num_word_forms() -> tuple[str, ...]:
    """Cardinal unit/ten words that may follow a plural unit (الأيام الثلاثة الماضية)."""
    from rasid.numbers import lexicon as nlex

    return tuple(f for f, (kind, _) in nlex().words.items() if kind in ("unit", "ten"))


# ---------------------------------------------------------------------------------------------
# value helpers


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


def _fmt_num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _duration(n: float | None, code: str) -> str:
    amount = "X" if n is None else _fmt_num(n)
    if code in ("H", "MIN"):
        return f"PT{amount}{'M' if code == 'MIN' else 'H'}"
    return f"P{amount}{code}"


_SEASON_ORDER: Final = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}


def _season_of(month: int) -> str:
    return "WI" if month in (12, 1, 2) else "SP" if month <= 5 else "SU" if month <= 8 else "FA"


@dataclass(slots=True)
class _Ctx:
    doc: Document
    folded: Folded
    anchor: dt.date | None
    last_year: int | None = None
    last_month: tuple[int, int] | None = None


_PUNCT_RE: Final = re.compile(r"[^\w]+")


def _tokens_before(ft: str, pos: int, n: int = 8) -> list[str]:
    window = ft[max(0, pos - 80):pos]
    for sep in (".", "!", "?", "؟", "\n"):
        window = window.rsplit(sep, 1)[-1]
    return window.split()[-n:]


def _future_verb(lx: Lexicon, t: str) -> bool:
    """سيزور, ستعقد, وسنواصل: the future prefix on an imperfect verb (nouns such as سيارة excluded)."""
    if t[:1] in "وف" and len(t) > 5:
        t = t[1:]
    return (len(t) >= 5 and t[0] == "س" and t[1] in "يتن" and not t.endswith(("ه", "ات", "ين", "ون", "يه"))
            and not t.startswith(lx.future_verb_not))


def _future_context(lx: Lexicon, ft: str, pos: int, end: int) -> bool:
    before = _tokens_before(ft, pos)
    after = ft[end:end + 20].split()[:2]
    return any(t in lx.future_cues or (len(t) > 1 and t[0] in "وفل" and t[1:] in lx.future_cues)
               or _future_verb(lx, t) for t in before + after)


def _resolve_month(lx: Lexicon, c: _Ctx, month: int, mod: str | None, start: int, end: int) -> tuple[str, bool]:
    """Year for a month written without one: (value, relative?)."""
    a = c.anchor
    if a is None:
        return f"XXXX-{month:02d}", True
    y = a.year
    if mod == "past":
        y = a.year - 1 if month >= a.month else a.year
    elif mod == "future":
        y = a.year + 1 if month <= a.month else a.year
    elif mod == "current":
        y = a.year
    elif month > a.month and not _future_context(lx, c.folded.text, start, end):
        y = a.year - 1  # a later month told in the past tense belongs to last year
    return f"{y}-{month:02d}", True


def _weekday_value(lx: Lexicon, c: _Ctx, wd: int, mod: str | None, start: int, end: int) -> str:
    a = c.anchor
    if a is None:
        return f"XXXX-WXX-{wd + 1}"
    if mod == "future" or (mod is None and _future_context(lx, c.folded.text, start, end)):
        delta = (wd - a.weekday()) % 7
        if mod == "future" and delta == 0:
            delta = 7
        return (a + dt.timedelta(days=delta)).isoformat()
    delta = (a.weekday() - wd) % 7
    if mod in ("past", "weak_past") and delta == 0:
        delta = 7
    return (a - dt.timedelta(days=delta)).isoformat()


def _shift(c: _Ctx, code: str, n: int) -> str:
    """Value of the unit ``n`` steps from the anchor (``n`` may be 0 or negative)."""
    a = c.anchor
    if a is None:
        return {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX"}.get(code, "XXXX-XX-XX")
    if code == "Y":
        return str(a.year + n)
    if code == "M":
        y, m = _add_months(a.year, a.month, n)
        return f"{y}-{m:02d}"
    if code == "W":
        return _week(a + dt.timedelta(weeks=n))
    if code == "D":
        return (a + dt.timedelta(days=n)).isoformat()
    if code == "DE":
        return str((a.year + 10 * n) // 10)
    if code == "CE":
        return str((a.year + 100 * n) // 100)
    return "PRESENT_REF" if n == 0 else "PAST_REF" if n < 0 else "FUTURE_REF"


def _hijri_to_greg(y: int, m: int, d: int) -> dt.date | None:
    try:
        from hijridate import Hijri

        return Hijri(y, m, d).to_gregorian()
    except (ImportError, ValueError, OverflowError):
        return None


def _greg_to_hijri_year(d: dt.date) -> int | None:
    try:
        from hijridate import Gregorian

        return Gregorian(d.year, d.month, d.day).to_hijri().year
    except (ImportError, ValueError, OverflowError):
        return None


def _valid_date(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------------------------------------
# branch resolvers: each returns (type, value, relative?, mod) or None to drop the match

#: a resolved expression: (type, value, relative, mod)
Resolved = tuple[str, str | None, bool, str | None]
Result = Resolved | None


def _r_ndate(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    if m.group("nd_y"):
        y, mo, d = int(m.group("nd_y")), int(m.group("nd_m")), int(m.group("nd_d"))
    else:
        y, mo, d = int(m.group("nd_y2")), int(m.group("nd_m2")), int(m.group("nd_d2"))
    if not _valid_date(y, mo, d):
        return None
    c.last_year, c.last_month = y, (y, mo)
    return "DATE", f"{y}-{mo:02d}-{d:02d}", False, None


def _r_dmy(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    d = int(m.group("dm_d"))
    if m.group("dm_hmon"):
        hm = lx.hijri[" ".join(m.group("dm_hmon").split())]
        ytxt = m.group("dm_hy") or m.group("dm_y")
        if not ytxt:
            hy = _greg_to_hijri_year(c.anchor) if c.anchor else None
            if hy is None:
                return "DATE", "XXXX-XX-XX", True, None
        else:
            hy = int(ytxt)
        g = _hijri_to_greg(hy, hm, d)
        if g is None:
            return None
        return "DATE", g.isoformat(), not ytxt, None
    month = lx.months[" ".join(m.group("dm_mon").split())]
    return _day_month(lx, c, m, d, month, m.group("dm_y"), m.group("dm_mod"))


def _r_odm(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    if m.group("od_t2"):
        d = lx.ordinals[m.group("od_t2")]
    else:
        d = lx.ordinals[m.group("od_u")]
        if m.group("od_teen"):
            d += 10
        elif m.group("od_t"):
            d += lx.ordinals[m.group("od_t")]
    month = lx.months[" ".join(m.group("od_mon").split())]
    return _day_month(lx, c, m, d, month, m.group("od_y"), m.group("od_mod"))


def _day_month(lx: Lexicon, c: _Ctx, m: re.Match[str], d: int, month: int, ytxt: str | None,
               mod_txt: str | None) -> Result:
    """A day of a month with an explicit year, or resolved like a bare month."""
    if ytxt:
        y = int(ytxt)
        if not _valid_date(y, month, d):
            return None
        c.last_year, c.last_month = y, (y, month)
        return "DATE", f"{y}-{month:02d}-{d:02d}", False, None
    mod = lx.mods.get(mod_txt or "")
    if (month, d) == (9, 11) and not mod and _attacks_before(c.folded.text, m.start()):
        return "DATE", "2001-09-11", False, None  # هجمات الحادي عشر من سبتمبر: the 2001 attacks
    ym, _ = _resolve_month(lx, c, month, mod, m.start(), m.end())
    if ym.startswith("XXXX"):
        return "DATE", f"XXXX-{month:02d}-{d:02d}", True, None
    y = int(ym[:4])
    a = c.anchor
    if a is not None and mod in ("past", "weak_past"):
        y = a.year if (month, d) < (a.month, a.day) else a.year - 1  # the most recent such day
    elif a is not None and mod == "future":
        y = a.year if (month, d) > (a.month, a.day) else a.year + 1
    if not _valid_date(y, month, d):
        return None
    c.last_year, c.last_month = y, (y, month)
    return "DATE", f"{y}-{month:02d}-{d:02d}", True, None


_ATTACK_NOUNS: Final = frozenset(("هجمات", "اعتداءات", "احداث", "هجوم", "تفجيرات", "وهجمات", "واحداث", "لهجمات",
                           "لاحداث", "باحداث", "بهجمات"))


def _attacks_before(ft: str, pos: int) -> bool:
    """``إثر هجمات 11 سبتمبر``: the date names the 2001 attacks when a word for them comes right before."""
    prev = _tokens_before(ft, pos, 1)
    return bool(prev) and prev[-1] in _ATTACK_NOUNS


def _r_odrel(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    """A day of the current, previous, next or just-named month: ``20 من الشهر الجاري``."""
    if m.group("or_d"):
        d = int(m.group("or_d"))
    elif m.group("or_t2"):
        d = lx.ordinals[m.group("or_t2")]
    else:
        d = lx.ordinals[m.group("or_u")] + (10 if m.group("or_teen") else 0)
        if m.group("or_t"):
            d += lx.ordinals[m.group("or_t")]
    mod_word = m.group("or_mod")
    mod = lx.mods.get(mod_word)
    if mod is None:  # الشهر نفسه: the month named last
        if c.last_month is None:
            return "DATE", f"XXXX-XX-{d:02d}", True, None
        y, mo = c.last_month
    elif c.anchor is None:
        return "DATE", f"XXXX-XX-{d:02d}", True, None
    else:
        step = -1 if mod in ("past", "weak_past") else 1 if mod == "future" else 0
        y, mo = _add_months(c.anchor.year, c.anchor.month, step)
    if not _valid_date(y, mo, d):
        return None
    return "DATE", f"{y}-{mo:02d}-{d:02d}", True, None


def _r_hijri(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    name = m.group("hj_mon") or m.group("hj_mon2")
    hm = lx.hijri[" ".join(name.split())]
    ytxt = m.group("hj_y") or m.group("hj_y2")
    if ytxt:
        hy: int | None = int(ytxt)
    else:
        hy = _greg_to_hijri_year(c.anchor) if c.anchor else None
    if hy is None:
        return "DATE", "XXXX-XX", True, None
    g = _hijri_to_greg(hy, hm, 1)
    if g is None:
        return None
    return "DATE", f"{g.year}-{g.month:02d}", not ytxt, None


def _r_my(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    name = " ".join(m.group("my_mon").split())
    month = lx.months[name]
    if m.group("my_y"):
        y = int(m.group("my_y"))
        c.last_year, c.last_month = y, (y, month)
        return "DATE", f"{y}-{month:02d}", False, None
    rel = m.group("my_rel")
    if rel:  # آب من العام التالي: a year counted from the year the story last named
        if c.last_year is None:
            return "DATE", f"XXXX-{month:02d}", True, None
        y = c.last_year + _REL_YEAR[rel]
        c.last_year, c.last_month = y, (y, month)
        return "DATE", f"{y}-{month:02d}", True, None
    mod = lx.mods.get(m.group("my_mod") or "")
    if mod == "weak_past":
        mod = "past"
    ft = c.folded.text
    if name in lx.ambiguous_months and not (m.group("my_sh") or mod or m.group("part")):
        prev = _tokens_before(ft, m.start(), 1)
        if not prev or prev[-1] not in ("في", "منذ", "حتي", "خلال", "بحلول", "اواخر", "مطلع", "منتصف", "نهايه", "بدايه"):
            return None
    value, rel = _resolve_month(lx, c, month, mod, m.start(), m.end())
    if not value.startswith("X"):
        c.last_year, c.last_month = int(value[:4]), (int(value[:4]), month)
    return "DATE", value, rel, None


def _r_season(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    s = lx.seasons[m.group("se")]
    mod = lx.mods.get(m.group("se_mod") or "")
    this = m.group("se_this")
    if m.group("se_y"):
        y = int(m.group("se_y"))
        c.last_year = y
        return "DATE", f"{y}-{s}", False, None
    if (m.group("se_rmod") or m.group("se_rthis")) and c.anchor is not None:
        rmod = lx.mods.get(m.group("se_rmod") or "")
        y = c.anchor.year + (-1 if rmod in ("past", "weak_past") else 1 if rmod == "future" else 0)
        return "DATE", f"{y}-{s}", True, None  # صيف العام الماضي
    if not (mod or this or m.group("part")):
        return None  # الربيع العربي, الصيف (no time reference)
    a = c.anchor
    if this and this in ("ذلك", "تلك", "نفس"):
        return ("DATE", f"{c.last_year}-{s}", True, None) if c.last_year else ("DATE", f"XXXX-{s}", True, None)
    if a is None:
        return "DATE", f"XXXX-{s}", True, None
    cur = _season_of(a.month)
    # the year a season instance is named by: winter that begins in December belongs to the next year
    season_year = a.year + 1 if a.month == 12 else a.year
    y = season_year
    if mod in ("past", "weak_past"):
        y = season_year if _SEASON_ORDER[s] < _SEASON_ORDER[cur] else season_year - 1
    elif mod == "future":
        y = season_year if _SEASON_ORDER[s] > _SEASON_ORDER[cur] else season_year + 1
    return "DATE", f"{y}-{s}", True, None


def _part_of_day(lx: Lexicon, word: str | None, res: Result) -> Result:
    """A part of a resolved day (مساء أمس) is a TIME: ``YYYY-MM-DD`` + ``T`` + its TIMEX3 code."""
    code = lx.pod_codes.get(" ".join(word.split())) if word else None
    if res is None or code is None or res[0] != "DATE" or not _FULL_DATE_RE.fullmatch(res[1] or ""):
        return res
    return "TIME", f"{res[1]}T{code}", res[2], res[3]


_FULL_DATE_RE: Final = re.compile(r"\d{4}-\d\d-\d\d")


def _r_podtoday(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    """صباح اليوم: the publication day (not the vague "today"), as a part of that day."""
    if c.anchor is None:
        return "DATE", "XXXX-XX-XX", True, None
    return _part_of_day(lx, m.group("pt_pod"), ("DATE", c.anchor.isoformat(), True, None))


def _r_relday(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    off = lx.days[" ".join(m.group("rd_day").split())] if m.group("rd_day") else 0
    if c.anchor is None:
        if m.group("rd_wd"):
            return "DATE", f"XXXX-WXX-{lx.weekdays[m.group('rd_wd')] + 1}", True, None
        return "DATE", "XXXX-XX-XX", True, None
    return _part_of_day(lx, m.group("rd_pod"), ("DATE", (c.anchor + dt.timedelta(days=off)).isoformat(), True, None))


def _r_weekday(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    word = m.group("wd")
    ft = c.folded.text
    prev = _tokens_before(ft, m.start(), 1)
    nxt = ft[m.end():m.end() + 12].split()[:1]
    if word == "الاحد" and nxt and nxt[0] in ("عشر", "عشره"):
        return None  # eleven
    if word in ("الاثنين",) and prev and prev[-1] in ("كلا", "بين", "من"):
        return None  # "both", "of the two"
    mod = lx.mods.get(m.group("wd_mod") or "")
    res: Result = ("DATE", _weekday_value(lx, c, lx.weekdays[word], mod, m.start(), m.end()), True, None)
    return _part_of_day(lx, m.group("wd_pre"), res)


def _unit_count(txt: str | None) -> float | None:
    if not txt:
        return None
    n = parse_number(txt, folded=True)
    return None if n is None or n.value is None else float(n.value)


def _r_plural(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    code, _ = lx.unit_of[m.group("pl_unit")]
    direction = lx.plural_mods[m.group("pl_mod")]
    n = _unit_count(m.group("pl_num"))
    if n is not None:
        return "DURATION", _duration(n, code), False, None
    return "DATE", "PAST_REF" if direction == "past" else "FUTURE_REF", False, None


def _r_dualdur(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    """الأسبوعين الماضيين: the last two weeks, a duration like الساعات الـ24 الماضية."""
    code, _ = lx.unit_of[m.group("dd_unit")]
    return "DURATION", _duration(2.0, code), False, None


def _r_plural2(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    code, _ = lx.unit_of[m.group("p2_unit")]
    return "DURATION", _duration(float(m.group("p2_num")), code), False, None


def _r_plural3(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    """الثماني والأربعين ساعة الماضية: the parts are read without their article (ثماني وأربعين)."""
    second = m.group("p3_b")
    n = _unit_count(m.group("p3_a") + (" و" + second if second else ""))
    if n is None:
        return None
    code, _ = lx.unit_of[m.group("p3_unit")]
    return "DURATION", _duration(n, code), False, None


def _r_relunit(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    unit = m.group("ru_unit")
    code, _ = lx.unit_of[unit]
    mod_word = m.group("ru_mod")
    mod = lx.mods.get(mod_word or "")
    this, that = m.group("ru_this"), m.group("ru_that")
    ft = c.folded.text
    if code == "Y":
        prev = _tokens_before(ft, m.start("ru_unit") - 2, 1) if not (this or that) else []
        if prev and prev[-1] in lx.general_heads:
            return None  # الأمين العام, الرأي العام
        if mod == "weak_past":
            return None  # العام السابق is usually "the former general ..."
    anaphoric = that or (mod_word and mod_word not in lx.mods)
    if anaphoric:
        if code == "Y":
            return ("DATE", str(c.last_year), True, None) if c.last_year else ("DATE", "XXXX", True, None)
        if code == "M":
            if c.last_month:
                return "DATE", f"{c.last_month[0]}-{c.last_month[1]:02d}", True, None
            return "DATE", "XXXX-XX", True, None
        return None
    if this or mod == "current":
        step = 0
    elif mod in ("past", "weak_past"):
        step = -1
    elif mod == "future":
        step = 1
    elif m.group("part") and code in ("Y", "M", "W"):
        step = 0  # منذ بداية العام, مطلع الشهر: the current one
    else:
        return None  # "العام" alone: not a time reference
    if code in ("H", "MIN"):
        return None
    value = _shift(c, code, step)
    if code == "Y" and c.anchor:
        c.last_year = c.anchor.year + step
    return "DATE", value, True, None


def _r_year(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    y = int(m.group("yr"))
    hm = m.group("yr_hm")
    if hm and hm != "م":
        g = _hijri_to_greg(y, 1, 1)
        if g is None:
            return None
        y = g.year
    c.last_year = y
    return "DATE", str(y), False, None


def _counted_noun_follows(ft: str, end: int) -> bool:
    """``في 1500 موقع``, ``حتى 2000 جندي``: a number before a counted noun is a count, not a year."""
    from rasid.quantities import units

    nxt = ft[end:end + 40].split()[:2]
    if not nxt:
        return False
    nouns = units().nouns
    first = nxt[1] if nxt[0] == "من" and len(nxt) > 1 else nxt[0]
    return first in nouns or (first.startswith("ال") and first[2:] in nouns)


def _r_byear(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    if _counted_noun_follows(c.folded.text, m.end()):
        return None
    y = int(m.group("by"))
    c.last_year = y
    return "DATE", str(y), False, lx.parts.get(m.group("by_pre"))


def _r_yrange(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    if m.group("yb1"):
        # بين 2020 و2022 without عامي: two numbers unless they read as a span of years, in order,
        # and no counted noun follows (بين 2000 و2500 جندي)
        y, y2 = int(m.group("yb1")), int(m.group("yb2"))
        if not 0 < y2 - y <= 60 or _counted_noun_after(c.folded.text, m.end()):
            return None
    else:
        y = int(m.group("yg"))
    c.last_year = y
    return "DATE", str(y), False, None


def _counted_noun_after(ft: str, end: int) -> bool:
    """Is the word after ``end`` a noun that numbers count (جندي، قتيل، دولار)?"""
    from rasid.quantities import units

    nxt = ft[end:end + 30].split()[:1]
    if not nxt:
        return False
    w = nxt[0].strip(".,،؛:!?؟\"'()«»")
    nouns = units().nouns
    return w in nouns or strip_article(w) in nouns


def _r_decade(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    return "DATE", lx.decades[m.group("dc")], False, None


#: words between ``قبل ساعة`` and the ``من`` of the event it is counted back from
_BEFORE_EVENT_FILLERS: Final = frozenset(("فقط", "تقريبا", "بالضبط"))
#: what may follow that من without naming an event: now (من الآن), a complementiser (حذر قبل يومين من أنه)
_NOT_AN_EVENT: Final = frozenset(("ان", "انه", "انها", "انهم", "انهما", "اننا", "الان"))


def _before_event(ft: str, end: int) -> bool:
    """``قبل ساعة واحدة فقط من بدء الغارات``: the interval before an event, not before publication
    (``من الآن`` is still publication time)."""
    toks = ft[end:end + 40].split()[:4]
    while toks and toks[0] in _BEFORE_EVENT_FILLERS:
        toks.pop(0)
    return len(toks) >= 2 and toks[0] == "من" and toks[1].strip(".،,؛:!?؟") not in _NOT_AN_EVENT


def _r_ago(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    if m.group("ag_one") and re.match(rf"\s+{_YEAR}(?!\w)", c.folded.text[m.end():m.end() + 8]):
        return None  # قبل عام 2014: before the year 2014 (the year branch takes it), not "a year ago"
    before_event = _before_event(c.folded.text, m.end())
    if m.group("ag_num"):
        code, _ = lx.unit_of[m.group("ag_unit")]
        n = _unit_count(m.group("ag_num"))
        if n is None:
            return "DATE", "PAST_REF", False, None
    elif m.group("ag_two"):
        code, _ = lx.unit_of[m.group("ag_two")]
        n = 2.0
    else:
        code, _ = lx.unit_of[m.group("ag_one")]
        n = 1.0
    if before_event:
        return "DURATION", _duration(n, code), False, None
    if code in ("H", "MIN"):
        return "DATE", "PRESENT_REF" if c.anchor is None else c.anchor.isoformat(), True, None
    if code == "DE":
        code, n = "Y", n * 10
    if code == "CE":
        code, n = "Y", n * 100
    if c.anchor is None:
        return "DATE", _shift(c, code, 0), True, None
    if code == "D":
        return "DATE", (c.anchor - dt.timedelta(days=int(n))).isoformat(), True, None
    if code == "W":
        return "DATE", _week(c.anchor - dt.timedelta(days=int(7 * n))), True, None
    if code == "M":
        y, mo = _add_months(c.anchor.year, c.anchor.month, -int(n))
        return "DATE", f"{y}-{mo:02d}", True, None
    return "DATE", str(c.anchor.year - int(n)), True, None


def _frac(txt: str | None) -> float:
    return {"نصف": 0.5, "ربع": 0.25}.get(txt or "", 0.0)


_APPROX_TRIGGERS: Final = frozenset(("قرابه", "حوالي", "نحو", "لنحو", "زهاء", "لحوالي", "ما يقارب"))


def _r_dur(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    if m.group("du_two"):
        code, _ = lx.unit_of[m.group("du_two")]
        n: float | None = 2.0
    else:
        code, count = lx.unit_of[m.group("du_unit")]
        parsed = parse_number(m.group("du_num"), folded=True)
        if parsed is None:
            return None
        n = None if parsed.value is None else float(parsed.value)
        if n is not None and n >= 1000 and code == "Y":
            return None  # "2014 عام" is not a duration
        if parsed.words and n is not None and n <= 10 and m.group("du_unit").endswith("ا"):
            return None  # "الخمسة عشر يوما": the accusative singular follows 11..99, so "عشر" is a fragment
    if n is not None:
        n += _frac(m.group("du_frac"))
    mod = None
    tr = m.group("du_tr") or ""
    if "اكثر" in tr:
        mod = "MORE_THAN"
    elif "اقل" in tr:
        mod = "LESS_THAN"
    elif tr in _APPROX_TRIGGERS:
        mod = "APPROX"
    return "DURATION", _duration(n, code), False, mod


def _r_durone(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    code, _ = lx.unit_of[m.group("d1_unit")]
    frac = _frac(m.group("d1_frac"))
    half = m.group("d1_half")
    tr = m.group("d1_tr") or ""
    if not (tr or frac or half):
        return None  # a bare "عام"/"يوم" is not a duration
    if tr == "بعد" and not (frac or half) and _unit_repeated_before(lx, c.folded.text, m.start(), code):
        return None  # يوماً بعد يوم, عاماً بعد عام: "steadily", no time value
    if tr in ("منذ", "بعد", "خلال") and not (frac or half):
        nxt = c.folded.text[m.end():m.end() + 12].split()[:1]
        if nxt and (nxt[0].isdigit() or nxt[0] in lx.mods):
            return None
    n = 0.5 if half else 1.0 + frac
    mod = "MORE_THAN" if "اكثر" in tr else "LESS_THAN" if "اقل" in tr else None
    if tr in _APPROX_TRIGGERS:
        mod = "APPROX"
    return "DURATION", _duration(n, code), False, mod


def _unit_repeated_before(lx: Lexicon, ft: str, pos: int, code: str) -> bool:
    """Is the word before ``pos`` the same time unit (يوماً in يوماً بعد يوم)?"""
    prev = _tokens_before(ft, pos, 1)
    return bool(prev) and prev[-1] in lx.unit_of and lx.unit_of[prev[-1]][0] == code


def _r_vdur(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    if not (m.group("vd_tr") or m.group("vd_l") or m.group("vd_adj").strip() or _after_lam(c.folded.text, m.start())):
        return None
    if not m.group("vd_adj").strip():
        nxt = c.folded.text[m.end():m.end() + 24].split()[:1]
        if nxt and nxt[0].startswith("ال") and nxt[0] not in lx.plural_mods:
            return None  # "خلال أيام الهدنة": the days of a named period, no time value
    code, _ = lx.unit_of[m.group("vd_unit")]
    if m.group("vd_tr") == "قبل":
        return "DATE", "PAST_REF", False, None
    return "DURATION", _duration(None, code), False, None


def _after_lam(ft: str, start: int) -> bool:
    """``لسنوات``, ``ولأشهر``: a plural unit glued to the preposition ل (the match starts after it)."""
    if start < 1 or ft[start - 1] != "ل":
        return False
    i = start - 2
    if i >= 0 and ft[i] in "وف":
        i -= 1
    return i < 0 or not ft[i].isalnum()


def _r_vague(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    return "DATE", lx.vague[" ".join(m.group("vg").split())], False, None


def _r_set(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    return "SET", lx.sets[" ".join(m.group("st").split())], False, None


#: words before اليوم that make it "nowadays", not a day: حتى اليوم، أما اليوم، عالم اليوم
_NOWADAYS_BEFORE: Final = frozenset(("حتي", "وحتي", "الي", "لحد", "لغايه", "اما", "واما", "عالم", "جيل", "واقع"))
#: an imperfect verb with an object pronoun (الحال الذي نعيشه اليوم): a state of these days
_IMPERFECT_OBJ_RE: Final = re.compile(r"^[وف]?[يتن][\u0621-\u064a]{2,}(?:ه|ها|هم|هن)$")


def _quoted_outlet(ft: str, start: int) -> bool:
    """``لـ"العربي اليوم"``، ``قناة «روسيا اليوم»``: one word and اليوم in quotation marks after لـ or a
    media head: an outlet's name, not a day."""
    before = ft[max(0, start - 40):start]
    k = max(before.rfind(q) for q in "\"«“")
    if k < 0 or len(before[k + 1:].split()) != 1:
        return False
    lead = before[:k].rstrip(" \u0640")
    return lead.endswith("ل") or lead.split()[-1:] in (["قناه"], ["صحيفه"], ["موقع"], ["وكاله"], ["شبكه"])


def _inside_org(c: _Ctx, start: int, end: int) -> bool:
    """Is folded ``start..end`` the end of an organisation's name found by the entity stage?"""
    a, b = c.folded.span(start, end)
    return any(e.type == "ORG" and e.start < a and b <= e.end for e in c.doc.entities)


def _r_today(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    nxt = c.folded.text[m.end():m.end() + 16].split()[:1]
    if nxt and nxt[0] in lx.not_today_after:
        return None
    prev = _tokens_before(c.folded.text, m.start(), 1)
    if prev and prev[-1] in ("ذلك", "هذا", "نفس", "تلك"):
        return None  # في ذلك اليوم: the day of some other event
    ft = c.folded.text
    if ft[m.end():m.end() + 1] in ("\"", "»", "”") and _quoted_outlet(ft, m.start()):
        return None  # لـ"العربي اليوم": the end of a quoted outlet's name
    if c.doc.entities and prev and _inside_org(c, m.start(), m.end()):
        return None  # بغداد - الرافدين اليوم: the end of an outlet's (organisation's) name
    # a bare اليوم names the publication day (وصل الوفد اليوم، في التعاملات المبكرة اليوم) unless it
    # means "these days": حتى اليوم، أما اليوم فإن …، عالم اليوم، ما نعيشه اليوم
    if c.anchor is None or (prev and (prev[-1] in _NOWADAYS_BEFORE or _IMPERFECT_OBJ_RE.match(prev[-1]))) \
            or (nxt and nxt[0].startswith("فان")):
        return "DATE", "PRESENT_REF", False, None
    return "DATE", c.anchor.isoformat(), True, None


def _r_clock(lx: Lexicon, c: _Ctx, m: re.Match[str]) -> Result:
    if m.group("ck_hw"):  # الساعة الواحدة ظهراً, الساعة الثامنة والنصف
        h = _CLOCK_HOURS[" ".join(m.group("ck_hw").split())]
        mi = _CLOCK_FRACTIONS.get(m.group("ck_fr") or "", 0)
    else:
        h = int(m.group("ck_h"))
        mi = int(m.group("ck_m") or 0)
    period = lx.day_periods.get(m.group("ck_p") or "")
    pod = lx.pod_codes.get(m.group("ck_pod") or "")
    if pod is not None:
        period = "AM" if pod == "MO" else "PM"
    if period == "PM" and h < 12 and not (h >= 7 and (m.group("ck_p") or m.group("ck_pod") or "").startswith("ظهر")):
        h += 12  # الواحدة ظهراً is 13:00, الحادية عشرة ظهراً stays 11:00
    day = c.anchor.isoformat() if c.anchor else "XXXX-XX-XX"
    dword = m.group("ck_day")
    if dword and c.anchor is not None:
        if dword in lx.weekdays:
            day = _weekday_value(lx, c, lx.weekdays[dword], None, m.start(), m.end())
        elif dword in lx.days:
            day = (c.anchor + dt.timedelta(days=lx.days[dword])).isoformat()
    return "TIME", f"{day}T{h:02d}:{mi:02d}", c.anchor is not None, None


_RESOLVERS: Final = {
    "ndate": _r_ndate, "dmy": _r_dmy, "hijri": _r_hijri, "my": _r_my, "season": _r_season,
    "relday": _r_relday, "podtoday": _r_podtoday, "weekday": _r_weekday, "plural": _r_plural, "plural2": _r_plural2, "plural3": _r_plural3, "dualdur": _r_dualdur,
    "relunit": _r_relunit, "odm": _r_odm, "odrel": _r_odrel, "year": _r_year, "yrange": _r_yrange, "decade": _r_decade, "byear": _r_byear, "ago": _r_ago, "dur": _r_dur,
    "durone": _r_durone, "vdur": _r_vdur, "vague": _r_vague, "set": _r_set, "today": _r_today,
    "clock": _r_clock,
}

def _core_start(m: re.Match[str], kind: str) -> int:
    """Start of the reported span: the period-part word when present, else the branch itself."""
    return m.start("part") if m.group("part") else m.start(f"k_{kind}")


_UNSET: Final[Any] = object()
#: regex results for the last folded text: [text, candidate starts, match at start, branch match, lexicon]
_MEMO: Final[list[Any]] = [None, [], {}, {}, None]


def _regex_memo(lx: Lexicon, ft: str) -> tuple[list[int], dict[int, Any], dict[tuple[int, str], Any]]:
    """Candidate starts and regex matches of ``ft``, kept for the next extraction of the same text.

    A document without ``published`` is extracted twice (unanchored to infer the publication date,
    then against it); the regex work does not depend on the anchor, only the resolution does.
    """
    if _MEMO[4] is not lx or (_MEMO[0] is not ft and _MEMO[0] != ft):
        _MEMO[:] = [ft, [start for start, _ in lx.candidates.spans(ft)], {}, {}, lx]
    return _MEMO[1], _MEMO[2], _MEMO[3]


def _matches(lx: Lexicon, c: _Ctx) -> list[tuple[re.Match[str], str, Resolved]]:
    """Leftmost non-overlapping resolved matches, tried only at candidate word starts.

    When the branch that matched first resolves to nothing (``العام`` without a modifier), the
    later branches are tried at the same position, so ``العام 2010`` still reaches the year branch.
    """
    out: list[tuple[re.Match[str], str, Resolved]] = []
    ft = c.folded.text
    pos = 0
    rx = lx.regex
    order = [name for name, _ in lx.branches]
    starts, at, branch_at = _regex_memo(lx, ft)
    for p in starts:
        if p < pos:
            continue
        m = at.get(p, _UNSET)
        if m is _UNSET:
            m = at[p] = rx.match(ft, p)
        if m is None or m.end() <= p or not m.lastgroup:
            continue
        kind = m.lastgroup[2:]
        res = _RESOLVERS[kind](lx, c, m)
        if res is None:
            for name, brx in lx.branches[order.index(kind) + 1:]:
                m2 = branch_at.get((p, name), _UNSET)
                if m2 is _UNSET:
                    m2 = branch_at[(p, name)] = brx.match(ft, p)
                if m2 is not None and m2.end() > p:
                    res = _RESOLVERS[name](lx, c, m2)
                    if res is not None:
                        m, kind = m2, name
                        break
        if res is None:
            continue
        if kind in ("dmy", "my") and not m.group("part"):
            prev = [t for t in (_PUNCT_RE.sub("", w) for w in _tokens_before(ft, p, 3)) if t][-1:]
            if prev and prev[-1] in lx.name_heads:
                pos = m.end()
                continue  # قوى 14 آذار: a name, not a date
        out.append((m, kind, res))
        pos = m.end()
    return out


#: branches whose full date may follow a part-of-day word (فجر العشرين من آب, صباح 5 آذار)
_POD_DATE_KINDS: Final = frozenset(("dmy", "odm", "odrel", "ndate"))


def _pod_before(lx: Lexicon, ft: str, start: int) -> tuple[int, str] | None:
    """(start, TIMEX3 code) of a part-of-day word right before ``start`` (a proclitic و/ف/ب stays out)."""
    k = start - 1
    while k >= 0 and ft[k] == " ":
        k -= 1
    j = k + 1
    while k >= 0 and ft[k].isalpha():
        k -= 1
    word = ft[k + 1:j]
    if word[:1] in ("و", "ف", "ب") and word[1:] in lx.pod_codes:
        return k + 2, lx.pod_codes[word[1:]]
    if word in lx.pod_codes and j < start:
        return k + 1, lx.pod_codes[word]
    return None


def extract(doc: Document, anchor: dt.date | None, folded: Folded | None = None) -> list[TimeExpr]:
    """All temporal expressions of ``doc.text`` resolved against ``anchor`` (may be None)."""
    lx = lexicon()
    f = folded or fold(doc.text)
    c = _Ctx(doc, f, anchor)
    out: list[TimeExpr] = []
    clocks: list[TimeExpr] = []
    for m, kind, res in _matches(lx, c):
        if res is None:
            continue
        typ, value, relative, mod = res
        if m.group("part"):
            mod = lx.parts[" ".join(m.group("part").split())]
            mod = None if mod == "none" else mod
        start = _core_start(m, kind)
        if kind == "vdur" and not (m.group("vd_tr") or m.group("vd_l") or m.group("vd_adj").strip()):
            start -= 1  # لسنوات: the preposition that makes the bare plural a duration is in the span
        end = m.end()
        if kind == "my" and m.group("my_mod") and not f.text[m.end("my_mon"):m.start("my_mod")].strip() \
                and m.start("my_mod") == m.end("my_mon"):
            end = m.end("my_mon")  # ديسمبرالماضي (glued by the scraper): the span is the month word
        while end > start and f.text[end - 1].isspace():
            end -= 1
        if typ == "DATE" and kind in _POD_DATE_KINDS and not m.group("part") and value \
                and _FULL_DATE_RE.fullmatch(value):
            pod = _pod_before(lx, f.text, start)
            if pod is not None:  # فجر العشرين من آب: a part of that day
                start, typ, value = pod[0], "TIME", f"{value}T{pod[1]}"
        a, b = f.span(start, end)
        out.append(TimeExpr(a, b, doc.text[a:b], typ, value,
                            anchor=anchor.isoformat() if (relative and anchor) else None, mod=mod))
        if kind == "clock" and anchor is not None and not m.group("ck_day"):
            clocks.append(out[-1])
    out = _merge_weekday_dates(doc, _merge_later_today(doc, out, anchor))
    if clocks and anchor is not None:
        _clock_days(doc, out, clocks, anchor)
    if anchor is not None:
        _today_in_quotes(doc, out, anchor)
    return out


#: how far back the day of a clock time may have been named (about two sentences)
_CLOCK_DAY_WINDOW: Final = 500
_SENTENCE_END: Final = frozenset(".!?؟\n")


def _clock_days(doc: Document, times: list[TimeExpr], clocks: list[TimeExpr], anchor: dt.date) -> None:
    """``الساعة 6:18 صباحاً بالتوقيت المحلي يوم الأحد``: a clock time takes the day named in its
    clause (after it, else before it); without one, the recent day named last before it (within
    about two sentences and two weeks of publication), else the publication day."""
    text = doc.text
    for t in clocks:
        k = next((i for i, x in enumerate(times) if x is t), None)
        if k is None:
            continue
        day: str | None = None
        for x in times[k + 1:]:  # later in the same sentence
            if any(ch in _SENTENCE_END for ch in text[t.end:x.start]):
                break
            if x.value and _FULL_DATE.match(x.value):
                day = x.value[:10]
                break
        if day is None:
            for x in reversed(times[:k]):
                if t.start - x.end > _CLOCK_DAY_WINDOW:
                    break
                if not x.value or not _FULL_DATE.match(x.value):
                    continue
                d = dt.date.fromisoformat(x.value[:10])
                same = not any(ch in _SENTENCE_END for ch in text[x.end:t.start])
                if same or anchor - dt.timedelta(days=14) <= d <= anchor:
                    day = x.value[:10]
                break
        if day is not None and t.value and "T" in t.value:
            t.value = day + t.value[t.value.index("T"):]


#: how far before a quotation the day its speaker spoke may be named (about two sentences)
_SPEECH_DAY_WINDOW: Final = 400


def _today_in_quotes(doc: Document, times: list[TimeExpr], anchor: dt.date) -> None:
    """``أعلن فلان، الخميس، … وقال: "اختتمنا اليوم …"``: inside a quotation, اليوم is the day the
    speaker spoke, which the report names just before it (a day of the week before publication);
    without one it stays the publication day."""
    today = anchor.isoformat()
    bare = [t for t in times if t.value == today and t.anchor and norm_word(t.text) == "اليوم"]
    if not bare:
        return
    from rasid.quotes import quote_pairs

    pairs = quote_pairs(doc.text)
    text = doc.text
    for t in bare:
        o = next((a for a, b in pairs if a < t.start < b), None)
        if o is None:
            continue
        for p in reversed(times):
            if p.end > o or not p.value or not _FULL_DATE.fullmatch(p.value) or p in bare:
                continue
            gap = text[p.end:o]
            if len(gap) > _SPEECH_DAY_WINDOW or sum(gap.count(ch) for ch in ".!?؟") > 1:
                break
            day = dt.date.fromisoformat(p.value)
            if anchor - dt.timedelta(days=6) <= day < anchor and re.search(r"\d", p.text) is None:
                t.value = p.value
            break


def _merge_later_today(doc: Document, times: list[TimeExpr], anchor: dt.date | None) -> list[TimeExpr]:
    """``في وقت لاحق اليوم`` / ``في وقت سابق اليوم``: one expression, the publication day."""
    if len(times) < 2:
        return times
    out: list[TimeExpr] = []
    for t in times:
        prev = out[-1] if out else None
        if prev is not None and prev.value in ("FUTURE_REF", "PAST_REF") \
                and norm_word(t.text) == "اليوم" and doc.text[prev.end:t.start].strip() in ("", "من") \
                and t.start - prev.end <= 5:
            out[-1] = TimeExpr(prev.start, t.end, doc.text[prev.start:t.end], "DATE",
                               anchor.isoformat() if anchor else "XXXX-XX-XX",
                               anchor=anchor.isoformat() if anchor else None)
            continue
        if prev is not None and prev.value == "PAST_REF" and t.value and _FULL_DATE.fullmatch(t.value) \
                and norm_word(prev.text).endswith("وقت سابق") and norm_word(t.text) in lexicon().days \
                and doc.text[prev.end:t.start].strip() in ("", "من") and t.start - prev.end <= 5:
            # في وقت سابق أمس: one expression, that day
            out[-1] = TimeExpr(prev.start, t.end, doc.text[prev.start:t.end], t.type, t.value, anchor=t.anchor)
            continue
        out.append(t)
    return out


_FULL_DATE: Final = re.compile(r"\d{4}-\d\d-\d\d")


def _is_hijri(text: str) -> bool:
    """Whether a date expression names a Hijri month."""
    from rasid.numbers import norm_word

    folded = " " + norm_word(text) + " "
    return any(f" {name} " in folded for name in lexicon().hijri)


_EQUIV_RE: Final = re.compile(r"[\s،,]*(?:ال)?موافق\s*")


def _hijri_on_weekday(day_text: str, date_text: str, value: str) -> str:
    """``الخميس 17 ذو الحجة 1436 هـ``: a Hijri date one day off the weekday printed with it takes
    the weekday's day. The conversion follows the Umm al-Qura tables; the month a paper dates by
    may start a day apart (sighting), while the weekday is exact."""
    if not _is_hijri(date_text):
        return value
    days = lexicon().weekdays
    wd = next((days[w] for w in norm_word(day_text).split() if w in days), None)
    if wd is None:
        return value
    d = dt.date.fromisoformat(value)
    for shift in (-1, 1):
        if d.weekday() != wd and (d + dt.timedelta(days=shift)).weekday() == wd:
            return (d + dt.timedelta(days=shift)).isoformat()
    return value


def _merge_weekday_dates(doc: Document, times: list[TimeExpr]) -> list[TimeExpr]:
    """``الأحد 10 مارس`` is one expression: the explicit date wins over the weekday guess.

    ``اليوم الأربعاء الموافق 8 جمادى الأولى 1445هـ`` names the day twice, in two calendars: both
    stay expressions (as annotated), and the explicit date corrects the weekday's value — except
    that a Hijri date one day off the weekday takes the weekday's day: Hijri calendars (Umm
    al-Qura, local sighting) differ by a day, while the weekday is exact."""
    merged: list[TimeExpr] = []
    for t in times:
        if merged:
            p = merged[-1]
            gap = doc.text[p.end:t.start]
            if (p.type == "DATE" and t.type == "DATE" and len(gap) <= 12 and p.value and t.value
                    and re.fullmatch(r"[\s،,]*(?:(?:ال)?موافق\s*)?", gap)
                    and _FULL_DATE.fullmatch(p.value) and _FULL_DATE.fullmatch(t.value)
                    and re.search(r"\d", p.text) is None):
                if _EQUIV_RE.fullmatch(gap):
                    days = abs((dt.date.fromisoformat(p.value) - dt.date.fromisoformat(t.value)).days)
                    if days == 1 and _is_hijri(t.text):
                        t.value = p.value
                    else:
                        p.value = t.value
                    merged.append(t)
                    continue
                merged[-1] = TimeExpr(p.start, t.end, doc.text[p.start:t.end], "DATE",
                                      _hijri_on_weekday(p.text, t.text, t.value), anchor=None, mod=t.mod)
                continue
        merged.append(t)
    return merged


def anchor_for(doc: Document) -> dt.date | None:
    """The date relative expressions are resolved against: ``published`` or strong inferred evidence."""
    if doc.published:
        try:
            return dt.date.fromisoformat(doc.published[:10])
        except ValueError:
            pass
    from rasid import pubdate

    inferred = pubdate.infer(doc)
    if inferred is not None and inferred.strong and inferred.value:
        doc.meta["published_anchor_used"] = inferred.value
        return dt.date.fromisoformat(inferred.value)
    return None


#: the last unanchored extraction: (document, its text, result). Publication-date inference needs the
#: explicit dates of a document that has no ``published``; the times stage then needs the very same
#: unanchored extraction, so it is computed once.
_UNANCHORED: tuple[weakref.ref[Document], str, list[TimeExpr]] | None = None


def extract_unanchored(doc: Document) -> list[TimeExpr]:
    """``extract(doc, None)``, computed once per document text."""
    global _UNANCHORED
    cached = _UNANCHORED
    if cached is not None and cached[0]() is doc and cached[1] is doc.text:
        return cached[2]
    result = extract(doc, None)
    _UNANCHORED = (weakref.ref(doc), doc.text, result)
    return result


def run(doc: Document) -> None:
    global _UNANCHORED
    if not doc.text:
        return
    anchor = anchor_for(doc)
    doc.times = extract_unanchored(doc) if anchor is None else extract(doc, anchor)
    _UNANCHORED = None
    if doc.sentences:
        for t, si in zip(doc.times, sentence_indexes(doc, [t.start for t in doc.times]), strict=True):
            t.sentence = si


def warm_up() -> None:
    lexicon()
