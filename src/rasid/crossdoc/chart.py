"""Charts of a timeline: quantity series as lines (counts solid, plans/expectations hollow) and
events as a strip of ticks, written as PNG, SVG or a self-contained HTML page (no external assets)."""

from __future__ import annotations

import html
import io
from datetime import date
from pathlib import Path

from rasid.crossdoc.series import _parse_date
from rasid.crossdoc.timeline import Timeline


def _figure(tl: Timeline):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax, axe) = plt.subplots(2, 1, figsize=(10, 6), height_ratios=[4, 1], sharex=True)
    for s in tl.series[:8]:
        pts = [(d, c) for c in s.claims if (d := _parse_date(c.as_of))]
        if not pts:
            continue
        counts = [(d, c.value) for d, c in pts if c.kind == "count"]
        other = [(d, c.value) for d, c in pts if c.kind != "count"]
        label = s.id
        if counts:
            line, = ax.plot([d for d, _ in counts], [v for _, v in counts], "o-", label=label)
            color = line.get_color()
        else:
            color = None
        if other:
            ax.scatter([d for d, _ in other], [v for _, v in other], facecolors="none",
                       edgecolors=color or "grey", label=f"{label} (planned/expected)")
        for d, c in pts:
            if c.conflicts_with:
                ax.annotate("!", (d, c.value), color="red", fontsize=12, fontweight="bold")
    ax.set_ylabel("value")
    ax.legend(fontsize=7, loc="upper left")
    ax.grid(alpha=0.3)
    types = sorted({e.type for e in tl.events})
    for e in tl.events:
        d = _parse_date(e.date)
        if d:
            axe.plot([d], [types.index(e.type)], "|", markersize=12)
    axe.set_yticks(range(len(types)), types, fontsize=7)
    axe.set_xlabel("date")
    if not tl.events and not tl.series:
        ax.text(0.5, 0.5, "nothing to chart", transform=ax.transAxes, ha="center")
        ax.set_xlim(date(2000, 1, 1), date.today())
    fig.tight_layout()
    return fig


def write_chart(tl: Timeline, path: str | Path) -> Path:
    path = Path(path)
    fig = _figure(tl)
    suffix = path.suffix.lower()
    if suffix in (".png", ".svg"):
        fig.savefig(path, format=suffix[1:])
    elif suffix in (".html", ".htm"):
        buf = io.StringIO()
        fig.savefig(buf, format="svg")
        rows = "".join(
            f"<tr><td>{html.escape(str(r['date']))}</td><td>{html.escape(r.get('type') or r.get('series') or '')}</td>"
            f"<td>{html.escape(str(r.get('value', r.get('quantity', ''))) or '')}</td>"
            f"<td>{html.escape((r.get('sentence') or (r.get('reports') or [{}])[0].get('sentence', ''))[:200])}</td></tr>"
            for r in tl.rows())
        path.write_text(
            "<!doctype html><html lang='ar' dir='rtl'><meta charset='utf-8'><title>rasid timeline</title>"
            f"<body><div dir='ltr'>{buf.getvalue()}</div><table border='1'>{rows}</table></body></html>",
            encoding="utf-8")
    else:
        raise ValueError(f"unsupported chart format {suffix!r}: use .png, .svg or .html")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return path
