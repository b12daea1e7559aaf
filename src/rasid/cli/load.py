"""``rasid load PARQUET_DIR [--db FILE|URL]``: import the Spark job's tables into a store.

Idempotent: documents are stored by content hash, one transaction each, exactly as ``rasid ingest``
does, so loading the same output twice (or after an interruption) adds only what is missing.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter


def load(parquet_dir: str, db: str, *, progress: bool | None = None) -> Counter[str]:
    """Load every document of a Spark output directory into the store at ``db``; status counts."""
    from tqdm import tqdm

    from rasid.spark.tables import iter_documents
    from rasid.store import open_store

    counts: Counter[str] = Counter()
    with open_store(db) as store:
        bar = tqdm(unit="doc", file=sys.stderr, disable=(None if progress is None else not progress), desc="load")
        for rows in iter_documents(parquet_dir):
            d = rows["documents"][0]
            res = store.add_rows(rows, source=d.get("source"), url=d.get("url"), external_id=d.get("id"))
            counts[res.status] += 1
            bar.update(1)
        bar.close()
    return counts


def run(args: argparse.Namespace) -> int:
    from rasid.spark.tables import read_errors

    try:
        counts = load(args.parquet_dir, args.db, progress=False if args.no_progress else None)
    except FileNotFoundError as exc:
        print(f"rasid load: {exc}", file=sys.stderr)
        return 1
    errors = read_errors(args.parquet_dir)
    print(f"loaded into {args.db}: {counts['added']} added, {counts['duplicate']} skipped as duplicates, "
          f"{counts['source_added']} new sources; {len(errors)} inputs had failed in the Spark job")
    return 0 if sum(counts.values()) else 1


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("load", help="import the Parquet tables of `rasid spark` into a store (idempotent)",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("parquet_dir", metavar="PARQUET_DIR")
    p.add_argument("--db", default="rasid.db", help="SQLite file or postgresql:// URL (default: rasid.db)")
    p.add_argument("--no-progress", action="store_true")
    p.set_defaults(func=run)
