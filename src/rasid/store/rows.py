"""Flatten a document's contract JSON into table rows, and rebuild it from them.

The store, the Spark job (which writes the same tables as Parquet) and ``rasid load`` all use these
two functions, so a document survives store → JSON, Spark → Parquet → store and analyze → store
with the same shape as :meth:`rasid.model.Document.to_dict`.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from rasid.arabic import normalize_phrase

#: contract/model fields that have a column of their own, per layer (the rest goes to ``extra``)
QUANTITY_COLS = ("start", "end", "text", "value", "low", "high", "approx", "unit", "category", "currency",
                 "owner", "owner_id", "location", "location_id", "sentence")
TIME_COLS = ("start", "end", "text", "type", "value", "anchor", "mod", "sentence")
QUOTE_COLS = ("start", "end", "text", "speaker", "speaker_id", "speaker_type", "direct", "sentence")
EVENT_COLS = ("type", "actor", "actor_id", "target", "target_id", "location", "location_id", "time",
              "quantity", "modality", "reported_by", "sentence")
MENTION_COLS = ("start", "end", "text", "type", "sentence")
_MENTION_ENTITY_FIELDS = ("id", "name", "name_en", "source")
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def content_hash(text: str) -> str:
    """Hash of the cleaned text with whitespace collapsed: the identity of an article's content.

    Whitespace is collapsed so that a syndicated copy that differs only in line breaks or spacing
    is recognised as the same article.
    """
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def entity_id_for(ent: dict[str, Any]) -> str:
    """The store id of an entity mention: its KB id, else ``local:<slug of the normalised name>``.

    Document-local ids from the pipeline are replaced by a name slug so the same unseen name in
    two documents is one stored entity.
    """
    eid = ent.get("id")
    if eid and not str(eid).startswith("local:"):
        return str(eid)
    name = ent.get("name") or ent.get("text") or ""
    slug = "_".join(normalize_phrase(name).split())[:200]
    if not slug:
        slug = hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]
    return f"local:{slug}"


def _num(v: Any) -> float | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, int | float):
        return float(v)
    return None


def _restore_num(v: float | None) -> float | int | None:
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def _split(item: dict[str, Any], cols: tuple[str, ...], skip: tuple[str, ...] = ()) -> tuple[dict, dict | None]:
    row = {c: item.get(c) for c in cols}
    extra = {k: v for k, v in item.items() if k not in cols and k not in skip}
    return row, (extra or None)


def event_date(time_value: str | None, published: str | None) -> str | None:
    """Calendar date of an event: its TIMEX value when that is a (partial) date, else publication."""
    if time_value and _DATE_RE.match(time_value):
        return time_value
    return published[:10] if published else None


def document_rows(d: dict[str, Any], *, raw: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Rows for every table from one document's :meth:`~rasid.model.Document.to_dict` output.

    ``documents`` gets one row without ``ingested_at``; ``entities`` one row per distinct entity.
    ``extra`` values are dicts (the store keeps them as JSON, Spark as JSON strings).
    """
    doc_id = d["id"]
    text = d.get("text") or ""
    meta = dict(d.get("meta") or {})
    # only a date rasid inferred (not merely evidence recorded beside a given date) counts
    inferred = meta.get("published_inferred")
    out: dict[str, list[dict[str, Any]]] = {
        "documents": [{
            "id": doc_id, "content_hash": content_hash(text), "title": d.get("title"),
            "published": d.get("published"), "published_inferred": bool(inferred),
            "source": d.get("source"), "url": d.get("url"), "text": text,
            "raw": raw if raw is not None else d.get("raw"), "meta": meta,
        }],
        "sentences": [{"doc_id": doc_id, "idx": i, "start": s["start"], "end": s["end"], "text": s["text"]}
                      for i, s in enumerate(d.get("sentences") or [])],
        "entities": [], "mentions": [], "quantities": [], "times": [], "quotes": [], "events": [],
    }
    seen: dict[str, dict[str, Any]] = {}
    for i, e in enumerate(d.get("entities") or []):
        eid = entity_id_for(e)
        if eid not in seen:
            seen[eid] = {"id": eid, "type": e.get("type"), "name": e.get("name") or e.get("text"),
                         "name_en": e.get("name_en"), "name_norm": normalize_phrase(e.get("name") or e.get("text") or ""),
                         "kb": not eid.startswith("local:")}
        row, extra = _split(e, MENTION_COLS, _MENTION_ENTITY_FIELDS)
        out["mentions"].append({"doc_id": doc_id, "idx": i, "entity_id": eid, **row,
                                "method": e.get("source"), "extra": extra})
    out["entities"] = list(seen.values())
    for i, q in enumerate(d.get("quantities") or []):
        row, extra = _split(q, QUANTITY_COLS)
        for k in ("value", "low", "high"):
            if row[k] is not None and _num(row[k]) is None:
                extra = {**(extra or {}), k: row[k]}
            row[k] = _num(row[k])
        row["approx"] = bool(row["approx"])
        out["quantities"].append({"doc_id": doc_id, "idx": i, **row, "extra": extra})
    for i, t in enumerate(d.get("times") or []):
        row, extra = _split(t, TIME_COLS)
        out["times"].append({"doc_id": doc_id, "idx": i, **row, "extra": extra})
    for i, q in enumerate(d.get("quotes") or []):
        row, extra = _split(q, QUOTE_COLS)
        row["direct"] = bool(row["direct"]) if row["direct"] is not None else True
        out["quotes"].append({"doc_id": doc_id, "idx": i, **row, "extra": extra})
    for i, ev in enumerate(d.get("events") or []):
        row, extra = _split(ev, EVENT_COLS, ("trigger",))
        trig = ev.get("trigger") or {}
        if row["quantity"] is not None and _num(row["quantity"]) is None:
            extra = {**(extra or {}), "quantity": row["quantity"]}
        row["quantity"] = _num(row["quantity"])
        row["modality"] = row["modality"] or "asserted"
        out["events"].append({"doc_id": doc_id, "idx": i, **row,
                              "trigger_text": trig.get("text", ""), "trigger_start": trig.get("start", 0),
                              "trigger_end": trig.get("end", 0),
                              "date": event_date(row["time"], d.get("published")), "extra": extra})
    return out


def _merge(row: dict[str, Any], cols: tuple[str, ...]) -> dict[str, Any]:
    item = {c: row.get(c) for c in cols}
    extra = row.get("extra")
    if extra:
        item.update(extra)
    return item


def rebuild_document(doc: dict[str, Any], layers: dict[str, list[dict[str, Any]]],
                     entities: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The contract JSON of one document from its ``documents`` row and layer rows.

    ``layers`` maps table name → rows of this document (any order); ``entities`` maps entity id →
    entities row. Mention ids are the store's entity ids (KB id or ``local:<slug>``).
    """
    def ordered(name: str) -> list[dict[str, Any]]:
        return sorted(layers.get(name) or [], key=lambda r: r["idx"])

    ents = []
    for m in ordered("mentions"):
        ent = entities.get(m["entity_id"], {})
        item = _merge(m, MENTION_COLS)
        item.update(id=m["entity_id"], name=ent.get("name"), name_en=ent.get("name_en"), source=m.get("method"))
        ents.append(item)
    quants = []
    for r in ordered("quantities"):
        item = _merge({**r, **{k: _restore_num(r.get(k)) for k in ("value", "low", "high")}}, QUANTITY_COLS)
        if r.get("extra"):
            item.update(r["extra"])
        item["approx"] = bool(item["approx"])
        quants.append(item)
    evs = []
    for r in ordered("events"):
        item = _merge({**r, "quantity": _restore_num(r.get("quantity"))}, EVENT_COLS)
        if r.get("extra"):
            item.update(r["extra"])
        item["trigger"] = {"start": r["trigger_start"], "end": r["trigger_end"], "text": r["trigger_text"]}
        evs.append(item)
    quotes = []
    for r in ordered("quotes"):
        item = _merge(r, QUOTE_COLS)
        item["direct"] = bool(item["direct"])
        quotes.append(item)
    return {
        "id": doc["id"], "source": doc.get("source"), "published": doc.get("published"),
        "title": doc.get("title"), "text": doc.get("text") or "",
        "entities": ents, "quantities": quants,
        "times": [_merge(r, TIME_COLS) for r in ordered("times")],
        "quotes": quotes, "events": evs,
        "url": doc.get("url"), "meta": doc.get("meta") or {},
        "sentences": [{"start": r["start"], "end": r["end"], "text": r["text"]} for r in ordered("sentences")],
    }
