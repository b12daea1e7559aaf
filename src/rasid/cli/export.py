"""``rasid export``: documents, mentions, entities, events, reports, quantities and times as tables."""

from __future__ import annotations

import argparse
from pathlib import Path

from rasid.crossdoc.export import export_tables, write_tables


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write the store as jsonl/csv/parquet tables")
    p.add_argument("--db", default="rasid.db")
    p.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl")
    p.add_argument("--out", default="export", help="output directory (default ./export)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rasid.store import open_store

    store = open_store(args.db)
    try:
        paths = write_tables(export_tables(store), Path(args.out), args.format)
    finally:
        store.close()
    for p in paths:
        print(p)
    return 0
