"""The HTTP API (FastAPI) and the single-page web app, served by one process.

Read endpoints are open (the server binds to 127.0.0.1 by default); POST /api/ingest
needs `Authorization: Bearer TOKEN` and is disabled when no token is configured.
Responses are JSON built from the stored models; article text is data, never markup:
the web app inserts it with textContent only, and every response carries a strict
Content-Security-Policy as a second line of defence.
"""
from __future__ import annotations

from fogofwar.api.app import create_app

__all__ = ["create_app"]
