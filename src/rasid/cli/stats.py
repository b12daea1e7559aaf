"""``rasid stats [--db FILE|URL] [--json]``: what the store holds, per table and per type."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def format_stats(st: dict) -> str:
    t = st["tables"]
    pub = st["published"]
    lines = [
        f"backend {st['backend']}, schema version {st['schema_version']}",
        f"documents {t['documents']} (sources recorded {t['document_sources']}), "
        f"published {pub['min'] or '?'} … {pub['max'] or '?'}",
        f"sentences {t['sentences']}, entities {t['entities']} ({t['mentions']} mentions), "
        f"quantities {t['quantities']}, times {t['times']}, quotes {t['quotes']}, events {t['events']}",
    ]
    for key, label in (("entity_types", "entities by type"), ("mention_types", "mentions by type"),
                       ("event_types", "events by type"), ("event_modalities", "events by modality"),
                       ("quantity_categories", "quantities by category"), ("time_types", "times by type"),
                       ("sources", "documents by source")):
        if st.get(key):
            items = list(st[key].items())
            shown = ", ".join(f"{k} {v}" for k, v in items[:15])
            more = f", … ({len(items) - 15} more)" if len(items) > 15 else ""
            lines.append(f"{label}: {shown}{more}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from rasid.store import open_store

    if "://" not in args.db and not Path(args.db).exists():
        print(f"no database at {args.db} (run `rasid ingest PATH --db {args.db}` first)", file=sys.stderr)
        return 1
    with open_store(args.db) as store:
        st = store.stats()
    print(json.dumps(st, ensure_ascii=False, indent=2) if args.json else format_stats(st))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stats", help="counts of documents and layers in the store")
    p.add_argument("--db", default="rasid.db", help="SQLite file or postgresql:// URL (default: rasid.db)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)
