"""``rasid identity``: which names are one actor across documents, and manual merge/split.

Automatic clusters come from normalised forms and fuzzy matching of names the KB does not know;
decisions made here are stored in the database (table ``entity_overrides``), keyed by entity id, so
they survive re-ingest and apply to timelines, briefs and exports.
"""

from __future__ import annotations

import argparse
from collections import defaultdict


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("identity", help="cross-document entity clusters; merge or split by hand")
    p.add_argument("--db", default="rasid.db")
    isub = p.add_subparsers(dest="action", metavar="ACTION")
    c = isub.add_parser("clusters", help="list entities that were grouped across documents")
    c.add_argument("--all", action="store_true", help="also list entities that stand alone")
    m = isub.add_parser("merge", help="merge entity SOURCE into TARGET")
    m.add_argument("source")
    m.add_argument("target")
    m.add_argument("--note")
    s = isub.add_parser("split", help="keep ENTITY out of any automatic cluster")
    s.add_argument("entity")
    s.add_argument("--note")
    r = isub.add_parser("clear", help="forget the manual decision about ENTITY")
    r.add_argument("entity")
    p.set_defaults(func=run, action="clusters", all=False)


def run(args: argparse.Namespace) -> int:
    from rasid.store import open_store

    with open_store(args.db) as store:
        if args.action == "merge":
            store.set_entity_override(args.source, "merge", args.target, note=args.note)
            print(f"{args.source} → {args.target}")
            return 0
        if args.action in ("split", "clear"):
            store.set_entity_override(args.entity, args.action, note=getattr(args, "note", None))
            print(f"{args.entity}: {args.action}")
            return 0
        id_map = store.identity_map()
        names = {e["id"]: e for e in store.list_entities(limit=1_000_000)}
    groups: dict[str, list[str]] = defaultdict(list)
    for ent_id, cluster in id_map.items():
        groups[cluster].append(ent_id)
    for cluster, members in sorted(groups.items()):
        if len(members) < 2 and not args.all:
            continue
        head = names.get(cluster, {})
        print(f"{cluster}  {head.get('name') or ''}  ({head.get('type') or '?'})")
        for m in sorted(members):
            if m != cluster:
                e = names.get(m, {})
                print(f"    ← {m}  {e.get('name') or ''}  mentions {e.get('mentions', 0)}")
    return 0
