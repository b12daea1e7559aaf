"""Turn a stored document into the highlighted HTML of the article view.

Layers overlap freely (an entity inside a quote, a quantity inside an event's sentence, a trigger
inside a quote), so they cannot be rendered as nested tags in general. We cut the text at every
span boundary and emit one ``<span>`` per elementary piece, carrying the classes of every layer
that covers it and the references (``data-refs``) of those annotations; the browser script looks
the references up in the document JSON embedded in the page to fill the side panel. All text is
escaped here, so the template may mark the result safe.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup, escape

#: layer key → (reference prefix, CSS class); the order is the order of precedence in the panel
LAYERS: tuple[tuple[str, str, str], ...] = (
    ("events", "v", "hl-event"),
    ("entities", "e", "hl-entity"),
    ("quantities", "n", "hl-quantity"),
    ("times", "t", "hl-time"),
    ("quotes", "q", "hl-quote"),
)


def _span_of(layer: str, item: dict[str, Any]) -> tuple[int, int] | None:
    if layer == "events":
        trig = item.get("trigger") or {}
        start, end = trig.get("start"), trig.get("end")
    else:
        start, end = item.get("start"), item.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or end <= start:
        return None
    return start, end


def annotations(doc: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    """(start, end, ref, css class) of every annotation whose span lies inside the text."""
    n = len(doc.get("text") or "")
    out = []
    for layer, prefix, css in LAYERS:
        for i, item in enumerate(doc.get(layer) or []):
            span = _span_of(layer, item)
            if span and 0 <= span[0] < span[1] <= n:
                extra = f" hl-ent-{item.get('type', '').lower()}" if layer == "entities" and item.get("type") else ""
                out.append((span[0], span[1], f"{prefix}{i}", css + extra))
    return out


def highlight(doc: dict[str, Any]) -> Markup:
    """The document text as escaped HTML with one highlight span per covered piece."""
    text = doc.get("text") or ""
    anns = annotations(doc)
    cuts = sorted({0, len(text), *(a[0] for a in anns), *(a[1] for a in anns)})
    parts: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = text[a:b]
        covering = [x for x in anns if x[0] <= a and b <= x[1]]
        if not covering:
            parts.append(str(escape(piece)))
            continue
        classes = sorted({c for x in covering for c in x[3].split()})
        refs = " ".join(x[2] for x in covering)
        parts.append(f'<span class="hl {" ".join(classes)}" data-refs="{escape(refs)}" tabindex="0">'
                     f"{escape(piece)}</span>")
    html = "".join(parts)
    # keep paragraph breaks of the cleaned text visible
    return Markup(html.replace("\n\n", "<br><br>").replace("\n", "<br>"))


def safe_snippet(snippet: str | None) -> Markup:
    """A search snippet with only ``<mark>`` kept as markup, whatever the store sent.

    The store promises an escaped snippet; we do not rely on it: every piece between the mark
    tags is unescaped once and escaped again, so a missing or double escape can never inject HTML.
    """
    import html as _html
    import re

    out = []
    for piece in re.split(r"(</?mark>)", snippet or ""):
        if piece in ("<mark>", "</mark>"):
            out.append(piece)
        else:
            out.append(str(escape(_html.unescape(piece))))
    return Markup("".join(out))


def json_for_script(data: Any) -> Markup:
    """JSON safe to embed in ``<script type="application/json">`` (no ``</script>`` break-out)."""
    raw = json.dumps(data, ensure_ascii=False, default=str)
    return Markup(raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
