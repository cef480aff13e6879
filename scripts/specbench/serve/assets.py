"""Swagger UI's own files, served offline from node_modules/swagger-ui-dist (no CDN)."""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse
from starlette.routing import Mount, Route

from specbench.layout import ROOT

SWAGGER_UI_DIST = ROOT / "node_modules" / "swagger-ui-dist"
ASSETS_PATH = "/assets"
# Only what the page loads: not the vendor's index.html, whose initializer fetches a remote spec.
FILES = (
    "swagger-ui.css",
    "swagger-ui-bundle.js",
    "swagger-ui-standalone-preset.js",
    "favicon-16x16.png",
    "favicon-32x32.png",
)


def asset_url(name: str) -> str:
    """The URL the page uses for one of Swagger UI's files."""
    return f"{ASSETS_PATH}/{name}"


def _serve_file(path: Path) -> Route:
    async def endpoint(request: Request) -> FileResponse:
        return FileResponse(path, headers={"Cache-Control": "public, max-age=3600"})

    return Route(f"/{path.name}", endpoint, methods=["GET", "HEAD"])


def asset_mount(directory: Path = SWAGGER_UI_DIST) -> Mount:
    """Mount Swagger UI's files under /assets; fail now if node_modules lacks them."""
    missing = [name for name in FILES if not (directory / name).is_file()]
    if missing:
        raise FileNotFoundError(
            f"{directory} lacks {', '.join(missing)}: run `make` (it installs node_modules)"
        )
    return Mount(ASSETS_PATH, routes=[_serve_file(directory / name) for name in FILES])
