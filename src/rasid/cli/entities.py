"""``rasid entities [--db FILE] [--type T] [FILES ...]``: entities with mention counts.

With ``--db`` (the default when no file is given) the list comes from the store; with files the
articles are analysed on the fly (plain text, or JSON Lines with a ``raw``/``text`` field per line),
which is handy before anything has been ingested.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from rasid.model import ENTITY_TYPES


def _articles(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix in (".jsonl", ".json"):
        out = []
        for line in text.splitlines():
            if line.strip():
                d = json.loads(line)
                out.append({"raw": d.get("raw") or d.get("text") or "", "published": d.get("published"),
                            "id": d.get("id")})
        return out
    return [{"raw": text, "published": None, "id": path.stem}]


def from_files(paths: list[Path], type_: str | None) -> list[dict[str, Any]]:
    """Aggregate the entities of freshly analysed files: one row per id, most mentioned first."""
    import rasid

    mentions: Counter[str] = Counter()
    docs: dict[str, set[str]] = {}
    info: dict[str, dict[str, Any]] = {}
    for path in paths:
        for i, art in enumerate(_articles(path)):
            doc = rasid.analyze(art["raw"], published=art["published"], id=art["id"] or f"{path.name}#{i}")
            for e in doc.entities:
                if type_ and e.type != type_:
                    continue
                key = e.id or f"{e.type}:{e.text}"
                if key.startswith("local:"):
                    key = f"{key}@{doc.id}"  # local ids are only meaningful inside one document
                mentions[key] += 1
                docs.setdefault(key, set()).add(str(doc.id))
                info.setdefault(key, {"id": e.id, "type": e.type, "name": e.name or e.text, "name_en": e.name_en,
                                      "kb": bool(e.id and not e.id.startswith("local:"))})
    rows = [{**info[k], "mentions": n, "documents": len(docs[k])} for k, n in mentions.items()]
    rows.sort(key=lambda r: (-r["mentions"], r["name"] or ""))
    return rows


def format_rows(rows: list[dict[str, Any]]) -> str:
    lines = [f"{'mentions':>8} {'docs':>5}  {'type':<6} {'id':<40} name"]
    for r in rows:
        name = r.get("name") or ""
        if r.get("name_en"):
            name += f" ({r['name_en']})"
        lines.append(f"{r['mentions']:>8} {r['documents']:>5}  {r['type']:<6} {str(r.get('id') or '-'):<40} {name}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    type_ = args.type.upper() if args.type else None
    if type_ and type_ not in ENTITY_TYPES:
        print(f"unknown type {args.type}; one of {', '.join(ENTITY_TYPES)}", file=sys.stderr)
        return 2
    if args.files:
        missing = [p for p in args.files if not Path(p).is_file()]
        if missing:
            print(f"no such file: {missing[0]}", file=sys.stderr)
            return 1
        rows = from_files([Path(p) for p in args.files], type_)[: args.limit]
    else:
        from rasid.store import open_store

        if "://" not in args.db and not Path(args.db).exists():
            print(f"no database at {args.db} (run `rasid ingest PATH --db {args.db}` first, or pass files)",
                  file=sys.stderr)
            return 1
        with open_store(args.db) as store:
            rows = store.list_entities(type=type_, limit=args.limit)
    print(json.dumps(rows, ensure_ascii=False, indent=1) if args.json else format_rows(rows))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("entities", help="list entities with mention counts (from the store or from files)")
    p.add_argument("files", nargs="*", help="articles to analyse instead of reading the store")
    p.add_argument("--db", default="rasid.db", help="SQLite file or postgresql:// URL (default: rasid.db)")
    p.add_argument("--type", help="PERSON, ORG, GPE or LOC")
    p.add_argument("--limit", type=int, default=200, help="at most this many rows (default 200)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)
