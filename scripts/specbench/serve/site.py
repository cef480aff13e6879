"""The whole site: docs page, bundled specs, Swagger UI assets, mocks and a health check."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import BaseRoute, Route

from specbench.layout import Api
from specbench.serve.assets import asset_mount
from specbench.serve.mocks import MockDispatcher, build_mocks
from specbench.serve.page import render_page
from specbench.serve.specs import load_spec, spec_routes


def build_site(apis: list[Api], db_path: str | None = None) -> MockDispatcher:
    """Serve `/` (Swagger UI), `/specs/<api>/openapi.{json,yaml}`, `/mock/<api>/…`, `/healthz`.

    Bundles and Swagger UI's files are read (or checked) once, here, not per request.
    """
    specs = [load_spec(api) for api in apis]
    page = render_page(specs).encode("utf-8")
    health = {"status": "ok", "apis": [api.name for api in apis]}
    mocks = build_mocks(apis, db_path)

    async def docs(request: Request) -> HTMLResponse:
        return HTMLResponse(page)

    async def healthz(request: Request) -> JSONResponse:
        return JSONResponse(health)

    routes: list[BaseRoute] = [
        Route("/", docs, methods=["GET", "HEAD"]),
        Route("/healthz", healthz, methods=["GET", "HEAD"]),
        *spec_routes(specs),
        asset_mount(),
    ]
    return MockDispatcher(mocks, Starlette(routes=routes))
