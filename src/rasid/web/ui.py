"""Template helpers: Arabic labels for the closed vocabularies, number formatting, query strings.

Labels come from ``data/labels_ar.yaml`` through :mod:`rasid.labels`, the same source the CLI digest
uses, so the web pages and ``rasid brief`` never disagree on what ``ASSAULT`` is called in Arabic.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlencode, urlsplit

from rasid.labels import label
from rasid.model import ENTITY_TYPES, EVENT_TYPES, MODALITIES, QUANTITY_CATEGORIES, TIME_TYPES


def fmt_num(value: Any) -> str:
    """``1500.0`` → ``1,500``; keeps decimals only when they carry information."""
    if value is None or value == "":
        return ""
    try:
        f = float(value)
    except (TypeError, ValueError):
        return str(value)
    if f.is_integer():
        return f"{int(f):,}"
    return f"{f:,.2f}".rstrip("0").rstrip(".")


def safe_url(url: Any) -> str:
    """``url`` if it is an absolute http(s) link, else "" (no ``javascript:`` or ``data:`` hrefs).

    Article URLs come from scraped input; autoescaping stops them breaking out of the attribute but
    not a ``javascript:`` scheme running when the analyst clicks the link.
    """
    if not isinstance(url, str):
        return ""
    parsed = urlsplit(url.strip())
    return url.strip() if parsed.scheme.lower() in ("http", "https") and parsed.netloc else ""


def query_string(params: Mapping[str, Any], **changes: Any) -> str:
    """The current filters with some changed (for paging and export links); empty values dropped."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def template_globals() -> dict[str, Any]:
    return {
        "label": label,
        "EVENT_TYPES": EVENT_TYPES,
        "ENTITY_TYPES": ENTITY_TYPES,
        "MODALITIES": MODALITIES,
        "QUANTITY_CATEGORIES": QUANTITY_CATEGORIES,
        "TIME_TYPES": TIME_TYPES,
        "query_string": query_string,
    }


def template_filters() -> dict[str, Callable[..., Any]]:
    return {"num": fmt_num, "safe_url": safe_url}
