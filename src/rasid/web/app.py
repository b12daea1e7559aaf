"""The FastAPI application: JSON API (``/api``), server-rendered pages and static assets.

:func:`create_app` takes a store target (path, URL or an open :class:`~rasid.store.Store`) so that
tests, ``rasid serve`` and embedding code all build the same app. Safety decisions live here:

* request bodies are capped (``max_body`` bytes, 2 MB by default) and a request may run for at
  most ``timeout`` seconds; both answer with a JSON error rather than hanging or swallowing memory;
* every error under ``/api`` is ``{"error": {"status", "message", "detail"?}}`` — clients never
  have to parse an HTML error page; pages get a small Arabic error page instead;
* a strict Content-Security-Policy (``'self'`` only) backs the rule that nothing is loaded from
  outside: no CDN, no tile server, no web fonts, so the desk works on an offline machine.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.templating import Jinja2Templates

HERE = Path(__file__).resolve().parent
log = logging.getLogger("rasid.web")
MAX_BODY = 2 * 1024 * 1024
TIMEOUT_S = 30.0
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
       "form-action 'self'")

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyTooLarge(Exception):
    """Raised while reading a request body that passes the size limit."""


def error_body(status: int, message: str, detail: Any = None) -> dict[str, Any]:
    err: dict[str, Any] = {"status": status, "message": message}
    if detail is not None:
        err["detail"] = detail
    return {"error": err}


async def _send_json(send: Send, status: int, body: dict[str, Any]) -> None:
    raw = json.dumps(body, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode())]})
    await send({"type": "http.response.body", "body": raw})


class DropEmptyParams:
    """Treat ``?since=&type=`` like absent parameters.

    HTML forms submit every field, filled or not; without this, an empty date or an unselected
    event type would fail validation and a plain search from the home page would answer 422.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            parts = scope["query_string"].split(b"&")
            kept = [p for p in parts if p.partition(b"=")[2]]
            if len(kept) != len(parts):
                scope = {**scope, "query_string": b"&".join(kept)}
        await self.app(scope, receive, send)


class LimitsMiddleware:
    """Body-size and wall-time limits for every HTTP request, answered with JSON errors.

    A pure ASGI middleware (not ``BaseHTTPMiddleware``) so that the body is counted as it streams
    in: a client lying about ``Content-Length`` or using chunked encoding is still cut off.
    """

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY, timeout: float = TIMEOUT_S) -> None:
        self.app, self.max_body, self.timeout = app, max_body, timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers") or []:
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _send_json(send, 400, error_body(400, "invalid Content-Length header"))
                    return
                if declared > self.max_body:
                    await _send_json(send, 413, error_body(413, f"request body over {self.max_body} bytes"))
                    return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_body:
                    raise BodyTooLarge()
            return msg

        async def tracking_send(msg: Message) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
                present = {k.lower() for k, _ in msg.get("headers") or []}
                msg["headers"] = [*(msg.get("headers") or []),
                                  *((k, v) for k, v in SECURITY_HEADERS if k not in present)]
            await send(msg)

        try:
            async with asyncio.timeout(self.timeout):
                await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _send_json(send, 413, error_body(413, f"request body over {self.max_body} bytes"))
        except TimeoutError:
            if not started:
                await _send_json(send, 503, error_body(503, f"request took longer than {self.timeout:g} s"))


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path in ("/openapi.json", "/docs")


def build_templates() -> Jinja2Templates:
    """Jinja2 with autoescaping on for every template (user text is never trusted)."""
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    from rasid.web import ui

    env.globals.update(ui.template_globals())
    env.filters.update(ui.template_filters())
    return Jinja2Templates(env=env)


def create_app(db: Any = "rasid.db", *, max_body: int = MAX_BODY, timeout: float = TIMEOUT_S) -> FastAPI:
    """The web app over the store ``db`` (a path, a database URL or an open Store)."""
    from rasid.store import open_store
    from rasid.web import api, pages

    owned = not hasattr(db, "search")
    store = open_store(db) if owned else db

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # load the KB (map coordinates) in the background so the first map or events request
        # does not pay for parsing it
        import threading

        from rasid.web.geo import warm_up

        threading.Thread(target=warm_up, name="rasid-kb-warm-up", daemon=True).start()
        yield
        if owned:
            store.close()

    app = FastAPI(
        lifespan=lifespan,
        # Swagger UI and ReDoc load their scripts from a CDN: off, the OpenAPI JSON stays at /openapi.json
        docs_url=None,
        redoc_url=None,
        title="rasid — راصد",
        version="0.1.0",
        description="Source-grounded event intelligence from Arabic news: search, documents with every "
                    "annotation layer, entities, events, quantity series, analysis of new text, export.",
        openapi_tags=[{"name": "documents"}, {"name": "search"}, {"name": "entities"}, {"name": "events"},
                      {"name": "analysis"}, {"name": "export"}],
    )
    app.state.store = store
    app.state.templates = build_templates()
    app.state.max_body = max_body

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> Response:
        if _wants_json(request):
            return JSONResponse(error_body(exc.status_code, str(exc.detail)), status_code=exc.status_code,
                                headers=getattr(exc, "headers", None))
        return _html_error(request, exc.status_code, str(exc.detail))

    from starlette.exceptions import HTTPException as StarletteHTTPException

    @app.exception_handler(StarletteHTTPException)
    async def _starlette_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return JSONResponse(error_body(exc.status_code, str(exc.detail)), status_code=exc.status_code)
        return _html_error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
                  for e in exc.errors()]
        if _wants_json(request):
            return JSONResponse(error_body(422, "invalid request parameters", detail), status_code=422)
        msg = "; ".join(f"{'.'.join(str(p) for p in d['loc'])}: {d['msg']}" for d in detail)
        return _html_error(request, 422, msg)

    @app.exception_handler(Exception)
    async def _server_error(request: Request, exc: Exception) -> Response:
        # details go to the server log, not to the client
        log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        if _wants_json(request):
            return JSONResponse(error_body(500, f"internal error ({type(exc).__name__})"), status_code=500)
        return _html_error(request, 500, "خطأ داخلي / internal error")

    def _html_error(request: Request, status: int, message: str) -> Response:
        try:
            return app.state.templates.TemplateResponse(request, "error.html",
                                                        {"status": status, "message": message},
                                                        status_code=status)
        except Exception:  # noqa: BLE001 - an error page must never fail
            return HTMLResponse(f"<h1>{status}</h1>", status_code=status)

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_middleware(DropEmptyParams)
    app.add_middleware(LimitsMiddleware, max_body=max_body, timeout=timeout)
    return app
