"""Server-rendered pages (Jinja2, right-to-left, Arabic first).

Pages read the store directly (no HTTP round trip to our own API) and pass plain dicts to the
templates; autoescaping is on for all of them. Charts and the map are drawn in the browser by
``static/app.js`` from the JSON API, so each page stays usable as plain HTML when scripts are off.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from rasid.web.api import DATE_PATTERN, EntityType, EventType, Modality
from rasid.web.geo import locate
from rasid.web.render import highlight, json_for_script, safe_snippet

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 20

Since = Annotated[str | None, Query(pattern=DATE_PATTERN)]
Until = Annotated[str | None, Query(pattern=DATE_PATTERN)]
Text = Annotated[str | None, Query(max_length=300)]


def _render(request: Request, name: str, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context)


def _clean(params: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.value if hasattr(v, "value") else v) for k, v in params.items() if v not in (None, "")}


@router.get("/", response_class=HTMLResponse)
def home(request: Request, q: Annotated[str, Query(max_length=500)] = "", since: Since = None,
         until: Until = None, source: Text = None, entity: Text = None, event_type: EventType | None = None,
         page: Annotated[int, Query(ge=1, le=10000)] = 1) -> HTMLResponse:
    store = request.app.state.store
    filters = _clean({"q": q, "since": since, "until": until, "source": source, "entity": entity,
                      "event_type": event_type})
    results, total = store.search(q, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, since=since, until=until,
                                  source=source or None, entity=entity or None,
                                  event_type=event_type.value if event_type else None)
    for r in results:
        r["snippet_html"] = safe_snippet(r.get("snippet"))
    stats = store.stats()
    pages = max(1, -(-total // PAGE_SIZE))
    return _render(request, "home.html", q=q, filters=filters, results=results, total=total, page=page,
                   pages=pages, stats=stats, sources=sorted(stats.get("sources") or {}))


@router.get("/doc/{doc_id:path}", response_class=HTMLResponse)
def document(request: Request, doc_id: str) -> HTMLResponse:
    doc = request.app.state.store.get_document(doc_id)
    if doc is None:
        raise HTTPException(404, "المقال غير موجود / document not found")
    return _doc_page(request, doc, stored=True)


def _doc_page(request: Request, doc: dict[str, Any], *, stored: bool) -> HTMLResponse:
    places = []
    seen: set[str] = set()
    for ent in doc.get("entities") or []:
        ident = ent.get("id")
        if ent.get("type") in ("GPE", "LOC") and ident and ident not in seen:
            seen.add(ident)
            loc = locate(ident)
            if loc:
                places.append({"id": ident, "name": ent.get("name") or ent.get("text"), **loc})
    unique: dict[str, dict[str, Any]] = {}
    for ent in doc.get("entities") or []:
        key = ent.get("id") or f"{ent.get('type')}:{ent.get('text')}"
        if key in unique:
            unique[key]["count"] += 1
        else:
            unique[key] = {**ent, "count": 1}
    counts = {k: len(doc.get(k) or []) for k in ("entities", "quantities", "times", "quotes", "events")}
    panel_data = {k: doc.get(k) or [] for k in ("entities", "quantities", "times", "quotes", "events")}
    return _render(request, "document.html", doc=doc, body=highlight(doc), counts=counts, stored=stored,
                   unique_entities=list(unique.values()),
                   doc_json=json_for_script(panel_data), places_json=json_for_script(places), places=places)


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request) -> HTMLResponse:
    return _render(request, "analyze.html")


@router.post("/analyze", response_class=HTMLResponse)
def analyze_submit(request: Request, text: Annotated[str, Form(min_length=1, max_length=2_000_000)],
                   published: Annotated[str | None, Form(pattern=DATE_PATTERN)] = None,
                   source: Annotated[str | None, Form(max_length=300)] = None) -> HTMLResponse:
    """Analyse pasted text and show it like a stored article (nothing is written to the store)."""
    import rasid

    doc = rasid.analyze(text, published=published or None, source=source or None).to_dict()
    return _doc_page(request, doc, stored=False)


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, q: Text = None, type: EntityType | None = None,
             page: Annotated[int, Query(ge=1, le=10000)] = 1) -> HTMLResponse:
    rows = request.app.state.store.list_entities(type=type.value if type else None, q=q or None,
                                                 limit=50, offset=(page - 1) * 50)
    return _render(request, "entities.html", rows=rows, filters=_clean({"q": q, "type": type}), page=page,
                   has_next=len(rows) == 50)


@router.get("/entity/{entity_id:path}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str) -> HTMLResponse:
    ent = request.app.state.store.get_entity(entity_id)
    if ent is None:
        raise HTTPException(404, "الكيان غير موجود / entity not found")
    loc = locate(entity_id)
    places = [{"id": entity_id, "name": ent.get("name"), **loc}] if loc else []
    return _render(request, "entity.html", ent=ent, loc=loc, places_json=json_for_script(places))


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, type: EventType | None = None, actor: Text = None, location: Text = None,
           since: Since = None, until: Until = None, modality: Modality | None = None,
           page: Annotated[int, Query(ge=1, le=10000)] = 1) -> HTMLResponse:
    size = 100
    rows = request.app.state.store.list_events(type=type.value if type else None, actor=actor or None,
                                               location=location or None, since=since, until=until,
                                               modality=modality.value if modality else None,
                                               limit=size + 1, offset=(page - 1) * size)
    filters = _clean({"type": type, "actor": actor, "location": location, "since": since, "until": until,
                      "modality": modality})
    return _render(request, "events.html", rows=rows[:size], filters=filters, page=page,
                   has_next=len(rows) > size)


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, entity: Text = None, type: EventType | None = None, series: Text = None,
             since: Since = None, until: Until = None) -> HTMLResponse:
    filters = _clean({"entity": entity, "type": type, "series": series, "since": since, "until": until})
    return _render(request, "timeline.html", filters=filters)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, type: EventType | None = None, since: Since = None,
             until: Until = None) -> HTMLResponse:
    filters = _clean({"type": type, "since": since, "until": until})
    return _render(request, "map.html", filters=filters)
