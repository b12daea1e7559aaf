"""Cross-document logic on hand-built documents (independent of the extraction stages)."""

from __future__ import annotations

from rasid.crossdoc.brief import build_brief
from rasid.crossdoc.events import merge_events
from rasid.crossdoc.identity import cluster_names
from rasid.crossdoc.neardup import NearDuplicateIndex, from_bytes, signature, to_bytes
from rasid.crossdoc.series import build_series, match_series
from rasid.crossdoc.timeline import build_timeline
from rasid.model import Document, Event, Quantity, Sentence, Span, TimeExpr


def _doc(doc_id: str, text: str, published: str, source: str = "وكالة") -> Document:
    doc = Document(raw=text, text=text, id=doc_id, published=published, source=source)
    doc.sentences = [Sentence(0, len(text), text)]
    return doc


def _qty(doc: Document, surface: str, value: float, *, approx: bool = False, low=None, owner="الولايات المتحدة",
         owner_id="gpe:united-states", location="العراق", location_id="gpe:iraq") -> Quantity:
    start = doc.text.index(surface)
    q = Quantity(start, start + len(surface), surface, value, low=low, approx=approx, category="personnel",
                 owner=owner, owner_id=owner_id, location=location, location_id=location_id, sentence=0)
    doc.quantities.append(q)
    return q


def _event(doc: Document, trigger: str, typ: str, modality: str = "asserted", quantity=None, **args) -> Event:
    start = doc.text.index(trigger)
    ev = Event(typ, Span(start, start + len(trigger), trigger), modality=modality, quantity=quantity, sentence=0, **args)
    doc.events.append(ev)
    return ev


def test_counts_that_disagree_in_the_same_window_are_flagged():
    a = _doc("a", "يوجد حوالي 1500 عنصر أميركي في العراق", "2014-12-09")
    _qty(a, "حوالي 1500 عنصر", 1500, approx=True)
    b = _doc("b", "سينضم هؤلاء إلى 1700 جندي أمريكي هناك", "2014-12-09")
    _qty(b, "1700 جندي", 1700)
    c = _doc("c", "يوجد نحو 2500 جندي أميركي في العراق", "2024-03-12")
    _qty(c, "نحو 2500 جندي", 2500, approx=True)
    [series] = build_series([a, b, c])
    assert [x.value for x in series.claims] == [1500, 1700, 2500]
    assert series.conflicts() == [("a:" + str(a.quantities[0].start), "b:" + str(b.quantities[0].start))]
    assert series.claims[2].conflicts_with == []   # ten years later: a change, not a contradiction


def test_bounds_are_compatible_with_larger_counts():
    a = _doc("a", "نشر أكثر من 800 مستشار عسكري", "2014-12-09")
    _qty(a, "أكثر من 800 مستشار", 800, low=800)
    b = _doc("b", "يوجد حوالي 1500 عنصر", "2014-12-09")
    _qty(b, "حوالي 1500 عنصر", 1500, approx=True)
    [series] = build_series([a, b])
    assert series.conflicts() == []


def test_planned_and_expected_figures_are_not_counts():
    d = _doc("d", "وافق الرئيس على نشر 1500 عنصر إضافي ولم يتوقع أن يصل الرقم إلى 4500 جندي", "2016-01-28")
    _qty(d, "1500 عنصر", 1500)
    _qty(d, "4500 جندي", 4500)
    _event(d, "نشر", "MOBILIZE", "planned", quantity=1500)
    _event(d, "يصل", "MOBILIZE", "possible", quantity=4500)
    [series] = build_series([d])
    assert [c.kind for c in series.claims] == ["planned", "expected"]
    assert series.conflicts() == []


def test_increment_cue_without_event():
    d = _doc("d", "سيرسل البنتاغون 500 جندي إضافي", "2016-01-28")
    _qty(d, "500 جندي", 500)
    [series] = build_series([d])
    assert series.claims[0].kind == "increment"


def test_owner_and_location_carry_over_to_the_next_figure():
    d = _doc("d", "ويوجد نحو 2500 جندي أميركي في العراق و900 جندي في سوريا", "2024-03-12")
    _qty(d, "نحو 2500 جندي", 2500, approx=True)
    _qty(d, "900 جندي", 900, owner=None, owner_id=None, location="سوريا", location_id="gpe:syria")
    series = build_series([d])
    ids = sorted(s.id for s in series)
    assert ids == ["personnel:gpe:united-states:gpe:iraq", "personnel:gpe:united-states:gpe:syria"]
    assert [s.id for s in match_series(series, "personnel:gpe:united-states:gpe:syria")] == [
        "personnel:gpe:united-states:gpe:syria"]
    assert len(match_series(series, "personnel:الولايات المتحدة:سوريا")) == 1


def test_as_of_prefers_a_concrete_date_in_the_sentence():
    d = _doc("d", "كان في العراق 170 ألف جندي في عام 2007", "2016-01-28")
    _qty(d, "170 ألف جندي", 170000)
    start = d.text.index("عام 2007")
    d.times.append(TimeExpr(start, start + 8, "عام 2007", "DATE", "2007"))
    [series] = build_series([d])
    assert series.claims[0].as_of == "2007"


def test_reports_of_one_event_merge_and_count_sources():
    docs = []
    for i, (src, pub) in enumerate([("رويترز", "2025-01-15"), ("فرانس برس", "2025-01-15"), ("الحرة", "2025-01-16")]):
        d = _doc(f"d{i}", "استهدف هجوم بطائرة مسيرة قاعدة عين الأسد", pub, src)
        _event(d, "هجوم", "ASSAULT", location="قاعدة عين الأسد", location_id="loc:ain-al-asad-air-base")
        docs.append(d)
    other = _doc("x", "هجوم على مدينة أخرى", "2025-01-15")
    _event(other, "هجوم", "ASSAULT", location="الموصل", location_id="gpe:mosul")
    merged = merge_events(docs + [other])
    assert sorted(m.independent_sources for m in merged) == [1, 3]
    big = max(merged, key=lambda m: m.independent_sources)
    assert big.outlets == ["الحرة", "رويترز", "فرانس برس"]
    assert all(r.sentence for r in big.reports)


def test_different_modalities_never_merge():
    a = _doc("a", "نشر الجيش قوات في دهوك", "2024-04-20")
    _event(a, "نشر", "MOBILIZE", actor="تركيا", actor_id="gpe:turkey")
    b = _doc("b", "ستنشر تركيا قوات في دهوك", "2024-04-20")
    _event(b, "ستنشر", "MOBILIZE", "planned", actor="تركيا", actor_id="gpe:turkey")
    assert len(merge_events([a, b])) == 2


def test_unseen_names_cluster_across_spellings_and_manual_decisions_win():
    mentions = [("local:tahsin-alkhafaji", "PERSON", "تحسين الخفاجي"),
                ("local:tahsin-alkhafaji-2", "PERSON", "تحسين الخفاجى"),
                ("local:sami", "PERSON", "سامي الجبوري"),
                ("gpe:iraq", "GPE", "العراق")]
    ids = cluster_names(mentions)
    assert ids["local:tahsin-alkhafaji-2"] == ids["local:tahsin-alkhafaji"]
    assert ids["local:sami"] != ids["local:tahsin-alkhafaji"]
    assert ids["gpe:iraq"] == "gpe:iraq"
    split = cluster_names(mentions, splits={"local:tahsin-alkhafaji-2"})
    assert split["local:tahsin-alkhafaji-2"] == "local:tahsin-alkhafaji-2"
    merged = cluster_names(mentions, merges={"local:sami": "local:tahsin-alkhafaji"})
    assert merged["local:sami"] == merged["local:tahsin-alkhafaji"]


def test_near_duplicates_found_and_distinct_articles_not():
    base = ("أعلنت وزارة الداخلية العراقية القبض على 12 متهما بالانتماء إلى تنظيم داعش في محافظة كركوك خلال عملية "
            "أمنية نفذتها قوات مكافحة الإرهاب يوم الأحد وقال المتحدث باسم الوزارة إن المتهمين كانوا يخططون لهجمات")
    index = NearDuplicateIndex()
    index.add_many([("orig", to_bytes(signature(base)))])
    assert index.find(signature(base + " وتشهد المحافظة عمليات أمنية متواصلة")) == "orig"
    assert index.find(signature("قتل 40 مدنيا في قصف مدفعي على مدينة الفاشر عاصمة ولاية شمال دارفور")) is None
    assert from_bytes(to_bytes(signature(base))).jaccard(signature(base)) == 1.0


def test_timeline_and_brief_cite_every_line():
    a = _doc("a", "يوجد حوالي 1500 عنصر أميركي في العراق", "2014-12-09", "وكالة أ")
    _qty(a, "حوالي 1500 عنصر", 1500, approx=True)
    _event(a, "يوجد", "MOBILIZE", actor="الولايات المتحدة", location="العراق", quantity=1500)
    tl = build_timeline([a], series="personnel")
    assert len(tl.series) == 1 and tl.events == []
    brief = build_brief("العراق", build_timeline([a]), 1)
    md = brief.markdown()
    assert "[^1]" in md and "«يوجد حوالي 1500 عنصر أميركي في العراق»" in md
    assert all(refs for _, lines in brief.sections for _, refs in lines)
    assert "<script" not in brief.html()
