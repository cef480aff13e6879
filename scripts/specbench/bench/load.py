"""Throughput and latency of one mock under the same two loads: GET a user, POST a new one.

Botpress's users: a user is created first (POST /v1/chat/users, the spec's own example body) and
its id is what every GET asks for; the POST scenario sends that same valid body again and again
(our mock stores each one; Prism answers its example). Both with a valid bearer token and the
required `x-bot-id` header.
"""

from __future__ import annotations

import json
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from specbench.bench import servers, wrk
from specbench.bench.settings import BenchSettings
from specbench.bench.wrk import WrkResult
from specbench.mock.apis import credential_headers_for
from specbench.mock.app import mock_token

CREATE_PATH = "/v1/chat/users"
GET_PATH = "/v1/chat/users/{id}"


@dataclass(frozen=True)
class Request:
    """One scenario's request, the same for every server."""

    scenario: str  # "GET /v1/chat/users/{id}"
    method: str
    path: str  # relative to the API's base URL, id filled in
    headers: dict[str, str]
    body: str | None = None


@dataclass(frozen=True)
class LoadResult:
    """One server under one scenario."""

    server: str
    scenario: str
    wrk: WrkResult
    peak_rss_bytes: int
    server_cpu_percent: float  # of one core, over the measured run
    wrk_cpu_percent: float  # of one core: far below 100 means wrk was not the bottleneck


def _header_example(document: dict[str, Any], name: str) -> str:
    for parameter in document.get("components", {}).get("parameters", {}).values():
        if parameter.get("in") == "header" and parameter.get("name") == name:
            return str(parameter["example"])
    raise KeyError(f"no header parameter {name!r} with an example in the bundle")


def request_headers(api_name: str, document: dict[str, Any]) -> dict[str, str]:
    """The credential our mock accepts (Prism accepts any) and the required bot id header."""
    return {
        **credential_headers_for(api_name, document, mock_token()),
        "x-bot-id": _header_example(document, "x-bot-id"),
    }


def create_body(document: dict[str, Any]) -> str:
    """The first example of the create operation's request body, from the spec itself."""
    content = document["paths"][CREATE_PATH]["post"]["requestBody"]["content"]["application/json"]
    example = next(iter(content["examples"].values()))["value"]
    return json.dumps(example, separators=(",", ":"))


def create_user(base_url: str, headers: dict[str, str], body: str) -> str:
    """POST one user and return its id (what the GET scenario reads)."""
    request = urllib.request.Request(
        base_url + CREATE_PATH,
        data=body.encode("utf-8"),
        headers={**headers, "Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        if response.status != 201:
            raise RuntimeError(f"creating a user answered {response.status}")
        created: dict[str, Any] = json.load(response)
    return str(created["user"]["id"])


def requests_for(base_url: str, document: dict[str, Any], api_name: str) -> list[Request]:
    """The two scenarios, against the server at `base_url` (creates the user the GET reads)."""
    headers = request_headers(api_name, document)
    body = create_body(document)
    user_id = create_user(base_url, headers, body)
    return [
        Request(f"GET {GET_PATH}", "GET", GET_PATH.replace("{id}", user_id), headers),
        Request(
            f"POST {CREATE_PATH}",
            "POST",
            CREATE_PATH,
            {**headers, "Content-Type": "application/json"},
            body,
        ),
    ]


def measure(
    server: servers.Server, request: Request, settings: BenchSettings, workdir: Path
) -> LoadResult:
    """Warm up, then load `server` with `request` for the measured duration."""
    lua = workdir / f"{servers.slug(server.name)}-{request.method.lower()}.lua"
    lua.write_text(wrk.script(request.method, request.headers, request.body), encoding="utf-8")
    url = server.base_url + request.path
    if settings.warmup:
        wrk.run(url, lua, settings.warmup, settings.threads, settings.connections)
    cpu_before = servers.cpu_seconds(server.pid)
    with servers.PeakRss(server.pid) as rss:
        done = wrk.run(url, lua, settings.seconds, settings.threads, settings.connections)
    server_cpu = servers.cpu_seconds(server.pid) - cpu_before
    elapsed = done.result.seconds or float(settings.seconds)
    return LoadResult(
        server=server.name,
        scenario=request.scenario,
        wrk=done.result,
        peak_rss_bytes=rss.peak,
        server_cpu_percent=100 * server_cpu / elapsed,
        wrk_cpu_percent=100 * done.cpu_seconds / elapsed,
    )
