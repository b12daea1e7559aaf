"""``rasid ingest`` / ``rasid stats``: dedup, syndicated copies, bad input, exit codes, kill -9 recovery."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from rasid.cli import main
from rasid.cli.ingest import ingest
from rasid.store import open_store
from test_store_backends import store_url  # noqa: F401  (fixture)

CITIES = ["بغداد", "الموصل", "أربيل", "البصرة", "الرمادي", "تكريت", "كركوك", "الفلوجة"]


def article(i: int) -> str:
    """A short, distinct Arabic news article (numbers and place vary with ``i``)."""
    city = CITIES[i % len(CITIES)]
    return (f"قال مسؤول عسكري عراقي إن {100 + i} جندي وصلوا إلى {city} يوم الثلاثاء الماضي.\n"
            f"وأضاف المسؤول أن القوات ستبقى في المدينة مدة {i % 9 + 2} أسابيع لتدريب القوات المحلية.\n"
            f"وأشار إلى أن الحكومة طلبت دعما إضافيا بعد هجوم استهدف قاعدة قرب {city} وأسفر عن مقتل {i % 7 + 1} أشخاص.")


def write_jsonl(path: Path, n: int, *, start: int = 0, extra_lines: list[str] | None = None) -> Path:
    lines = [json.dumps({"id": f"art-{i}", "source": "outlet-a", "published": "2015-03-0" + str(i % 9 + 1),
                         "raw": article(i)}, ensure_ascii=False) for i in range(start, start + n)]
    lines[1:1] = extra_lines or []
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def n_docs(url: str) -> int:
    with open_store(url) as s:
        return s.count_documents()


def test_ingest_dedup_and_copies(tmp_path, store_url):  # noqa: F811
    corpus = write_jsonl(tmp_path / "a.jsonl", 3)
    rep = ingest([str(corpus)], store_url, progress=False)
    assert rep.counts["added"] == 3 and not rep.failures
    again = ingest([str(corpus)], store_url, progress=False)
    assert again.counts["added"] == 0 and again.counts["duplicate"] == 3
    # a syndicated copy (other outlet and id, same text) and a Windows-1256 text file of the same article
    copy = tmp_path / "copy.jsonl"
    copy.write_text(json.dumps({"id": "wire-9", "source": "outlet-b", "raw": article(0)}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    (tmp_path / "cp1256.txt").write_bytes(article(1).encode("cp1256"))
    rep3 = ingest([str(copy), str(tmp_path / "cp1256.txt")], store_url, progress=False)
    assert rep3.counts["added"] == 0 and rep3.counts["source_added"] == 2, rep3
    assert n_docs(store_url) == 3
    with open_store(store_url) as s:
        doc = s.get_document("art-0")
        assert {(x["source"], x["external_id"]) for x in doc["sources"]} == {("outlet-a", "art-0"),
                                                                            ("outlet-b", "wire-9")}
        st = s.stats()
    assert st["tables"]["documents"] == 3 and st["tables"]["sentences"] >= 9


def test_bad_input_reported_rest_ingested(tmp_path, capsys):
    good = write_jsonl(tmp_path / "good.jsonl", 3, extra_lines=["{not json", '{"id": "x"}'])
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 64)
    with open(tmp_path / "huge.txt", "wb") as fh:  # 50 MB (sparse: the reader rejects it by size)
        fh.truncate(50 * 1024 * 1024)
    (tmp_path / "nav.html").write_text("<html><head><title>x</title></head><body><script>var a = 1;</script>"
                                       "</body></html>", encoding="utf-8")
    (tmp_path / "weird.txt").write_bytes("مرحبا بالعالم".encode("utf-16-le")[1:] + b"\x00\xd8" * 50)
    db = str(tmp_path / "r.db")
    bad = ["empty.txt", "blob.txt", "huge.txt", "nav.html", "weird.txt"]
    code = main(["ingest", str(good), *[str(tmp_path / b) for b in bad], "--db", db, "--no-progress"])
    out = capsys.readouterr().out
    assert code == 0
    assert "3 added" in out and "failed" in out
    failed_lines = [ln.strip() for ln in out.splitlines() if ln.startswith("  ")]
    assert any(ln.startswith(f"{good}:2:") for ln in failed_lines), out      # invalid JSON line
    assert any(ln.startswith(f"{good}:3:") for ln in failed_lines), out      # no article body
    for name in bad:
        assert sum(str(tmp_path / name) in ln for ln in failed_lines) == 1, (name, out)
    assert n_docs(db) == 3
    with open_store(db) as s:
        for d in s.list_documents():
            full = s.get_document(d["id"])
            assert full["text"] and all(full["text"][e["start"]:e["end"]] == e["text"] for e in full["entities"])


def test_exit_status_nonzero_only_when_nothing_ingested(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    db = str(tmp_path / "r.db")
    assert main(["ingest", str(tmp_path / "empty.txt"), str(tmp_path / "missing.jsonl"), "--db", db,
                 "--no-progress"]) == 1
    captured = capsys.readouterr()
    assert "nothing was ingested" in captured.err and "missing.jsonl" in captured.out
    good = write_jsonl(tmp_path / "g.jsonl", 2)
    assert main(["ingest", str(good), "--db", db, "--no-progress"]) == 0
    # everything already stored is still a success
    assert main(["ingest", str(good), "--db", db, "--no-progress"]) == 0
    capsys.readouterr()
    assert main(["stats", "--db", db]) == 0
    assert "documents 2" in capsys.readouterr().out
    assert main(["stats", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tables"]["documents"] == 2
    assert main(["stats", "--db", str(tmp_path / "none.db")]) == 1


def _consistent(url: str) -> int:
    """Every stored document is whole: its source row, search row and layers are all there."""
    with open_store(url) as s, s.engine.connect() as conn:
        if s.dialect == "sqlite":
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
        docs = conn.execute(sa.text("SELECT count(*) FROM documents")).scalar_one()
        for table in ("documents_search", "document_sources"):
            orphans = conn.execute(sa.text(
                f"SELECT count(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = t.doc_id)"
            )).scalar_one()
            missing = conn.execute(sa.text(
                f"SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE d.id = t.doc_id)"
            )).scalar_one()
            assert orphans == 0 and missing == 0, table
        no_sentences = conn.execute(sa.text(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.doc_id = d.id)"
        )).scalar_one()
        assert no_sentences == 0
    return int(docs)


def test_kill_9_mid_ingest_then_resume(tmp_path, store_url):  # noqa: F811
    n = 40
    corpus = write_jsonl(tmp_path / "big.jsonl", n)
    cmd = [sys.executable, "-m", "rasid", "ingest", str(corpus), "--db", store_url, "--no-progress"]
    open_store(store_url).close()  # schema in place, so polling can start at once
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    engine = sa.create_engine(open_store(store_url, migrate=False).url)
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            with engine.connect() as conn:
                if conn.execute(sa.text("SELECT count(*) FROM documents")).scalar_one() >= 3:
                    break
            time.sleep(0.02)
        assert proc.poll() is None, "ingest finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        engine.dispose()
        if proc.poll() is None:
            proc.kill()
    partial = _consistent(store_url)
    assert 3 <= partial < n
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"{n - partial} added, {partial} skipped as duplicates" in done.stdout
    assert _consistent(store_url) == n


def test_parallel_analysis_gives_the_same_store(tmp_path):
    corpus = write_jsonl(tmp_path / "a.jsonl", 4, extra_lines=["{bad"])
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    r1 = ingest([str(corpus)], one, progress=False)
    r2 = ingest([str(corpus)], two, progress=False, jobs=2)
    assert r1.counts == r2.counts and r1.failures == r2.failures and r2.counts["added"] == 4
    with open_store(one) as s1, open_store(two) as s2:
        for d in s1.list_documents():
            a, b = s1.get_document(d["id"]), s2.get_document(d["id"])
            for key in ("text", "entities", "quantities", "times", "quotes", "events", "sentences"):
                assert a[key] == b[key], key


@pytest.mark.parametrize("progress", [True])
def test_progress_bar_goes_to_stderr(tmp_path, capsys, progress):
    good = write_jsonl(tmp_path / "g.jsonl", 2)
    ingest([str(good)], str(tmp_path / "p.db"), progress=progress)
    captured = capsys.readouterr()
    assert "ingest" in captured.err and "added=2" in captured.err and captured.out == ""
