"""The Spark job in local mode: same output as ``rasid analyze``, Parquet input, idempotent ``rasid load``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rasid.store.rows import entity_id_for, rebuild_document
from test_ingest import article
from test_store_backends import store_url  # noqa: F401  (fixture)

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark", reason="PySpark is not installed (pip install 'rasid[spark]')")
    if shutil.which("java") is None:
        pytest.skip("no java on PATH: Spark needs Java 17+")
    from rasid.spark.job import build_session

    session = build_session("local[1]", app="rasid-test")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _corpus(tmp: Path) -> Path:
    lines = [json.dumps({"id": f"s{i}", "source": "wire" if i % 2 else None, "published": f"2016-01-{10 + i}",
                         "raw": article(i + 50)}, ensure_ascii=False) for i in range(5)]
    lines.insert(2, "{broken")
    lines.insert(4, json.dumps({"id": "empty", "raw": "   "}))
    path = tmp / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _plain(path: Path) -> list[dict]:
    """What `rasid analyze PATH --format jsonl` prints for the same file, in store form."""
    from rasid.readers import ArticleRecord, analyze_record, read_path

    out = []
    for rec in read_path(path):
        if isinstance(rec, ArticleRecord):
            d = analyze_record(rec).to_dict()
            for e in d["entities"]:
                e["id"] = entity_id_for(e)
            out.append(d)
    return out


def _from_parquet(root: Path) -> list[dict]:
    from rasid.spark.tables import iter_documents

    docs = []
    for rows in iter_documents(root):
        ents = {e["id"]: e for e in rows["entities"]}
        docs.append(rebuild_document(rows["documents"][0], rows, ents))
    return docs


def _comparable(docs: list[dict]) -> list[dict]:
    out = []
    for d in docs:
        d = json.loads(json.dumps(d, sort_keys=True))
        d["meta"].pop("input", None)  # file:line locally, the file URI on Spark
        out.append(d)
    return sorted(out, key=lambda d: d["id"])


@pytest.fixture(scope="module")
def spark_run(spark, tmp_path_factory):
    """One local[1] run of the job over a small corpus with two bad lines: (input, output, summary)."""
    from rasid.spark.job import run_job

    tmp = tmp_path_factory.mktemp("spark")
    src = _corpus(tmp)
    out = tmp / "out"
    return src, out, run_job(spark, str(src), str(out), partitions=2, buckets=3)


def test_spark_output_equals_plain_analyze(spark_run):
    from rasid.spark.tables import TABLES, read_errors

    src, out, summary = spark_run
    assert summary["documents"] == 5 and summary["errors"] == 2 and summary["partitions"] == 2
    assert all(v > 0 for v in summary["worker_peak_rss_mb"].values())
    for table in TABLES:
        assert (out / table).is_dir(), table
    assert sorted(e["message"].split(" ")[0] for e in read_errors(out)) == ["invalid", "no"]
    spark_docs = _comparable(_from_parquet(out))
    assert [d["id"] for d in spark_docs] == [f"s{i}" for i in range(5)]
    assert spark_docs == _comparable(_plain(src))


def test_parquet_input_gives_the_same_documents(spark, spark_run, tmp_path):
    from rasid.spark.job import analyze_partition, detect_format, read_items
    from rasid.store.rows import document_rows

    src, _, _ = spark_run
    pq_in = tmp_path / "articles.parquet"
    spark.read.json(str(src)).where("raw is not null and trim(raw) != ''").write.parquet(str(pq_in))
    assert detect_format(str(pq_in)) == "parquet" and detect_format(str(src)) == "jsonl"
    items = read_items(spark, str(pq_in)).collect()
    assert len(items) == 5 and all(isinstance(payload, dict) for _, payload in items)
    docs = []
    for line in analyze_partition(iter(items), 3):
        obj = json.loads(line)
        if obj["kind"] == "doc":
            rows = obj["rows"]
            docs.append(rebuild_document(rows["documents"][0], rows, {e["id"]: e for e in rows["entities"]}))
    assert _comparable(docs) == _comparable(_plain(src))
    assert document_rows(docs[0])["documents"][0]["content_hash"]


def test_load_is_idempotent(spark_run, store_url):  # noqa: F811
    from rasid.cli.load import load
    from rasid.store import open_store

    src, out, _ = spark_run
    first = load(str(out), store_url, progress=False)
    again = load(str(out), store_url, progress=False)
    assert first["added"] == 5 and again["added"] == 0 and again["duplicate"] == 5
    plain = {d["id"]: d for d in _comparable(_plain(src))}
    with open_store(store_url) as s:
        assert s.count_documents() == 5
        for doc_id, want in plain.items():
            got = _comparable([s.get_document(doc_id)])[0]
            for key in ("text", "entities", "quantities", "times", "quotes", "events", "sentences"):
                assert got[key] == want[key], (doc_id, key)
        assert s.search("جندي")[1] == 5


def test_load_cli(spark_run, tmp_path, capsys):
    from rasid.cli import main

    _, out, _ = spark_run
    db = str(tmp_path / "l.db")
    assert main(["load", str(out), "--db", db, "--no-progress"]) == 0
    assert "5 added" in capsys.readouterr().out
    assert main(["load", str(out), "--db", db, "--no-progress"]) == 0
    assert "0 added, 5 skipped as duplicates" in capsys.readouterr().out
    assert main(["load", str(tmp_path / "nothing"), "--db", db]) == 1
    assert "not a rasid Spark output" in capsys.readouterr().err
