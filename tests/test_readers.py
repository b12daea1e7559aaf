"""Readers: formats, encodings and bad input, each with a clear error naming the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasid import readers
from rasid.readers import ArticleRecord, DecodeError, ReadError, analyze_record, decode_bytes, read_path

ARTICLE = ("القوات الأمريكية تبدأ الانسحاب من القاعدة\n"
           "أعلنت وزارة الدفاع الأمريكية اليوم بدء سحب 500 جندي من القاعدة الجوية في غرب العراق.\n"
           "وقال المتحدث باسم الوزارة إن العملية ستستمر عدة أسابيع.\n")


def records(path: Path, **kw) -> list[ArticleRecord | ReadError]:
    return list(read_path(path, **kw))


def test_txt_utf8_id_from_stem(tmp_path: Path) -> None:
    (tmp_path / "خبر-1.txt").write_text(ARTICLE, encoding="utf-8")
    [rec] = records(tmp_path / "خبر-1.txt")
    assert isinstance(rec, ArticleRecord) and rec.id == "خبر-1" and rec.raw == ARTICLE


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "cp1256"])
def test_encodings_give_the_same_text(tmp_path: Path, encoding: str) -> None:
    data = ARTICLE.encode(encoding)
    if encoding == "utf-16-le":
        assert not data.startswith(b"\xff\xfe")  # no BOM: detected from the NUL pattern
    (tmp_path / "a.txt").write_bytes(data)
    [rec] = records(tmp_path / "a.txt")
    assert isinstance(rec, ArticleRecord), rec
    assert rec.raw == ARTICLE


def test_windows_1256_copy_cleans_like_utf8(tmp_path: Path) -> None:
    (tmp_path / "utf8.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "win.txt").write_bytes(ARTICLE.encode("cp1256"))
    docs = [analyze_record(r, until="segment") for r in records(tmp_path)]
    assert len(docs) == 2
    assert docs[0].text == docs[1].text and docs[0].title == docs[1].title
    assert docs[0].text.startswith("أعلنت وزارة الدفاع")


def test_binary_empty_and_unknown_encoding(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n ", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("Grüße aus Köln, schöne Straße".encode("latin-1"))
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    out = {Path(r.path).name: r for r in records(tmp_path)}
    assert isinstance(out["good.txt"], ArticleRecord)
    for name, words in (("bin.txt", "binary"), ("empty.txt", "empty"), ("blank.txt", "empty"),
                        ("latin.txt", "unknown encoding")):
        err = out[name]
        assert isinstance(err, ReadError), name
        assert words in err.message and name in str(err)


def test_decode_bytes_errors_name_the_source() -> None:
    with pytest.raises(DecodeError, match="feed.bin: binary"):
        decode_bytes(b"abc\x00\x01\x02\x00\xff\xfe\x00", "feed.bin")
    with pytest.raises(DecodeError, match="x.txt: empty"):
        decode_bytes(b"", "x.txt")
    assert decode_bytes("نص عربي".encode("utf-16-be"), "be.txt") == "نص عربي"


def test_huge_file_rejected(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(ARTICLE * 50, encoding="utf-8")
    [err] = records(tmp_path / "big.txt", max_bytes=1000)
    assert isinstance(err, ReadError) and "limit" in err.message and "big.txt" in str(err)


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "source": "وكالة", "published": "2024-03-12", "title": "عنوان",
                    "url": "https://example.org/a1", "raw": ARTICLE}, ensure_ascii=False),
        "{not json",
        "",
        json.dumps({"id": "a2", "text": ARTICLE, "published": "2024-03-12T08:00:00Z"}, ensure_ascii=False),
        json.dumps({"id": "a3", "title": "بلا نص"}, ensure_ascii=False),
        json.dumps(["not", "an", "object"]),
    ]
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = records(p)
    assert [type(r).__name__ for r in out] == ["ArticleRecord", "ReadError", "ArticleRecord", "ReadError",
                                               "ReadError"]
    a1, bad, a2, no_text, not_obj = out
    assert (a1.id, a1.source, a1.published, a1.title, a1.url) == (
        "a1", "وكالة", "2024-03-12", "عنوان", "https://example.org/a1")
    assert str(bad).startswith(f"{p}:2: invalid JSON")
    assert a2.published == "2024-03-12" and a2.line == 4
    assert no_text.line == 5 and "no article text" in no_text.message
    assert not_obj.line == 6 and "JSON object" in not_obj.message


def test_jsonl_html_field_and_html_without_article(tmp_path: Path) -> None:
    html = ("<html><head><title>انسحاب القوات</title></head><body><article><h1>انسحاب القوات</h1>"
            "<p>قال مسؤول عراقي إن القوات الأمريكية بدأت الانسحاب من القاعدة الجوية في غرب البلاد اليوم.</p>"
            "<p>وأضاف أن العملية ستستمر عدة أسابيع وفق الجدول المتفق عليه بين الجانبين.</p></article></body></html>")
    p = tmp_path / "pages.jsonl"
    p.write_text(json.dumps({"id": "h1", "html": html}, ensure_ascii=False) + "\n"
                 + json.dumps({"id": "h2", "html": "<html><body><div></div></body></html>"}) + "\n",
                 encoding="utf-8")
    ok, err = records(p)
    assert isinstance(ok, ArticleRecord) and ok.title == "انسحاب القوات" and "<" not in ok.raw
    assert isinstance(err, ReadError) and err.line == 2 and "no article" in err.message


def test_html_file(tmp_path: Path) -> None:
    page = ('<!doctype html><html><head><meta charset="windows-1256"><title>خبر</title>'
            '<meta property="article:published_time" content="2023-08-08"></head><body><article>'
            "<p>ذكر تقرير أمريكي أن الولايات المتحدة والعراق يأملان بتوسيع شراكتهما الأمنية والاقتصادية.</p>"
            "<p>وقال مسؤول إن المحادثات ستستمر يومين في واشنطن بين وزيري الدفاع في البلدين.</p>"
            "</article></body></html>")
    (tmp_path / "page.html").write_bytes(page.encode("cp1256"))
    (tmp_path / "empty.htm").write_text("<html><body><nav>الرئيسية</nav></body></html>", encoding="utf-8")
    out = {Path(r.path).name: r for r in records(tmp_path)}
    rec = out["page.html"]
    assert isinstance(rec, ArticleRecord), rec
    assert rec.published == "2023-08-08" and rec.raw.startswith("ذكر تقرير")
    assert isinstance(out["empty.htm"], ReadError) and "no article" in out["empty.htm"].message
    doc = analyze_record(rec, until="segment")
    assert doc.published == "2023-08-08" and doc.text.startswith("ذكر تقرير")


def test_json_object_and_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"id": "o1", "raw": ARTICLE}, ensure_ascii=False), "utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"id": "m1", "raw": ARTICLE}, {"id": "m2"}],
                                                   ensure_ascii=False), "utf-8")
    (tmp_path / "broken.json").write_text('{"id": ', "utf-8")
    out = records(tmp_path)
    ids = [r.id for r in out if isinstance(r, ArticleRecord)]
    errs = [str(r) for r in out if isinstance(r, ReadError)]
    assert sorted(ids) == ["m1", "o1"]
    assert any("many.json" in e and "item 2" in e for e in errs)
    assert any("broken.json" in e and "invalid JSON" in e for e in errs)


def test_directory_is_recursive_and_skips_other_files(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "x.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "y.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, "utf-8")
    out = records(tmp_path)
    assert sorted(r.id for r in out) == ["x", "y"]


def test_missing_path_and_empty_directory(tmp_path: Path) -> None:
    [err] = records(tmp_path / "nope.txt")
    assert isinstance(err, ReadError) and "no such file" in err.message
    (tmp_path / "d").mkdir()
    [err] = records(tmp_path / "d")
    assert isinstance(err, ReadError) and "no article files" in err.message


def test_analyze_record_uses_default_published() -> None:
    rec = ArticleRecord(raw=ARTICLE, id="r1", path="mem.txt")
    doc = analyze_record(rec, published="2020-01-02", until="segment")
    assert doc.published == "2020-01-02" and doc.id == "r1" and doc.meta["input"] == "mem.txt"
    assert readers.DEFAULT_MAX_BYTES >= 1024 * 1024
