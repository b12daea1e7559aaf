"""The actor knowledge base: loading, alias index, nationality adjectives and validation.

The KB is a directory of hand-written YAML files (``src/rasid/data/kb/*.yaml``, format in
``docs``/the KB brief). Everything downstream compares *normalised* strings
(:func:`rasid.arabic.normalize`), so the index is keyed by normalised, space-squeezed aliases.
Country entries carry masculine nisba ``adjectives`` (عراقي); we derive the feminine and plural
forms here once so that later stages can tell that ``القوات العراقية`` belongs to Iraq without
every file listing every inflection.
"""

from __future__ import annotations

import os
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Final

import yaml

from rasid.arabic import normalize, normalize_phrase, strip_article

KB_DIR: Final = Path(__file__).resolve().parent.parent / "data" / "kb"
TYPES: Final = ("PERSON", "ORG", "GPE", "LOC")
ID_PREFIX: Final = {"PERSON": "per", "ORG": "org", "GPE": "gpe", "LOC": "loc"}
REQUIRED: Final = ("id", "type", "name", "en")
KNOWN_FIELDS: Final = {"id", "type", "name", "en", "aliases", "subtype", "country", "qid", "coords", "parent", "role",
                "role_en", "tenure", "adjectives", "ambiguous", "ambiguous_aliases", "note", "notes"}
_ID_RE: Final = re.compile(r"^(per|org|gpe|loc):[a-z0-9][a-z0-9_.\-]*$")
_QID_RE: Final = re.compile(r"^Q[1-9][0-9]*$")
#: libyaml's C parser is ~10x faster than the pure-Python one on the multi-thousand-entry KB
_LOADER: Final = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: endings added to a masculine nisba adjective: fem. sg, masc. pl (nom/obl), dual, fem. pl
_NISBA_SUFFIXES: Final = ("", "ه", "ون", "ين", "ان", "تان", "تين", "ات")


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One actor or place. Fields mirror the YAML; ``extra`` keeps fields we do not know yet."""

    id: str
    type: str
    name: str
    en: str
    aliases: tuple[str, ...] = ()
    subtype: str | None = None
    country: str | None = None
    qid: str | None = None
    coords: tuple[float, float] | None = None
    parent: str | None = None
    role: str | None = None
    role_en: str | None = None
    tenure: str | None = None
    adjectives: tuple[str, ...] = ()
    ambiguous: bool = False
    ambiguous_aliases: tuple[str, ...] = ()
    source_file: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def all_names(self) -> list[str]:
        """Canonical name first, then aliases (surface forms as written in the file)."""
        return [self.name, *[a for a in self.aliases if a != self.name]]

    def is_ambiguous_alias(self, alias_norm: str) -> bool:
        """True when this surface form alone is not enough evidence for the entry."""
        return alias_norm in _ambiguous_keys(self)


_AMBIG: Final[dict[str, frozenset[str]]] = {}


def _ambiguous_keys(e: KBEntry) -> frozenset[str]:
    """Normalised aliases of ``e`` that need context (memoised per entry id and file)."""
    key = e.source_file + "\0" + e.id
    got = _AMBIG.get(key)
    if got is None:
        keys = {norm_alias(a) for a in e.ambiguous_aliases}
        if e.ambiguous:
            keys |= {norm_alias(a) for a in e.aliases} - {norm_alias(e.name)}
        got = _AMBIG[key] = frozenset(keys)
    return got


@dataclass(frozen=True, slots=True)
class Issue:
    """A validation finding; ``level`` is ``error`` (``rasid kb check`` fails) or ``warning``."""

    level: str
    entry: str
    message: str
    file: str = ""

    def __str__(self) -> str:
        where = f"{self.file}: " if self.file else ""
        return f"{self.level}: {where}{self.entry}: {self.message}"


def norm_alias(s: str) -> str:
    """Index key of an alias: normalised, punctuation squeezed, single spaces."""
    return normalize_phrase(s)


def nisba_forms(adjective: str) -> set[str]:
    """Normalised inflections of a masculine nisba adjective, with and without the article.

    ``عراقي`` → ``عراقي عراقيه عراقيون عراقيين عراقيان ... العراقي العراقيه ...``.
    """
    base = normalize(adjective).strip()
    base = strip_article(base)
    if not base:
        return set()
    stems = {base}
    if base.endswith("ي"):
        stems.add(base[:-1] + "ي")
    out: set[str] = set()
    for stem in stems:
        for suf in _NISBA_SUFFIXES:
            form = stem + suf
            out.add(form)
            out.add("ال" + form)
    return out


class KB:
    """An in-memory KB: entries by id, alias index, nationality adjectives."""

    def __init__(self, entries: list[KBEntry], issues: list[Issue] | None = None) -> None:
        self.entries: dict[str, KBEntry] = {}
        self.issues: list[Issue] = list(issues or [])
        for e in entries:
            if e.id in self.entries:
                continue  # duplicates are reported by load_entries; the first one wins
            self.entries[e.id] = e
        self.alias_index: dict[str, list[str]] = defaultdict(list)
        for e in self.entries.values():
            for a in e.all_names():
                key = norm_alias(a)
                if key and e.id not in self.alias_index[key]:
                    self.alias_index[key].append(e.id)
        self.alias_index = dict(self.alias_index)
        self.nationality: dict[str, str] = {}
        for e in self.entries.values():
            for adj in e.adjectives:
                for form in nisba_forms(adj):
                    self.nationality.setdefault(form, e.id)
        self.by_country_subtype: dict[tuple[str, str], list[str]] = defaultdict(list)
        for e in self.entries.values():
            if e.country and e.subtype:
                self.by_country_subtype[(e.country, e.subtype)].append(e.id)
        self.country_entry: dict[str, str] = {}
        for e in self.entries.values():
            if e.country and e.subtype == "country" and e.type == "GPE":
                self.country_entry.setdefault(e.country, e.id)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str | None) -> KBEntry | None:
        return self.entries.get(entry_id) if entry_id else None

    def lookup(self, alias: str) -> list[KBEntry]:
        """Entries whose canonical name or alias normalises to ``alias``."""
        return [self.entries[i] for i in self.alias_index.get(norm_alias(alias), [])]

    def nationality_of(self, word: str) -> KBEntry | None:
        """The country a nationality adjective refers to (``الأمريكية`` → United States), else None.

        Clitics before the article are stripped (``والعراقية``, ``للقوات`` style prefixes).
        """
        w = normalize(word).strip()
        if not w:
            return None
        cands = [w]
        for p in ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ول", "فل", "و", "ف", "ب", "ل", "ك"):
            if w.startswith(p) and len(w) - len(p) >= 3:
                rest = w[len(p):]
                cands.append(rest if not p.endswith("لل") and p != "لل" else "ال" + rest)
        for c in cands:
            eid = self.nationality.get(c)
            if eid:
                return self.entries[eid]
        return None

    def country_of(self, entry_id: str | None) -> KBEntry | None:
        """The country entry an entry belongs to (US Armed Forces, Barack Obama → United States).

        For grouping facts by state (quantity owners, event actors) across entities of one country.
        """
        e = self.get(entry_id)
        if e is None:
            return None
        if e.type == "GPE" and e.subtype == "country":
            return e
        cid = self.country_entry.get(e.country or "")
        return self.entries[cid] if cid else None

    def institution(self, country: str, subtype: str) -> KBEntry | None:
        """The entry for a country's institution (``("US", "armed_forces")`` → US Armed Forces)."""
        ids = self.by_country_subtype.get((country, subtype))
        return self.entries[ids[0]] if ids else None


def _entry_from(raw: dict[str, Any], file: str) -> KBEntry:
    def tup(v: Any) -> tuple[str, ...]:
        if v is None:
            return ()
        if isinstance(v, str):
            return (v,)
        return tuple(str(x) for x in v if x is not None and str(x).strip())

    coords = raw.get("coords")
    coord_t: tuple[float, float] | None = None
    if isinstance(coords, (list, tuple)) and len(coords) == 2:
        try:
            coord_t = (float(coords[0]), float(coords[1]))
        except (TypeError, ValueError):
            coord_t = None
    amb = raw.get("ambiguous")
    return KBEntry(
        id=str(raw.get("id") or ""), type=str(raw.get("type") or ""), name=str(raw.get("name") or ""),
        en=str(raw.get("en") or ""), aliases=tup(raw.get("aliases")),
        subtype=raw.get("subtype"), country=raw.get("country"),
        qid=str(raw["qid"]) if raw.get("qid") else None, coords=coord_t, parent=raw.get("parent"),
        role=raw.get("role"), role_en=raw.get("role_en"),
        tenure=str(raw["tenure"]) if raw.get("tenure") is not None else None,
        adjectives=tup(raw.get("adjectives")), ambiguous=bool(amb) if isinstance(amb, bool) else False,
        ambiguous_aliases=tup(raw.get("ambiguous_aliases")) + (tup(amb) if isinstance(amb, (list, str)) else ()),
        source_file=file, extra={k: v for k, v in raw.items() if k not in KNOWN_FIELDS})


def load_entries(directory: Path | str | None = None) -> tuple[list[KBEntry], list[Issue]]:
    """Read every ``*.yaml`` under ``directory``; return entries and structural issues found while reading."""
    d = Path(directory) if directory else kb_dir()
    entries: list[KBEntry] = []
    issues: list[Issue] = []
    if not d.is_dir():
        return entries, issues
    seen: dict[str, str] = {}
    for path in sorted(d.glob("*.yaml")):
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            issues.append(Issue("error", "-", f"unreadable YAML: {exc}".splitlines()[0], path.name))
            continue
        if data is None:
            continue
        if not isinstance(data, list):
            issues.append(Issue("error", "-", "file must hold a YAML list of entries", path.name))
            continue
        for i, raw in enumerate(data):
            if not isinstance(raw, dict):
                issues.append(Issue("error", f"#{i}", "entry is not a mapping", path.name))
                continue
            e = _entry_from(raw, path.name)
            if e.id and e.id in seen:
                issues.append(Issue("error", e.id, f"duplicate id (also in {seen[e.id]})", path.name))
                continue
            if e.id:
                seen[e.id] = path.name
            entries.append(e)
    return entries, issues


def kb_dir() -> Path:
    """The KB directory: ``RASID_KB_DIR`` when set (tests, custom deployments), else the packaged one."""
    env = os.environ.get("RASID_KB_DIR")
    return Path(env) if env else KB_DIR


def kb_signature(directory: Path | str | None = None) -> tuple[tuple[str, float, int], ...]:
    """(name, mtime, size) of each KB file: the key of every cache built from the KB."""
    d = Path(directory) if directory else kb_dir()
    if not d.is_dir():
        return ()
    return tuple((p.name, p.stat().st_mtime, p.stat().st_size) for p in sorted(d.glob("*.yaml")))


@cache
def _load_cached(directory: str, signature: tuple[tuple[str, float, int], ...]) -> KB:
    entries, issues = load_entries(directory)
    return KB(entries, issues)


_DEFAULT: Final[list[tuple[float, str, KB]]] = []
#: how often (seconds) the default KB checks its files for changes; analysis calls load_kb() per document
RECHECK_SECONDS: Final = 30.0


def load_kb(directory: Path | str | None = None) -> KB:
    """The KB of ``directory`` (default :func:`kb_dir`), loaded once per process and file state.

    An explicit directory is re-checked on every call (tests, tools); the default KB at most every
    :data:`RECHECK_SECONDS`, so per-document calls cost nothing.
    """
    if directory:
        d = Path(directory)
        return _load_cached(str(d), kb_signature(d))
    d = kb_dir()
    now = time.monotonic()
    if _DEFAULT and _DEFAULT[0][1] == str(d) and now - _DEFAULT[0][0] < RECHECK_SECONDS:
        return _DEFAULT[0][2]
    kb = _load_cached(str(d), kb_signature(d))
    _DEFAULT[:] = [(now, str(d), kb)]
    return kb


def nationality_of(word: str) -> KBEntry | None:
    """Module-level shortcut over the default KB (used by quantities/events)."""
    return load_kb().nationality_of(word)


def validate(kb: KB | None = None, directory: Path | str | None = None) -> list[Issue]:
    """All problems of a KB: read errors, duplicate ids, missing/invalid fields, conflicting aliases.

    Errors make ``rasid kb check`` fail; warnings (an alias shared by entries that do not mark it
    ambiguous, a missing optional field that usually applies) are printed only.
    """
    if kb is None:
        kb = load_kb(directory)
    issues = list(kb.issues)
    for e in kb.entries.values():
        f = e.source_file
        for req in REQUIRED:
            if not getattr(e, req):
                issues.append(Issue("error", e.id or "?", f"missing required field '{req}'", f))
        if e.type and e.type not in TYPES:
            issues.append(Issue("error", e.id, f"type must be one of {', '.join(TYPES)}, not {e.type!r}", f))
        if e.id and not _ID_RE.match(e.id):
            issues.append(Issue("error", e.id, "id must be <per|org|gpe|loc>:<ascii-slug>", f))
        elif e.id and e.type in ID_PREFIX and not e.id.startswith(ID_PREFIX[e.type] + ":"):
            issues.append(Issue("warning", e.id, f"id prefix does not match type {e.type}", f))
        if e.qid and not _QID_RE.match(e.qid):
            issues.append(Issue("error", e.id, f"qid {e.qid!r} is not a Wikidata id", f))
        if e.parent and e.parent not in kb.entries:
            issues.append(Issue("warning", e.id, f"parent {e.parent} is not in the KB", f))
        if e.coords and not (-90 <= e.coords[0] <= 90 and -180 <= e.coords[1] <= 180):
            issues.append(Issue("error", e.id, f"coords out of range: {e.coords}", f))
        if e.type in ("GPE", "LOC") and e.coords is None and e.subtype in ("city", "capital", "town"):
            issues.append(Issue("warning", e.id, "place without coords", f))
        if e.adjectives and e.type != "GPE":
            issues.append(Issue("warning", e.id, "adjectives are meant for countries", f))
        if e.name and normalize(e.name) == e.name and re.search(r"[A-Za-z]", e.name):
            issues.append(Issue("warning", e.id, "canonical name is not Arabic", f))
        broken = sorted(k for k, v in e.extra.items() if v is None)
        if broken:
            issues.append(Issue("error", e.id, f"key(s) without value {', '.join(map(str, broken))}: an unquoted "
                                "comma inside a {flow: mapping} value? quote the value", f))
        unknown = {k for k, v in e.extra.items() if v is not None}
        if unknown:
            issues.append(Issue("warning", e.id, f"unknown fields: {', '.join(sorted(unknown))}", f))
    for key, ids in kb.alias_index.items():
        if len(ids) < 2:
            continue
        ents = [kb.entries[i] for i in ids]
        if all(x.is_ambiguous_alias(key) or norm_alias(x.name) == key for x in ents) and \
                sum(norm_alias(x.name) == key for x in ents) <= 1:
            continue
        level = "warning"
        names = sum(norm_alias(x.name) == key for x in ents)
        if names > 1 and len({x.type for x in ents}) == 1:
            level = "error"  # two entries with the same canonical name and type: a likely duplicate
        issues.append(Issue(level, ", ".join(ids), f"alias {key!r} is shared"
                            + ("" if level == "warning" else " as canonical name (duplicate entry?)"),
                            ents[0].source_file))
    return issues
