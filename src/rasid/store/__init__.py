"""The rasid store: documents and every annotation layer in SQLite (default) or PostgreSQL.

One interface over both backends (SQLAlchemy Core, the same schema and migrations), so the CLI,
the web app and ``rasid load`` never care which database is behind ``--db``::

    from rasid.store import open_store
    store = open_store("rasid.db")                  # or "postgresql://user@host/db"
    store.add_document(doc, source="aljazeera")     # one transaction per document
    hits, total = store.search("جنود أمريكيون في العراق")

Documents are identified by the hash of their cleaned text: storing the same article again changes
nothing, and a copy seen under another outlet, URL or id only records that extra source.
"""

from __future__ import annotations

from rasid.store.core import AddResult, Store, engine_url, open_store

__all__ = ["AddResult", "Store", "engine_url", "open_store"]
