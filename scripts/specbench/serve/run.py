"""Run the site with uvicorn, after saying where the docs and each mock are."""

from __future__ import annotations

import os

import uvicorn

from specbench.bundle import load_bundle, mock_root
from specbench.layout import Api
from specbench.mock.apis import credential_headers_for
from specbench.mock.app import mock_token
from specbench.serve.site import build_site

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def default_port() -> int:
    """`PORT` from the environment, else 8000."""
    return int(os.environ.get("PORT", DEFAULT_PORT))


def base_url(host: str, port: int) -> str:
    """http://host:port, with an IPv6 host in brackets."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def banner(apis: list[Api], host: str, port: int) -> list[str]:
    """What `specbench serve` prints at start-up: docs page, each mock's URL and credential."""
    base = base_url(host, port)
    token = mock_token()
    lines = [f"docs (Swagger UI): {base}/"]
    for api in apis:
        headers = credential_headers_for(api.name, load_bundle(api), token)
        shown = "; ".join(f"{name}: {value}" for name, value in headers.items())
        lines.append(f"mock {api.name}: {base}{mock_root(api)}  (send {shown})")
    lines.append(f"mock token: {token} (set SPECBENCH_MOCK_TOKEN to change it)")
    return lines


def serve(
    apis: list[Api], host: str, port: int, db_path: str | None = None, access_log: bool = True
) -> None:
    """Build the site and serve it until interrupted (`make bench` turns the access log off)."""
    site = build_site(apis, db_path)
    for line in banner(apis, host, port):
        print(line, flush=True)
    uvicorn.run(site, host=host, port=port, log_level="info", access_log=access_log)
