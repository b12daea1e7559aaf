"""Discourse continuity for event actors.

Arabic news states the agent once and then chains clauses and verbal nouns without repeating it
("وضع الجيش الأمريكي الأسس ... حيث نقلت المعدات"), or reports an event through an unnamed official
("وذكر أحد المسؤولين أن الزيادة ..."). When an event has no actor, or only the unnamed person
who reported it, the actor of the closest preceding event in the same or the previous sentence of
the same paragraph carries over. Only linked actors (with an entity id) carry over, so a guess never
propagates a guess.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from rasid.arabic import normalize, strip_article
from rasid.model import Document

#: how many sentences back an actor may carry over
CARRY_SENTENCES: Final = 1
#: quantifiers before a descriptor ("أحد المسؤولين", "بعض المصادر")
_QUANTIFIERS: Final = frozenset({"احد", "بعض", "عدد", "كبار"})
#: uses of force: their agent carries over from another sentence only from a use of force (who
#: agreed, rejected or spoke in the sentence before did not strike: وقُتل شخصان في غارة)
_FORCE: Final = frozenset({"ASSAULT", "COERCE"})


@cache
def _descriptor_heads() -> frozenset[str]:
    from rasid.quotes import load_yaml

    heads = load_yaml("speech_verbs.yaml").get("unnamed_heads") or []
    return frozenset(strip_article(normalize(h)) for h in heads) | {"مصدر", "مصادر"}


def is_descriptor(name: str) -> bool:
    """``أحد المسؤولين``, ``مسؤولون``, ``مصدر أمني``: a reporting person, not an agent."""
    words = [strip_article(w) for w in normalize(name).split()]
    while words and words[0] in _QUANTIFIERS:
        words = words[1:]
    return bool(words) and words[0] in _descriptor_heads()


def run(doc: Document) -> None:
    prev = None
    prev_sentence: int | None = None
    for ev in sorted(doc.events, key=lambda e: e.trigger.start):
        sent = doc.sentence_index(ev.trigger.start)
        weak = ev.actor is None or (ev.actor_id is None and is_descriptor(ev.actor))
        if weak and prev is not None and prev.type == "REJECT" and ev.type == "REQUEST" and sent == prev_sentence:
            gap = doc.text[prev.trigger.end:ev.trigger.start]
            # رفض رئيس الوزراء الدعوات إلى …: the calls rejected were made by others
            weak = len(gap) > 60 or any(c in gap for c in "،,.؛")
        if weak and prev is not None and sent is not None and prev_sentence is not None \
                and 0 <= sent - prev_sentence <= CARRY_SENTENCES \
                and "\n" not in doc.text[prev.trigger.end:ev.trigger.start] \
                and not (ev.type in _FORCE and prev.type not in _FORCE and sent != prev_sentence):
            ev.actor, ev.actor_id = prev.actor, prev.actor_id
        if ev.actor_id:
            prev, prev_sentence = ev, sent
