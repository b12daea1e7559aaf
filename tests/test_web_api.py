"""The web app's JSON API and pages, through FastAPI's test client, over the bundled sample.

The sample (``samples/``) is ingested once per test session into a temporary SQLite store through
the real readers, pipeline and store, so these tests exercise what an analyst would see.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
WEB = ROOT / "src" / "rasid" / "web"


def ingest_samples(db_path: Path) -> None:
    """Analyse every bundled sample article and store it (the same path ``rasid ingest`` takes)."""
    from rasid import readers
    from rasid.store import open_store

    store = open_store(db_path)
    try:
        for rec in readers.read_path(SAMPLES):
            if isinstance(rec, readers.ReadError):
                raise AssertionError(f"sample unreadable: {rec}")
            doc = readers.analyze_record(rec)
            store.add_document(doc, source=rec.source or doc.source, url=rec.url or doc.url,
                               external_id=rec.id or doc.id)
    finally:
        store.close()


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store holding the ingested sample, built once per session (shared by the web tests)."""
    path = tmp_path_factory.getbasetemp() / "web-sample.db"
    if not path.exists():
        tmp = path.with_suffix(".tmp.db")
        tmp.unlink(missing_ok=True)
        ingest_samples(tmp)
        tmp.rename(path)
    return path


@pytest.fixture(scope="module")
def client(sample_db: Path) -> TestClient:
    from rasid.web import create_app

    with TestClient(create_app(str(sample_db))) as c:
        yield c


def sample_ids() -> set[str]:
    return {json.loads(line)["id"] for line in (SAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()}


def assert_error(resp, status: int) -> dict:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert body["error"]["status"] == status
    assert body["error"]["message"]
    return body


# ------------------------------------------------------------------------------------------ the sample
def test_sample_is_well_formed() -> None:
    lines = [json.loads(x) for x in (SAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(lines) >= 12
    assert len({a["id"] for a in lines}) == len(lines)
    assert len({a["source"] for a in lines}) >= 8
    years = {a["published"][:4] for a in lines}
    assert min(years) <= "2014" and max(years) >= "2025"
    for a in lines:
        assert set(a) >= {"id", "source", "published", "title", "url", "text"}
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["published"])
        assert re.search(r"[\u0600-\u06FF]{3}", a["text"])
    assert list(SAMPLES.glob("*.html")) and list(SAMPLES.glob("*.txt"))


# ------------------------------------------------------------------------------------------ documents
def test_documents_list_and_get(client: TestClient) -> None:
    r = client.get("/api/documents", params={"limit": 5})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] >= 14 and len(body["results"]) == 5
    dates = [d["published"] for d in body["results"]]
    assert dates == sorted(dates, reverse=True)
    doc = client.get("/api/documents/s07-iraq-troops-2020").json()
    for layer in ("entities", "quantities", "times", "quotes", "events", "sentences"):
        assert isinstance(doc[layer], list)
    assert doc["entities"], "the pipeline finds entities in the sample"
    for e in doc["entities"]:
        assert doc["text"][e["start"]:e["end"]] == e["text"]
    assert doc["sources"][0]["source"] == "skynews-arabia"


def test_document_filters(client: TestClient) -> None:
    r = client.get("/api/documents", params={"since": "2020-01-01", "until": "2021"}).json()
    assert r["results"] and all("2020-01-01" <= d["published"] <= "2021-12-31" for d in r["results"])
    r = client.get("/api/documents", params={"source": "aljazeera"}).json()
    assert [d["id"] for d in r["results"]] == ["s05-gaza-2024"]


def test_unknown_document_is_json_404(client: TestClient) -> None:
    assert_error(client.get("/api/documents/no-such-doc"), 404)
    assert_error(client.get("/api/no/such/route"), 404)


# ---------------------------------------------------------------------------------------------- search
def test_search_daesh(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "داعش"})
    assert r.status_code == 200
    body = r.json()
    ids = {x["doc_id"] for x in body["results"]}
    assert body["total"] == len(body["results"]) >= 4
    assert {"s01-mosul-2014", "s09-isis-iraq-2021", "s11-isis-syria-2025"} <= ids
    assert ids <= sample_ids()
    assert all("<mark>" in x["snippet"] for x in body["results"])
    scores = [x["score"] for x in body["results"]]
    assert scores == sorted(scores, reverse=True)


def test_search_paging_and_filters(client: TestClient) -> None:
    full = client.get("/api/search", params={"q": "داعش"}).json()
    first = client.get("/api/search", params={"q": "داعش", "limit": 2}).json()
    second = client.get("/api/search", params={"q": "داعش", "limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == full["total"]
    assert [x["doc_id"] for x in first["results"] + second["results"]] == [x["doc_id"] for x in full["results"][:4]]
    dated = client.get("/api/search", params={"q": "داعش", "since": "2020-01-01"}).json()
    assert dated["results"] and all(x["published"] >= "2020-01-01" for x in dated["results"])
    assert dated["total"] < full["total"]
    outlet = client.get("/api/search", params={"q": "داعش", "source": "aawsat"}).json()
    assert [x["doc_id"] for x in outlet["results"]] == ["s09-isis-iraq-2021"]
    ent = client.get("/api/search", params={"entity": "gpe:yemen"}).json()
    assert {"s02-yemen-2015", "s10-yemen-truce-2022"} <= {x["doc_id"] for x in ent["results"]}


def test_search_spelling_variants_meet(client: TestClient) -> None:
    """Hamza and clitics must not matter: الامم المتحده finds الأمم المتحدة."""
    plain = client.get("/api/search", params={"q": "الأمم المتحدة"}).json()
    variant = client.get("/api/search", params={"q": "والامم المتحده"}).json()
    assert plain["total"] >= 3
    assert {x["doc_id"] for x in variant["results"]} == {x["doc_id"] for x in plain["results"]}


@pytest.mark.parametrize("params", [
    {"q": "داعش", "limit": 0}, {"q": "داعش", "limit": 10_000}, {"q": "داعش", "offset": -1},
    {"q": "x" * 501}, {"q": "داعش", "since": "2020-13-01"}, {"q": "داعش", "until": "yesterday"},
    {"q": "داعش", "event_type": "NOT_A_TYPE"},
])
def test_search_bad_params_are_json_422(client: TestClient, params: dict) -> None:
    body = assert_error(client.get("/api/search", params=params), 422)
    assert body["error"]["detail"]


def test_search_input_is_not_sql(client: TestClient) -> None:
    for q in ("' OR 1=1 --", '"', "داعش) OR (1", "NEAR(a b)", "*", "%", "\\"):
        r = client.get("/api/search", params={"q": q})
        assert r.status_code == 200, (q, r.text)
    assert client.get("/api/search", params={"q": "' OR 1=1 --"}).json()["total"] == 0


# -------------------------------------------------------------------------------------------- entities
def test_entities(client: TestClient) -> None:
    rows = client.get("/api/entities", params={"limit": 20}).json()["results"]
    assert rows and rows[0]["mentions"] >= rows[-1]["mentions"]
    gpes = client.get("/api/entities", params={"type": "GPE"}).json()["results"]
    assert gpes and all(e["type"] == "GPE" for e in gpes)
    iraq = client.get("/api/entities/gpe:iraq").json()
    assert iraq["name"] == "العراق" and iraq["mentions"]
    assert iraq["coords"] and 25 < iraq["coords"][0] < 40 and 35 < iraq["coords"][1] < 50
    for m in iraq["mentions"]:
        assert m["doc_id"] in sample_ids() | {"aleppo-2016", "hodeidah-2018"}
    assert_error(client.get("/api/entities/gpe:atlantis"), 404)
    assert_error(client.get("/api/entities", params={"type": "ANIMAL"}), 422)


# ---------------------------------------------------------------------------------------------- events
def test_events_and_filters(client: TestClient) -> None:
    rows = client.get("/api/events").json()["results"]
    assert rows, "the sample has events"
    for ev in rows:
        assert ev["type"] and ev["trigger_text"] and ev["modality"]
    kinds = {ev["type"] for ev in rows}
    one = sorted(kinds)[0]
    only = client.get("/api/events", params={"type": one}).json()["results"]
    assert only and {ev["type"] for ev in only} == {one}
    since = client.get("/api/events", params={"since": "2020"}).json()["results"]
    assert all((ev.get("date") or "") >= "2020" for ev in since)
    assert_error(client.get("/api/events", params={"modality": "maybe"}), 422)


def test_timeline_and_map(client: TestClient) -> None:
    tl = client.get("/api/timeline").json()
    assert set(tl) >= {"events", "series", "histogram"}
    months = [h["month"] for h in tl["histogram"]]
    assert months == sorted(months)
    assert all(h["total"] == sum(h["types"].values()) for h in tl["histogram"])
    pts = client.get("/api/map").json()["points"]
    assert pts
    assert all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in pts)
    assert "gpe:iraq" in {p["id"] for p in pts} or "gpe:baghdad" in {p["id"] for p in pts}
    doc_pts = client.get("/api/map", params={"doc_id": "s04-libya-2019"}).json()["points"]
    assert doc_pts and all(p["mentions"] or p["events"] for p in doc_pts)
    assert_error(client.get("/api/map", params={"doc_id": "nope"}), 404)


# --------------------------------------------------------------------------------------------- analyze
def test_analyze_json_text_and_html(client: TestClient) -> None:
    text = "قال المتحدث باسم الجيش العراقي إن 12 مسلحا من داعش قتلوا في غارة قرب الموصل يوم الاثنين."
    r = client.post("/api/analyze", json={"text": text, "published": "2021-03-01", "source": "test"})
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["text"] == text and doc["published"] == "2021-03-01"
    for layer in ("entities", "quantities", "times", "quotes", "events"):
        for item in doc[layer]:
            span = item["trigger"] if layer == "events" else item
            assert doc["text"][span["start"]:span["end"]] == span["text"]
    r2 = client.post("/api/analyze", content=text.encode(), headers={"content-type": "text/plain; charset=utf-8"})
    assert r2.status_code == 200 and r2.json()["text"] == text
    html = (SAMPLES / "aleppo-2016.html").read_text(encoding="utf-8")
    r3 = client.post("/api/analyze", content=html.encode(), headers={"content-type": "text/html"})
    assert r3.status_code == 200
    assert "حلب" in r3.json()["text"] and "<p>" not in r3.json()["text"]


def test_analyze_errors(client: TestClient) -> None:
    assert_error(client.post("/api/analyze", json={"text": ""}), 422)
    assert_error(client.post("/api/analyze", json={"txt": "نص"}), 422)
    assert_error(client.post("/api/analyze", content=b"{not json", headers={"content-type": "application/json"}), 422)
    assert_error(client.post("/api/analyze", json={"text": "نص", "published": "01/02/2020"}), 422)
    assert_error(client.post("/api/analyze", content=b"\xff\xfe\xfa", headers={"content-type": "text/plain"}), 400)
    assert_error(client.post("/api/analyze", content=b"abc", headers={"content-type": "image/png"}), 415)
    big = "ا" * (2 * 1024 * 1024)
    assert_error(client.post("/api/analyze", json={"text": big}), 413)
    assert_error(client.get("/api/analyze"), 405)


def test_body_limit_counts_streamed_bytes() -> None:
    """A chunked body without Content-Length is still cut off at the limit."""
    from rasid.web.app import LimitsMiddleware

    async def echo(scope, receive, send):
        total = 0
        while True:
            msg = await receive()
            total += len(msg.get("body", b""))
            if not msg.get("more_body"):
                break
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": str(total).encode()})

    sent: list[dict] = []
    chunks = [{"type": "http.request", "body": b"x" * 600, "more_body": True} for _ in range(3)]
    chunks.append({"type": "http.request", "body": b"", "more_body": False})

    async def receive():
        return chunks.pop(0)

    async def send(msg):
        sent.append(msg)

    mw = LimitsMiddleware(echo, max_body=1000, timeout=5)
    asyncio.run(mw({"type": "http", "headers": []}, receive, send))
    assert sent[0]["status"] == 413
    assert json.loads(sent[1]["body"])["error"]["status"] == 413


def test_time_limit_answers_503() -> None:
    from rasid.web.app import LimitsMiddleware

    async def slow(scope, receive, send):
        await asyncio.sleep(10)

    sent: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(msg):
        sent.append(msg)

    asyncio.run(LimitsMiddleware(slow, timeout=0.05)({"type": "http", "headers": []}, receive, send))
    assert sent[0]["status"] == 503
    assert "longer" in json.loads(sent[1]["body"])["error"]["message"]


# ---------------------------------------------------------------------------------------------- export
def test_export_csv_and_json(client: TestClient) -> None:
    r = client.get("/api/export", params={"table": "search", "q": "داعش", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    text = r.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == client.get("/api/search", params={"q": "داعش"}).json()["total"]
    assert r.headers["x-rasid-rows"] == r.headers["x-rasid-total"] == str(len(rows))
    assert {"doc_id", "title", "snippet"} <= set(rows[0])
    j = client.get("/api/export", params={"table": "events", "format": "json"}).json()
    assert j["table"] == "events" and j["rows"]
    ents = client.get("/api/export", params={"table": "entities", "format": "csv"})
    assert ents.status_code == 200 and "gpe:iraq" in ents.text
    assert_error(client.get("/api/export", params={"table": "passwords"}), 422)


def test_csv_cells_cannot_be_formulas() -> None:
    from rasid.web.api import rows_to_csv

    out = rows_to_csv([{"a": "=HYPERLINK(\"x\")", "b": "+1", "c": 5, "d": {"k": "v"}, "e": "عادي"}])
    row = next(csv.DictReader(io.StringIO(out)))
    assert row["a"].startswith("'=") and row["b"] == "'+1" and row["c"] == "5"
    assert json.loads(row["d"]) == {"k": "v"} and row["e"] == "عادي"


# ----------------------------------------------------------------------------------------------- pages
def test_pages_render_rtl(client: TestClient) -> None:
    for url in ("/", "/?q=داعش", "/doc/s09-isis-iraq-2021", "/entities", "/entity/gpe:iraq", "/events",
                "/timeline", "/map", "/analyze"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert '<html lang="ar" dir="rtl">' in r.text
        assert "Content-Security-Policy" in r.headers
    home = client.get("/", params={"q": "داعش"}).text
    assert "/doc/s11-isis-syria-2025" in home and "<mark>" in home


def test_article_view_highlights_layers(client: TestClient) -> None:
    page = client.get("/doc/s07-iraq-troops-2020").text
    assert re.search(r'class="hl [^"]*hl-entity', page)
    assert "hl-quantity" in page and "data-refs=" in page
    data = re.search(r'<script type="application/json" id="doc-data">(.*?)</script>', page, re.S).group(1)
    layers = json.loads(data)
    assert layers["entities"] and set(layers) == {"entities", "quantities", "times", "quotes", "events"}
    assert 'id="doc-map"' in page
    assert client.get("/doc/missing").status_code == 404


def test_user_text_is_escaped(client: TestClient) -> None:
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    page = client.get("/", params={"q": evil}).text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page
    r = client.post("/analyze", data={"text": "قال الوزير " + evil + " في بغداد"})
    assert r.status_code == 200
    assert "<script>alert" not in r.text and "<img src=x" not in r.text
    data = re.search(r'id="doc-data">(.*?)</script>', r.text, re.S).group(1)
    assert "</script" not in data.lower()
    page = client.get("/entities", params={"q": evil}).text
    assert "<script>alert" not in page


def test_bad_page_params_are_errors(client: TestClient) -> None:
    r = client.get("/events", params={"type": "NOPE"})
    assert r.status_code == 422 and "<html" in r.text
    assert client.get("/", params={"page": 0}).status_code == 422


def test_no_external_requests_in_assets() -> None:
    """Templates, script and styles reference nothing outside the server (offline machines)."""
    allowed = {"http://www.w3.org/2000/svg"}
    for path in [*WEB.glob("templates/*.html"), *WEB.glob("static/*.js"), *WEB.glob("static/*.css")]:
        text = path.read_text(encoding="utf-8")
        urls = set(re.findall(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s\"')]*", text)) - allowed
        assert not urls, (path.name, urls)
        assert "@import" not in text and "fonts.googleapis" not in text


def test_basemap_asset() -> None:
    gj = json.loads((WEB / "static" / "basemap.geojson").read_text(encoding="utf-8"))
    names = {f["properties"]["name"] for f in gj["features"]}
    assert {"Iraq", "Syria", "Yemen", "Sudan", "Libya", "Egypt", "Saudi Arabia"} <= names
    for f in gj["features"]:
        for poly in f["geometry"]["coordinates"]:
            for ring in poly:
                assert len(ring) >= 4
                assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ring)


def test_security_headers_and_no_cdn_docs(client: TestClient) -> None:
    r = client.get("/api/health")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN
    assert client.get("/openapi.json").json()["paths"]["/api/search"]


# ---------------------------------------------------------------------------------------- helpers, CLI
def test_highlight_overlaps_and_escapes() -> None:
    from rasid.web.render import highlight

    text = "قال <b>الوزير</b> إن 5 جنود"
    doc = {"text": text,
           "entities": [{"start": 4, "end": 16, "text": text[4:16], "type": "PERSON"}],
           "quotes": [{"start": 0, "end": len(text), "text": text}],
           "quantities": [{"start": 20, "end": 26, "text": text[20:26]}],
           "times": [{"start": 99, "end": 120, "text": "out of range"}],
           "events": [{"type": "ASSAULT", "trigger": {"start": 0, "end": 3, "text": "قال"}}]}
    html = str(highlight(doc))
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert re.search(r'class="hl [^"]*hl-entity[^"]*hl-quote[^"]*" data-refs="e0 q0"', html)
    assert 'data-refs="v0 q0"' in html and "n0 q0" in html
    assert "t0" not in html
    stripped = re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">")
    assert stripped == text


def test_snippet_sanitiser() -> None:
    from rasid.web.render import safe_snippet

    assert str(safe_snippet("a <mark>b</mark> &lt;i&gt;")) == "a <mark>b</mark> &lt;i&gt;"
    assert str(safe_snippet("<script>x</script><mark>y</mark>")) == "&lt;script&gt;x&lt;/script&gt;<mark>y</mark>"


def test_geo_locate_walks_parents() -> None:
    from rasid.web.geo import locate

    iraq = locate("gpe:iraq")
    assert iraq and iraq["precision"] == "exact"
    assert locate("gpe:no-such-place") is None and locate(None) is None
    baghdad = locate("gpe:baghdad")
    assert baghdad and 29 < baghdad["lat"] < 38


def test_serve_command_defaults_to_localhost() -> None:
    from rasid.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1" and args.port == 8000 and args.db == "rasid.db"
    args = build_parser().parse_args(["serve", "--db", "x.db", "--port", "9001"])
    assert args.db == "x.db" and args.port == 9001


def test_empty_form_fields_count_as_absent(client: TestClient) -> None:
    """The home form submits every field; blank ones must not fail validation."""
    r = client.get("/?q=%D8%AF%D8%A7%D8%B9%D8%B4&since=&until=&source=&entity=&event_type=")
    assert r.status_code == 200 and "/doc/s09-isis-iraq-2021" in r.text
    r = client.get("/api/events?type=&since=&modality=")
    assert r.status_code == 200


def test_search_bench_smoke(capsys: pytest.CaptureFixture[str]) -> None:
    """``bench/search.py --smoke`` runs and its Arabic-aware search finds at least what LIKE finds."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_search", ROOT / "bench" / "search.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--smoke", "--docs", "120", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 120
    assert out["fts_median_ms"] > 0 and out["like_median_ms"] > 0
    assert out["fts_hits"] >= out["like_hits"] > 0
    by_q = {x["q"]: x for x in out["per_query"]}
    # the plain scan cannot match inflected/variant spellings; the index does
    assert by_q["جنود أمريكيون في العراق"]["fts_hits"] > by_q["جنود أمريكيون في العراق"]["like_hits"]


def test_ids_with_slashes(tmp_path: Path) -> None:
    """Ids taken from URLs keep their slashes; documents stay reachable from the API and the pages."""
    import rasid
    from rasid.store import open_store
    from rasid.web import create_app

    store = open_store(tmp_path / "slash.db")
    doc = rasid.analyze("قالت وزارة الدفاع العراقية إن القوات دخلت مدينة الموصل.", id="site/2020/01/x",
                        published="2020-01-02")
    store.add_document(doc)
    with TestClient(create_app(store)) as c:
        assert c.get("/api/documents/site/2020/01/x").json()["id"] == "site/2020/01/x"
        page = c.get("/doc/site/2020/01/x")
        assert page.status_code == 200 and "الموصل" in page.text
        assert 'href="/doc/site/2020/01/x"' in c.get("/", params={"q": "الموصل"}).text
    store.close()


def test_timeline_over_a_large_range_keeps_the_histogram(client: TestClient,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from rasid.web import api

    full = client.get("/api/timeline").json()
    monkeypatch.setattr(api, "TIMELINE_MAX_DOCS", 3)
    big = client.get("/api/timeline").json()
    assert "note" in big and big["events"] == [] and big["series"] == []
    assert sum(h["total"] for h in big["histogram"]) >= sum(h["total"] for h in full["histogram"]) > 0
    narrow = client.get("/api/timeline", params={"since": "2025"}).json()
    assert "note" not in narrow


def test_unexpected_errors_are_json_500(sample_db: Path) -> None:
    from rasid.web import create_app

    class Broken:
        """A store whose search fails, as a lost database connection would."""

        def search(self, *a, **k):
            raise RuntimeError("database went away")

        def stats(self):
            raise RuntimeError("database went away")

    with TestClient(create_app(Broken()), raise_server_exceptions=False) as c:
        body = assert_error(c.get("/api/search", params={"q": "داعش"}), 500)
        assert "database went away" not in body["error"]["message"]
        page = c.get("/", params={"q": "داعش"})
        assert page.status_code == 500 and "<html" in page.text


def test_only_http_links_from_article_urls() -> None:
    from rasid.web.ui import safe_url

    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//evil.example/x", "", None, 5):
        assert safe_url(bad) == ""
