"""Event deduplication: ten outlets reporting one air strike are one event with ten reports.

Two event mentions are reports of the same event when they share the PLOVER type and modality,
their actors and locations do not contradict each other (same KB id or same normalised name, or
one side unknown), and their dates fall within a small window. Each merged event keeps every report
with the sentence it came from, and counts its independent sources (distinct documents after
syndicated copies were merged at ingest; distinct outlets are listed too).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from rasid.arabic import normalize
from rasid.crossdoc.series import _parse_date
from rasid.model import Document, Event

DEDUP_WINDOW_DAYS = 3


@dataclass
class Report:
    doc_id: str
    source: str | None
    published: str | None
    trigger: str
    start: int
    end: int
    sentence: str
    modality: str
    actor: str | None
    target: str | None
    location: str | None
    quantity: float | None
    date: str | None


@dataclass
class MergedEvent:
    type: str
    modality: str
    actor: str | None
    actor_id: str | None
    target: str | None
    location: str | None
    location_id: str | None
    date: str | None
    quantity: float | None
    reports: list[Report] = field(default_factory=list)

    @property
    def independent_sources(self) -> int:
        return len({r.doc_id for r in self.reports})

    @property
    def outlets(self) -> list[str]:
        return sorted({r.source for r in self.reports if r.source})

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "modality": self.modality, "actor": self.actor, "actor_id": self.actor_id,
                "target": self.target, "location": self.location, "location_id": self.location_id,
                "date": self.date, "quantity": self.quantity, "independent_sources": self.independent_sources,
                "outlets": self.outlets, "reports": [r.__dict__ for r in self.reports]}


def _ident(ident: str | None, name: str | None) -> str:
    return ident or (normalize(name) if name else "")


def _compatible(a: str, b: str) -> bool:
    return not a or not b or a == b


def _event_date(doc: Document, ev: Event) -> str | None:
    if ev.time and _parse_date(ev.time):
        return ev.time
    return doc.published or doc.meta.get("published_inferred")


def _sentence_text(doc: Document, ev: Event) -> str:
    idx = ev.sentence if ev.sentence is not None else doc.sentence_index(ev.trigger.start)
    if idx is not None and 0 <= idx < len(doc.sentences):
        return doc.sentences[idx].text
    start = doc.text.rfind("\n", 0, ev.trigger.start) + 1
    end = doc.text.find("\n", ev.trigger.end)
    return doc.text[start:len(doc.text) if end < 0 else end].strip()


def merge_events(documents: Iterable[Document], window_days: int = DEDUP_WINDOW_DAYS) -> list[MergedEvent]:
    """Cluster the events of ``documents`` into merged events (greedy, in date order)."""
    items: list[tuple[Document, Event, str | None]] = []
    for doc in documents:
        for ev in doc.events:
            items.append((doc, ev, _event_date(doc, ev)))
    items.sort(key=lambda x: (x[2] or "9999", x[0].id or "", x[1].trigger.start))
    merged: list[MergedEvent] = []
    window = timedelta(days=window_days)
    for doc, ev, when in items:
        actor = _ident(ev.actor_id, ev.actor)
        loc = _ident(ev.location_id, ev.location)
        d = _parse_date(when)
        home = None
        for m in reversed(merged):
            md = _parse_date(m.date)
            if d and md and d - md > window:
                break
            if m.type != ev.type or m.modality != ev.modality:
                continue
            if not (_compatible(_ident(m.actor_id, m.actor), actor) and _compatible(_ident(m.location_id, m.location), loc)):
                continue
            if (d is None) != (md is None) or (d and md and abs(d - md) > window):
                continue
            if m.quantity is not None and ev.quantity is not None and float(m.quantity) != float(ev.quantity):
                continue
            if any(r.doc_id == (doc.id or "") and r.start == ev.trigger.start for r in m.reports):
                continue
            # both sides must share at least one concrete argument: a bare "attack" merges with nothing
            if not ((actor and actor == _ident(m.actor_id, m.actor)) or (loc and loc == _ident(m.location_id, m.location))):
                continue
            home = m
            break
        if home is None:
            home = MergedEvent(type=ev.type, modality=ev.modality, actor=ev.actor, actor_id=ev.actor_id,
                               target=ev.target, location=ev.location, location_id=ev.location_id,
                               date=when, quantity=ev.quantity)
            merged.append(home)
        else:
            home.actor = home.actor or ev.actor
            home.actor_id = home.actor_id or ev.actor_id
            home.location = home.location or ev.location
            home.location_id = home.location_id or ev.location_id
            home.target = home.target or ev.target
            home.quantity = home.quantity if home.quantity is not None else ev.quantity
        home.reports.append(Report(
            doc_id=doc.id or doc.content_hash(), source=doc.source, published=doc.published,
            trigger=ev.trigger.text, start=ev.trigger.start, end=ev.trigger.end, sentence=_sentence_text(doc, ev),
            modality=ev.modality, actor=ev.actor, target=ev.target, location=ev.location,
            quantity=ev.quantity, date=when))
    return merged
