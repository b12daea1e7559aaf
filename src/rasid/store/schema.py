"""The store schema: SQLAlchemy Core tables, identical on SQLite and PostgreSQL.

Offsets are ``str`` indices into ``documents.text`` (the cleaned text), exactly as in the analysis
contract, so any row can be shown with its evidence. Layer rows carry an ``extra`` JSON column with
any model field that has no column of its own (e.g. a quote's speech-verb span), so the store
round-trips a :class:`~rasid.model.Document` without losing what later stages add.

Dates are ISO strings (``YYYY-MM-DD`` or TIMEX values): they sort and compare the same way on both
backends and need no timezone handling. The full-text index (``documents_search``) is not a Core
table: it is an FTS5 virtual table on SQLite and a table with a ``tsvector`` column on PostgreSQL,
created by migration 2 (see :mod:`rasid.store.migrations`).
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

ID = sa.String(255)

schema_migrations = sa.Table(
    "schema_migrations", metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("applied_at", sa.String(40), nullable=False),
)

documents = sa.Table(
    "documents", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(40), index=True),
    sa.Column("published_inferred", sa.Boolean, nullable=False, default=False),
    sa.Column("source", sa.String(300), index=True),
    sa.Column("url", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("raw", sa.Text),
    sa.Column("meta", sa.JSON),
    sa.Column("ingested_at", sa.String(40), nullable=False),
)

# one row per (outlet, url, external id) under which the same content was seen; empty strings
# instead of NULL so the unique constraint also catches repeats with missing values
document_sources = sa.Table(
    "document_sources", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("doc_id", ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("source", sa.String(300), nullable=False, default=""),
    sa.Column("url", sa.String(2000), nullable=False, default=""),
    sa.Column("external_id", sa.String(255), nullable=False, default=""),
    sa.Column("added_at", sa.String(40), nullable=False),
    sa.UniqueConstraint("doc_id", "source", "url", "external_id", name="uq_document_sources"),
)


def _doc_fk() -> sa.Column:
    return sa.Column("doc_id", ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)


def _idx() -> sa.Column:
    return sa.Column("idx", sa.Integer, primary_key=True, autoincrement=False)


sentences = sa.Table(
    "sentences", metadata, _doc_fk(), _idx(),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
)

entities = sa.Table(
    "entities", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("type", sa.String(20), nullable=False, index=True),
    sa.Column("name", sa.Text),
    sa.Column("name_en", sa.Text),
    sa.Column("name_norm", sa.Text),
    sa.Column("kb", sa.Boolean, nullable=False, default=False),
)

mentions = sa.Table(
    "mentions", metadata, _doc_fk(), _idx(),
    sa.Column("entity_id", ID, sa.ForeignKey("entities.id"), nullable=False, index=True),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("type", sa.String(20), nullable=False),
    sa.Column("method", sa.String(20)),
    sa.Column("sentence", sa.Integer),
    sa.Column("extra", sa.JSON),
)

quantities = sa.Table(
    "quantities", metadata, _doc_fk(), _idx(),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("value", sa.Float),
    sa.Column("low", sa.Float),
    sa.Column("high", sa.Float),
    sa.Column("approx", sa.Boolean, nullable=False, default=False),
    sa.Column("unit", sa.Text),
    sa.Column("category", sa.String(30), index=True),
    sa.Column("currency", sa.String(20)),
    sa.Column("owner", sa.Text),
    sa.Column("owner_id", ID, index=True),
    sa.Column("location", sa.Text),
    sa.Column("location_id", ID, index=True),
    sa.Column("sentence", sa.Integer),
    sa.Column("extra", sa.JSON),
)

times = sa.Table(
    "times", metadata, _doc_fk(), _idx(),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("type", sa.String(20), nullable=False),
    sa.Column("value", sa.String(60)),
    sa.Column("anchor", sa.String(60)),
    sa.Column("mod", sa.String(20)),
    sa.Column("sentence", sa.Integer),
    sa.Column("extra", sa.JSON),
)

quotes = sa.Table(
    "quotes", metadata, _doc_fk(), _idx(),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("speaker", sa.Text),
    sa.Column("speaker_id", ID, index=True),
    sa.Column("speaker_type", sa.String(20)),
    sa.Column("direct", sa.Boolean, nullable=False, default=True),
    sa.Column("sentence", sa.Integer),
    sa.Column("extra", sa.JSON),
)

events = sa.Table(
    "events", metadata, _doc_fk(), _idx(),
    sa.Column("type", sa.String(20), nullable=False, index=True),
    sa.Column("trigger_text", sa.Text, nullable=False),
    sa.Column("trigger_start", sa.Integer, nullable=False),
    sa.Column("trigger_end", sa.Integer, nullable=False),
    sa.Column("actor", sa.Text),
    sa.Column("actor_id", ID, index=True),
    sa.Column("target", sa.Text),
    sa.Column("target_id", ID, index=True),
    sa.Column("location", sa.Text),
    sa.Column("location_id", ID, index=True),
    sa.Column("time", sa.String(60)),
    # the event's calendar date for timelines: its TIMEX value when that is a date, else the
    # document's publication date (filled at insert time)
    sa.Column("date", sa.String(40), index=True),
    sa.Column("quantity", sa.Float),
    sa.Column("modality", sa.String(20), nullable=False),
    sa.Column("reported_by", sa.Text),
    sa.Column("sentence", sa.Integer),
    sa.Column("extra", sa.JSON),
)

#: layer tables keyed by (doc_id, idx), in the order a document's rows are written
LAYER_TABLES: dict[str, sa.Table] = {
    "sentences": sentences,
    "mentions": mentions,
    "quantities": quantities,
    "times": times,
    "quotes": quotes,
    "events": events,
}

#: every table a fresh database gets from migration 1
CORE_TABLES: list[sa.Table] = [schema_migrations, documents, document_sources, entities, *LAYER_TABLES.values()]

# MinHash signature of each stored document (rasid.crossdoc.neardup): syndicated copies whose text
# differs slightly (another headline, a trailing line) are recognised and stored once. Not in
# CORE_TABLES: created by migration 4.
document_signatures = sa.Table(
    "document_signatures", metadata,
    sa.Column("doc_id", ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("minhash", sa.LargeBinary, nullable=False),
)

# A person's decisions about entity identity, applied on top of automatic clustering
# (rasid.crossdoc.identity). Keyed by entity id, which is stable across re-ingest (KB ids and
# slug-based local ids), so decisions survive it. Created by migration 5.
entity_overrides = sa.Table(
    "entity_overrides", metadata,
    sa.Column("entity_id", ID, primary_key=True),
    sa.Column("action", sa.String(10), nullable=False),   # merge | split
    sa.Column("target_id", ID),                           # for merge: the entity it becomes
    sa.Column("note", sa.Text),
    sa.Column("created_at", sa.String(40), nullable=False),
)

