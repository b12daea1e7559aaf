"""Issue 6 acceptance: the merged picture over stored corpora (shared articles and our stories)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasid.cli import main as cli_main
from rasid.crossdoc.timeline import build_timeline, load_documents
from rasid.store import open_store

STORIES = Path(__file__).parent / "fixtures" / "stories.jsonl"


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory, shared_articles):
    from conftest import CORPUS

    db = tmp_path_factory.mktemp("xdoc") / "shared.db"
    assert cli_main(["ingest", str(CORPUS), "--db", str(db)]) == 0
    return db


@pytest.fixture(scope="module")
def stories_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("stories") / "stories.db"
    assert cli_main(["ingest", str(STORIES), "--db", str(db)]) == 0
    return db


def _series_json(db: Path, spec: str, capsys) -> dict:
    capsys.readouterr()
    assert cli_main(["timeline", "--db", str(db), "--series", spec, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def _claims(series: dict) -> list[tuple[str, float, str]]:
    return [(c["as_of"][:4], c["value"], c["kind"]) for c in series["claims"]]


def test_us_troops_in_iraq_series(shared_db, capsys):
    out = _series_json(shared_db, "personnel:US:IQ", capsys)
    assert len(out["series"]) == 1, [s["id"] for s in out["series"]]
    series = out["series"][0]
    claims = _claims(series)
    for c in series["claims"]:
        assert c["sentence"] and c["text"] in c["sentence"]
    assert ("2014", 1500.0, "count") in claims
    assert ("2014", 1700.0, "count") in claims
    assert ("2014", 1500.0, "planned") in claims
    assert ("2016", 3700.0, "count") in claims
    assert ("2016", 4500.0, "expected") in claims
    assert ("2023", 2500.0, "count") in claims
    assert ("2024", 2500.0, "count") in claims
    refs = {c["ref"]: (c["value"], c["kind"]) for c in series["claims"]}
    conflict_values = {frozenset((refs[a][0], refs[b][0])) for a, b in series["conflicts"]}
    assert frozenset((1500.0, 1700.0)) in conflict_values
    # plans and expectations never take part in a conflict
    for a, b in series["conflicts"]:
        assert refs[a][1] == refs[b][1] == "count"


def test_syria_figure_is_its_own_series(shared_db, capsys):
    out = _series_json(shared_db, "personnel:US:SY", capsys)
    assert [c["value"] for s in out["series"] for c in s["claims"]] == [900.0]
    iraq = _series_json(shared_db, "personnel:US:IQ", capsys)
    assert 900.0 not in [c["value"] for c in iraq["series"][0]["claims"]]


def test_reingest_and_syndicated_copy(tmp_path, shared_articles):
    from conftest import CORPUS

    db = tmp_path / "twice.db"
    assert cli_main(["ingest", str(CORPUS), "--db", str(db)]) == 0
    with open_store(db) as store:
        first = store.stats()
        n_events = len(store.list_events(limit=100000))
        n_entities = len(store.list_entities(limit=100000))
    copy = dict(shared_articles[2], id="copy-of-002", source="موقع آخر")
    copy_path = tmp_path / "copy.jsonl"
    copy_path.write_text(json.dumps(copy, ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli_main(["ingest", str(CORPUS), str(copy_path), "--db", str(db)]) == 0
    with open_store(db) as store:
        again = store.stats()
        assert again["tables"]["documents"] == first["tables"]["documents"] == 5
        assert len(store.list_events(limit=100000)) == n_events
        assert len(store.list_entities(limit=100000)) == n_entities
        doc = store.get_document(shared_articles[2]["id"])
        sources = {s.get("external_id") or s.get("source") for s in doc["sources"]}
        assert "copy-of-002" in sources or "موقع آخر" in {s.get("source") for s in doc["sources"]}
        assert len(doc["sources"]) == 2


def test_stories_conflicts_dedup_and_clusters(stories_db):
    with open_store(stories_db) as store:
        docs = load_documents(store)
        # the verbatim agency copies were stored once, with every outlet as a source
        assert 28 <= store.stats()["tables"]["documents"] <= 30
    tl = build_timeline(docs)
    # Turkish troops in Dohuk: ~2,000 (Ankara) against ~4,000 (Kurdish officials) in the same days
    turkish = [s for s in tl.series if s.category == "personnel" and {c.value for c in s.claims} >= {2000.0, 4000.0}]
    assert turkish, [(s.id, [c.value for c in s.claims]) for s in tl.series]
    assert turkish[0].conflicts()
    # the Ain al-Asad drone attack is one event reported by several outlets
    attacks = [e for e in tl.events if e.type == "ASSAULT" and e.independent_sources >= 3]
    assert attacks, [(e.type, e.location, e.independent_sources) for e in tl.events]
    assert all(r.sentence for e in attacks for r in e.reports)
    # El Fasher death toll: 40 vs 65 on the same day
    tolls = [s for s in tl.series if s.category == "casualties" and {40.0, 65.0} <= {c.value for c in s.claims}]
    assert tolls and tolls[0].conflicts()


def test_export_and_brief(stories_db, tmp_path, capsys):
    out = tmp_path / "export"
    assert cli_main(["export", "--db", str(stories_db), "--format", "csv", "--out", str(out)]) == 0
    names = {p.stem for p in out.iterdir()}
    assert {"documents", "mentions", "entities", "events", "reports", "quantities", "times", "claims"} <= names
    assert cli_main(["export", "--db", str(stories_db), "--format", "parquet", "--out", str(out / "pq")]) == 0
    import pyarrow.parquet as pq

    assert pq.read_table(out / "pq" / "documents.parquet").num_rows >= 28
    prefix = tmp_path / "brief"
    assert cli_main(["brief", "الفاشر", "--db", str(stories_db), "--out", str(prefix)]) == 0
    md = (tmp_path / "brief.md").read_text(encoding="utf-8")
    assert "[^1]:" in md and "الفاشر" in md
    body = [ln for ln in md.splitlines() if ln.startswith("- ")]
    assert body and all("[^" in ln for ln in body)


def test_manual_identity_decisions_survive_reingest(tmp_path, capsys):
    db = tmp_path / "ids.db"
    assert cli_main(["ingest", str(STORIES), "--db", str(db)]) == 0
    with open_store(db) as store:
        ids = store.identity_map()
        local = sorted(i for i in ids if i.startswith("local:"))
        assert len(local) >= 2
        a, b = local[0], local[1]
    assert cli_main(["identity", "--db", str(db), "merge", a, b]) == 0
    assert cli_main(["ingest", str(STORIES), "--db", str(db)]) == 0      # re-ingest changes nothing
    with open_store(db) as store:
        assert store.identity_map()[a] == store.identity_map()[b]
    assert cli_main(["identity", "--db", str(db), "split", a]) == 0
    with open_store(db) as store:
        assert store.identity_map()[a] == a
    capsys.readouterr()
    assert cli_main(["identity", "--db", str(db), "clusters", "--all"]) == 0
    assert a in capsys.readouterr().out
