"""The store on SQLite and PostgreSQL: dedup, round trip, search, listings, migrations, atomicity."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from rasid.store import migrations, open_store
from rasid.store.rows import entity_id_for
from test_store_backends import make_doc, store_url  # noqa: F401  (fixture)

T1 = "قال مسؤول إن الجنود الأمريكيين في العراق عادوا إلى قاعدة عين الأسد"
T2 = "أعلن البنتاغون أن القوات الأميركية في العراق ستبقى"
T3 = "قتل جندي اميركي في انفجار غرب العراق"
T4 = "ارتفعت أسعار النفط في الأسواق العالمية أمس"


@pytest.fixture
def store(store_url):  # noqa: F811
    s = open_store(store_url)
    yield s
    s.close()


@pytest.fixture
def filled(store):
    store.add_document(make_doc(T1, id="d1", source="outlet-a", published="2014-12-01", title="الجنود"))
    store.add_document(make_doc(T2, id="d2", source="outlet-b", published="2014-12-05"))
    store.add_document(make_doc(T3, id="d3", source="outlet-a", published="2015-01-10"))
    store.add_document(make_doc(T4, id="d4", source="outlet-c", published="2015-02-01"))
    return store


def _count(store, table: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()


def test_add_duplicate_and_syndicated_copy(store):
    doc = make_doc(T1, id="d1", source="outlet-a")
    assert store.add_document(doc).status == "added"
    assert store.add_document(doc).status == "duplicate"
    # the same article under another id and outlet: one document, one more source
    copy = make_doc(T1, id="other-7", source="outlet-z")
    res = store.add_document(copy, source="outlet-z", url="https://z.example/7", external_id="other-7")
    assert res.status == "source_added" and res.doc_id == "d1"
    assert store.add_document(copy, source="outlet-z", url="https://z.example/7",
                              external_id="other-7").status == "duplicate"
    # whitespace-only differences are the same content
    spaced = make_doc(T1.replace(" ", "  ") + "\n", id="d1", source="outlet-a")
    assert store.add_document(spaced).status == "duplicate"
    assert _count(store, "documents") == 1
    got = store.get_document("d1")
    assert [(s["source"], s["external_id"]) for s in got["sources"]] == [("outlet-a", "d1"), ("outlet-z", "other-7")]
    assert got["sources"][1]["url"] == "https://z.example/7"


def test_same_id_other_content_keeps_both(store):
    a = store.add_document(make_doc(T1, id="same"))
    b = store.add_document(make_doc(T2, id="same"))
    assert a.status == b.status == "added"
    assert a.doc_id == "same" and b.doc_id != "same" and b.doc_id.startswith("same")
    assert store.get_document(b.doc_id)["text"] == T2


def test_round_trip_equals_contract(store):
    doc = make_doc(T1 + " وقال أبو محمد", id="rt", source="s", title="عنوان")
    store.add_document(doc)
    got = store.get_document("rt")
    want = doc.to_dict()
    # unseen names get a stable store id (local:<slug>) instead of None
    for e in want["entities"]:
        e["id"] = entity_id_for(e)
    for key, value in want.items():
        assert got[key] == value, key
    assert got["quotes"][0]["cue"] == {"start": 0, "end": 3, "text": "قال"}
    assert got["published_inferred"] is False
    for e in got["entities"]:
        assert got["text"][e["start"]:e["end"]] == e["text"]
    # what the store returns rebuilds a Document (the web app and exporters rely on it)
    from rasid.model import Document

    again = Document.from_dict(got)
    assert again.quotes[0].cue is not None and again.events[0].trigger.text == "الجنود"
    assert again.to_dict(layers_only=True) == {k: got[k] for k in again.to_dict(layers_only=True)}


def test_local_entities_shared_across_documents(store):
    store.add_document(make_doc("تحدث أبو محمد اليوم", id="x1"))
    store.add_document(make_doc("غادر أبو محمد المدينة", id="x2"))
    ents = store.list_entities(type="PERSON")
    assert len(ents) == 1 and ents[0]["id"].startswith("local:") and ents[0]["documents"] == 2
    assert ents[0]["kb"] is False


def test_search_normalisation_and_snippets(filled):
    hits, total = filled.search("جنود أمريكيون في العراق")
    assert total == 3
    assert {h["doc_id"] for h in hits} == {"d1", "d2", "d3"}
    by_id = {h["doc_id"]: h for h in hits}
    assert "<mark>الجنود</mark> <mark>الأمريكيين</mark>" in by_id["d1"]["snippet"]
    assert "<mark>القوات</mark> <mark>الأميركية</mark>" in by_id["d2"]["snippet"]
    assert "<mark>جندي</mark> <mark>اميركي</mark>" in by_id["d3"]["snippet"]
    assert all(h["score"] > 0 for h in hits)
    assert filled.search("النفط")[1] == 1
    assert filled.search("الصين")[1] == 0


def test_search_filters_and_paging(filled):
    assert filled.search("العراق", source="outlet-a")[1] == 2
    assert filled.search("العراق", since="2015-01-01")[1] == 1
    assert filled.search("العراق", until="2014-12-31")[1] == 2
    assert {h["doc_id"] for h in filled.search("العراق", entity="Q11208")[0]} == {"d2"}
    assert {h["doc_id"] for h in filled.search("العراق", entity="Pentagon")[0]} == {"d2"}
    assert {h["doc_id"] for h in filled.search("", event_type="MOBILIZE")[0]} == {"d1"}
    page1, total = filled.search("العراق", limit=2)
    page2, _ = filled.search("العراق", limit=2, offset=2)
    assert total == 3 and len(page1) == 2 and len(page2) == 1
    assert not {h["doc_id"] for h in page1} & {h["doc_id"] for h in page2}
    everything, n = filled.search("")
    assert n == 4 and everything[0]["doc_id"] == "d4"  # newest first


def test_listings(filled):
    docs = filled.list_documents()
    assert [d["id"] for d in docs] == ["d4", "d3", "d2", "d1"]
    d1 = next(d for d in docs if d["id"] == "d1")
    assert d1["n_entities"] == 1 and d1["n_events"] == 1 and d1["n_quantities"] == 1
    assert [d["id"] for d in filled.list_documents(source="outlet-a")] == ["d3", "d1"]
    assert [d["id"] for d in filled.list_documents(since="2015-01-01", limit=1)] == ["d4"]
    assert filled.count_documents() == 4
    ents = filled.list_entities()
    assert ents[0]["id"] == "Q796" and ents[0]["mentions"] == 3 and ents[0]["documents"] == 3
    assert [e["id"] for e in filled.list_entities(q="عراق")] == ["Q796"]
    assert [e["id"] for e in filled.list_entities(q="pentagon")] == ["Q11208"]
    ent = filled.get_entity("Q796")
    assert ent["mention_count"] == 3 and ent["forms"] == [{"text": "العراق", "count": 3}]
    assert all(m["sentence_text"] for m in ent["mentions"])
    assert ent["events"][0]["type"] == "MOBILIZE" and ent["quantities"][0]["value"] == 3700
    assert filled.get_entity("nope") is None and filled.get_document("nope") is None
    evs = filled.list_events(type="MOBILIZE", actor="Q30")
    assert len(evs) == 1 and evs[0]["date"] == "2014-12-02" and evs[0]["quantity"] == 3700
    assert filled.list_events(since="2015-01-01") == []
    assert len(filled.list_events(location="العراق", modality="asserted")) == 1
    qs = filled.list_quantities(category="personnel", location="Q796")
    assert len(qs) == 1 and qs[0]["value"] == 3700 and qs[0]["approx"] is True
    assert [t["value"] for t in filled.list_times("d1")] == ["2014-12"]


def test_stats(filled):
    st = filled.stats()
    assert st["tables"]["documents"] == 4 and st["tables"]["mentions"] == 4
    assert st["entity_types"] == {"GPE": 1, "ORG": 1}
    assert st["event_types"] == {"MOBILIZE": 1}
    assert st["published"] == {"min": "2014-12-01", "max": "2015-02-01"}
    assert st["schema_version"] == migrations.LATEST


def test_migrations_idempotent(store_url):  # noqa: F811
    s1 = open_store(store_url)
    assert s1.schema_version() == migrations.LATEST
    assert s1.migrate() == []
    s1.add_document(make_doc(T1, id="m1"))
    s1.close()
    s2 = open_store(store_url)
    assert s2.migrate() == [] and s2.get_document("m1") is not None
    with s2.engine.connect() as conn:
        versions = [r[0] for r in conn.execute(sa.text("SELECT version FROM schema_migrations ORDER BY version"))]
    assert versions == [v for v, _, _ in migrations.MIGRATIONS]
    s2.close()


def test_failed_write_leaves_nothing(store, monkeypatch):
    store.add_document(make_doc(T2, id="ok"))

    def boom(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "_write_search", boom)
    with pytest.raises(RuntimeError):
        store.add_document(make_doc(T1, id="bad"))
    assert store.get_document("bad") is None
    for table in ("documents", "document_sources", "sentences", "mentions", "events", "quantities", "documents_search"):
        with store.engine.connect() as conn:
            n = conn.execute(sa.text(f"SELECT count(*) FROM {table} WHERE doc_id = 'bad'" if table != "documents"
                                     else "SELECT count(*) FROM documents WHERE id = 'bad'")).scalar_one()
        assert n == 0, table
    monkeypatch.undo()
    assert store.add_document(make_doc(T1, id="bad")).status == "added"


def test_engine_url_forms(tmp_path):
    from rasid.store import engine_url

    assert engine_url(tmp_path / "x.db").startswith("sqlite:////")
    assert engine_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert engine_url("sqlite:///rel.db") == "sqlite:///rel.db"


def test_event_filters_resolve_kb_names(tmp_path):
    """Events keep the place as written (كابول); a filter with another name of it (كابل) still finds them."""
    import rasid

    store = open_store(f"sqlite:///{tmp_path / 'kb.db'}")
    try:
        doc = rasid.analyze("شنت الطائرات الأمريكية غارة على مواقع في كابول أمس.", published="2022-08-01")
        doc.id = "k1"
        store.add_document(doc)
        assert [e["location"] for e in store.list_events(location="كابول")] == ["كابول"]
        assert [e["location"] for e in store.list_events(location="كابل")] == ["كابول"]
        assert [e["location"] for e in store.list_events(location="gpe:kabul")] == ["كابول"]
        assert store.list_events(location="بغداد") == []
    finally:
        store.close()
