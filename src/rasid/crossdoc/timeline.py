"""The merged picture: a dated timeline of events and quantity claims, from any store.

This module reads documents back from the store as :class:`~rasid.model.Document` objects, so the
same merging code runs on SQLite, PostgreSQL and on freshly analysed documents in tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rasid.arabic import normalize
from rasid.crossdoc.events import MergedEvent, merge_events
from rasid.crossdoc.series import Series, build_series, match_series
from rasid.model import Document


def load_documents(store: Any, *, since: str | None = None, until: str | None = None,
                   doc_ids: list[str] | None = None, page: int = 500) -> list[Document]:
    """Every stored document (optionally by date or id) rebuilt with its layers."""
    if doc_ids is None:
        doc_ids = []
        offset = 0
        while True:
            rows = store.list_documents(limit=page, offset=offset, since=since, until=until)
            doc_ids.extend(r["id"] for r in rows)
            if len(rows) < page:
                break
            offset += page
    id_map = store.identity_map() if hasattr(store, "identity_map") else {}
    docs = []
    for doc_id in doc_ids:
        d = store.get_document(doc_id)
        if d is not None:
            docs.append(apply_identity(Document.from_dict(d), id_map))
    return docs


def apply_identity(doc: Document, id_map: dict[str, str]) -> Document:
    """Rewrite entity ids through the cross-document identity map (clusters and manual decisions),
    so "جيمس تيري" in one outlet and "جيمس تيرى" in another are one actor everywhere downstream."""
    if not id_map:
        return doc
    for e in doc.entities:
        e.id = id_map.get(e.id, e.id) if e.id else e.id
    for q in doc.quantities:
        q.owner_id = id_map.get(q.owner_id, q.owner_id) if q.owner_id else q.owner_id
        q.location_id = id_map.get(q.location_id, q.location_id) if q.location_id else q.location_id
    for ev in doc.events:
        for attr in ("actor_id", "target_id", "location_id"):
            v = getattr(ev, attr)
            if v:
                setattr(ev, attr, id_map.get(v, v))
    for qt in doc.quotes:
        qt.speaker_id = id_map.get(qt.speaker_id, qt.speaker_id) if qt.speaker_id else qt.speaker_id
    return doc


def _mentions(doc: Document, term: str) -> bool:
    t = normalize(term)
    return any(t in normalize(e.name or e.text) or (e.id and e.id == term) or
               (e.name_en and term.lower() in e.name_en.lower()) for e in doc.entities)


def _event_mentions(ev: MergedEvent, term: str) -> bool:
    t = normalize(term)
    for ident, name in ((ev.actor_id, ev.actor), (ev.target, ev.target), (ev.location_id, ev.location)):
        if (ident and ident == term) or (name and t in normalize(name)):
            return True
    return False


@dataclass
class Timeline:
    events: list[MergedEvent]
    series: list[Series]

    def rows(self) -> list[dict[str, Any]]:
        """One dated row per merged event and per quantity claim, in date order."""
        rows: list[dict[str, Any]] = []
        for ev in self.events:
            rows.append({"kind": "event", "date": ev.date, **ev.to_dict()})
        for s in self.series:
            for i, c in enumerate(s.claims):
                rows.append({"kind": "claim", "date": c.as_of, "series": s.id, "index": i,
                             "conflicting": bool(c.conflicts_with), **c.to_dict()})
        rows.sort(key=lambda r: (r["date"] or "9999", r["kind"]))
        return rows

    def to_dict(self) -> dict[str, Any]:
        return {"events": [e.to_dict() for e in self.events], "series": [s.to_dict() for s in self.series]}


def build_timeline(documents: list[Document], *, entity: str | None = None, event_type: str | None = None,
                   series: str | None = None, since: str | None = None, until: str | None = None) -> Timeline:
    """Merged events and quantity series of ``documents`` filtered as the CLI and web ask."""
    events = merge_events(documents)
    all_series = build_series(documents)
    if entity:
        events = [e for e in events if _event_mentions(e, entity)]
        keep = {d.id for d in documents if _mentions(d, entity)}
        all_series = [s for s in all_series if any(c.doc_id in keep for c in s.claims)]
    if event_type:
        events = [e for e in events if e.type == event_type.upper()]
    if series:
        all_series = match_series(all_series, series)
        if not event_type and not entity:
            events = []
    if since:
        events = [e for e in events if (e.date or "") >= since]
        for s in all_series:
            s.claims = [c for c in s.claims if (c.as_of or "") >= since]
    if until:
        events = [e for e in events if e.date and e.date[:len(until)] <= until]
        for s in all_series:
            s.claims = [c for c in s.claims if c.as_of and c.as_of[:len(until)] <= until]
    all_series = [s for s in all_series if s.claims]
    return Timeline(events=events, series=all_series)
