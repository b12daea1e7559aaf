"""The analyst's desk: a FastAPI app with a JSON API and Arabic, right-to-left pages.

``create_app(db)`` builds the app over a store; ``rasid serve`` runs it with uvicorn on localhost.
Nothing is fetched from outside at run time: templates, script, styles and the basemap ship here.
"""

from __future__ import annotations

from rasid.web.app import create_app

__all__ = ["create_app"]
