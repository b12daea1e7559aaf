"""Publication-date inference for articles that arrive without ``published``.

Why: relative expressions (``أمس``, ``الأسبوع الماضي``) only have a value against the publication
date, and scraped input often lacks it. A wrong anchor silently corrupts every relative date, so
this module only *proposes* a date with its evidence and never overwrites ``doc.published``:

* ``meta``: a date under a known key in ``doc.meta`` (readers/clean copy HTML metadata there);
* ``html``: ``<meta property="article:published_time" ...>``, ``itemprop="datePublished"``,
  JSON-LD ``"datePublished"`` or ``<time datetime=...>`` in raw HTML;
* ``url``: ``/2024/03/12/``, ``/2024-03-12``, ``/20240312`` in ``doc.url``;
* ``byline``: a publication line (``نشر في: 12 مارس 2024``, ``تاريخ النشر``) anywhere in the text;
* ``dateline``: a full date in the first lines of the text (``بغداد - 12 آذار 2024``);
* ``bound``: the latest full date the text mentions is a lower bound (an article is not published
  before the events it reports); it is recorded but never used as the anchor on its own.

The evidence list goes to ``doc.meta["published_evidence"]`` and the proposal to
``doc.meta["published_inferred"]``; :func:`rasid.times.anchor_for` uses it as the anchor only when
:attr:`Inference.strong` (metadata, HTML, URL or dateline), and records that it did.

``published_evidence`` always has one shape, a list of ``{"source", "key", "value"}`` dicts, whoever
writes it: :func:`record_html` (called by ``clean`` for HTML input, whose tags are gone once the
text is extracted) adds the page's metadata dates, and :func:`infer` keeps what is already there.
HTML input is the one case where ``doc.published`` itself may be filled: only when the input gave
none and the page declares a publication date in its metadata (``<meta>`` tags, JSON-LD), and
``doc.meta["published_inferred"]`` then says that the date was not given but inferred. A date that
the HTML extractor found by searching the page (``source: html-extractor``) is weak evidence only.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Final

from rasid.model import Document

#: doc.meta keys that may hold a publication date, most trusted first
META_KEYS: Final = ("published", "date", "datePublished", "date_published", "article:published_time",
             "og:published_time", "pubdate", "publishdate", "publish_date", "dc.date", "DC.date.issued",
             "sailthru.date", "created", "time")

_ISO_RE: Final = re.compile(r"((?:19|20)\d\d)[-/.]([01]?\d)[-/.]([0-3]?\d)")
_META_TAG_RE: Final = re.compile(
    r"<meta\b[^>]*?(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|og:published_time|"
    r"article\.published|datePublished|pubdate|pub_date|publishdate|publish-date|publish_date|publication_date|"
    r"date_published|date|dc\.date(?:\.issued|\.created)?|dcterms\.(?:created|date|issued)|sailthru\.date|"
    r"parsely-pub-date)"
    r"[\"'][^>]*>", re.I)
_CONTENT_RE: Final = re.compile(r"content\s*=\s*[\"']([^\"']+)[\"']", re.I)
_JSONLD_RE: Final = re.compile(r"\"datePublished\"\s*:\s*\"([^\"]+)\"")
_TIME_TAG_RE: Final = re.compile(r"<time\b[^>]*datetime\s*=\s*[\"']([^\"']+)[\"']", re.I)
_URL_RES: Final = (
    re.compile(r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?:/|$|[^\d])"),
    re.compile(r"[/_-]((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?:[/_.-]|$)"),
    re.compile(r"/((?:19|20)\d\d)([01]\d)([0-3]\d)(?:[/_.-]|$)"),
)
_STRONG: Final = ("meta", "html", "url", "byline", "dateline")
#: "نشر في: 12 مارس 2024", "تاريخ النشر 2024/03/12", "آخر تحديث ..." (folded forms)
_BYLINE_RE: Final = re.compile(r"(?:تاريخ\s+النشر|نشر\s+(?:في|بتاريخ)|تم\s+النشر|بتاريخ\s+النشر|اخر\s+تحديث|نشر)\s*[:：-]?\s*")
#: every match of ``_BYLINE_RE`` contains one of these: a substring test skips the regex search,
#: which otherwise tries a match at every ت/ن/ب/ا of the text (most articles have no byline)
_BYLINE_WORDS: Final = ("نشر", "تحديث")
_FULL_DATE_RE: Final = re.compile(r"\d{4}-\d\d-\d\d")
#: four digits in a row (the folded text has ASCII digits): a year, which a full date needs
_YEAR_DIGITS_RE: Final = re.compile(r"\d{4}")


@dataclass(slots=True)
class Inference:
    """The proposed publication date and what supports it."""

    value: str | None
    strong: bool
    evidence: list[dict[str, Any]] = field(default_factory=list)
    lower_bound: str | None = None


def _date(y: str | int, m: str | int, d: str | int) -> str | None:
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def parse_iso(s: Any) -> str | None:
    """``2024-03-12T10:00:00+03:00`` / ``2024/3/12`` → ``2024-03-12``; anything else → None."""
    if not isinstance(s, str):
        return None
    m = _ISO_RE.search(s)
    return _date(*m.groups()) if m else None


def _from_meta(doc: Document) -> list[dict[str, Any]]:
    out = []
    for key in META_KEYS:
        v = parse_iso(doc.meta.get(key))
        if v:
            out.append({"source": "meta", "key": key, "value": v})
    return out


def _from_html(raw: str) -> list[dict[str, Any]]:
    if "<" not in raw:
        return []
    head = raw[:200_000]
    out = []
    for tag in _META_TAG_RE.findall(head):
        c = _CONTENT_RE.search(tag)
        v = parse_iso(c.group(1)) if c else None
        if v:
            out.append({"source": "html", "key": "meta", "value": v})
    for rx, key in ((_JSONLD_RE, "json-ld"), (_TIME_TAG_RE, "time")):
        for s in rx.findall(head):
            v = parse_iso(s)
            if v:
                out.append({"source": "html", "key": key, "value": v})
    return out


#: HTML evidence keys that are the page's own declaration of its publication date
_DECLARED: Final = ("meta", "json-ld")


def evidence_of(meta: dict[str, Any]) -> list[dict[str, Any]]:
    """``meta["published_evidence"]`` as a list of dicts, whatever an older writer left there
    (a bare string such as ``"html:date"`` becomes one entry with no value)."""
    ev = meta.get("published_evidence")
    if ev is None:
        return []
    if isinstance(ev, list):
        return [e for e in ev if isinstance(e, dict)]
    if isinstance(ev, dict):
        return [ev]
    source, _, key = str(ev).partition(":")
    return [{"source": source or "unknown", "key": key or None, "value": meta.get("published")}]


def add_evidence(doc: Document, entries: list[dict[str, Any]]) -> None:
    """Append evidence entries to ``doc.meta["published_evidence"]`` (kept a list, no duplicates)."""
    ev = evidence_of(doc.meta)
    for e in entries:
        if e not in ev:
            ev.append(e)
    if ev:
        doc.meta["published_evidence"] = ev


def html_evidence(html: str, extracted: str | None = None) -> tuple[list[dict[str, Any]], str | None]:
    """Evidence entries for an HTML page and the publication date its metadata declares (or None).

    For callers that hold the page but not yet a :class:`Document` (readers): store the entries
    under ``meta["published_evidence"]`` and use the declared date only where none was given."""
    evidence = _from_html(html)
    declared = next((e["value"] for e in evidence if e["key"] in _DECLARED), None)
    value = parse_iso(extracted)
    if value and all(e["value"] != value for e in evidence):
        evidence.append({"source": "html-extractor", "key": "trafilatura", "value": value})
    return evidence, declared


def record_html(doc: Document, html: str, extracted: str | None = None) -> str | None:
    """Record the publication dates an HTML page declares; returns the declared date, if any.

    ``extracted`` is the date the HTML extractor (trafilatura) reports; it may come from a search
    of the page text rather than its metadata, so alone it is weak evidence. When the input gave no
    ``published`` and the page declares one, ``doc.published`` is set to it and
    ``doc.meta["published_inferred"]`` records that it was inferred, not given."""
    evidence, declared = html_evidence(html, extracted)
    add_evidence(doc, evidence)
    if declared and not doc.published:
        doc.published = declared
        doc.meta["published_inferred"] = declared
    return declared


def _from_url(url: str | None) -> list[dict[str, Any]]:
    if not url:
        return []
    for rx in _URL_RES:
        m = rx.search(url)
        if m:
            v = _date(*m.groups())
            if v:
                return [{"source": "url", "key": url, "value": v}]
    return []


def _from_byline(text: str) -> list[dict[str, Any]]:
    """A publication line anywhere in the text (scrapers often keep it): its first full date."""
    from rasid import times
    from rasid.arabic import normalize
    from rasid.numbers import fold

    # the folded text is the length-kept normalised text without its fillers (the normalisation is
    # cached: quantities folded ``doc.text``); testing that first spares building the offset map
    # of a text (often the raw input) that has no byline
    plain = normalize(text, keep_length=True)
    if "\u200c" in plain:
        plain = plain.replace("\u200c", "")
    if not any(w in plain for w in _BYLINE_WORDS):
        return []
    f = fold(text)
    for m in _BYLINE_RE.finditer(f.text):
        if _YEAR_DIGITS_RE.search(f.text, m.end(), m.end() + 60) is None:
            continue  # a full date needs a written year: «نشر القوات» (deploying) is no byline
        a, _ = f.span(m.end(), m.end())
        snippet = text[a:a + 60]
        for t in times.extract(Document(raw=snippet, text=snippet), None):
            if t.start <= 2 and t.value and _FULL_DATE_RE.fullmatch(t.value):
                return [{"source": "byline", "key": text[max(0, a - 20):a + t.end].strip(), "value": t.value}]
    return []


def _explicit_dates(doc: Document) -> list[tuple[int, str]]:
    """(offset, YYYY-MM-DD) of every full date the text writes out (no anchor needed)."""
    from rasid import times

    return [(t.start, t.value) for t in times.extract_unanchored(doc)
            if t.value and _FULL_DATE_RE.fullmatch(t.value)]


def infer(doc: Document) -> Inference | None:
    """Propose a publication date for ``doc`` and record the evidence in ``doc.meta``."""
    evidence: list[dict[str, Any]] = evidence_of(doc.meta)  # e.g. HTML metadata recorded by clean
    evidence += _from_meta(doc)
    evidence += _from_html(doc.raw or "")
    evidence += _from_url(doc.url or doc.meta.get("url"))
    evidence += _from_byline(doc.text or "") or (_from_byline(doc.raw) if doc.raw and doc.raw != doc.text else [])
    explicit = _explicit_dates(doc) if doc.text else []
    head_limit = min(len(doc.text), 200)
    for off, value in explicit:
        if off < head_limit:
            evidence.append({"source": "dateline", "key": doc.text[max(0, off - 30):off + 30].strip(),
                             "value": value})
            break
    lower = max((v for _, v in explicit), default=None)
    if lower:
        evidence.append({"source": "bound", "key": "latest explicit date in text", "value": lower})
    evidence = [e for i, e in enumerate(evidence) if e not in evidence[:i]]
    if not evidence:
        return None
    strong = [e for e in evidence if e["source"] in _STRONG and e.get("value")]
    if strong:
        value = strong[0]["value"]
        # a strong date far before an event the text dates explicitly is suspicious
        ok = lower is None or value >= lower
        if not ok:
            evidence.append({"source": "conflict", "key": "strong date precedes a dated event", "value": value})
        inf = Inference(value, ok, evidence, lower)
    else:
        inf = Inference(lower, False, evidence, lower)
    doc.meta["published_evidence"] = evidence
    if inf.value:
        doc.meta["published_inferred"] = inf.value
    return inf
