"""Run the site with uvicorn, after saying where the docs and each mock are.

With `workers` > 1, uvicorn starts that many server processes on one port; each builds its own
site from what `serve` puts in the environment (`app_from_environment`). With a `--db` file they
share it (SQLite in WAL mode: every worker sees every write); without one each worker keeps its own
in-memory store, so a resource created through one worker is unknown to the others.
"""

from __future__ import annotations

import json
import os

import uvicorn
from starlette.types import ASGIApp

from specbench.bundle import load_bundle, mock_root
from specbench.layout import Api, select_apis
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


# What a worker process reads to build the same site as its parent.
_SETTINGS = "SPECBENCH_SERVE_SETTINGS"


def site_app(apis: list[Api], db_path: str | None, access_log: bool) -> ASGIApp:
    """The site, behind our access log when it is on."""
    # Imported here: the access log module is small, the site is not needed to print help.
    from specbench.serve.access_log import AccessLog

    site: ASGIApp = build_site(apis, db_path)
    return AccessLog(site) if access_log else site


def app_from_environment() -> ASGIApp:
    """uvicorn's app factory in each worker process (`--workers N`)."""
    settings = json.loads(os.environ[_SETTINGS])
    return site_app(select_apis(settings["apis"]), settings["db"], settings["access_log"])


def serve(
    apis: list[Api],
    host: str,
    port: int,
    db_path: str | None = None,
    access_log: bool = True,
    workers: int = 1,
) -> None:
    """Build the site and serve it until interrupted (`make bench` turns the access log off).

    The access log is ours (`AccessLog`, one line per request); uvicorn's own is always off.
    """
    if workers > 1:
        # Each worker opens the file itself: create it (and switch it to WAL) once, first.
        if db_path is not None:
            from specbench.mock.store import Store

            Store(db_path).close()
        os.environ[_SETTINGS] = json.dumps(
            {"apis": [api.name for api in apis], "db": db_path, "access_log": access_log}
        )
        for line in banner(apis, host, port):
            print(line, flush=True)
        print(f"{workers} worker processes" + ("" if db_path else ", each with its own store"))
        uvicorn.run(
            f"{__name__}:app_from_environment",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="info",
            access_log=False,
        )
        return
    app = site_app(apis, db_path, access_log)
    for line in banner(apis, host, port):
        print(line, flush=True)
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False)
