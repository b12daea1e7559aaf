"""Actor carry-over between chained clauses (rasid.discourse)."""

from rasid.discourse import is_descriptor, run
from rasid.model import Document, Event, Sentence, Span


def _doc(text: str, events: list[tuple[str, str | None, str | None]]) -> Document:
    doc = Document(raw=text, text=text)
    doc.sentences = [Sentence(0, len(text), text)]
    for trig, actor, actor_id in events:
        start = text.index(trig)
        doc.events.append(Event("MOBILIZE", Span(start, start + len(trig), trig), actor=actor, actor_id=actor_id))
    return doc


def test_descriptors_are_recognised():
    assert is_descriptor("أحد المسؤولين")
    assert is_descriptor("مسؤولون")
    assert is_descriptor("مصدر أمني")
    assert not is_descriptor("الجيش الأمريكي")
    assert not is_descriptor("وزارة الدفاع")


def test_missing_or_reporting_actor_takes_the_previous_linked_actor():
    doc = _doc("وضع الجيش الأمريكي الأسس حيث نقلت المعدات وقال أحد المسؤولين إن الزيادة تدريجية",
               [("وضع", "الجيش الأمريكي", "org:us-armed-forces"), ("نقلت", None, None),
                ("الزيادة", "أحد المسؤولين", None)])
    run(doc)
    assert [e.actor_id for e in doc.events] == ["org:us-armed-forces"] * 3


def test_named_actors_and_new_paragraphs_are_left_alone():
    doc = _doc("نشر الجيش قوات\nوأرسلت تركيا تعزيزات ثم انسحب", [
        ("نشر", "الجيش", "org:army"), ("وأرسلت", "تركيا", "gpe:turkey"), ("انسحب", None, None)])
    doc.events[1].actor = "تركيا"
    run(doc)
    assert doc.events[1].actor_id == "gpe:turkey"     # a named actor is never replaced
    assert doc.events[2].actor_id == "gpe:turkey"     # carried within the paragraph
    lone = _doc("نشر الجيش قوات\nوانسحبت لاحقا", [("نشر", "الجيش", "org:army"), ("وانسحبت", None, None)])
    run(lone)
    assert lone.events[1].actor is None               # not across a paragraph break
