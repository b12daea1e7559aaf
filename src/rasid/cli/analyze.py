"""``rasid analyze PATH...``: analyse articles and print the analysis contract (SCHEMA.md).

The output is what the shared scorer and every downstream tool read, so ``jsonl`` (the default)
prints exactly :meth:`Document.to_dict` per document, one line each, Arabic unescaped. ``json``
prints one JSON array; ``text`` is a rendering for a person reading in a terminal. Unreadable
inputs are reported on stderr with file (and line) and skipped; the exit status is non-zero only
when no document at all was analysed, so one bad file never loses a batch.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from rasid.model import Document

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _date_arg(value: str) -> str:
    from datetime import date

    if not _DATE_RE.match(value):
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}")
    try:
        date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date: {value!r}") from exc
    return value


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("analyze", help="analyse articles and print the analysis JSON (SCHEMA.md)",
                       description="Analyse .txt/.jsonl/.json/.html files or directories (recursive); "
                                   "'-' reads one article from standard input.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD",
                   help="publication date for inputs that carry none (anchors relative dates)")
    p.add_argument("--format", choices=("jsonl", "json", "text"), default="jsonl")
    p.add_argument("--until", metavar="STAGE", help="stop after this pipeline stage (debugging)")
    p.set_defaults(func=run)


def _documents(args: argparse.Namespace, errors: list[str]) -> Iterator[Document]:
    from rasid.readers import ArticleRecord, ReadError, analyze_record, decode_bytes, read_path

    for path in args.paths:
        if path == "-":
            data = sys.stdin.buffer.read()
            try:
                raw = decode_bytes(data, "<stdin>")
            except ValueError as exc:
                errors.append(str(exc))
                print(f"rasid analyze: {exc}", file=sys.stderr)
                continue
            items: Any = [ArticleRecord(raw=raw, path="<stdin>")]
        else:
            items = read_path(path)
        for item in items:
            if isinstance(item, ReadError):
                errors.append(str(item))
                print(f"rasid analyze: {item}", file=sys.stderr)
                continue
            try:
                yield analyze_record(item, published=args.published, until=args.until)
            except Exception as exc:  # noqa: BLE001 - one failing article must not stop the batch
                errors.append(f"{item.where}: {exc}")
                print(f"rasid analyze: {item.where}: analysis failed: {type(exc).__name__}: {exc}",
                      file=sys.stderr)


def _fmt_value(v: Any) -> str:
    if isinstance(v, dict):
        return v.get("text", "")
    return str(v)


#: per layer: the fields shown after the surface text in the ``text`` rendering
_TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "entities": ("type", "name", "id"),
    "quantities": ("value", "unit", "category", "owner", "location"),
    "times": ("type", "value"),
    "quotes": ("speaker", "direct"),
}
_LAYER_AR = {"entities": "الكيانات", "quantities": "الكميات", "times": "التواريخ", "quotes": "الاقتباسات",
             "events": "الأحداث"}


def render_text(doc: Document) -> str:
    """A readable Arabic rendering: header, title, text, then every non-empty layer."""
    d = doc.to_dict()
    out = [f"═══ {d['id']}" + (f"  ({d['source']})" if d.get("source") else "")
           + (f"  {d['published']}" if d.get("published") else "")]
    if d.get("title"):
        out.append(f"العنوان: {d['title']}")
    out.append("")
    out.append(d["text"])
    out.append("")
    out.append(f"الجمل: {len(doc.sentences)}   الكلمات: {sum(1 for t in doc.tokens if not t.is_punct)}")
    for layer in ("entities", "quantities", "times", "quotes"):
        items = d.get(layer) or []
        if not items:
            continue
        out.append(f"— {_LAYER_AR[layer]} ({len(items)})")
        for it in items:
            extras = [f"{k}={it[k]}" for k in _TEXT_FIELDS[layer] if it.get(k) not in (None, "")]
            out.append(f"  • {it['text']}  [{it['start']}:{it['end']}]  " + "  ".join(extras))
    events = d.get("events") or []
    if events:
        out.append(f"— {_LAYER_AR['events']} ({len(events)})")
        for ev in events:
            parts = [f"{k}={_fmt_value(ev[k])}" for k in ("actor", "target", "location", "time", "quantity",
                                                          "modality") if ev.get(k) not in (None, "")]
            out.append(f"  • {ev['type']}: {ev['trigger']['text']}  " + "  ".join(parts))
    clean = doc.meta.get("clean") or {}
    if clean.get("dropped"):
        out.append(f"— أسطر محذوفة ({len(clean['dropped'])})")
        out.extend(f"  • [{x['reason']}] {x['text']}" for x in clean["dropped"])
    if clean.get("glued"):
        out.append(f"— كلمات ملتصقة فُصلت ({len(clean['glued'])})")
        out.extend(f"  • {x['glued']} ← {x['fixed']}" for x in clean["glued"])
    return "\n".join(out) + "\n"


def write(docs: Iterator[Document], fmt: str, out: TextIO) -> int:
    """Write documents in ``fmt``; returns how many were written."""
    n = 0
    if fmt == "json":
        out.write("[")
        for doc in docs:
            out.write(("," if n else "") + "\n" + json.dumps(doc.to_dict(), ensure_ascii=False, indent=2))
            n += 1
        out.write("\n]\n" if n else "]\n")
        return n
    for doc in docs:
        if fmt == "text":
            out.write(render_text(doc) + "\n")
        else:
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        out.flush()
        n += 1
    return n


def run(args: argparse.Namespace) -> int:
    from rasid.pipeline import warm_up

    warm_up()
    errors: list[str] = []
    n = write(_documents(args, errors), args.format, sys.stdout)
    if errors:
        print(f"rasid analyze: {n} document(s) analysed, {len(errors)} input(s) failed", file=sys.stderr)
    return 0 if n else 1
