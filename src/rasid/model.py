"""The document model every stage reads and writes.

A :class:`Document` holds the raw input, the cleaned ``text`` (immutable once cleaning is done),
a map from every cleaned character back to the raw input, and typed annotation layers whose
offsets are Python ``str`` indices into ``text``. Serialising a document with :meth:`Document.to_dict`
gives exactly the analysis contract of ``shared/eval/SCHEMA.md`` (extra fields are allowed there and
are used to carry evidence such as sentence indices and KB ids).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from rasid.layers import Entity, Event, Quantity, Quote, Sentence, Span, TimeExpr, Token

__all__ = ["Document", "Entity", "Event", "Quantity", "Quote", "Sentence", "Span", "TimeExpr", "Token"]

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC")
QUANTITY_CATEGORIES = (
    "personnel", "casualties", "detained", "strikes", "vehicles", "weapons", "sites",
    "countries", "percent", "money", "other",
)
TIME_TYPES = ("DATE", "DURATION", "SET", "TIME")
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("asserted", "planned", "possible", "negated")


@dataclass
class Document:
    """One article: raw input, cleaned text, offset map and annotation layers."""

    raw: str
    text: str = ""
    raw_offsets: list[int] = field(default_factory=list)  # len(text)+1; text[i] came from raw[raw_offsets[i]]
    id: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: Sequence[Token] = field(default_factory=list)  # segment fills it lazily
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def content_hash(self) -> str:
        """A stable hash of the cleaned text (falls back to raw): re-ingest detection and default id."""
        basis = self.text or self.raw
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned-text span back to raw-input offsets."""
        if not self.raw_offsets:
            return start, end
        rs = self.raw_offsets[start]
        re_ = self.raw_offsets[end - 1] + 1 if end > start else rs
        return rs, re_

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence holding ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return mid
        return None

    def to_dict(self, *, layers_only: bool = False) -> dict[str, Any]:
        """The contract JSON of SCHEMA.md (plus a few extra evidence fields)."""
        out: dict[str, Any] = {
            "id": self.id or self.content_hash(),
            "source": self.source,
            "published": self.published,
            "title": self.title,
            "text": self.text,
            "entities": [asdict(e) for e in self.entities],
            "quantities": [asdict(q) for q in self.quantities],
            "times": [asdict(t) for t in self.times],
            "quotes": [asdict(q) for q in self.quotes],
            "events": [asdict(e) for e in self.events],
        }
        if not layers_only:
            out["url"] = self.url
            out["meta"] = self.meta
            out["sentences"] = [asdict(s) for s in self.sentences]
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_dict` output (used by the store and Spark loader)."""
        doc = cls(raw=d.get("raw") or d.get("text", ""), text=d.get("text", ""), id=d.get("id"),
                  title=d.get("title"), published=d.get("published"), source=d.get("source"),
                  url=d.get("url"), meta=dict(d.get("meta") or {}))
        doc.sentences = [Sentence(**s) for s in d.get("sentences", [])]
        doc.entities = [Entity(**e) for e in d.get("entities", [])]
        doc.quantities = [Quantity(**q) for q in d.get("quantities", [])]
        doc.times = [TimeExpr(**t) for t in d.get("times", [])]
        doc.quotes = [Quote(**{**q, "cue": Span(**q["cue"]) if q.get("cue") else None})
                      for q in d.get("quotes", [])]
        doc.events = [Event(**{**e, "trigger": Span(**e["trigger"])}) for e in d.get("events", [])]
        return doc
