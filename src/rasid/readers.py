"""Readers: files and directories → article records, with clear errors for bad input.

Analysts point rasid at whatever they scraped: one ``.txt`` per article, JSON Lines dumps (the
format of the shared corpus: ``id``, ``source``, ``published``, ``title``, ``url`` and one of
``raw`` / ``text`` / ``html``), ``.json`` files (one object or a list), saved ``.html`` pages, or a
directory of any of these. Arabic sites still serve Windows-1256, and Windows tools write UTF-16,
so bytes are decoded by :func:`decode_bytes` (UTF-8 ± BOM, UTF-16 with BOM, Windows-1256 when
the result is plausibly Arabic). Nothing here raises on bad input: :func:`read_path` yields a
:class:`ReadError` naming the file (and line) and carries on with the rest, so one binary or empty
file never stops a batch.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rasid.model import Document

#: default per-article size limit (bytes); override with ``max_bytes=`` or RASID_MAX_ARTICLE_BYTES
DEFAULT_MAX_BYTES = int(os.environ.get("RASID_MAX_ARTICLE_BYTES", 20 * 1024 * 1024))
#: a .json file holds many articles, so it may be this many times the per-article limit
JSON_FILE_FACTOR = 10

#: extracted HTML text shorter than this (in words) means the page has no article
MIN_HTML_WORDS = 8

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES
_BODY_FIELDS = ("raw", "text", "html", "body", "content")


class DecodeError(ValueError):
    """Bytes that are not text in an encoding rasid reads; the message names the file."""


@dataclass(slots=True)
class ArticleRecord:
    """One article as read from a file, before analysis."""

    raw: str
    id: str | None = None
    source: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    path: str | None = None
    line: int | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else str(self.path)


@dataclass(slots=True)
class ReadError:
    """A file (or one line of it) that could not be read, with a message for a person."""

    path: str
    message: str
    line: int | None = None

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


# --------------------------------------------------------------------------------------------
# decoding

_ARABIC_RE = re.compile("[\u0600-\u06ff]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_BAD_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def _looks_like_text(s: str) -> bool:
    """Few control characters; used to tell decoded text from decoded binary."""
    if not s:
        return True
    sample = s[:100_000]
    bad = len(_BAD_CONTROL_RE.findall(sample))
    return bad * 200 <= len(sample)


def _plausible_arabic(s: str) -> bool:
    """Decoded Windows-1256 that is really Arabic: most letters are Arabic."""
    sample = s[:100_000]
    letters = len(_LETTER_RE.findall(sample))
    arabic = len(_ARABIC_RE.findall(sample))
    return letters > 0 and arabic >= 0.3 * letters and _looks_like_text(sample)


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode article bytes; raise :class:`DecodeError` naming ``name`` when they are not text.

    Order: UTF-8 with BOM, UTF-16 with BOM, UTF-32 with BOM, strict UTF-8, UTF-16 without BOM
    (NUL bytes in every other position), Windows-1256 when the result is mostly Arabic letters.
    NUL bytes otherwise mean a binary file. Anything else is an unknown encoding.
    """
    if not data:
        raise DecodeError(f"{name}: empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(data[3:].decode("utf-8", errors="strict"), name, "UTF-8")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        try:
            return _checked(data.decode("utf-32"), name, "UTF-32")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"{name}: invalid UTF-32 ({exc.reason})") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16"), name, "UTF-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"{name}: invalid UTF-16 ({exc.reason})") from exc
    if b"\x00" in data:
        # UTF-16 without a BOM: NULs in the high bytes of ASCII/Arabic code units, one side only
        sample = data[:4096]
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        for enc, ok in (("utf-16-le", odd > 0 and even == 0), ("utf-16-be", even > 0 and odd == 0)):
            if ok and len(data) % 2 == 0:
                try:
                    text = data.decode(enc)
                except UnicodeDecodeError:
                    break
                if _looks_like_text(text):
                    return text
        raise DecodeError(f"{name}: binary file (NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"), name, "UTF-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and _plausible_arabic(text):
        return text
    if text and not _looks_like_text(text):
        raise DecodeError(f"{name}: binary content (control characters), not text")
    raise DecodeError(f"{name}: unknown encoding (not UTF-8, UTF-16 or Windows-1256 Arabic)")


def _checked(text: str, name: str, enc: str) -> str:
    if not _looks_like_text(text):
        raise DecodeError(f"{name}: binary content (control characters), not {enc} text")
    return text


# --------------------------------------------------------------------------------------------
# HTML


@dataclass(slots=True)
class HtmlExtract:
    """Main text and metadata of an HTML page."""

    text: str
    title: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None


def extract_html(html: str) -> HtmlExtract | None:
    """Main text + metadata with trafilatura; None when the page has no article text."""
    import trafilatura

    try:
        res = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=False)
    except Exception:  # noqa: BLE001 - trafilatura raises many types on malformed pages
        res = None
    if res is None:
        return None
    d = res.as_dict() if hasattr(res, "as_dict") else dict(res)
    text = (d.get("text") or "").strip()
    if len(text.split()) < MIN_HTML_WORDS:  # a menu or a caption is not an article
        return None
    return HtmlExtract(text=text, title=d.get("title") or None, date=_iso_date(d.get("date")),
                       sitename=d.get("sitename") or None, url=d.get("url") or None)


# --------------------------------------------------------------------------------------------
# records


def _iso_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` from a date, datetime or ISO-like string; None when not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    s = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", s)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def record_from_obj(obj: Any, path: str, line: int | None = None, *,
                    max_bytes: int = DEFAULT_MAX_BYTES) -> ArticleRecord | ReadError:
    """An :class:`ArticleRecord` from one JSON object (a JSONL line or a .json element)."""
    if not isinstance(obj, dict):
        return ReadError(path, f"expected a JSON object, got {type(obj).__name__}", line)
    body_field = next((k for k in _BODY_FIELDS if isinstance(obj.get(k), str) and obj[k].strip()), None)
    if body_field is None:
        return ReadError(path, f"no article text (one of {', '.join(_BODY_FIELDS[:3])} is required)", line)
    raw = obj[body_field]
    if len(raw.encode("utf-8")) > max_bytes:
        return ReadError(path, f"article is larger than the {max_bytes // (1024 * 1024)} MB limit", line)
    meta: dict[str, Any] = {"input_field": body_field}
    published = _iso_date(obj.get("published") or obj.get("date"))
    if obj.get("published") and not published:
        meta["bad_published"] = str(obj.get("published"))
    rec = ArticleRecord(raw=raw, id=_opt_str(obj.get("id")), source=_opt_str(obj.get("source")),
                        published=published, title=_opt_str(obj.get("title")), url=_opt_str(obj.get("url")),
                        path=path, line=line, meta=meta)
    if body_field == "html":
        ext = extract_html(raw)
        if ext is None:
            return ReadError(path, "HTML with no article text", line)
        _apply_html(rec, ext, raw)
    return rec


def _apply_html(rec: ArticleRecord, ext: HtmlExtract, html: str) -> None:
    """Keep the page's main text; record the dates its metadata declares as evidence. Only a date the
    page declares (not one trafilatura guessed from the text) fills a missing ``published``."""
    from rasid.pubdate import html_evidence

    rec.raw = ext.text
    rec.title = rec.title or ext.title
    evidence, declared = html_evidence(html, ext.date)
    if evidence:
        rec.meta.setdefault("published_evidence", []).extend(evidence)
    if not rec.published and declared:
        rec.published = declared
        rec.meta["published_inferred"] = declared
    rec.source = rec.source or ext.sitename
    rec.url = rec.url or ext.url
    rec.meta["raw_format"] = "html"


def _too_big(path: Path, limit: int) -> ReadError | None:
    size = path.stat().st_size
    if size > limit:
        return ReadError(str(path), f"file is {size / 1048576:.1f} MB, over the {limit / 1048576:.0f} MB limit")
    return None


def _decoded(path: Path, limit: int) -> str | ReadError:
    """The whole file as text, or the one error that names why it cannot be read."""
    err = _too_big(path, limit)
    if err:
        return err
    try:
        text = decode_bytes(path.read_bytes(), str(path))
    except DecodeError as exc:
        return ReadError(str(path), str(exc).removeprefix(f"{path}: "))
    if not text.strip():
        return ReadError(str(path), "empty file (only whitespace)")
    return text


def _read_text_file(path: Path, max_bytes: int) -> Iterator[ArticleRecord | ReadError]:
    text = _decoded(path, max_bytes)
    if isinstance(text, ReadError):
        yield text
        return
    yield ArticleRecord(raw=text, id=path.stem, source=None, path=str(path))


def _read_html_file(path: Path, max_bytes: int) -> Iterator[ArticleRecord | ReadError]:
    for rec in _read_text_file(path, max_bytes):
        if isinstance(rec, ReadError):
            yield rec
            continue
        html = rec.raw
        ext = extract_html(html)
        if ext is None:
            yield ReadError(str(path), "HTML with no article text")
            continue
        _apply_html(rec, ext, html)
        yield rec


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[ArticleRecord | ReadError]:
    with path.open("rb") as fh:
        head = fh.read(4)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) >= 2 and 0 in head[:2]):
        # UTF-16 JSONL: decode whole (bounded by the JSON file limit)
        err = _too_big(path, max_bytes * JSON_FILE_FACTOR)
        if err:
            yield err
            return
        try:
            lines: Iterable[bytes | str] = decode_bytes(path.read_bytes(), str(path)).splitlines()
        except DecodeError as exc:
            yield ReadError(str(path), str(exc).removeprefix(f"{path}: "))
            return
    else:
        lines = _iter_byte_lines(path)
    seen_any = False
    for n, line in enumerate(lines, 1):
        if isinstance(line, bytes):
            if len(line) > max_bytes:
                yield ReadError(str(path), f"line is larger than the {max_bytes // (1024 * 1024)} MB limit", n)
                continue
            if n == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            try:
                text = decode_bytes(line, f"{path}:{n}")
            except DecodeError as exc:
                yield ReadError(str(path), str(exc).removeprefix(f"{path}:{n}: "), n)
                continue
        else:
            text = line
        if not text.strip():
            continue
        seen_any = True
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield ReadError(str(path), f"invalid JSON ({exc.msg} at column {exc.colno})", n)
            continue
        yield record_from_obj(obj, str(path), n, max_bytes=max_bytes)
    if not seen_any:
        yield ReadError(str(path), "empty file (no JSON lines)")


def _iter_byte_lines(path: Path) -> Iterator[bytes]:
    with path.open("rb") as fh:
        yield from fh


def _read_json(path: Path, max_bytes: int) -> Iterator[ArticleRecord | ReadError]:
    text = _decoded(path, max_bytes * JSON_FILE_FACTOR)
    if isinstance(text, ReadError):
        yield text
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield ReadError(str(path), f"invalid JSON ({exc.msg})", exc.lineno)
        return
    if isinstance(data, list):
        if not data:
            yield ReadError(str(path), "empty JSON list")
        for i, obj in enumerate(data, 1):
            rec = record_from_obj(obj, str(path), None, max_bytes=max_bytes)
            if isinstance(rec, ReadError):
                rec.message = f"item {i}: {rec.message}"
            yield rec
    else:
        yield record_from_obj(data, str(path), None, max_bytes=max_bytes)


def _read_file(path: Path, max_bytes: int) -> Iterator[ArticleRecord | ReadError]:
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, max_bytes)
        elif suffix in JSON_SUFFIXES:
            yield from _read_json(path, max_bytes)
        elif suffix in HTML_SUFFIXES:
            yield from _read_html_file(path, max_bytes)
        else:
            yield from _read_text_file(path, max_bytes)
    except OSError as exc:
        yield ReadError(str(path), f"cannot read: {exc.strerror or exc}")


def iter_files(path: str | Path) -> Iterator[Path]:
    """Article files under ``path`` (itself when a file; known suffixes, recursively, when a dir)."""
    p = Path(path)
    if p.is_dir():
        for root, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                fp = Path(root) / name
                if not name.startswith(".") and fp.suffix.lower() in KNOWN_SUFFIXES:
                    yield fp
    else:
        yield p


def read_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ArticleRecord | ReadError]:
    """Every article in a file or directory (recursive), as records or read errors, in order."""
    p = Path(path)
    if not p.exists():
        yield ReadError(str(p), "no such file or directory")
        return
    found = False
    for fp in iter_files(p):
        found = True
        yield from _read_file(fp, max_bytes)
    if not found:
        yield ReadError(str(p), f"no article files ({', '.join(sorted(KNOWN_SUFFIXES))}) in directory")


def read_paths(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
               ) -> Iterator[ArticleRecord | ReadError]:
    for p in paths:
        yield from read_path(p, max_bytes=max_bytes)


def analyze_record(rec: ArticleRecord, *, published: str | None = None, until: str | None = None) -> Document:
    """Analyse one record with :func:`rasid.analyze`; ``published`` is used when it has none."""
    from rasid.pipeline import analyze

    doc = analyze(rec.raw, published=rec.published or published, source=rec.source, title=rec.title,
                  id=rec.id, url=rec.url, until=until)
    if rec.meta:
        for k, v in rec.meta.items():
            doc.meta.setdefault(k, v)
    if rec.path:
        doc.meta.setdefault("input", rec.where)
    return doc
