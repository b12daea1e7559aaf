"""``rasid timeline``: a dated timeline of merged events and quantity claims, with their sources."""

from __future__ import annotations

import argparse
import json
import sys

from rasid.crossdoc.timeline import Timeline, build_timeline, load_documents

KIND_AR = {"count": "عدد", "planned": "مخطط", "expected": "متوقع", "increment": "زيادة", "negated": "منفي"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("timeline", help="dated timeline of events and quantity series across documents")
    p.add_argument("--db", default="rasid.db", help="SQLite file or database URL (default rasid.db)")
    p.add_argument("--entity", help="only events/claims involving this entity (KB id or name)")
    p.add_argument("--type", help="only events of this PLOVER type")
    p.add_argument("--series", help="quantity series: CATEGORY[:OWNER[:LOCATION]], e.g. personnel:US:IQ "
                                    "or 'personnel:الولايات المتحدة:العراق'")
    p.add_argument("--since", help="YYYY[-MM[-DD]]")
    p.add_argument("--until", help="YYYY[-MM[-DD]]")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--chart", metavar="PATH", help="also write a chart (.png, .svg or .html)")
    p.set_defaults(func=run)


def _fmt_value(c: dict) -> str:
    if c.get("low") is not None and c.get("high") is None:
        return f">{c['low']:g}"
    if c.get("high") is not None and c.get("low") is None:
        return f"<{c['high']:g}"
    if c.get("low") is not None and c.get("high") is not None:
        return f"{c['low']:g}–{c['high']:g}"
    return ("≈" if c.get("approx") else "") + f"{c['value']:g}"


def render_text(tl: Timeline) -> str:
    lines = []
    for r in tl.rows():
        date = (r["date"] or "????-??-??").ljust(10)
        if r["kind"] == "event":
            who = r.get("actor") or "?"
            where = f" ← {r['location']}" if r.get("location") else ""
            qty = f" ×{r['quantity']:g}" if r.get("quantity") is not None else ""
            lines.append(f"{date}  {r['type']:<9} [{r['modality']}] {who}{where}{qty}  "
                         f"(reports {len(r['reports'])}, sources {r['independent_sources']})")
            for rep in r["reports"][:3]:
                lines.append(f"            «{rep['sentence'][:140]}» — {rep['source'] or rep['doc_id']}")
        else:
            flag = "  ⚠ conflicting" if r["conflicting"] else ""
            lines.append(f"{date}  {r['series']}: {_fmt_value(r)} [{KIND_AR.get(r['kind'], r['kind'])}/{r['kind']}]{flag}")
            lines.append(f"            «{r['sentence'][:140]}» — {r['source'] or r['doc_id']}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from rasid.store import open_store

    store = open_store(args.db)
    try:
        docs = load_documents(store)
    finally:
        store.close()
    tl = build_timeline(docs, entity=args.entity, event_type=args.type, series=args.series,
                        since=args.since, until=args.until)
    if args.format == "json":
        json.dump(tl.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(render_text(tl) or "(nothing matches)")
    if args.chart:
        from rasid.crossdoc.chart import write_chart

        write_chart(tl, args.chart)
        print(f"chart written to {args.chart}", file=sys.stderr)
    return 0
