"""The whole site: docs page, bundled specs, ERRATA pages, Swagger UI assets, mocks, health."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import BaseRoute, Route

from specbench.layout import Api
from specbench.serve.assets import asset_mount
from specbench.serve.errata import ErrataPage, errata_routes, load_errata
from specbench.serve.mocks import MockDispatcher, build_mocks
from specbench.serve.page import render_page
from specbench.serve.specs import load_spec, spec_routes


def build_site(apis: list[Api], db_path: str | None = None) -> MockDispatcher:
    """Serve `/` (Swagger UI), `/specs/<api>/openapi.{json,yaml}`, `/specs/<api>/ERRATA.md`
    (rendered), `/mock/<api>/…` and `/healthz`.

    Bundles, ERRATA pages and Swagger UI's files are read (or checked) once, here, not per request.
    """
    specs = [load_spec(api) for api in apis]
    # Keyed by the bundle's URL: Swagger UI's page links the ERRATA of the API it shows.
    errata: dict[str, ErrataPage] = {}
    for spec in specs:
        found = load_errata(spec.api, spec.title)
        if found is not None:
            errata[spec.json_url] = found
    page = render_page(specs, errata={url: e.url for url, e in errata.items()}).encode("utf-8")
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
        *errata_routes(list(errata.values())),
        asset_mount(),
    ]
    return MockDispatcher(mocks, Starlette(routes=routes))
