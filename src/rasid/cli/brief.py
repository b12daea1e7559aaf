"""``rasid brief QUERY``: a dated Arabic digest (Markdown and HTML) citing every source sentence."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rasid.crossdoc.brief import build_brief
from rasid.crossdoc.timeline import build_timeline, load_documents


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("brief", help="write a dated digest in Arabic for a search query")
    p.add_argument("query", help="search terms, e.g. 'داعش تكريت'")
    p.add_argument("--db", default="rasid.db")
    p.add_argument("--since")
    p.add_argument("--until")
    p.add_argument("--out", default="brief", help="output path prefix (writes PREFIX.md and PREFIX.html)")
    p.add_argument("--limit", type=int, default=200, help="at most this many matching articles")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rasid.store import open_store

    store = open_store(args.db)
    try:
        results, total = store.search(args.query, limit=args.limit, since=args.since, until=args.until)
        docs = load_documents(store, doc_ids=[r["doc_id"] for r in results])
    finally:
        store.close()
    if not docs:
        print(f"no stored article matches {args.query!r}", file=sys.stderr)
        return 1
    tl = build_timeline(docs, since=args.since, until=args.until)
    brief = build_brief(args.query, tl, len(docs))
    md, page = Path(f"{args.out}.md"), Path(f"{args.out}.html")
    md.write_text(brief.markdown(), encoding="utf-8")
    page.write_text(brief.html(), encoding="utf-8")
    print(f"{len(docs)} articles (of {total} matches) → {md} and {page}")
    return 0
