"""Quantity series: the same number tracked over time, with every source and every disagreement.

An analyst asks "how many US troops are in Iraq?" and wants every claim, dated, with its sentence.
A *claim* is one quantity mention; claims are grouped into a *series* keyed by what is counted
(category), whose (owner) and where (location). Not every number is a count: "ready to deploy 1,500"
is a plan, "not expected to reach 4,500" an expectation, "1,500 more" an increment. Mixing those
into one line chart is the classic mistake, so each claim carries a ``kind`` and only counts are
compared for conflicts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from rasid.arabic import normalize
from rasid.model import Document, Event, Quantity

#: how far apart two as-of dates may be and still describe "the same moment"
CONFLICT_WINDOW_DAYS = 45
#: relative tolerance of an approximate figure ("about 1,500" covers 1,350..1,650)
APPROX_TOLERANCE = 0.10
EXACT_TOLERANCE = 0.02
#: a figure without owner/place inherits them from the previous figure this many sentences back at most
ANAPHORA_SENTENCES = 2

_INCREMENT_RE = re.compile(r"^\s*(?:\S+\s+){0,2}?(?:اضافي|اضافيه|اضافيين|اخري|اخرين|جديد|جديده)(?:\s|$)")
_INCREMENT_BEFORE_RE = re.compile(r"(?:المزيد|مزيد|اضافه|زياده)\s+(?:من\s+)?$")
_MODALITY_KIND = {"planned": "planned", "possible": "expected", "negated": "negated"}


@dataclass
class Claim:
    value: float
    low: float | None
    high: float | None
    approx: bool
    category: str
    unit: str | None
    owner: str | None
    owner_id: str | None
    location: str | None
    location_id: str | None
    as_of: str | None
    kind: str                      # count | planned | expected | increment | negated
    doc_id: str
    source: str | None
    published: str | None
    text: str
    start: int
    end: int
    sentence: str
    conflicts_with: list[str] = field(default_factory=list)   # refs of the claims this one contradicts

    @property
    def ref(self) -> str:
        """A stable reference to this claim: document id and character offset."""
        return f"{self.doc_id}:{self.start}"

    @property
    def series_key(self) -> tuple[str, str, str]:
        return (self.category, self.owner_id or _key(self.owner), self.location_id or _key(self.location))

    def interval(self) -> tuple[float, float]:
        """The range of true values this claim is compatible with."""
        if self.low is not None or self.high is not None:
            lo = self.low if self.low is not None else 0.0
            hi = self.high if self.high is not None else float("inf")
            return float(lo), float(hi)
        tol = APPROX_TOLERANCE if self.approx else EXACT_TOLERANCE
        return self.value * (1 - tol), self.value * (1 + tol)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ref": self.ref}


@dataclass
class Series:
    key: tuple[str, str, str]
    category: str
    owner: str | None
    location: str | None
    claims: list[Claim]

    @property
    def id(self) -> str:
        return ":".join(k or "-" for k in self.key)

    def conflicts(self) -> list[tuple[str, str]]:
        present = {c.ref for c in self.claims}
        return sorted({tuple(sorted((c.ref, other))) for c in self.claims for other in c.conflicts_with
                       if other in present})

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "category": self.category, "owner": self.owner, "location": self.location,
                "claims": [c.to_dict() for c in self.claims],
                "conflicts": [list(p) for p in self.conflicts()]}


#: categories whose figures belong to the actor of their event (troops deployed, strikes launched)
OWNED_BY_ACTOR = frozenset({"personnel", "vehicles", "weapons", "strikes"})

#: organisation subtypes that are not the state itself: their figures never roll up to a country
NON_STATE_SUBTYPES = frozenset({
    "armed_group", "militia", "party", "media", "io", "ngo", "coalition", "company", "opposition", "think_tank",
    "militant_leader", "rebel", "insurgent", "terrorist",
})


def state_owner(owner: str | None, owner_id: str | None) -> tuple[str | None, str | None]:
    """Roll a state's people and institutions up to the state: figures for "the US Army", "the
    Pentagon" or "Obama" all count the same US troops. Non-state actors keep their own identity."""
    if not owner_id:
        return owner, owner_id
    try:
        from rasid.entities.kb import load_kb
    except ImportError:
        return owner, owner_id
    kb = load_kb()
    entry = kb.get(owner_id)
    if entry is None or entry.type == "GPE" or (entry.subtype or "") in NON_STATE_SUBTYPES:
        return owner, owner_id
    country = kb.country_of(owner_id)
    if country is None:
        return owner, owner_id
    return country.name, country.id


def _key(name: str | None) -> str:
    return normalize(name).replace(" ", "_") if name else ""


def _parse_date(value: str | None) -> date | None:
    """The first day a TIMEX-like value can mean (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www)."""
    if not value:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", value)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
        try:
            return date(y, mo, d)
        except ValueError:
            return None
    m = re.match(r"^(\d{4})-W(\d{2})$", value)
    if m:
        try:
            return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return None
    return None


def _sentence_bounds(doc: Document, q: Quantity) -> tuple[int, int]:
    idx = q.sentence if q.sentence is not None else doc.sentence_index(q.start)
    if idx is not None and 0 <= idx < len(doc.sentences):
        s = doc.sentences[idx]
        return s.start, s.end
    # no sentence layer: fall back to the line
    start = doc.text.rfind("\n", 0, q.start) + 1
    end = doc.text.find("\n", q.end)
    return start, len(doc.text) if end < 0 else end


def _as_of(doc: Document, s_start: int, s_end: int) -> str | None:
    """The date a claim speaks about: a concrete date in its sentence, else the publication date."""
    present = False
    concrete: list[str] = []
    for t in doc.times:
        if t.type != "DATE" or not (s_start <= t.start < s_end) or not t.value:
            continue
        if t.value == "PRESENT_REF":
            present = True
        elif _parse_date(t.value) and not re.match(r"^\s*(?:منذ|حتى|حتي)", t.text):
            concrete.append(t.value)
    if concrete and not present:
        return concrete[0]
    return doc.published or doc.meta.get("published_inferred")


def _event_for(doc: Document, q: Quantity) -> Event | None:
    """The event this figure belongs to: same sentence, same value, trigger nearest before it
    (Arabic puts the verb first: "نشر 1500 عنصر"); a trigger after it only when none precedes."""
    sent = doc.sentence_index(q.start)
    best: tuple[int, Event] | None = None
    for ev in doc.events:
        if ev.quantity is None or float(ev.quantity) != float(q.value):
            continue
        if doc.sentence_index(ev.trigger.start) != sent:
            continue
        dist = q.start - ev.trigger.end if ev.trigger.start < q.start else 10_000 + ev.trigger.start - q.end
        if best is None or dist < best[0]:
            best = (dist, ev)
    return best[1] if best else None


def _kind(doc: Document, q: Quantity, s_start: int, ev: Event | None) -> str:
    if ev is not None and ev.modality in _MODALITY_KIND:
        return _MODALITY_KIND[ev.modality]
    after = normalize(doc.text[q.end:q.end + 30])
    before = normalize(doc.text[max(s_start, q.start - 20):q.start])
    if _INCREMENT_RE.match(after) or _INCREMENT_BEFORE_RE.search(before):
        return "increment"
    return "count"


def claims_from_document(doc: Document) -> list[Claim]:
    """Every quantity of ``doc`` as a claim.

    Whose and where come from the quantity itself, else from the event it belongs to (the actor who
    deploys 3,700 troops owns them), else from the previous figure of the same category in the same
    or the preceding sentence (Arabic news says "هذا الرقم" / "هناك" for the figure just given).
    """
    claims: list[Claim] = []
    last_by_category: dict[str, Claim] = {}
    last_sentence: dict[str, int | None] = {}
    for q in sorted(doc.quantities, key=lambda q: q.start):
        if q.value is None:
            continue
        s_start, s_end = _sentence_bounds(doc, q)
        sent = doc.sentence_index(q.start)
        ev = _event_for(doc, q)
        owner, owner_id = q.owner, q.owner_id
        location, location_id = q.location, q.location_id
        # only a linked actor (KB or document entity) can own figures ("أحد المسؤولين" cannot), and
        # only figures an actor deploys: the dead of an attack belong to the victims, not the attacker
        if owner is None and owner_id is None and ev is not None and ev.actor_id \
                and q.category in OWNED_BY_ACTOR:
            owner, owner_id = ev.actor, ev.actor_id
        if location is None and location_id is None and ev is not None and ev.location_id:
            location, location_id = ev.location, ev.location_id
        prev = last_by_category.get(q.category)
        near = prev is not None and sent is not None and last_sentence.get(q.category) is not None \
            and 0 <= sent - last_sentence[q.category] <= ANAPHORA_SENTENCES
        if near and owner is None and owner_id is None:
            owner, owner_id = prev.owner, prev.owner_id
        if near and location is None and location_id is None:
            location, location_id = prev.location, prev.location_id
        owner, owner_id = state_owner(owner, owner_id)
        claim = Claim(
            value=float(q.value), low=q.low, high=q.high, approx=q.approx, category=q.category, unit=q.unit,
            owner=owner, owner_id=owner_id, location=location, location_id=location_id,
            as_of=_as_of(doc, s_start, s_end), kind=_kind(doc, q, s_start, ev),
            doc_id=doc.id or doc.content_hash(), source=doc.source, published=doc.published,
            text=q.text, start=q.start, end=q.end, sentence=doc.text[s_start:s_end].strip(),
        )
        claims.append(claim)
        last_by_category[q.category] = claim
        last_sentence[q.category] = sent
    return claims


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def flag_conflicts(claims: list[Claim]) -> None:
    """Mark pairs of *counts* in one series whose dates are close and whose ranges do not overlap."""
    for i, a in enumerate(claims):
        da = _parse_date(a.as_of)
        if a.kind != "count" or da is None:
            continue
        for j in range(i + 1, len(claims)):
            b = claims[j]
            db = _parse_date(b.as_of)
            if b.kind != "count" or db is None or abs(da - db) > timedelta(days=CONFLICT_WINDOW_DAYS):
                continue
            if not _overlap(a.interval(), b.interval()):
                a.conflicts_with.append(b.ref)
                b.conflicts_with.append(a.ref)


def build_series(documents: Iterable[Document]) -> list[Series]:
    """Group all claims of ``documents`` into series, sorted by date, with conflicts flagged."""
    groups: dict[tuple[str, str, str], list[Claim]] = {}
    for doc in documents:
        for claim in claims_from_document(doc):
            groups.setdefault(claim.series_key, []).append(claim)
    out = []
    for key, claims in groups.items():
        claims.sort(key=lambda c: (c.as_of or "9999", c.doc_id, c.start))
        flag_conflicts(claims)
        out.append(Series(key=key, category=claims[0].category,
                          owner=next((c.owner for c in claims if c.owner), None),
                          location=next((c.location for c in claims if c.location), None), claims=claims))
    out.sort(key=lambda s: (-len(s.claims), s.id))
    return out


def match_series(series: list[Series], spec: str) -> list[Series]:
    """Series matching ``spec`` = ``category[:owner[:location]]``; owner/location may be a KB id, an
    ISO country code, or an Arabic/English name (normalised substring match)."""
    # KB ids contain a colon themselves (gpe:iraq): re-join "gpe:iraq" style pieces
    tokens = spec.split(":")
    parts = [tokens[0], "", ""]
    rest = tokens[1:]
    slot = 1
    while rest and slot < 3:
        piece = rest.pop(0)
        if piece in ("gpe", "org", "per", "loc", "local") and rest:
            piece = f"{piece}:{rest.pop(0)}"
        parts[slot] = piece
        slot += 1
    cat, owner, loc = parts

    def ok(want: str, ident: str, name: str | None) -> bool:
        if not want or want == "*":
            return True
        w = normalize(want).lower()
        if ident and (ident.lower() == w or ident.lower().endswith(":" + w)):
            return True
        return _entity_matches(want, ident, name)

    return [s for s in series if (not cat or cat == "*" or s.category == cat)
            and ok(owner, s.key[1], s.owner) and ok(loc, s.key[2], s.location)]


def _entity_matches(want: str, ident: str, name: str | None) -> bool:
    """Loose match of a user's series term against a series owner/location."""
    w = normalize(want).lower()
    if name and (w in normalize(name).lower() or normalize(name).lower() in w):
        return True
    try:
        from rasid.entities.kb import load_kb  # optional: ISO codes and English names via the KB
    except ImportError:
        return False
    kb = load_kb()
    entry = kb.get(ident) if ident and hasattr(kb, "get") else None
    if entry is None:
        return False
    names = {normalize(getattr(entry, "name", "") or "").lower(), (getattr(entry, "en", "") or "").lower(),
             (getattr(entry, "country", "") or "").lower()}
    return w in names
