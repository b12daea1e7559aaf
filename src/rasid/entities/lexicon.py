"""Language resources of the name finder: titles, head words, given names, word frequency bands.

Everything is keyed by normalised form (:func:`rasid.arabic.normalize`) and loaded once per
process. Word frequencies come from ``wordfreq``'s Arabic list; we keep only a compact
``{word: zipf}`` map of words at zipf ≥ 2.5 and drop wordfreq's own caches, because the full list
costs ~100 MB and we only need to know whether a token is a frequent common word.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rasid.arabic import normalize, normalize_phrase, strip_diacritics
from rasid.yamlload import safe_load

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True, slots=True)
class Lexicon:
    person_titles: frozenset[str]          # normalised phrases (one or more words)
    title_max_words: int
    title_fillers: frozenset[str]
    org_heads: frozenset[str]
    weak_org_heads: frozenset[str]
    media_heads: frozenset[str]
    institution_heads: dict[str, str]      # normalised phrase -> KB subtype
    place_heads: dict[str, str]            # normalised word -> entity type
    stop_words: frozenset[str]             # normalised
    stop_raw: frozenset[str]               # as written (على is a stop word, علي may be the name Ali)
    given_strong: frozenset[str]
    given_weak: frozenset[str]
    surnames: frozenset[str]               # adjectives/nisbas that continue a name (وسام الطويل)
    particles: frozenset[str]
    foreign_en: dict[str, str]             # normalised Arabic given name -> Latin spelling
    common_word_aliases: frozenset[str]    # normalised aliases that are also frequent common words
    false_friend_next: dict[str, frozenset[str]]  # alias -> following words that cancel it
    definite_orgs: frozenset[str]          # normalised phrases naming an institution alone (المصرف المركزي)
    definite_org_max_words: int
    place_name_first: frozenset[str]       # first words of compound place names (خربة, عين, تل)
    place_qualifiers: frozenset[str]       # adjectives making a new place of a place name (الوسطى)
    foreign_given: frozenset[str] = frozenset()  # given names of names_foreign.tsv (هنري, جيمس)


#: heads that are ordinary nouns as often as name heads: they need an idafa (مكافحة الإرهاب) or a rare word
_WEAK_ORG_HEADS = ("قوات", "مجموعة", "حركة", "مجلس", "مكتب", "دائرة", "مؤسسة", "شركة", "اتحاد", "تحالف",
                   "منظمة", "جمعية", "جامعة", "مصلحة", "وكالة", "موقع", "شبكة", "قناة")
_PARTICLES = ("بن", "ابن", "بنت", "ابو", "ال", "عبد", "ام", "دي", "دو", "فان", "فون", "لا", "دا", "ولد")


def _read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


@cache
def lexicon() -> Lexicon:
    """Titles, heads and given names from ``data/titles.yaml`` and ``data/names_*.tsv``."""
    t = safe_load((DATA / "titles.yaml").read_text(encoding="utf-8"))
    titles = frozenset(normalize_phrase(x) for x in t.get("person_titles", []))
    given_strong: set[str] = set()
    given_weak: set[str] = set()
    surnames: set[str] = set()
    foreign_en: dict[str, str] = {}
    foreign_given: set[str] = set()
    for path in sorted(DATA.glob("names_*.tsv")):
        for row in _read_tsv(path):
            name = normalize(row[0])
            flag = row[1] if len(row) > 1 else ""
            if flag == "skip":
                continue
            if path.name == "names_foreign.tsv":
                foreign_given.add(name)
            if flag and not flag.islower():  # a Latin spelling; an optional third column flags weak names
                foreign_en.setdefault(name, flag)
                flag = row[2] if len(row) > 2 else ""
            if flag == "particle":  # spelling only (عبد → Abd, الله → Allah): not a given name by itself
                continue
            if flag == "surname":  # continues a name, never starts one
                surnames.add(name)
                continue
            if flag == "weak":
                given_weak.add(name)
            else:
                given_strong.add(name)
    given_strong -= given_weak
    definite_orgs = frozenset(normalize_phrase(x) for x in t.get("definite_orgs", []))
    return Lexicon(
        person_titles=titles,
        title_max_words=max((len(x.split()) for x in titles), default=1),
        title_fillers=frozenset(normalize_phrase(x) for x in t.get("title_fillers", [])),
        # a media head (إذاعة, صحيفة) is an organisation head too
        org_heads=frozenset(normalize(x) for x in t.get("org_heads", []) + t.get("media_heads", [])),
        weak_org_heads=frozenset(normalize(x) for x in _WEAK_ORG_HEADS),
        media_heads=frozenset(normalize(x) for x in t.get("media_heads", [])),
        institution_heads={normalize_phrase(k): v for k, v in (t.get("institution_heads") or {}).items()},
        place_heads={normalize(k): v for k, v in (t.get("place_heads") or {}).items()},
        stop_words=frozenset(normalize(x) for x in t.get("stop_words", [])),
        stop_raw=frozenset(strip_diacritics(x) for x in t.get("stop_words", [])),
        given_strong=frozenset(given_strong),
        given_weak=frozenset(given_weak),
        surnames=frozenset(surnames),
        particles=frozenset(_PARTICLES),
        foreign_en=foreign_en,
        common_word_aliases=frozenset(normalize_phrase(x) for x in t.get("common_word_aliases", [])),
        false_friend_next={normalize_phrase(k): frozenset(normalize(x) for x in v)
                           for k, v in (t.get("false_friend_next") or {}).items()},
        definite_orgs=definite_orgs,
        definite_org_max_words=max((len(x.split()) for x in definite_orgs), default=1),
        place_name_first=frozenset(normalize(x) for x in t.get("place_name_first", [])),
        place_qualifiers=frozenset(normalize(x) for x in t.get("place_qualifiers", [])),
        foreign_given=frozenset(foreign_given - given_weak),
    )


@cache
def _zipf_table() -> dict[str, float]:
    import wordfreq

    table: dict[str, float] = {}
    try:
        buckets = wordfreq.get_frequency_list("ar")
    except (LookupError, OSError):  # no Arabic list installed: everything counts as rare
        return table
    for i, bucket in enumerate(buckets):
        z = 9 - i / 100
        if z < 2.5:
            break
        for w in bucket:
            n = normalize(w)
            if table.get(n, 0.0) < z:
                table[n] = z
    for fn in ("get_frequency_list", "get_frequency_dict"):
        f = getattr(wordfreq, fn, None)
        if f is not None and hasattr(f, "cache_clear"):
            f.cache_clear()
    gc.collect()
    return table


def zipf(norm_word: str) -> float:
    """Zipf frequency of a *normalised* word (0.0 when rarer than 2.5 or unknown)."""
    return _zipf_table().get(norm_word, 0.0)
