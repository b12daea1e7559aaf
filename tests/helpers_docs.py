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
