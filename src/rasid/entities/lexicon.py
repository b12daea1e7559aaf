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
from typing import Final

from rasid.arabic import normalize, normalize_phrase, strip_diacritics
from rasid.yamlload import safe_load

DATA: Final = Path(__file__).resolve().parent.parent / "data"


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
_WEAK_ORG_HEADS: Final = ("قوات", "مجموعة", "حركة", "مجلس", "مكتب", "دائرة", "مؤسسة", "شركة", "اتحاد", "تحالف",
                   "منظمة", "جمعية", "جامعة", "مصلحة", "وكالة", "موقع", "شبكة", "قناة")
_PARTICLES: Final = ("بن", "ابن", "بنت", "ابو", "ال", "عبد", "ام", "دي", "دو", "فان", "فون", "لا", "دا", "ولد")


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


def _package_dir(name: str) -> Path | None:
    """Directory of an installed package, found without importing it (so none of its heavy imports run)."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for loc in spec.submodule_search_locations:
        return Path(loc)
    return None


def _romanizer_db() -> Path | None:
    """``names.sqlite3`` of the ``arabic-name-romanizer`` package (Wikidata + Algerian name corpora)."""
    d = _package_dir("arabic_name_romanizer")
    if d is None:
        return None
    p = d / "resources" / "names.sqlite3"
    return p if p.is_file() else None


@cache
def registry_names() -> dict[str, str]:
    """Person-name words from a name dictionary that ships inside a registry package: normalised word → role.

    ``g`` mostly a given name, ``s`` mostly a family name (or of unknown role), from the name index of
    ``arabic-name-romanizer`` (MIT; built from Wikidata (CC0) and Algerian name corpora: ~8,500 given
    names and ~22,000 family names of the Arab world, Iran and Pakistan, every word of multi-word names).
    The index is read from the installed package (which is not imported, nor copied into rasid); without
    the package there are no names. Many entries are also common words or places (أمل, لبنان): callers
    weigh them with the word frequency and the KB.
    """
    return read_registry_names(_romanizer_db())


def read_registry_names(db: Path | None) -> dict[str, str]:
    """:func:`registry_names` from the given name index (``None`` or an unreadable file: no names)."""
    import sqlite3

    rows: list[tuple[str, str, int]] = []
    if db is not None:
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            try:
                sql = "SELECT arabic_key, role, SUM(count) FROM units GROUP BY arabic_key, role"
                rows = [(str(k), str(r), int(c or 0)) for k, r, c in con.execute(sql).fetchall()]
            finally:
                con.close()
        except sqlite3.Error:
            rows = []
    counts: dict[str, list[int]] = {}
    for key, role, cnt in rows:
        for w in key.split():
            c = counts.setdefault(normalize(w), [0, 0])
            c[0 if role == "given" else 1] += cnt
    out: dict[str, str] = {w: "g" if c[0] > c[1] else "s" for w, c in counts.items()}
    out.pop("", None)
    return out


@cache
def registry_full_names() -> frozenset[str]:
    """Full names (two words or more, normalised, space-joined) of ``arabic-name-romanizer``'s Wikidata index."""
    return read_registry_full_names(_romanizer_db())


def read_registry_full_names(db: Path | None) -> frozenset[str]:
    """:func:`registry_full_names` from the given name index (``None`` or unreadable: none)."""
    import sqlite3

    if db is None:
        return frozenset()
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            keys = [str(k) for (k,) in con.execute("SELECT DISTINCT arabic_key FROM full_names").fetchall()]
        finally:
            con.close()
    except sqlite3.Error:
        return frozenset()
    out: set[str] = set()
    for key in keys:
        ws = [normalize(w) for w in key.split()]
        if len(ws) >= 2:
            out.add(" ".join(ws))
    return frozenset(out)
