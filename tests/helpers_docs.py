"""Hand-built documents for stage tests: text plus entity mentions, no upstream stages."""

from __future__ import annotations

from rasid.model import Document, Entity


def doc_with_entities(text: str, ents: dict[str, str] | None = None) -> Document:
    """``text`` as a cleaned document with every occurrence of each surface tagged as its type."""
    doc = Document(raw=text, text=text)
    for surface, etype in (ents or {}).items():
        start = 0
        while (i := text.find(surface, start)) >= 0:
            doc.entities.append(Entity(i, i + len(surface), surface, etype, name=surface))
            start = i + len(surface)
    doc.entities.sort(key=lambda e: e.start)
    return doc


def evs(text: str) -> list[tuple[str, str, str]]:
    """``(type, trigger, modality)`` of every event :func:`rasid.analyze` finds in ``text``."""
    import rasid

    doc = rasid.analyze(text).to_dict()
    return [(e["type"], e["trigger"]["text"], e.get("modality", "asserted")) for e in doc["events"]]


def kinds(text: str) -> set[str]:
    """The event types found in ``text``."""
    return {t for t, _, _ in evs(text)}
