"""Versioned schema migrations, the same list for SQLite and PostgreSQL.

``MIGRATIONS`` is an ordered list of ``(version, name, function)``; :func:`migrate` applies, in
one transaction each, every migration whose version is not yet recorded in ``schema_migrations``.
Each function must also be safe on a database created by a *later* schema.py (migration 1 creates
the current Core tables with ``checkfirst``), so later migrations that add columns or indexes check
the inspector first. Never edit an applied migration: append a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy as sa

from rasid.store import schema

Migration = tuple[int, str, Callable[[sa.Connection], None]]


def _m001_core_tables(conn: sa.Connection) -> None:
    schema.metadata.create_all(conn, tables=schema.CORE_TABLES, checkfirst=True)


def _m002_search_index(conn: sa.Connection) -> None:
    """Full-text index over the search terms of title and body (see :mod:`rasid.store.searchnorm`).

    SQLite: an FTS5 table ranked with bm25. PostgreSQL: a ``tsvector`` built with the ``simple``
    configuration (no language stemming: the Arabic normalisation already happened in Python), the
    title weighted ``A``, with a GIN index.
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS documents_search USING fts5("
            "doc_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 0')")
    else:
        conn.exec_driver_sql(
            "CREATE TABLE IF NOT EXISTS documents_search ("
            " doc_id VARCHAR(255) PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
            " title TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', tsv TSVECTOR NOT NULL)")
        conn.exec_driver_sql(
            "CREATE INDEX IF NOT EXISTS ix_documents_search_tsv ON documents_search USING GIN (tsv)")


def _m003_lookup_indexes(conn: sa.Connection) -> None:
    """Indexes for the web views: events by document and type, mentions by entity, times by value.

    Plain ``CREATE INDEX IF NOT EXISTS`` (both backends) rather than ``sa.Index`` objects, which
    would attach themselves to the shared metadata and be created twice.
    """
    for name, table, cols in (("ix_events_doc_type", "events", "doc_id, type"),
                              ("ix_mentions_entity_doc", "mentions", "entity_id, doc_id"),
                              ("ix_times_value", "times", "value")):
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({cols})")


def _m004_document_signatures(conn: sa.Connection) -> None:
    """MinHash signatures for near-duplicate detection; documents stored before get theirs now."""
    from rasid.crossdoc.neardup import signature, to_bytes

    schema.document_signatures.create(conn, checkfirst=True)
    have = {r[0] for r in conn.execute(sa.select(schema.document_signatures.c.doc_id))}
    rows = [{"doc_id": doc_id, "minhash": to_bytes(signature(text or ""))}
            for doc_id, text in conn.execute(sa.select(schema.documents.c.id, schema.documents.c.text))
            if doc_id not in have]
    if rows:
        conn.execute(sa.insert(schema.document_signatures), rows)


def _m005_entity_overrides(conn: sa.Connection) -> None:
    """Manual merge/split decisions about entity identity (see rasid.crossdoc.identity)."""
    schema.entity_overrides.create(conn, checkfirst=True)


MIGRATIONS: list[Migration] = [
    (1, "core tables", _m001_core_tables),
    (2, "full-text search index", _m002_search_index),
    (3, "lookup indexes", _m003_lookup_indexes),
    (4, "near-duplicate signatures", _m004_document_signatures),
    (5, "entity identity overrides", _m005_entity_overrides),
]

LATEST = MIGRATIONS[-1][0]


def applied_versions(conn: sa.Connection) -> set[int]:
    if not sa.inspect(conn).has_table("schema_migrations"):
        return set()
    return {r[0] for r in conn.execute(sa.select(schema.schema_migrations.c.version))}


def migrate(engine: sa.Engine) -> list[int]:
    """Apply the pending migrations in order; returns the versions applied now (idempotent)."""
    done_now: list[int] = []
    with engine.connect() as conn:
        have = applied_versions(conn)
        conn.rollback()
    for version, name, fn in MIGRATIONS:
        if version in have:
            continue
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # serialise concurrent migrators (two ingest processes starting at once)
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7217001)")
            if version in applied_versions(conn):
                continue
            fn(conn)
            conn.execute(sa.insert(schema.schema_migrations).values(
                version=version, name=name, applied_at=datetime.now(UTC).isoformat(timespec="seconds")))
        done_now.append(version)
    return done_now
