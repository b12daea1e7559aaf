"""Export the store as flat tables a person can load into pandas or a spreadsheet.

Stored tables are read as they are (documents, sources, sentences, entities, mentions, quantities,
times, quotes, events); the merged views computed across documents are added as ``merged_events``,
``reports`` (one row per report of a merged event, pointing at its sentence) and ``claims``
(quantity claims with their series, kind, as-of date and conflict flags).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from rasid.crossdoc.timeline import build_timeline, load_documents

STORED_TABLES = ("documents", "document_sources", "sentences", "entities", "mentions", "quantities", "times",
                 "quotes", "events")


def _stored_rows(engine: sa.Engine, table: str) -> list[dict[str, Any]] | None:
    meta = sa.MetaData()
    try:
        t = sa.Table(table, meta, autoload_with=engine)
    except sa.exc.NoSuchTableError:
        return None
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.select(t))]


def _merged_tables(store: Any) -> dict[str, list[dict[str, Any]]]:
    tl = build_timeline(load_documents(store))
    merged, reports, claims = [], [], []
    for i, ev in enumerate(tl.events):
        d = ev.to_dict()
        reps = d.pop("reports")
        d["outlets"] = "; ".join(d["outlets"])
        merged.append({"event_id": i, **d})
        reports.extend({"event_id": i, **r} for r in reps)
    for s in tl.series:
        for c in s.claims:
            row = c.to_dict()
            row["conflicts_with"] = "; ".join(row["conflicts_with"])
            claims.append({"series": s.id, **row})
    return {"merged_events": merged, "reports": reports, "claims": claims}


def export_tables(store: Any) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    for table in STORED_TABLES:
        rows = _stored_rows(store.engine, table)
        if rows is not None:
            yield table, rows
    yield from _merged_tables(store).items()


def _cell(v: Any) -> Any:
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, bytes):
        return v.hex()
    return v


def write_tables(tables: Iterator[tuple[str, list[dict[str, Any]]]], out_dir: Path, fmt: str) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in tables:
        path = out_dir / f"{name}.{fmt}"
        rows = [{k: _cell(v) for k, v in r.items()} for r in rows]
        if fmt == "jsonl":
            with path.open("w", encoding="utf-8") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        elif fmt == "csv":
            cols = list(dict.fromkeys(k for r in rows for k in r))
            with path.open("w", encoding="utf-8-sig", newline="") as f:   # BOM: Excel opens Arabic correctly
                w = csv.DictWriter(f, fieldnames=cols)
                w.writeheader()
                w.writerows(rows)
        elif fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            cols = list(dict.fromkeys(k for r in rows for k in r))
            data = {c: [None if r.get(c) is None else str(r[c]) if not isinstance(r.get(c), (int, float, bool))
                        else r[c] for r in rows] for c in cols}
            pq.write_table(pa.table(data) if cols else pa.table({}), path)
        else:
            raise ValueError(f"unknown format {fmt!r}")
        written.append(path)
    return written
