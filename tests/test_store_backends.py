"""Backend fixtures for the store, ingest and Spark tests: every store test runs on SQLite and PostgreSQL.

The PostgreSQL variant needs ``RASID_TEST_PG_URL`` (``scripts/pg-test-cluster.sh start`` prints one;
``scripts/test.sh`` exports it) and skips with that hint when it is unset. Each test gets a fresh
database (``CREATE DATABASE``), or a reset ``public`` schema when the role may not create databases.
Other test modules import ``store_url`` from here.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from rasid.model import Document, Entity, Event, Quantity, Quote, Sentence, Span, TimeExpr
from rasid.store import engine_url

PG_ENV = "RASID_TEST_PG_URL"


def _fresh_pg(base: str) -> Iterator[str]:
    url = sa.engine.make_url(engine_url(base))
    name = f"rasid_t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        created = True
    except sa.exc.ProgrammingError:
        created = False
    if created:
        try:
            yield url.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.dispose()
        return
    with admin.connect() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    admin.dispose()
    yield url.render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A fresh, empty store target: a SQLite file path, or a PostgreSQL URL."""
    if request.param == "sqlite":
        yield str(tmp_path / "rasid.db")
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is unset: PostgreSQL store tests skipped "
                    "(`bash scripts/pg-test-cluster.sh start` prints a URL to export)")
    yield from _fresh_pg(base)


def make_doc(text: str, *, id: str | None = None, source: str | None = None, published: str | None = "2014-12-09",
             title: str | None = None) -> Document:
    """A document with hand-made layers (independent of the pipeline stages under construction)."""
    doc = Document(raw=text, text=text, raw_offsets=list(range(len(text) + 1)), id=id, source=source,
                   published=published, title=title)
    doc.sentences = [Sentence(0, len(text), text)]
    for name, kb, typ, en in (("العراق", "Q796", "GPE", "Iraq"), ("البنتاغون", "Q11208", "ORG", "Pentagon"),
                              ("أبو محمد", None, "PERSON", None)):
        i = text.find(name)
        if i >= 0:
            doc.entities.append(Entity(i, i + len(name), name, typ, id=kb, name=name, name_en=en, sentence=0))
    j = text.find("الجنود")
    if j >= 0:
        doc.quantities.append(Quantity(j, j + 6, "الجنود", value=3700, approx=True, unit="جندي",
                                       category="personnel", location="العراق", location_id="Q796", sentence=0))
        doc.events.append(Event("MOBILIZE", Span(j, j + 6, "الجنود"), actor="الولايات المتحدة", actor_id="Q30",
                                location="العراق", location_id="Q796", time="2014-12-02", quantity=3700,
                                sentence=0))
        doc.quotes.append(Quote(0, 3, text[:3], speaker="مسؤول", speaker_type="UNNAMED",
                                cue=Span(0, 3, text[:3]), sentence=0))
        doc.times.append(TimeExpr(0, 3, text[:3], "DATE", "2014-12", sentence=0))
    return doc
