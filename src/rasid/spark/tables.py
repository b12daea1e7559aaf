"""The Parquet tables the Spark job writes, and reading them back one document at a time.

The columns are derived from the store schema (:mod:`rasid.store.schema`), so the Spark output,
``rasid load`` and the database cannot drift apart. JSON columns (``meta``, ``extra``) are JSON
strings in Parquet. Every table carries a ``bucket`` column (a stable hash of ``doc_id``) and is
written partitioned by it, so :func:`iter_documents` can rebuild documents bucket by bucket with
memory bounded by one bucket, whatever the size of the output. Nothing here imports pyspark:
``rasid load`` runs anywhere pyarrow does.
"""

from __future__ import annotations

import json
import zlib
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from rasid.store import schema

#: output tables, in write order; ``errors`` holds inputs that could not be read or analysed
TABLES: tuple[str, ...] = ("documents", "sentences", "entities", "mentions", "quantities", "times", "quotes",
                           "events", "errors")
_SKIP_COLS = {"ingested_at"}
ERROR_COLUMNS: list[tuple[str, str]] = [("doc_id", "str"), ("path", "str"), ("line", "int"), ("message", "str")]


def _kind(col: sa.Column) -> str:
    t = col.type
    if isinstance(t, sa.JSON):
        return "json"
    if isinstance(t, sa.Boolean):
        return "bool"
    if isinstance(t, sa.Integer):
        return "int"
    if isinstance(t, sa.Float):
        return "float"
    return "str"


def columns(table: str) -> list[tuple[str, str]]:
    """``(name, kind)`` per column of an output table; kind is str/int/float/bool/json."""
    if table == "errors":
        return [*ERROR_COLUMNS, ("bucket", "int")]
    sa_table = schema.metadata.tables[table]
    cols = [(c.name, _kind(c)) for c in sa_table.columns if c.name not in _SKIP_COLS]
    return [*cols, ("bucket", "int")]


def bucket_of(doc_id: str, buckets: int) -> int:
    """Stable bucket of a document (crc32, identical on every executor and in the loader)."""
    return zlib.crc32(doc_id.encode("utf-8")) % max(1, buckets)


def to_record(table: str, row: dict[str, Any], bucket: int) -> tuple[Any, ...]:
    """A row dict as a tuple in output column order, JSON columns serialised."""
    out: list[Any] = []
    for name, kind in columns(table):
        if name == "bucket":
            out.append(bucket)
            continue
        v = row.get(name)
        if kind == "json":
            v = None if v is None else json.dumps(v, ensure_ascii=False, sort_keys=True)
        elif kind == "int" and v is not None:
            v = int(v)
        elif kind == "float" and v is not None:
            v = float(v)
        elif kind == "bool" and v is not None:
            v = bool(v)
        elif kind == "str" and v is not None:
            v = str(v)
        out.append(v)
    return tuple(out)


def _from_parquet(table: str, row: dict[str, Any]) -> dict[str, Any]:
    kinds = dict(columns(table))
    out = {}
    for k, v in row.items():
        if k == "bucket":
            continue
        out[k] = json.loads(v) if kinds.get(k) == "json" and isinstance(v, str) else v
    return out


def _read_bucket(root: Path, table: str, bucket: str | None) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    path = root / table / bucket if bucket else root / table
    files = sorted(p for p in path.rglob("*.parquet") if not p.name.startswith((".", "_")))
    rows: list[dict[str, Any]] = []
    for f in files:
        rows.extend(pq.read_table(f).to_pylist())
    return [_from_parquet(table, r) for r in rows]


def buckets_in(root: str | Path) -> list[str]:
    docs = Path(root) / "documents"
    if not docs.is_dir():
        raise FileNotFoundError(f"{docs}: not a rasid Spark output (no documents table)")
    names = sorted((p.name for p in docs.iterdir() if p.is_dir() and p.name.startswith("bucket=")),
                   key=lambda n: int(n.split("=", 1)[1]))
    return names or [""]


def iter_documents(root: str | Path) -> Iterator[dict[str, list[dict[str, Any]]]]:
    """Per document, the rows of every table (the shape of :func:`rasid.store.rows.document_rows`).

    ``entities`` holds only the entities this document mentions. Documents come bucket by bucket,
    sorted by id inside a bucket.
    """
    root = Path(root)
    for bucket in buckets_in(root):
        docs = sorted(_read_bucket(root, "documents", bucket), key=lambda d: d["id"])
        per_doc: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
        for table in ("sentences", "mentions", "quantities", "times", "quotes", "events"):
            if (root / table).is_dir():
                for r in _read_bucket(root, table, bucket):
                    per_doc[r["doc_id"]][table].append(r)
        wanted = {m["entity_id"] for d in per_doc.values() for m in d["mentions"]}
        ents = {e["id"]: e for e in _all_entities(root) if e["id"] in wanted}
        for d in docs:
            layers = per_doc.get(d["id"], {})
            rows: dict[str, list[dict[str, Any]]] = {"documents": [d]}
            for table in ("sentences", "mentions", "quantities", "times", "quotes", "events"):
                rows[table] = sorted(layers.get(table, []), key=lambda r: r["idx"])
            ids = {m["entity_id"] for m in rows["mentions"]}
            rows["entities"] = [ents[i] for i in sorted(ids) if i in ents]
            yield rows


_ENTITY_CACHE: dict[str, list[dict[str, Any]]] = {}


def _all_entities(root: Path) -> list[dict[str, Any]]:
    """The (deduplicated, hence small) entities table, read once per output directory."""
    key = str(root.resolve())
    if key not in _ENTITY_CACHE:
        _ENTITY_CACHE.clear()
        _ENTITY_CACHE[key] = _read_bucket(root, "entities", None) if (root / "entities").is_dir() else []
    return _ENTITY_CACHE[key]


def read_errors(root: str | Path) -> list[dict[str, Any]]:
    root = Path(root)
    return _read_bucket(root, "errors", None) if (root / "errors").is_dir() else []
