"""``rasid analyze``: output formats, read errors on stderr, exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasid.cli import main

ARTICLE = ("القوات تبدأ الانسحاب\n"
           "أعلنت وزارة الدفاع اليوم بدء سحب 500 جندي من القاعدة الجوية. وقال المتحدث إن العملية ستستمر.\n")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "j1", "published": "2024-03-12", "raw": ARTICLE}, ensure_ascii=False) + "\n{bad\n",
        encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    return tmp_path


def test_jsonl_output_and_errors(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["analyze", str(corpus / "a.txt"), str(corpus / "feed.jsonl"), str(corpus / "bin.txt"),
               "--published", "2020-05-01", "--until", "segment"])
    out, err = capsys.readouterr()
    assert rc == 0
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in docs] == ["a", "j1"]
    assert docs[0]["published"] == "2020-05-01" and docs[1]["published"] == "2024-03-12"
    for d in docs:
        assert d["title"] == "القوات تبدأ الانسحاب" and d["text"].startswith("أعلنت")
        assert {"entities", "quantities", "times", "quotes", "events"} <= d.keys()
    assert "الانسحاب" in out  # ensure_ascii=False: Arabic is printed as is
    assert f"{corpus / 'feed.jsonl'}:2: invalid JSON" in err
    assert "bin.txt" in err and "binary" in err


def test_json_and_text_formats(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(corpus / "a.txt"), "--format", "json", "--until", "segment"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and data[0]["id"] == "a"
    assert main(["analyze", str(corpus / "a.txt"), "--format", "text", "--until", "segment"]) == 0
    out = capsys.readouterr().out
    assert "العنوان: القوات تبدأ الانسحاب" in out and "الجمل: 2" in out


def test_exit_non_zero_only_when_nothing_succeeded(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(corpus / "bin.txt"), str(corpus / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert "bin.txt" in err and "missing.txt" in err


def test_bad_published_date_is_rejected(corpus: Path) -> None:
    with pytest.raises(SystemExit):
        main(["analyze", str(corpus / "a.txt"), "--published", "12/03/2024"])
