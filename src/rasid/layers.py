"""The annotation layers of a :class:`~rasid.model.Document`: spans of the cleaned text with their facts.

Kept apart from :mod:`rasid.model` so that they are compiled with the stages (mypyc, see
:mod:`rasid._native`): the stages make and read hundreds of these per article, and as native
classes their construction and attribute reads are C calls instead of a Python ``__init__`` frame and a
generic attribute look-up. Each class defines ``__reduce__`` so that documents still pickle (the
``--jobs`` workers of ``rasid ingest`` send them back to the parent).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class Span:
    """A stretch of the cleaned text: ``doc.text[start:end] == text``."""

    start: int
    end: int
    text: str

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return Span, (self.start, self.end, self.text)


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return Sentence, (self.start, self.end, self.text)


@dataclass(slots=True)
class Token:
    """A whitespace/punctuation token with its clitic segmentation.

    ``prefix`` holds proclitics (و ف ب ك ل س and the article ال), ``stem`` the base word and
    ``suffix`` an attached pronoun; ``prefix + stem + suffix == text``. ``norm`` is the stem in
    matching form (see :func:`rasid.arabic.normalize`).
    """

    start: int
    end: int
    text: str
    prefix: str = ""
    stem: str = ""
    suffix: str = ""
    norm: str = ""
    is_punct: bool = False

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return Token, (self.start, self.end, self.text, self.prefix, self.stem, self.suffix, self.norm, self.is_punct)


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    text: str
    type: str
    id: str | None = None          # KB id, or a document-local id ("local:...") for unseen names
    name: str | None = None        # canonical Arabic name
    name_en: str | None = None
    source: str = "kb"             # kb | rule | crf | coref
    sentence: int | None = None

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return Entity, (self.start, self.end, self.text, self.type, self.id, self.name, self.name_en, self.source, self.sentence)


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float | int | None
    low: float | int | None = None
    high: float | int | None = None
    approx: bool = False
    unit: str | None = None
    category: str = "other"
    currency: str | None = None
    owner: str | None = None       # whose (entity name) when the text says so, e.g. جندي أمريكي
    owner_id: str | None = None
    location: str | None = None    # where, e.g. في العراق
    location_id: str | None = None
    sentence: int | None = None

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return Quantity, (self.start, self.end, self.text, self.value, self.low, self.high, self.approx, self.unit, self.category, self.currency, self.owner, self.owner_id, self.location, self.location_id, self.sentence)


@dataclass(slots=True)
class TimeExpr:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    anchor: str | None = None      # the date it was resolved against, when relative
    mod: str | None = None         # TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER ...
    sentence: int | None = None

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return TimeExpr, (self.start, self.end, self.text, self.type, self.value, self.anchor, self.mod, self.sentence)


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: str | None
    direct: bool = True
    speaker_id: str | None = None
    speaker_type: str | None = None  # PERSON | ORG | GPE | UNNAMED
    cue: Span | None = None          # the speech verb
    sentence: int | None = None

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return Quote, (self.start, self.end, self.text, self.speaker, self.direct, self.speaker_id, self.speaker_type, self.cue, self.sentence)


@dataclass(slots=True)
class Event:
    type: str
    trigger: Span
    actor: str | None = None
    target: str | None = None
    location: str | None = None
    time: str | None = None
    quantity: float | int | None = None
    modality: str = "asserted"
    actor_id: str | None = None
    target_id: str | None = None
    location_id: str | None = None
    reported_by: str | None = None
    sentence: int | None = None

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return Event, (self.type, self.trigger, self.actor, self.target, self.location, self.time, self.quantity, self.modality, self.actor_id, self.target_id, self.location_id, self.reported_by, self.sentence)
