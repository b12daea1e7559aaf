"""``rasid events``: list stored events with filters; print a table or export CSV / JSON Lines.

Why: the analyst's first question of a corpus is "who did what, where, and was it real?". The
command queries the store (``--db``, see :mod:`rasid.store`) by PLOVER type, actor, location,
date range and modality. ``--input`` reads analysed documents (``rasid analyze`` JSON Lines)
instead, so the same filters work on a batch that was never loaded into a database.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

from rasid.arabic import normalize
from rasid.model import EVENT_TYPES, MODALITIES

COLUMNS = ("date", "type", "modality", "actor", "target", "location", "quantity", "trigger", "reported_by",
           "doc_id", "sentence")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("events", help="list events (filters by type, actor, location, dates, modality)",
                       description="List events from the store (--db) or from analysed JSON Lines (--input).")
    p.add_argument("--db", default="rasid.db", help="SQLite file or database URL (default rasid.db)")
    p.add_argument("--input", metavar="JSONL", help="read `rasid analyze` output instead of the store")
    p.add_argument("--type", type=str.upper, choices=EVENT_TYPES, metavar="TYPE", help="PLOVER type")
    p.add_argument("--actor", help="actor name or KB id")
    p.add_argument("--location", help="location name or KB id")
    p.add_argument("--since", metavar="YYYY[-MM[-DD]]", help="event (or publication) date from")
    p.add_argument("--until", metavar="YYYY[-MM[-DD]]", help="event (or publication) date until (inclusive)")
    p.add_argument("--modality", choices=MODALITIES)
    p.add_argument("--limit", type=int, default=1000)
    p.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    p.set_defaults(func=run)


def _same(value: str | None, value_id: str | None, wanted: str) -> bool:
    if value_id and value_id == wanted:
        return True
    return bool(value) and " ".join(normalize(value or "").split()) == " ".join(normalize(wanted).split())


def event_date(ev: dict[str, Any], published: str | None) -> str | None:
    """The event's calendar date: its TIMEX value when it is a date, else the publication date."""
    t = ev.get("time")
    if isinstance(t, str) and len(t) >= 4 and t[:4].isdigit():
        return t
    return published


def filter_documents(docs: list[dict[str, Any]], args: argparse.Namespace) -> list[dict[str, Any]]:
    """Apply the command's filters to events of analysed documents (the ``--input`` path)."""
    rows: list[dict[str, Any]] = []
    for d in docs:
        for ev in d.get("events") or ():
            date = event_date(ev, d.get("published"))
            if args.type and ev.get("type") != args.type:
                continue
            if args.modality and ev.get("modality", "asserted") != args.modality:
                continue
            if args.actor and not _same(ev.get("actor"), ev.get("actor_id"), args.actor):
                continue
            if args.location and not _same(ev.get("location"), ev.get("location_id"), args.location):
                continue
            if args.since and (date is None or date < args.since):
                continue
            if args.until and (date is None or date[:len(args.until)] > args.until):
                continue
            trig = ev.get("trigger") or {}
            rows.append({**ev, "trigger_text": trig.get("text"), "date": date, "doc_id": d.get("id"),
                         "title": d.get("title"), "source": d.get("source"), "published": d.get("published")})
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", str(r["doc_id"])))
    return rows[:args.limit]


def _read_jsonl(path: str) -> list[dict[str, Any]]:
    src = sys.stdin if path == "-" else Path(path).open(encoding="utf-8")
    with src as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _cell(r: dict[str, Any], col: str) -> str:
    if col == "trigger":
        v = r.get("trigger_text") or (r.get("trigger") or {}).get("text")
    else:
        v = r.get(col)
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def render_table(rows: list[dict[str, Any]]) -> str:
    cols = ("date", "type", "modality", "actor", "target", "location", "quantity", "trigger", "reported_by")
    cells = [[_cell(r, c) for c in cols] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(cols)]
    widths = [min(w, 28) for w in widths]
    lines = ["  ".join(c.ljust(widths[i]) for i, c in enumerate(cols))]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append("  ".join(v[:widths[i]].ljust(widths[i]) for i, v in enumerate(row)))
    lines.append(f"({len(rows)} events)")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    if args.input:
        rows = filter_documents(_read_jsonl(args.input), args)
    else:
        if "://" not in str(args.db) and not Path(args.db).exists():
            print(f"rasid events: no database at {args.db} (use --db FILE or --input JSONL)", file=sys.stderr)
            return 1
        from rasid.store import open_store

        store = open_store(args.db)
        try:
            rows = store.list_events(type=args.type, actor=args.actor, location=args.location, since=args.since,
                                     until=args.until, modality=args.modality, limit=args.limit)
        finally:
            store.close()
    out = sys.stdout
    if args.format == "jsonl":
        for r in rows:
            out.write(json.dumps({c: r.get(c) if c != "trigger" else _cell(r, c) for c in COLUMNS},
                                 ensure_ascii=False) + "\n")
    elif args.format == "csv":
        w = csv.writer(out)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([_cell(r, c) for c in COLUMNS])
    else:
        out.write(render_table(rows) + "\n")
    return 0
