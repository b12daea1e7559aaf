"""The :class:`Store` implementation behind :func:`rasid.store.open_store`.

Writes go through :meth:`Store.add_document` (or :meth:`Store.add_rows` for pre-flattened rows
from Parquet), one transaction per document, so a crash or ``kill -9`` leaves either the whole
document or nothing. Reads are plain Core queries returning dicts ready for JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.exc import IntegrityError

from rasid.arabic import normalize_phrase
from rasid.model import Document
from rasid.store import migrations, schema, searchnorm
from rasid.store.rows import document_rows, rebuild_document
from rasid.store.schema import (
    document_sources,
    documents,
    entities,
    events,
    mentions,
    quantities,
    quotes,
    sentences,
    times,
)

Status = Literal["added", "duplicate", "source_added"]


@dataclass(frozen=True, slots=True)
class AddResult:
    """Outcome of storing one document."""

    status: Status
    doc_id: str


def engine_url(target: str | Path) -> str:
    """SQLAlchemy URL for ``--db``: a file path means SQLite; ``postgresql://`` uses psycopg 3."""
    t = str(target)
    if "://" not in t:
        return f"sqlite:///{Path(t).expanduser().resolve()}"
    for prefix in ("postgresql://", "postgres://"):
        if t.startswith(prefix):
            return "postgresql+psycopg://" + t[len(prefix):]
    return t


def _json_dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


def _make_engine(url: str) -> sa.Engine:
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, json_serializer=_json_dumps, connect_args={"timeout": 60})

        @sa_event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # let SQLAlchemy, not pysqlite, decide where transactions start (documented recipe),
            # WAL so readers (the web app) never block the ingest, FKs on.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.close()

        @sa_event.listens_for(engine, "begin")
        def _on_begin(conn: sa.Connection) -> None:
            conn.exec_driver_sql("BEGIN")

        return engine
    return sa.create_engine(url, json_serializer=_json_dumps, pool_pre_ping=True)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _restore(row: dict[str, Any], keys: Iterable[str]) -> dict[str, Any]:
    for k in keys:
        v = row.get(k)
        if isinstance(v, float) and v.is_integer():
            row[k] = int(v)
    return row


class Store:
    """Documents and annotation layers in one SQL database (see module docstring)."""

    def __init__(self, target: str | Path) -> None:
        self.url = engine_url(target)
        self.engine = _make_engine(self.url)
        self.dialect = self.engine.dialect.name
        self._neardup: Any = None  # NearDuplicateIndex, built on first write from stored signatures

    # ------------------------------------------------------------------ lifecycle
    def migrate(self) -> list[int]:
        """Apply pending schema migrations (idempotent); returns the versions applied now."""
        done = migrations.migrate(self.engine)
        if self.dialect == "postgresql":
            self._check_pg_text_search()
        return done

    def _check_pg_text_search(self) -> None:
        """Warn when the server's locale hides Arabic words from to_tsvector (e.g. LC_CTYPE=C)."""
        import warnings

        with self.engine.connect() as conn:
            vec = conn.execute(sa.text("SELECT to_tsvector('simple', :w)::text"), {"w": "جند امريك"}).scalar_one()
        if "جند" not in (vec or ""):
            warnings.warn("PostgreSQL's text search does not see Arabic letters as word characters in this "
                          "database (create it with ENCODING 'UTF8' and a UTF-8 LC_CTYPE such as C.UTF-8); "
                          "search will miss documents", RuntimeWarning, stacklevel=3)

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return max(migrations.applied_versions(conn), default=0)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writes
    def _insert_ignore(self, conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> int:
        """Insert rows, skipping those that collide with a unique key (shared entities)."""
        if not rows:
            return 0
        mod = sqlite_dialect if self.dialect == "sqlite" else pg_dialect
        stmt = mod.insert(table).on_conflict_do_nothing()
        conn.execute(stmt, rows)
        return len(rows)

    def _add_source(self, conn: sa.Connection, doc_id: str, source: str, url: str, external_id: str) -> bool:
        row = {"doc_id": doc_id, "source": source[:300], "url": url[:2000], "external_id": external_id[:255],
               "added_at": _now()}
        mod = sqlite_dialect if self.dialect == "sqlite" else pg_dialect
        stmt = mod.insert(document_sources).on_conflict_do_nothing().returning(document_sources.c.id)
        # RETURNING, not rowcount: drivers disagree on rowcount for ON CONFLICT DO NOTHING
        return conn.execute(stmt, row).first() is not None

    def _write_search(self, conn: sa.Connection, doc_id: str, title: str | None, text: str) -> None:
        t, b = searchnorm.index_text(title), searchnorm.index_text(text)
        if self.dialect == "sqlite":
            conn.execute(sa.text("INSERT INTO documents_search (doc_id, title, body) VALUES (:d, :t, :b)"),
                         {"d": doc_id, "t": t, "b": b})
        else:
            conn.execute(sa.text(
                "INSERT INTO documents_search (doc_id, title, body, tsv) VALUES (:d, :t, :b, "
                "setweight(to_tsvector('simple', :t), 'A') || to_tsvector('simple', :b)) "
                "ON CONFLICT (doc_id) DO NOTHING"), {"d": doc_id, "t": t, "b": b})

    def add_document(self, doc: Document, source: str | None = None, url: str | None = None,
                     external_id: str | None = None) -> AddResult:
        """Store one analysed document and all its layers in one transaction.

        Same content hash as a stored document → ``"duplicate"``, or ``"source_added"`` when this
        (source, url, external id) was not yet recorded for it (a syndicated copy).
        """
        rows = document_rows(doc.to_dict(), raw=doc.raw)
        ext = external_id if external_id is not None else (doc.id or "")
        return self.add_rows(rows, source=source if source is not None else doc.source,
                             url=url if url is not None else doc.url, external_id=ext)

    def add_rows(self, rows: dict[str, list[dict[str, Any]]], *, source: str | None = None,
                 url: str | None = None, external_id: str | None = None) -> AddResult:
        """Store one document given as table rows (:func:`rasid.store.rows.document_rows`)."""
        for attempt in range(3):
            try:
                return self._add_rows_once(rows, source or "", url or "", external_id or "")
            except IntegrityError:
                # a concurrent writer stored the same content between our check and insert:
                # the next attempt takes the duplicate path
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _near_duplicates(self, conn: sa.Connection) -> Any:
        """The LSH index over stored signatures (loaded once per Store, then kept up to date)."""
        from rasid.crossdoc.neardup import NearDuplicateIndex

        if self._neardup is None:
            index = NearDuplicateIndex()
            index.add_many(conn.execute(sa.select(schema.document_signatures.c.doc_id,
                                                  schema.document_signatures.c.minhash)))
            self._neardup = index
        return self._neardup

    def _add_rows_once(self, rows: dict[str, list[dict[str, Any]]], source: str, url: str,
                       external_id: str) -> AddResult:
        from rasid.crossdoc.neardup import signature, to_bytes

        doc_row = dict(rows["documents"][0])
        chash = doc_row["content_hash"]
        with self.engine.begin() as conn:
            found = conn.execute(sa.select(documents.c.id).where(documents.c.content_hash == chash)).first()
            if found is not None:
                added = self._add_source(conn, found[0], source, url, external_id)
                return AddResult("source_added" if added else "duplicate", found[0])
            sig = signature(doc_row.get("text") or "")
            index = self._near_duplicates(conn)
            near = index.find(sig)
            if near is not None and conn.execute(sa.select(documents.c.id).where(documents.c.id == near)).first():
                # a syndicated copy with small edits: one stored article, one more source
                added = self._add_source(conn, near, source, url, external_id)
                return AddResult("source_added" if added else "duplicate", near)
            doc_id = str(doc_row["id"] or chash[:16])
            taken = conn.execute(sa.select(documents.c.id).where(documents.c.id == doc_id)).first()
            if taken is not None:
                # the same id with other content (an article edited after publication): keep both
                doc_id = f"{doc_id}~{chash[:10]}"
            doc_row.update(id=doc_id, ingested_at=_now())
            conn.execute(sa.insert(documents), doc_row)
            # sorted so concurrent writers lock shared entity rows in the same order (no deadlock)
            self._insert_ignore(conn, entities, sorted(rows.get("entities") or [], key=lambda e: e["id"]))
            for name, table in schema.LAYER_TABLES.items():
                layer = [{**r, "doc_id": doc_id} for r in rows.get(name) or []]
                if layer:
                    conn.execute(sa.insert(table), layer)
            self._add_source(conn, doc_id, source, url, external_id)
            self._write_search(conn, doc_id, doc_row.get("title"), doc_row.get("text") or "")
            conn.execute(sa.insert(schema.document_signatures), {"doc_id": doc_id, "minhash": to_bytes(sig)})
        index.add(doc_id, sig)
        return AddResult("added", doc_id)

    # ------------------------------------------------------------------ document reads
    def has_content(self, content_hash: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(documents.c.id).where(
                documents.c.content_hash == content_hash)).first() is not None

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        """Contract JSON (SCHEMA.md) of a stored document, plus ``sources`` and ``sentences``."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(documents).where(documents.c.id == doc_id)).mappings().first()
            if row is None:
                return None
            layers = {name: [dict(r) for r in conn.execute(sa.select(t).where(t.c.doc_id == doc_id)).mappings()]
                      for name, t in schema.LAYER_TABLES.items()}
            ids = {m["entity_id"] for m in layers["mentions"]}
            ents = {r["id"]: dict(r) for r in conn.execute(
                sa.select(entities).where(entities.c.id.in_(ids))).mappings()} if ids else {}
            srcs = conn.execute(sa.select(document_sources).where(document_sources.c.doc_id == doc_id)
                                .order_by(document_sources.c.id)).mappings().all()
        out = rebuild_document(dict(row), layers, ents)
        out.update(
            content_hash=row["content_hash"], ingested_at=row["ingested_at"],
            published_inferred=bool(row["published_inferred"]),
            sources=[{"source": s["source"] or None, "url": s["url"] or None,
                      "external_id": s["external_id"] or None, "added_at": s["added_at"]} for s in srcs],
        )
        return out

    def _doc_filters(self, since: str | None, until: str | None, source: str | None,
                     entity: str | None = None, event_type: str | None = None) -> list[Any]:
        conds: list[Any] = []
        pub = sa.func.substr(documents.c.published, 1, 10)
        if since:
            conds.append(pub >= since[:10])
        if until:
            conds.append(pub <= until[:10])
        if source:
            conds.append(documents.c.source == source)
        if entity:
            by_name = sa.select(entities.c.id).where(sa.or_(
                entities.c.name == entity, entities.c.name_en == entity,
                entities.c.name_norm == normalize_phrase(entity)))
            conds.append(documents.c.id.in_(sa.select(mentions.c.doc_id).where(
                sa.or_(mentions.c.entity_id == entity, mentions.c.entity_id.in_(by_name)))))
        if event_type:
            conds.append(documents.c.id.in_(sa.select(events.c.doc_id).where(events.c.type == event_type)))
        return conds

    def _counts(self) -> list[Any]:
        cols = []
        for name, table in (("entities", mentions), ("quantities", quantities), ("times", times),
                            ("quotes", quotes), ("events", events)):
            cols.append(sa.select(sa.func.count()).where(table.c.doc_id == documents.c.id)
                        .scalar_subquery().label(f"n_{name}"))
        return cols

    def list_documents(self, limit: int = 50, offset: int = 0, since: str | None = None,
                       until: str | None = None, source: str | None = None) -> list[dict[str, Any]]:
        """Newest first, without text layers, with per-layer counts (``n_entities`` ...)."""
        q = (sa.select(documents.c.id, documents.c.title, documents.c.published, documents.c.source,
                       documents.c.url, documents.c.ingested_at, documents.c.published_inferred, *self._counts())
             .where(*self._doc_filters(since, until, source))
             .order_by(documents.c.published.desc().nulls_last(), documents.c.id)
             .limit(limit).offset(offset))
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    def count_documents(self, since: str | None = None, until: str | None = None,
                        source: str | None = None) -> int:
        q = sa.select(sa.func.count()).select_from(documents).where(*self._doc_filters(since, until, source))
        with self.engine.connect() as conn:
            return int(conn.execute(q).scalar_one())

    # ------------------------------------------------------------------ search
    def search(self, q: str, limit: int = 20, offset: int = 0, since: str | None = None,
               until: str | None = None, source: str | None = None, entity: str | None = None,
               event_type: str | None = None) -> tuple[list[dict[str, Any]], int]:
        """Full-text search with Arabic normalisation; returns (results, total matching).

        All query words must match (after normalisation, stemming and synonym folding). Results are
        ranked by bm25 (SQLite) or ts_rank_cd (PostgreSQL) and carry an HTML-escaped ``snippet`` with
        ``<mark>`` around the matching words of the original text. An empty query lists documents.
        """
        terms = searchnorm.query_terms(q or "")
        filters = self._doc_filters(since, until, source, entity, event_type)
        cols = [documents.c.id.label("doc_id"), documents.c.title, documents.c.published, documents.c.source,
                documents.c.url, documents.c.text]
        fts = sa.table("documents_search", sa.column("doc_id"), sa.column("tsv"))
        if not terms:
            base = sa.select(*cols, sa.literal(0.0).label("score")).where(*filters)
            order = [documents.c.published.desc().nulls_last(), documents.c.id]
            count_q = sa.select(sa.func.count()).select_from(documents).where(*filters)
        elif self.dialect == "sqlite":
            match = " ".join(f'"{t}"' for t in terms)
            rank = sa.literal_column("bm25(documents_search, 0.0, 3.0, 1.0)")
            cond = sa.text("documents_search MATCH :match").bindparams(match=match)
            join = fts.join(documents, documents.c.id == fts.c.doc_id)
            base = sa.select(*cols, (-rank).label("score")).select_from(join).where(cond, *filters)
            order = [rank, documents.c.id]
            count_q = sa.select(sa.func.count()).select_from(join).where(cond, *filters)
        else:
            tsq = sa.func.plainto_tsquery(sa.literal_column("'simple'::regconfig"), " ".join(terms))
            rank = sa.func.ts_rank_cd(fts.c.tsv, tsq)
            cond = fts.c.tsv.op("@@")(tsq)
            join = fts.join(documents, documents.c.id == fts.c.doc_id)
            base = sa.select(*cols, rank.label("score")).select_from(join).where(cond, *filters)
            order = [rank.desc(), documents.c.id]
            count_q = sa.select(sa.func.count()).select_from(join).where(cond, *filters)
        with self.engine.connect() as conn:
            total = int(conn.execute(count_q).scalar_one())
            rows = conn.execute(base.order_by(*order).limit(limit).offset(offset)).mappings().all()
        out = []
        for r in rows:
            item = dict(r)
            text = item.pop("text") or ""
            item["score"] = float(item["score"] or 0.0)
            item["snippet"] = searchnorm.snippet(text, terms)
            out.append(item)
        return out, total

    # ------------------------------------------------------------------ entities
    def list_entities(self, type: str | None = None, q: str | None = None, limit: int = 100,
                      offset: int = 0) -> list[dict[str, Any]]:
        """Entities with mention and document counts, most mentioned first."""
        counts = (sa.select(mentions.c.entity_id, sa.func.count().label("mentions"),
                            sa.func.count(sa.distinct(mentions.c.doc_id)).label("documents"))
                  .group_by(mentions.c.entity_id).subquery())
        query = (sa.select(entities.c.id, entities.c.type, entities.c.name, entities.c.name_en, entities.c.kb,
                           sa.func.coalesce(counts.c.mentions, 0).label("mentions"),
                           sa.func.coalesce(counts.c.documents, 0).label("documents"))
                 .select_from(entities.outerjoin(counts, counts.c.entity_id == entities.c.id)))
        if type:
            query = query.where(entities.c.type == type)
        if q:
            nq = normalize_phrase(q)
            query = query.where(sa.or_(entities.c.name_norm.contains(nq, autoescape=True),
                                       sa.func.lower(entities.c.name_en).contains(q.lower(), autoescape=True),
                                       entities.c.id == q))
        query = query.order_by(sa.desc("mentions"), entities.c.id).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [{**dict(r), "kb": bool(r["kb"])} for r in conn.execute(query).mappings()]

    # ------------------------------------------------------------------ entity identity
    def set_entity_override(self, entity_id: str, action: str, target_id: str | None = None,
                            note: str | None = None) -> None:
        """Record a manual identity decision: ``merge`` entity_id into target_id, or ``split`` it
        out of any automatic cluster; ``clear`` forgets the decision."""
        if action not in ("merge", "split", "clear"):
            raise ValueError(f"unknown action {action!r}")
        if action == "merge" and not target_id:
            raise ValueError("merge needs a target entity id")
        t = schema.entity_overrides
        with self.engine.begin() as conn:
            conn.execute(sa.delete(t).where(t.c.entity_id == entity_id))
            if action != "clear":
                conn.execute(sa.insert(t), {"entity_id": entity_id, "action": action, "target_id": target_id,
                                            "note": note, "created_at": _now()})

    def entity_overrides(self) -> tuple[dict[str, str], set[str]]:
        """(merges: id → target id, splits: ids kept apart)."""
        t = schema.entity_overrides
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(t.c.entity_id, t.c.action, t.c.target_id)).all()
        return ({r[0]: r[2] for r in rows if r[1] == "merge" and r[2]}, {r[0] for r in rows if r[1] == "split"})

    def identity_map(self) -> dict[str, str]:
        """Every stored entity id → the id of the cluster it belongs to (automatic + manual)."""
        from rasid.crossdoc.identity import cluster_names

        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(entities.c.id, entities.c.type, entities.c.name)
                                .order_by(entities.c.id)).all()
        merges, splits = self.entity_overrides()
        return cluster_names(((r[0], r[1], r[2] or r[0]) for r in rows), merges=merges, splits=splits)

    def get_entity(self, entity_id: str, limit: int = 500) -> dict[str, Any] | None:
        """An entity with its mentions (with sentence text), surface forms, quotes, events, quantities."""
        with self.engine.connect() as conn:
            ent = conn.execute(sa.select(entities).where(entities.c.id == entity_id)).mappings().first()
            if ent is None:
                return None
            sent = sentences.alias("s")
            mq = (sa.select(mentions.c.doc_id, mentions.c.start, mentions.c.end, mentions.c.text, mentions.c.type,
                            mentions.c.sentence, sent.c.text.label("sentence_text"),
                            documents.c.title, documents.c.published, documents.c.source)
                  .select_from(mentions.join(documents, documents.c.id == mentions.c.doc_id)
                               .outerjoin(sent, sa.and_(sent.c.doc_id == mentions.c.doc_id,
                                                        sent.c.idx == mentions.c.sentence)))
                  .where(mentions.c.entity_id == entity_id)
                  .order_by(documents.c.published.desc().nulls_last(), mentions.c.doc_id, mentions.c.start)
                  .limit(limit))
            ms = [dict(r) for r in conn.execute(mq).mappings()]
            forms = conn.execute(sa.select(mentions.c.text, sa.func.count().label("n"))
                                 .where(mentions.c.entity_id == entity_id)
                                 .group_by(mentions.c.text).order_by(sa.desc("n"), mentions.c.text)).all()
            n_mentions, n_docs = conn.execute(
                sa.select(sa.func.count(), sa.func.count(sa.distinct(mentions.c.doc_id)))
                .where(mentions.c.entity_id == entity_id)).one()
            qs = [dict(r) for r in conn.execute(
                sa.select(quotes, documents.c.title, documents.c.published)
                .join(documents, documents.c.id == quotes.c.doc_id)
                .where(quotes.c.speaker_id == entity_id).order_by(quotes.c.doc_id, quotes.c.idx).limit(limit))
                .mappings()]
            evs = [_restore(dict(r), ["quantity"]) for r in conn.execute(
                sa.select(events, documents.c.title, documents.c.published)
                .join(documents, documents.c.id == events.c.doc_id)
                .where(sa.or_(events.c.actor_id == entity_id, events.c.target_id == entity_id,
                              events.c.location_id == entity_id))
                .order_by(events.c.date.nulls_last(), events.c.doc_id, events.c.idx).limit(limit)).mappings()]
            qts = [_restore(dict(r), ["value", "low", "high"]) for r in conn.execute(
                sa.select(quantities).where(sa.or_(quantities.c.owner_id == entity_id,
                                                   quantities.c.location_id == entity_id))
                .order_by(quantities.c.doc_id, quantities.c.idx).limit(limit)).mappings()]
        return {**dict(ent), "kb": bool(ent["kb"]), "mention_count": int(n_mentions), "documents": int(n_docs),
                "forms": [{"text": t, "count": int(n)} for t, n in forms],
                "mentions": ms, "quotes": qs, "events": evs, "quantities": qts}

    # ------------------------------------------------------------------ layers
    def list_events(self, type: str | None = None, actor: str | None = None, location: str | None = None,
                    since: str | None = None, until: str | None = None, modality: str | None = None,
                    limit: int = 1000, offset: int = 0) -> list[dict[str, Any]]:
        """Events with document title/published/source, in date order (``date`` = event or publication date)."""
        query = (sa.select(events, documents.c.title, documents.c.published, documents.c.source)
                 .join(documents, documents.c.id == events.c.doc_id))
        if type:
            query = query.where(events.c.type == type)
        if actor:
            query = query.where(sa.or_(events.c.actor_id.in_([actor, *_kb_ids(actor)]), events.c.actor == actor))
        if location:
            query = query.where(sa.or_(events.c.location_id.in_([location, *_kb_ids(location)]),
                                       events.c.location == location))
        if modality:
            query = query.where(events.c.modality == modality)
        if since:
            query = query.where(events.c.date >= since)
        if until:
            query = query.where(sa.func.substr(events.c.date, 1, len(until)) <= until)
        query = query.order_by(events.c.date.nulls_last(), events.c.doc_id, events.c.idx).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [_restore(dict(r), ["quantity"]) for r in conn.execute(query).mappings()]

    def list_quantities(self, category: str | None = None, owner: str | None = None,
                        location: str | None = None, limit: int = 1000, offset: int = 0,
                        doc_id: str | None = None) -> list[dict[str, Any]]:
        query = (sa.select(quantities, documents.c.title, documents.c.published, documents.c.source)
                 .join(documents, documents.c.id == quantities.c.doc_id))
        if category:
            query = query.where(quantities.c.category == category)
        if owner:
            query = query.where(sa.or_(quantities.c.owner_id == owner, quantities.c.owner == owner))
        if location:
            query = query.where(sa.or_(quantities.c.location_id.in_([location, *_kb_ids(location)]),
                                       quantities.c.location == location))
        if doc_id:
            query = query.where(quantities.c.doc_id == doc_id)
        query = query.order_by(documents.c.published.nulls_last(), quantities.c.doc_id, quantities.c.idx)
        with self.engine.connect() as conn:
            return [_restore(dict(r), ["value", "low", "high"])
                    for r in conn.execute(query.limit(limit).offset(offset)).mappings()]

    def list_times(self, doc_id: str | None = None, limit: int = 10000) -> list[dict[str, Any]]:
        query = (sa.select(times, documents.c.published).join(documents, documents.c.id == times.c.doc_id))
        if doc_id:
            query = query.where(times.c.doc_id == doc_id)
        query = query.order_by(times.c.doc_id, times.c.idx).limit(limit)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    # ------------------------------------------------------------------ stats
    def stats(self) -> dict[str, Any]:
        """Counts per table, per entity type, event type, quantity category, source; date range."""
        tables = {"documents": documents, "document_sources": document_sources, "sentences": sentences,
                  "entities": entities, "mentions": mentions, "quantities": quantities, "times": times,
                  "quotes": quotes, "events": events}
        with self.engine.connect() as conn:
            counts = {name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())
                      for name, t in tables.items()}

            def grouped(col: Any, count: Any = None) -> dict[str, int]:
                c = count if count is not None else sa.func.count()
                rows = conn.execute(sa.select(col, c).group_by(col).order_by(sa.desc(c), col)).all()
                return {("(none)" if k is None else str(k)): int(v) for k, v in rows}

            lo, hi = conn.execute(sa.select(sa.func.min(documents.c.published),
                                            sa.func.max(documents.c.published))).one()
            out = {
                "tables": counts,
                "entity_types": grouped(entities.c.type),
                "mention_types": grouped(mentions.c.type),
                "event_types": grouped(events.c.type),
                "event_modalities": grouped(events.c.modality),
                "quantity_categories": grouped(quantities.c.category),
                "time_types": grouped(times.c.type),
                "sources": grouped(documents.c.source),
                "published": {"min": lo, "max": hi},
                "schema_version": max(migrations.applied_versions(conn), default=0),
                "backend": self.dialect,
            }
        return out


def open_store(target: str | Path = "rasid.db", *, migrate: bool = True) -> Store:
    """Open (and by default migrate) the store at a path (SQLite) or SQLAlchemy/PostgreSQL URL."""
    store = Store(target)
    if migrate:
        store.migrate()
    return store


def _kb_ids(name: str) -> list[str]:
    """KB ids a name given to a filter stands for (``كابل`` also finds events written ``كابول``: events
    keep the place as the article wrote it, the KB identity in ``location_id``)."""
    from rasid.entities.kb import load_kb, norm_alias

    return list(load_kb().alias_index.get(norm_alias(name), ()))
