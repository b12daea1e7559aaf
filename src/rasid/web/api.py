"""The JSON API under ``/api``: the same store reads the pages use, plus analysis and export.

Every parameter is declared with its type and bounds so that FastAPI rejects bad input with a 422
before any query runs, and the OpenAPI document states exactly what is accepted (the property-based
test generates requests from it). Values reach the database only as bound parameters of the
store's SQLAlchemy queries; nothing here builds SQL from strings.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from rasid.model import ENTITY_TYPES, EVENT_TYPES, MODALITIES, QUANTITY_CATEGORIES
from rasid.web.geo import locate

DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
#: the timeline merges events across documents in memory; beyond this, ask for a date range
TIMELINE_MAX_DOCS = 3000
EXPORT_MAX_ROWS = 10000
#: search rows carry a snippet each, which the store builds from the full text: keep exports quick
EXPORT_SEARCH_MAX_ROWS = 2000
MAP_MAX_EVENTS = 20000

EventType = StrEnum("EventType", {t: t for t in EVENT_TYPES})
EntityType = StrEnum("EntityType", {t: t for t in ENTITY_TYPES})
Modality = StrEnum("Modality", {m: m for m in MODALITIES})
Category = StrEnum("Category", {c: c for c in QUANTITY_CATEGORIES})


class ExportTable(StrEnum):
    documents = "documents"
    search = "search"
    entities = "entities"
    events = "events"
    quantities = "quantities"


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"


class ErrorDetail(BaseModel):
    status: int
    message: str
    detail: Any = None


class ErrorResponse(BaseModel):
    error: ErrorDetail


class Page(BaseModel):
    """A page of results; ``total`` counts every match, not only this page."""

    model_config = ConfigDict(extra="allow")
    results: list[dict[str, Any]]
    total: int
    limit: int
    offset: int


class Listing(BaseModel):
    model_config = ConfigDict(extra="allow")
    results: list[dict[str, Any]]
    limit: int
    offset: int


class AnalyzeIn(BaseModel):
    """Text or HTML of one article; the optional fields anchor dates and label the output."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="plain text or a whole HTML page")
    published: str | None = Field(default=None, pattern=DATE_PATTERN, description="YYYY-MM-DD")
    source: str | None = Field(default=None, max_length=300)
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=2000)
    id: str | None = Field(default=None, max_length=255)


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorResponse, "description": "not found"},
    422: {"model": ErrorResponse, "description": "invalid parameters"},
}

router = APIRouter(prefix="/api", responses={422: ERRORS[422]})

Limit = Annotated[int, Query(ge=1, le=500, description="page size")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="rows to skip")]
Since = Annotated[str | None, Query(pattern=DATE_PATTERN, description="from date YYYY[-MM[-DD]]")]
Until = Annotated[str | None, Query(pattern=DATE_PATTERN, description="to date YYYY[-MM[-DD]], inclusive")]
Outlet = Annotated[str | None, Query(max_length=300, description="outlet (document source)")]
EntityRef = Annotated[str | None, Query(max_length=300, description="entity KB id or name")]


def _store(request: Request) -> Any:
    return request.app.state.store


def _with_coords(row: dict[str, Any], key: str = "location_id") -> dict[str, Any]:
    loc = locate(row.get(key))
    return {**row, "coords": [loc["lat"], loc["lon"]] if loc else None}


# ---------------------------------------------------------------------------------------------- meta
@router.get("/health", tags=["documents"], summary="liveness and store backend")
def health(request: Request) -> dict[str, Any]:
    store = _store(request)
    return {"status": "ok", "backend": getattr(store, "dialect", None)}


@router.get("/stats", tags=["documents"], summary="counts per table, type and outlet; date range")
def stats(request: Request) -> dict[str, Any]:
    return _store(request).stats()


# ----------------------------------------------------------------------------------------- documents
@router.get("/documents", tags=["documents"], response_model=Page, summary="documents, newest first")
def list_documents(request: Request, limit: Limit = 50, offset: Offset = 0, since: Since = None,
                   until: Until = None, source: Outlet = None) -> dict[str, Any]:
    store = _store(request)
    rows = store.list_documents(limit=limit, offset=offset, since=since, until=until, source=source)
    total = store.count_documents(since=since, until=until, source=source) if hasattr(store, "count_documents") \
        else len(rows)
    return {"results": rows, "total": total, "limit": limit, "offset": offset}


@router.get("/documents/{doc_id:path}", tags=["documents"], responses={404: ERRORS[404]},
            summary="one document with every annotation layer (contract JSON)")
def get_document(request: Request, doc_id: str) -> dict[str, Any]:
    doc = _store(request).get_document(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return doc


# -------------------------------------------------------------------------------------------- search
@router.get("/search", tags=["search"], response_model=Page,
            summary="Arabic-aware full-text search with filters and highlighted snippets")
def search(request: Request,
           q: Annotated[str, Query(max_length=500, description="query words (all must match)")] = "",
           limit: Annotated[int, Query(ge=1, le=200)] = 20, offset: Offset = 0, since: Since = None,
           until: Until = None, source: Outlet = None, entity: EntityRef = None,
           event_type: EventType | None = None) -> dict[str, Any]:
    results, total = _store(request).search(q, limit=limit, offset=offset, since=since, until=until,
                                            source=source, entity=entity,
                                            event_type=event_type.value if event_type else None)
    return {"results": results, "total": total, "limit": limit, "offset": offset, "q": q}


# ------------------------------------------------------------------------------------------ entities
@router.get("/entities", tags=["entities"], response_model=Listing, summary="entities, most mentioned first")
def list_entities(request: Request, type: EntityType | None = None,
                  q: Annotated[str | None, Query(max_length=300, description="name contains")] = None,
                  limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    rows = _store(request).list_entities(type=type.value if type else None, q=q or None, limit=limit,
                                         offset=offset)
    return {"results": rows, "limit": limit, "offset": offset}


@router.get("/entities/{entity_id:path}", tags=["entities"], responses={404: ERRORS[404]},
            summary="an entity with its mentions, quotes, events and quantities")
def get_entity(request: Request, entity_id: str) -> dict[str, Any]:
    ent = _store(request).get_entity(entity_id)
    if ent is None:
        raise HTTPException(404, f"no entity {entity_id!r}")
    loc = locate(entity_id)
    ent["coords"] = [loc["lat"], loc["lon"]] if loc else None
    ent["events"] = [_with_coords(e) for e in ent.get("events") or []]
    return ent


# -------------------------------------------------------------------------------------------- events
def _events(request: Request, type: EventType | None, actor: str | None, location: str | None,
            since: str | None, until: str | None, modality: Modality | None, limit: int,
            offset: int) -> list[dict[str, Any]]:
    return _store(request).list_events(type=type.value if type else None, actor=actor or None,
                                       location=location or None, since=since, until=until,
                                       modality=modality.value if modality else None, limit=limit, offset=offset)


@router.get("/events", tags=["events"], response_model=Listing,
            summary="events with their roles, in date order (filters as in `rasid events`)")
def list_events(request: Request, type: EventType | None = None, actor: EntityRef = None,
                location: EntityRef = None, since: Since = None, until: Until = None,
                modality: Modality | None = None, limit: Annotated[int, Query(ge=1, le=5000)] = 500,
                offset: Offset = 0) -> dict[str, Any]:
    rows = _events(request, type, actor, location, since, until, modality, limit, offset)
    return {"results": [_with_coords(r) for r in rows], "limit": limit, "offset": offset}


@router.get("/quantities", tags=["events"], response_model=Listing, summary="quantity mentions")
def list_quantities(request: Request, category: Category | None = None, owner: EntityRef = None,
                    location: EntityRef = None, limit: Annotated[int, Query(ge=1, le=5000)] = 500,
                    offset: Offset = 0) -> dict[str, Any]:
    rows = _store(request).list_quantities(category=category.value if category else None, owner=owner or None,
                                           location=location or None, limit=limit, offset=offset)
    return {"results": rows, "limit": limit, "offset": offset}


def month_histogram(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events per month and type: ``[{"month": "2015-03", "total": 4, "types": {"ASSAULT": 3, ...}}]``."""
    by_month: dict[str, Counter[str]] = defaultdict(Counter)
    for ev in events:
        date = ev.get("date") or ev.get("published") or ""
        if len(date) >= 7:
            by_month[date[:7]][ev.get("type") or "?"] += 1
    return [{"month": m, "total": sum(c.values()), "types": dict(c)} for m, c in sorted(by_month.items())]


@router.get("/timeline", tags=["events"],
            summary="merged events and quantity series over time, with a monthly event histogram")
def timeline(request: Request, entity: EntityRef = None, type: EventType | None = None,
             series: Annotated[str | None, Query(max_length=300, description="CATEGORY[:OWNER[:LOCATION]]")] = None,
             since: Since = None, until: Until = None) -> dict[str, Any]:
    from rasid.crossdoc.timeline import build_timeline, load_documents

    store = _store(request)
    n = store.count_documents(since=since, until=until) if hasattr(store, "count_documents") else 0
    if n > TIMELINE_MAX_DOCS:
        # merging events across documents happens in memory; over a large range show the stored
        # events per month only and ask for a narrower range for merged events and series
        evs = store.list_events(type=type.value if type else None, actor=entity or None, since=since, until=until,
                                limit=MAP_MAX_EVENTS)
        return {"events": [], "series": [], "histogram": month_histogram(evs),
                "note": f"{n} documents in range: narrow it with since/until (at most {TIMELINE_MAX_DOCS}) "
                        f"to see merged events and quantity series"}
    docs = load_documents(store, since=since, until=until)
    tl = build_timeline(docs, entity=entity or None, event_type=type.value if type else None,
                        series=series or None, since=since, until=until)
    out = tl.to_dict()
    out["histogram"] = month_histogram(out["events"])
    for s in out["series"]:
        s["points"] = [{"date": c.get("as_of"), "value": c.get("value"), "low": c.get("low"),
                        "high": c.get("high"), "kind": c.get("kind"), "doc_id": c.get("doc_id"),
                        "source": c.get("source"), "conflicting": bool(c.get("conflicts_with"))}
                       for c in s["claims"] if c.get("as_of")]
    return out


# ----------------------------------------------------------------------------------------------- map
@router.get("/map", tags=["events"], responses={404: ERRORS[404]}, summary="points for the map: event locations and places mentioned")
def map_points(request: Request,
               doc_id: Annotated[str | None, Query(max_length=255, description="one document only")] = None,
               type: EventType | None = None, since: Since = None, until: Until = None) -> dict[str, Any]:
    store = _store(request)
    points: dict[str, dict[str, Any]] = {}

    def point(ident: str | None, name: str | None) -> dict[str, Any] | None:
        if not ident:
            return None
        if ident not in points:
            loc = locate(ident)
            if loc is None:
                return None
            points[ident] = {"id": ident, "name": name, "lat": loc["lat"], "lon": loc["lon"],
                             "precision": loc["precision"], "events": 0, "mentions": 0, "types": {}}
        return points[ident]

    if doc_id:
        doc = store.get_document(doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        for ent in doc.get("entities") or []:
            if ent.get("type") in ("GPE", "LOC"):
                p = point(ent.get("id"), ent.get("name") or ent.get("text"))
                if p:
                    p["mentions"] += 1
        evs = [e for e in doc.get("events") or [] if not type or e.get("type") == type.value]
    else:
        evs = store.list_events(type=type.value if type else None, since=since, until=until,
                                limit=MAP_MAX_EVENTS)
        if not type:
            for ent in _place_mentions(store, since, until):
                p = point(ent["id"], ent["name"])
                if p:
                    p["mentions"] += ent["mentions"]
    for ev in evs:
        p = point(ev.get("location_id"), ev.get("location"))
        if p:
            p["events"] += 1
            p["types"][ev.get("type")] = p["types"].get(ev.get("type"), 0) + 1
    return {"points": sorted(points.values(), key=lambda p: (-p["events"], -p["mentions"], p["id"]))}


def _place_mentions(store: Any, since: str | None, until: str | None) -> list[dict[str, Any]]:
    """Places (GPE/LOC entities) with their mention counts, optionally within a publication range."""
    import sqlalchemy as sa

    from rasid.store.schema import documents, entities, mentions

    pub = sa.func.substr(documents.c.published, 1, 10)
    q = (sa.select(entities.c.id, entities.c.name, sa.func.count().label("mentions"))
         .select_from(mentions.join(entities, entities.c.id == mentions.c.entity_id)
                      .join(documents, documents.c.id == mentions.c.doc_id))
         .where(entities.c.type.in_(("GPE", "LOC")))
         .group_by(entities.c.id, entities.c.name))
    if since:
        q = q.where(pub >= since[:10])
    if until:
        q = q.where(sa.func.substr(documents.c.published, 1, len(until)) <= until)
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


# ------------------------------------------------------------------------------------------- analyze
ANALYZE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": AnalyzeIn.model_json_schema()},
            "text/plain": {"schema": {"type": "string", "minLength": 1}},
            "text/html": {"schema": {"type": "string", "minLength": 1}},
        },
    }
}


@router.post("/analyze", tags=["analysis"], openapi_extra=ANALYZE_BODY,
             responses={413: {"model": ErrorResponse, "description": "body over the size limit"},
                        400: {"model": ErrorResponse, "description": "unreadable body"},
                        415: {"model": ErrorResponse, "description": "unsupported content type"}},
             summary="analyse one article (text or HTML) and return the contract JSON; nothing is stored")
async def analyze_endpoint(request: Request) -> JSONResponse:
    from starlette.concurrency import run_in_threadpool

    ctype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    body = await request.body()
    if ctype in ("application/json", ""):
        try:
            payload = AnalyzeIn.model_validate_json(body or b"null")
        except ValueError as exc:
            errors = getattr(exc, "errors", lambda: [])()
            detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
                      for e in errors] or str(exc)
            raise HTTPException(422, f"invalid analysis request: {detail}") from exc
    elif ctype in ("text/plain", "text/html"):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise HTTPException(400, "body is not UTF-8 text") from exc
        if not text.strip():
            raise HTTPException(422, "empty body")
        p = request.query_params
        published = p.get("published")
        if published:
            import re

            if not re.match(DATE_PATTERN, published):
                raise HTTPException(422, "published must be YYYY[-MM[-DD]]")
        payload = AnalyzeIn(text=text, published=published, source=p.get("source"), title=p.get("title"),
                            url=p.get("url"), id=p.get("id"))
    else:
        raise HTTPException(415, f"unsupported content type {ctype!r}; send JSON, text/plain or text/html")

    import rasid

    doc = await run_in_threadpool(rasid.analyze, payload.text, published=payload.published, source=payload.source,
                                  title=payload.title, id=payload.id, url=payload.url)
    return JSONResponse(doc.to_dict())


# -------------------------------------------------------------------------------------------- export
def _csv_cell(value: Any) -> Any:
    """Flatten nested values and defuse spreadsheet formulas (a cell starting with = + - @)."""
    if isinstance(value, dict | list):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def rows_to_csv(rows: list[dict[str, Any]]) -> str:
    columns: list[str] = []
    for r in rows:
        columns.extend(k for k in r if k not in columns)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns or ["empty"], extrasaction="ignore")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: _csv_cell(v) for k, v in r.items()})
    return buf.getvalue()


@router.get("/export", tags=["export"], summary="download a table (CSV or JSON) with the same filters as the views",
            responses={200: {"content": {"text/csv": {}, "application/json": {}}}})
def export(request: Request, table: ExportTable = ExportTable.events, format: ExportFormat = ExportFormat.csv,
           q: Annotated[str, Query(max_length=500)] = "", since: Since = None, until: Until = None,
           source: Outlet = None, entity: EntityRef = None, type: EventType | None = None,
           actor: EntityRef = None, location: EntityRef = None, modality: Modality | None = None,
           limit: Annotated[int, Query(ge=1, le=EXPORT_MAX_ROWS)] = EXPORT_MAX_ROWS) -> Response:
    store = _store(request)
    total: int | None = None
    if table is ExportTable.events:
        rows = _events(request, type, actor, location, since, until, modality, limit, 0)
    elif table is ExportTable.search:
        rows, total = store.search(q, limit=min(limit, EXPORT_SEARCH_MAX_ROWS), offset=0, since=since,
                                   until=until, source=source, entity=entity,
                                   event_type=type.value if type else None)
    elif table is ExportTable.documents:
        rows = store.list_documents(limit=limit, offset=0, since=since, until=until, source=source)
    elif table is ExportTable.entities:
        rows = store.list_entities(q=q or None, limit=limit)
    else:
        rows = store.list_quantities(owner=actor or None, location=location or None, limit=limit)
    name = f"rasid-{table.value}"
    headers = {"X-Rasid-Rows": str(len(rows))}
    if total is not None:
        headers["X-Rasid-Total"] = str(total)  # more matches than exported rows: narrow the filters
    if format is ExportFormat.json:
        body = json.dumps({"table": table.value, "rows": rows, "total": total if total is not None else len(rows)},
                          ensure_ascii=False, default=str)
        return Response(body, media_type="application/json",
                        headers={**headers, "Content-Disposition": f'attachment; filename="{name}.json"'})
    # a BOM so that spreadsheet programs read the Arabic as UTF-8
    return Response("\ufeff" + rows_to_csv(rows), media_type="text/csv; charset=utf-8",
                    headers={**headers, "Content-Disposition": f'attachment; filename="{name}.csv"'})
