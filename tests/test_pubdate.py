"""Publication-date inference: evidence sources, strength, and use as the anchor."""

from __future__ import annotations

from rasid import pubdate, times
from rasid.model import Document


def _doc(text: str, **kw) -> Document:
    return Document(raw=kw.pop("raw", text), text=text, **kw)


def test_url_date_is_strong_evidence_and_anchors_relative_dates() -> None:
    doc = _doc("قال مسؤول أمس إن القوات انسحبت", url="https://example.com/ar/2024/03/12/news-1.html")
    times.run(doc)
    assert doc.published is None  # never overwritten
    assert doc.meta["published_inferred"] == "2024-03-12"
    assert doc.meta["published_anchor_used"] == "2024-03-12"
    assert doc.meta["published_evidence"][0]["source"] == "url"
    assert [t.value for t in doc.times] == ["2024-03-11"]


def test_dateline_at_the_start_of_the_text() -> None:
    doc = _doc("بغداد - 5 حزيران 2023: أعلنت الحكومة الأسبوع الماضي")
    inf = pubdate.infer(doc)
    assert inf is not None and inf.strong and inf.value == "2023-06-05"
    assert any(e["source"] == "dateline" for e in doc.meta["published_evidence"])


def test_byline_anywhere_in_the_text() -> None:
    body = "قال مسؤول أمس إن القوات انسحبت. " * 10 + "تاريخ النشر: ٣ تموز ٢٠٢٢"
    inf = pubdate.infer(_doc(body))
    assert inf is not None and inf.strong and inf.value == "2022-07-03"
    assert doc_sources(body) == ["byline", "bound"]


def doc_sources(text: str) -> list[str]:
    doc = _doc(text)
    pubdate.infer(doc)
    return [e["source"] for e in doc.meta["published_evidence"]]


def test_html_meta_and_json_ld() -> None:
    raw = ('<html><head><meta property="article:published_time" content="2022-11-03T08:00:00+03:00">'
           '</head><body><p>نص</p></body></html>')
    inf = pubdate.infer(_doc("نص", raw=raw))
    assert inf is not None and inf.strong and inf.value == "2022-11-03"
    raw2 = '<script type="application/ld+json">{"datePublished": "2021-07-26T10:00:00Z"}</script>'
    inf2 = pubdate.infer(_doc("نص", raw=raw2))
    assert inf2 is not None and inf2.value == "2021-07-26"


def test_meta_key_from_reader() -> None:
    doc = _doc("نص", meta={"date": "2020/1/5"})
    inf = pubdate.infer(doc)
    assert inf is not None and inf.strong and inf.value == "2020-01-05"


def test_explicit_dates_in_text_are_only_a_bound_and_never_anchor() -> None:
    body = "وقالت الحكومة إن الهجوم وقع في " * 12 + "15 آذار 2019 وإن القوات انسحبت أمس"
    doc = _doc(body)
    inf = pubdate.infer(doc)
    assert inf is not None and not inf.strong and inf.lower_bound == "2019-03-15"
    times.run(doc)
    assert "published_anchor_used" not in doc.meta
    assert [t.value for t in doc.times] == ["2019-03-15", "XXXX-XX-XX"]


def test_strong_date_before_a_dated_event_is_not_trusted() -> None:
    doc = _doc("وقع الهجوم في 20 أيار 2024", url="https://example.com/2023/01/02/x")
    inf = pubdate.infer(doc)
    assert inf is not None and not inf.strong
    assert any(e["source"] == "conflict" for e in doc.meta["published_evidence"])


def test_no_evidence_gives_none() -> None:
    assert pubdate.infer(_doc("نص بلا تاريخ")) is None


def test_parse_iso_variants() -> None:
    assert pubdate.parse_iso("2024-03-12T10:00:00Z") == "2024-03-12"
    assert pubdate.parse_iso("2024/3/2") == "2024-03-02"
    assert pubdate.parse_iso("yesterday") is None
    assert pubdate.parse_iso(None) is None


HTML_PAGE = ('<html><head><title>انسحاب القوات</title>'
             '<meta property="article:published_time" content="2024-03-12T10:00:00Z"></head>'
             "<body><article><h1>انسحاب القوات</h1>"
             "<p>قال مسؤول عراقي أمس إن القوات الأمريكية بدأت الانسحاب من القاعدة الجوية في غرب البلاد.</p>"
             "<p>وأضاف المسؤول أن العملية ستستمر عدة أسابيع وفق الجدول المتفق عليه بين الجانبين.</p>"
             "</article></body></html>")


def test_html_metadata_fills_a_missing_published_and_says_it_was_inferred() -> None:
    import rasid

    doc = rasid.analyze(HTML_PAGE)
    assert doc.published == "2024-03-12"
    assert doc.meta["published_inferred"] == "2024-03-12"
    ev = doc.meta["published_evidence"]
    assert isinstance(ev, list) and ev[0] == {"source": "html", "key": "meta", "value": "2024-03-12"}
    assert [t.value for t in doc.times if t.text == "أمس"] == ["2024-03-11"]


def test_html_metadata_never_overrides_a_given_published() -> None:
    import rasid

    doc = rasid.analyze(HTML_PAGE, published="2024-03-20", until="clean")
    assert doc.published == "2024-03-20"
    assert "published_inferred" not in doc.meta
    assert doc.meta["published_evidence"][0]["value"] == "2024-03-12"


def test_a_date_the_extractor_found_by_searching_is_weak() -> None:
    doc = Document(raw="")
    assert pubdate.record_html(doc, "<html><body><p>نص</p></body></html>", "2021-05-04") is None
    assert doc.published is None and "published_inferred" not in doc.meta
    assert doc.meta["published_evidence"] == [
        {"source": "html-extractor", "key": "trafilatura", "value": "2021-05-04"}]
    doc.text = "قال مسؤول أمس"
    inf = pubdate.infer(doc)
    assert inf is not None and not inf.strong  # kept as evidence, never the anchor on its own
    assert doc.meta["published_evidence"][0]["source"] == "html-extractor"


def test_evidence_keeps_one_shape() -> None:
    meta = {"published_evidence": "html:date", "published": "2024-01-02"}
    assert pubdate.evidence_of(meta) == [{"source": "html", "key": "date", "value": "2024-01-02"}]
    doc = _doc("نص", meta=dict(meta), url="https://example.com/2024/01/02/x")
    pubdate.infer(doc)
    assert all(isinstance(e, dict) for e in doc.meta["published_evidence"])
    assert [e["source"] for e in doc.meta["published_evidence"]][:2] == ["html", "meta"]


def test_html_evidence_for_readers() -> None:
    ev, declared = pubdate.html_evidence(HTML_PAGE, "2024-03-12")
    assert declared == "2024-03-12" and ev == [{"source": "html", "key": "meta", "value": "2024-03-12"}]
    ev, declared = pubdate.html_evidence("<html><body><time datetime='2020-02-02'>x</time></body></html>")
    assert declared is None and ev[0]["key"] == "time"  # a <time> tag may date anything on the page
