"""Stage ``link``: the final cross-layer pass.

Why a separate stage: each earlier stage fills its own layer without knowing the others'
results in full. Once everything is there, this pass ties the layers together so a reader can
follow one fact across them:

* ``Event.reported_by`` — who made the claim: the speaker of the direct quotation or reported
  statement that holds the trigger, else a ``وفقا لـ``/``بحسب``/``نقلا عن`` source named in
  the trigger's sentence (both found by :mod:`rasid.quotes`);
* ``actor_id``/``target_id``/``location_id`` — KB ids for argument names that were resolved
  without an entity object (nationality adjectives, carried-over places), looked up among the
  document's own entities by canonical name;
* ``Event.quantity`` — when the events stage found none, a quantity whose owner is the actor
  or whose location is the event's location in the same sentence;
* ``Quote.speaker_id`` for speakers resolved to a document entity by name.
"""

from __future__ import annotations

from typing import Any

from rasid.arabic import normalize
from rasid.model import Document, Event


def _key(name: str | None) -> str:
    return " ".join(normalize(name or "").split())


def _ids_by_name(doc: Document) -> dict[str, str]:
    out: dict[str, str] = {}
    for e in doc.entities:
        if not e.id:
            continue
        for n in (e.name, e.text):
            if n:
                out.setdefault(_key(n), e.id)
    return out


def _speech_spans(doc: Document) -> list[tuple[int, int, str]]:
    spans = [(q.start, q.end, q.speaker) for q in doc.quotes if q.speaker]
    for r in doc.meta.get("reported_speech") or ():
        if r.get("speaker"):
            spans.append((int(r["start"]), int(r["end"]), str(r["speaker"])))
    spans.sort()
    return spans


def _reported_by(ev: Event, spans: list[tuple[int, int, str]], sources: dict[int, str]) -> str | None:
    pos = ev.trigger.start
    best: tuple[int, str] | None = None
    for a, b, who in spans:
        if a <= pos < b and (best is None or b - a < best[0]):
            best = (b - a, who)  # the innermost statement
    if best is not None:
        return best[1]
    if ev.sentence is not None and ev.sentence in sources:
        return sources[ev.sentence]
    return None


def _link_quantity(doc: Document, ev: Event) -> None:
    if ev.quantity is not None or ev.sentence is None or not doc.quantities:
        return
    akey, lkey = _key(ev.actor), _key(ev.location)
    for q in doc.quantities:
        if q.sentence != ev.sentence or q.value is None:
            continue
        if (akey and _key(q.owner) == akey) or (lkey and _key(q.location) == lkey):
            ev.quantity = q.value
            return


def run(doc: Document) -> None:
    """Fill reported_by, missing argument ids, quantity links and quote speaker ids."""
    if not doc.text:
        return
    ids = _ids_by_name(doc)
    spans = _speech_spans(doc)
    sources: dict[int, str] = {}
    for s in doc.meta.get("attributions") or ():
        si: Any = s.get("sentence")
        if isinstance(si, int) and s.get("speaker"):
            sources.setdefault(si, str(s["speaker"]))
    for ev in doc.events:
        if ev.reported_by is None:
            ev.reported_by = _reported_by(ev, spans, sources)
        if ev.actor and not ev.actor_id:
            ev.actor_id = ids.get(_key(ev.actor))
        if ev.target and not ev.target_id:
            ev.target_id = ids.get(_key(ev.target))
        if ev.location and not ev.location_id:
            ev.location_id = ids.get(_key(ev.location))
        _link_quantity(doc, ev)
    for q in doc.quotes:
        if q.speaker and not q.speaker_id:
            q.speaker_id = ids.get(_key(q.speaker))
