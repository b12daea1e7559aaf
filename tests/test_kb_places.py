"""Validation of the places half of the knowledge base (``places_*.yaml`` + ``generated_places.yaml``).

The files are read directly with PyYAML so the checks do not depend on the KB loader. They guard the
properties the entity matcher relies on: unique ids, required fields, valid types/prefixes/coords,
resolvable parents, full coverage of states and capitals, no spellings that differ only by the
normalisation the matcher already applies, and ``ambiguous: [...]`` on forms that are common words.
"""

from __future__ import annotations

import functools
import importlib.util
import math
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

from rasid.arabic import is_arabic, normalize

ROOT = Path(__file__).resolve().parent.parent
KB = ROOT / "src" / "rasid" / "data" / "kb"
CURATED_FILES = sorted(KB.glob("places_*.yaml"))
GENERATED = KB / "generated_places.yaml"

#: ISO codes in pycountry that are dependencies / territories, not states.
NON_STATES = set("""AW AI AX AS AQ TF BQ BL BM BV CC CK CW CX KY FK FO GG GI GP GL GF GU HK HM IM IO JE
MO MF MP MS MQ YT NC NF NU PN PR PF RE GS SH SJ PM SX TC TK UM VG VI WF""".split())
#: States and territories covered beyond the 193 UN members (observers, disputed, partly recognised).
EXTRA_STATES = {"PS", "VA", "XK", "TW", "EH"}
#: Where no separate capital entry exists: city-states, and capitals whose status is disputed.
NO_CAPITAL_ENTRY = {"SG", "MC", "VA", "IL", "PS"}
#: Place names that are also ordinary Arabic words or personal names: must be flagged when present.
COMMON_WORD_NAMES = ["صور", "حماه", "الحريه", "النصر", "الامل", "مالي", "بنين", "العقبه", "حديثه",
                     "القائم", "بلد", "الدور", "الزاويه", "الخبر", "تدمر", "الابيض", "الجنينه", "جنين",
                     "عمان", "العيون", "الزرقاء", "بورصه", "مشهد", "قم", "جده", "حائل", "الخليل", "ماليه", "دوما", "فاس", "سيول"]


#: libyaml's loader when available (pure-Python parsing of ~3,000 entries takes seconds).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def _load(path: Path) -> list[dict[str, Any]]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - safe loader
    assert isinstance(data, list), f"{path.name} must hold a YAML list"
    assert all(isinstance(e, dict) for e in data), f"{path.name}: every entry must be a mapping"
    return data


@pytest.fixture(scope="module")
def curated() -> list[dict[str, Any]]:
    assert CURATED_FILES, "no places_*.yaml files"
    return [e for p in CURATED_FILES for e in _load(p)]


@pytest.fixture(scope="module")
def generated() -> list[dict[str, Any]]:
    assert GENERATED.exists(), "run scripts/gen_gazetteer.py"
    return _load(GENERATED)


@pytest.fixture(scope="module")
def places(curated, generated) -> list[dict[str, Any]]:
    return curated + generated


@pytest.fixture(scope="module")
def by_id(places) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in places}


def _names(e: dict[str, Any]) -> list[str]:
    return [str(e["name"]), *(str(a) for a in e.get("aliases") or [])]


def _is_ambiguous(e: dict[str, Any], form: str) -> bool:
    """Does the KB say ``form`` (normalised) alone is not enough evidence for ``e``?"""
    amb = e.get("ambiguous")
    if amb is True:
        return True
    return isinstance(amb, list) and form in {normalize(a) for a in amb}


def _alias_index(entries: list[dict[str, Any]]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        for n in _names(e):
            index[normalize(n)].add(e["id"])
    return index


def test_ids_unique_and_prefixed(places):
    seen: set[str] = set()
    for e in places:
        assert e["id"] not in seen, f"duplicate id {e['id']}"
        seen.add(e["id"])
        assert re.fullmatch(r"(gpe|loc):[a-z0-9]+(-[a-z0-9]+)*", e["id"]), e["id"]
        assert e["id"].split(":")[0] == e["type"].lower(), f"{e['id']}: prefix does not match type {e['type']}"


def test_place_ids_do_not_collide_with_other_kb_files(places):
    ours = {e["id"] for e in places}
    for path in KB.glob("*.yaml"):
        if path in CURATED_FILES or path == GENERATED:
            continue
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or []  # noqa: S506
        clash = ours & {e.get("id") for e in data if isinstance(e, dict)}
        assert not clash, f"{path.name} reuses place ids {sorted(clash)[:5]}"


def test_required_fields_and_types(places):
    for e in places:
        for field in ("id", "type", "name", "en"):
            assert e.get(field), f"{e.get('id')}: missing {field}"
        assert e["type"] in ("GPE", "LOC"), e["id"]
        assert is_arabic(e["name"]), f"{e['id']}: canonical name must be Arabic"
        assert isinstance(e["en"], str) and re.search(r"[A-Za-z]", e["en"]), e["id"]
        aliases = e.get("aliases", [])
        assert isinstance(aliases, list), e["id"]
        for a in aliases:
            assert isinstance(a, str) and is_arabic(a), f"{e['id']}: alias {a!r} must be Arabic text"
        if "ambiguous" in e:
            amb = e["ambiguous"]
            # Either the whole entry (true) or the listed surface forms need context.
            assert amb is True or (isinstance(amb, list) and amb), e["id"]
            if isinstance(amb, list):
                forms = {normalize(n) for n in _names(e)}
                assert all(normalize(a) in forms for a in amb), f"{e['id']}: ambiguous form not among its names"
        if "qid" in e:
            assert re.fullmatch(r"Q[1-9][0-9]*", str(e["qid"])), e["id"]


def test_country_codes_valid(places):
    valid = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    for e in places:
        if "country" in e:
            assert e["country"] in valid, f"{e['id']}: bad country {e['country']!r}"


def test_coords_in_range(places):
    for e in places:
        if "coords" not in e:
            continue
        c = e["coords"]
        assert isinstance(c, list) and len(c) == 2, e["id"]
        lat, lon = c
        assert isinstance(lat, (int, float)) and isinstance(lon, (int, float)), e["id"]
        assert -90 <= lat <= 90 and -180 <= lon <= 180, f"{e['id']}: coords {c} out of range"


def test_curated_places_have_coords(curated):
    missing = [e["id"] for e in curated if "coords" not in e]
    assert not missing, f"places without coords: {missing[:10]}"


def test_parents_resolve_and_are_acyclic(places, by_id):
    for e in places:
        seen = {e["id"]}
        node = e
        while "parent" in node:
            parent = node["parent"]
            assert parent in by_id, f"{node['id']}: parent {parent} does not resolve"
            assert parent not in seen, f"{e['id']}: parent cycle"
            seen.add(parent)
            node = by_id[parent]


def test_child_coords_near_parent(places, by_id):
    """Catches coordinates copied from a same-named place on another continent."""
    def km(a: list[float], b: list[float]) -> float:
        la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
        h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
        return 6371.0 * 2 * math.asin(math.sqrt(h))

    for e in places:
        parent = by_id.get(e.get("parent", ""))
        if parent and "coords" in e and "coords" in parent:
            limit = 8000 if parent.get("subtype") == "country" else 900
            assert km(e["coords"], parent["coords"]) <= limit, f"{e['id']} is far from {parent['id']}"


def test_every_state_present(curated):
    countries = {e["country"]: e for e in curated if e.get("subtype") == "country"}
    un_like = {c.alpha_2 for c in pycountry.countries} - NON_STATES
    expected = un_like | EXTRA_STATES
    assert len(un_like - EXTRA_STATES) == 193, "pycountry minus territories should be the 193 UN members"
    missing = expected - set(countries)
    assert not missing, f"missing states: {sorted(missing)}"
    assert not set(countries) - expected, "country entries for non-states"
    for code, e in countries.items():
        assert e["type"] == "GPE" and e.get("qid"), f"{code}: country needs type GPE and a QID"


def test_every_state_has_a_capital(curated):
    countries = {e["id"]: e["country"] for e in curated if e.get("subtype") == "country"}
    capitals = defaultdict(list)
    for e in curated:
        if e.get("subtype") == "capital":
            assert e.get("parent") in countries, f"{e['id']}: capital without a country parent"
            capitals[e["parent"]].append(e["id"])
            assert e.get("country") == countries[e["parent"]], f"{e['id']}: country code != parent's"
    for cid, code in countries.items():
        if code in NO_CAPITAL_ENTRY:
            continue
        assert len(capitals[cid]) == 1, f"{cid}: expected one capital, got {capitals[cid]}"


def test_adjectives_only_on_countries(curated):
    for e in curated:
        if "adjectives" in e:
            assert e.get("subtype") == "country", f"{e['id']}: adjectives are for countries"
            assert all(is_arabic(a) for a in e["adjectives"]), e["id"]
    major = {"IQ": "عراقي", "SY": "سوري", "IR": "ايراني", "TR": "تركي", "RU": "روسي", "FR": "فرنسي",
             "GB": "بريطاني", "US": "امريكي", "EG": "مصري", "SA": "سعودي"}
    adjs = {e["country"]: {normalize(a) for a in e.get("adjectives", [])}
            for e in curated if e.get("subtype") == "country"}
    for code, adj in major.items():
        assert adj in adjs[code], f"{code}: missing adjective {adj}"
    assert "اميركي" in adjs["US"]


def test_no_redundant_spellings_within_entry(places):
    """Aliases must add something beyond the matcher's normalisation (hamza, ى/ي, ة/ه, diacritics)."""
    for e in places:
        forms = [normalize(n) for n in _names(e)]
        dupes = {f for f in forms if forms.count(f) > 1}
        assert not dupes, f"{e['id']}: spellings equal after normalisation: {sorted(dupes)}"


def test_shared_names_are_flagged_ambiguous(curated, by_id):
    """Two curated places may share a spelling only if both say so (عمان = Oman / Amman)."""
    for key, ids in _alias_index(curated).items():
        if len(ids) > 1:
            assert all(_is_ambiguous(by_id[i], key) for i in ids), f"{key!r} is shared by {sorted(ids)}"


def test_common_words_are_flagged(curated):
    index = _alias_index(curated)
    by = {e["id"]: e for e in curated}
    for word in COMMON_WORD_NAMES:
        for eid in index.get(normalize(word), ()):
            assert _is_ambiguous(by[eid], normalize(word)), f"{eid}: {word} is a common word; list it in ambiguous"


def test_common_words_are_never_aliases(places):
    """Words that would fire constantly in news text must not be place names or aliases at all."""
    index = _alias_index(places)
    for word in ("كيف", "المتوسط", "الاقصي", "العديد", "الساحل", "القطاع", "بحري", "مدني", "الضفه",
                 "المحله", "البادية", "الاطلسي", "عرفات", "الشام", "الصعيد"):
        assert normalize(word) not in index, f"{word} is a common word/other entity, not a place alias"


def test_reported_spelling_variants_resolve(curated):
    """Spellings seen in Arab outlets map (after normalisation) to the right entry."""
    index = _alias_index(curated)
    expected = {
        "أمريكا": "gpe:united-states", "أميركا": "gpe:united-states",
        "الولايات المتحدة الأمريكية": "gpe:united-states", "ديالي": "gpe:diyala-governorate",
        "بيجى": "gpe:baiji", "ادلب": "gpe:idlib", "الموصل": "gpe:mosul", "صلاح الدين": "gpe:salah-al-din-governorate",
        "الأنبار": "gpe:anbar-governorate", "تكريت": "gpe:tikrit", "الرقة": "gpe:raqqa", "دير الزور": "gpe:deir-ez-zor",
        "الحسكة": "gpe:al-hasakah", "حلب": "gpe:aleppo", "الحديدة": "gpe:hodeidah", "مأرب": "gpe:marib",
        "سرت": "gpe:sirte", "بنغازي": "gpe:benghazi", "درنة": "gpe:derna", "الفاشر": "gpe:el-fasher",
        "كسلا": "gpe:kassala", "مقديشو": "gpe:mogadishu", "سورية": "gpe:syria", "كوباني": "gpe:kobani",
        "إقليم كردستان": "gpe:kurdistan-region", "قاعدة عين الأسد": "loc:ain-al-asad",
        "قاعدة حميميم": "loc:hmeimim", "قاعدة العديد": "loc:al-udeid", "قاعدة إنجرليك": "loc:incirlik",
        "التنف": "loc:al-tanf", "مخيم الهول": "loc:al-hol-camp", "المنطقة الخضراء": "loc:green-zone",
        "دجلة": "loc:tigris", "الفرات": "loc:euphrates", "النيل": "loc:nile", "مضيق هرمز": "loc:strait-of-hormuz",
        "باب المندب": "loc:bab-el-mandeb", "جبل سنجار": "loc:sinjar-mountain", "قنديل": "loc:qandil",
        "الشرق الأوسط": "loc:middle-east", "شمال إفريقيا": "loc:north-africa",
    }
    for alias, eid in expected.items():
        assert index.get(normalize(alias)) == {eid}, f"{alias} -> {index.get(normalize(alias))}, want {eid}"
    # "منطقة الحكم الذاتي" is a generic phrase, never an alias of the Kurdistan Region.
    assert normalize("منطقة الحكم الذاتي") not in index
    assert normalize("الساحل") not in index


def test_types_follow_gold_conventions(curated):
    by = {e["id"]: e for e in curated}
    for eid in ("gpe:iraq", "gpe:baghdad", "gpe:mosul", "gpe:nineveh-governorate"):
        assert by[eid]["type"] == "GPE"
    for eid in ("loc:tigris", "loc:middle-east", "loc:ain-al-asad", "loc:al-hol-camp", "loc:persian-gulf"):
        assert by[eid]["type"] == "LOC"


def test_counts(curated, generated):
    per_file = {p.name: len(_load(p)) for p in CURATED_FILES}
    assert sum(per_file.values()) >= 1500, per_file
    assert sum(1 for e in curated if e.get("subtype") == "country") == 198
    assert sum(1 for e in curated if e.get("subtype") == "capital") >= 190
    assert sum(1 for e in curated if e["type"] == "LOC") >= 250
    assert sum(1 for e in curated if e.get("ambiguous")) >= 90
    assert len(generated) >= 1000
    assert GENERATED.stat().st_size < 3_000_000


def test_generated_entries_do_not_shadow_curated(curated, generated):
    curated_names = _alias_index(curated)
    claimed: set[str] = set()
    for e in generated:
        assert e["id"].startswith("gpe:gn-") and e["type"] == "GPE", e["id"]
        assert e.get("parent") and e.get("country") and e.get("coords"), e["id"]
        for n in _names(e):
            key = normalize(n)
            assert key not in curated_names, f"{e['id']}: {n} already names {curated_names[key]}"
            assert key not in claimed, f"{e['id']}: {n} also names another generated place"
            claimed.add(key)


def _gen_module():
    spec = importlib.util.spec_from_file_location("gen_gazetteer", ROOT / "scripts" / "gen_gazetteer.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_gazetteer"] = module
    spec.loader.exec_module(module)
    return module


def test_generator_helpers():
    gen = _gen_module()
    city = {"alternatenames": ["Mosul", "الموصل", "المَوصِل", "موصل", "مۆسڵ", "پاوه", "اب"]}
    # Diacritised duplicate folded, Kurdish/Persian letters and two-letter names dropped.
    assert gen.arabic_names(city) == ["الموصل", "موصل"]
    assert gen.arabic_names({"alternatenames": ["بلدية المرسى الكبير", "ولاية"]}) == [
        "المرسى الكبير", "بلدية المرسى الكبير", "ولاية"]
    assert gen.is_common_word("الحرية", 3.7)
    assert not gen.is_common_word("الباغوز", 3.7)
    assert not gen.is_common_word("منشأة أبو عمر", 3.7)
    # Frequency is looked up on the dictionary spelling the name folds into (إطار, المائة).
    assert "إطار" in gen.spelling_variants("اطار") and "المائة" in gen.spelling_variants("المايه")
    assert gen.is_common_word("أطار", 4.5, short=False)
    assert gen.ascii_key("Ḩazm al-Jawf") == "hazmaljawf"
    text = gen.dump([{"id": "gpe:gn-1", "type": "GPE", "name": "قرية: اختبار", "en": "Test's", "coords": [1.0, 2.0]}])
    assert yaml.safe_load(text) == [{"id": "gpe:gn-1", "type": "GPE", "name": "قرية: اختبار", "en": "Test's",
                                     "coords": [1.0, 2.0]}]
