"""Coordinates for map points, from the knowledge base (``coords: [lat, lon]`` on KB entries).

Not every place in the KB carries coordinates: a governorate may only name its ``parent`` and a
town only its ``country``. An analyst would rather see a point at the parent region or country than
no point at all, so we walk ``parent`` links and fall back to the country entry, and report which
entry the point really belongs to (``precision``) so the map can draw approximate points lighter.
"""

from __future__ import annotations

from functools import cache
from typing import Any

MAX_PARENT_HOPS = 5


@cache
def _kb() -> Any:
    """The default KB, or None while the KB loader is unavailable (the map then shows no points)."""
    try:
        from rasid.entities.kb import load_kb

        return load_kb()
    except Exception:  # noqa: BLE001 - a broken KB file must not take the web app down
        return None


def warm_up() -> None:
    """Load the KB now (it takes seconds) instead of on the first request that needs coordinates."""
    _kb()


def locate(entity_id: str | None) -> dict[str, Any] | None:
    """``{"lat", "lon", "via", "precision"}`` for a KB id, or None when nothing in its chain has coordinates.

    ``precision`` is ``"exact"`` when the entry itself has coordinates, ``"parent"`` or ``"country"``
    when they come from an enclosing place.
    """
    kb = _kb()
    if kb is None or not entity_id:
        return None
    entry = kb.get(entity_id)
    if entry is None:
        return None
    cur, precision = entry, "exact"
    for _ in range(MAX_PARENT_HOPS):
        if cur.coords:
            lat, lon = cur.coords
            return {"lat": float(lat), "lon": float(lon), "via": cur.id, "precision": precision}
        if not cur.parent:
            break
        nxt = kb.get(cur.parent)
        if nxt is None:
            break
        cur, precision = nxt, "parent"
    if entry.country:
        country_id = kb.country_entry.get(entry.country)
        country = kb.get(country_id)
        if country is not None and country.coords and country.id != entry.id:
            lat, lon = country.coords
            return {"lat": float(lat), "lon": float(lon), "via": country.id, "precision": "country"}
    return None
