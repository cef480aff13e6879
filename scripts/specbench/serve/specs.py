"""Each API's bundled document, read once at start-up and served as JSON and YAML."""

from __future__ import annotations

import json
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from specbench.layout import Api


@dataclass(frozen=True)
class BundledSpec:
    """One API's bundle, as bytes ready to send, and the title the docs page shows."""

    api: Api
    title: str
    json_body: bytes
    yaml_body: bytes

    @property
    def json_url(self) -> str:
        return spec_url(self.api, "json")

    @property
    def yaml_url(self) -> str:
        return spec_url(self.api, "yaml")


def spec_url(api: Api, extension: str) -> str:
    """Where the site serves an API's bundle: /specs/<api>/openapi.<json|yaml>."""
    return f"/specs/{api.name}/openapi.{extension}"


def load_spec(api: Api) -> BundledSpec:
    """Read both bundles of `api` (run `make` first)."""
    for path in (api.bundle_json, api.bundle_yaml):
        if not path.is_file():
            raise FileNotFoundError(f"{path} is missing: run `make` (it bundles every API)")
    json_body = api.bundle_json.read_bytes()
    title = str(json.loads(json_body).get("info", {}).get("title", api.name))
    return BundledSpec(api, title, json_body, api.bundle_yaml.read_bytes())


def _serve_bytes(path: str, body: bytes, media_type: str) -> Route:
    async def endpoint(request: Request) -> Response:
        return Response(body, media_type=media_type)

    return Route(path, endpoint, methods=["GET", "HEAD"])


def spec_routes(specs: list[BundledSpec]) -> list[Route]:
    """Two routes per API: the JSON bundle and the YAML bundle."""
    routes: list[Route] = []
    for spec in specs:
        routes.append(_serve_bytes(spec.json_url, spec.json_body, "application/json"))
        routes.append(_serve_bytes(spec.yaml_url, spec.yaml_body, "application/yaml"))
    return routes
