"""`make dist` builds packages that work without this repository. In one fresh venv outside it
holding the wheels and pytest (as a user installs them): every client imports and is typed, the
clients run a scenario against `specbench serve`, and the tooling runs the mocks from the bundles
it carries. Slow (installs from the package index): marked `dist`.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from specbench.layout import discover_apis
from specbench.release.versioning import read_record
from tests.conftest import outside_environment

pytestmark = pytest.mark.dist

BIN = Path(sys.executable).parent
SCENARIO = Path(__file__).with_name("installed_scenario.py")
APIS = discover_apis()


@pytest.fixture(scope="module")
def dist(built_dist: Path) -> Path:
    return built_dist


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """`specbench serve` of the repository's venv on a free loopback port: (url, token)."""
    token = secrets.token_urlsafe(12)
    port = free_port()
    env = {**os.environ, "SPECBENCH_MOCK_TOKEN": token}
    command = [str(BIN / "specbench"), "serve", "--port", str(port), "--no-access-log"]
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/healthz", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((tmp_path / "serve.log").read_text()) from None
                time.sleep(0.2)
        yield url, token
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


def test_the_dist_holds_a_wheel_and_an_sdist_per_package(dist: Path) -> None:
    names = {path.name for path in dist.iterdir()}
    for api in APIS:
        record = read_record(api.client_dir)
        assert record is not None
        stem = f"{api.client_package}-{record['version']}"
        assert {f"{stem}-py3-none-any.whl", f"{stem}.tar.gz"} <= names
    assert any(name.startswith("specbench-") and name.endswith(".whl") for name in names)


def test_every_installed_client_imports_and_is_typed(installed_dist: Path) -> None:
    """Each client wheel installs with its dependencies, every module imports, and it ships
    `py.typed` (so users' type checkers read its types; `make lint` runs mypy --strict on it)."""
    program = (
        "import importlib, json, pathlib, pkgutil, sys\n"
        "seen = {}\n"
        "for name in sys.argv[1:]:\n"
        "    package = importlib.import_module(name)\n"
        "    modules = [m.name for m in pkgutil.walk_packages(package.__path__, name + '.')]\n"
        "    for module in modules:\n"
        "        importlib.import_module(module)\n"
        "    typed = (pathlib.Path(package.__file__).parent / 'py.typed').is_file()\n"
        "    seen[name] = {'modules': len(modules), 'typed': typed}\n"
        "print(json.dumps(seen))\n"
    )
    packages = [api.client_package for api in APIS]
    result = subprocess.run(
        [str(installed_dist), "-c", program, *packages],
        env=outside_environment(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    seen = json.loads(result.stdout)
    assert set(seen) == set(packages)
    for package, found in seen.items():
        assert found["typed"], f"{package} is installed without py.typed"
        assert found["modules"] > 5, found


def test_client_wheels_work_in_a_fresh_venv_against_specbench_serve(
    installed_dist: Path, tmp_path: Path, served: tuple[str, str]
) -> None:
    python = installed_dist
    url, token = served
    env = outside_environment()
    for api in APIS:
        env[f"{api.name.upper()}_BASE_URL"] = f"{url}/mock/{api.name}"
        env[f"{api.name.upper()}_TOKEN"] = token
    env["BOTBYE_TOKEN"] = base64.b64encode(token.encode()).decode()
    del env["KOREAI_TOKEN"]
    env["KOREAI_CLIENT_ID"] = "cs-specbench-client"
    env["KOREAI_CLIENT_SECRET"] = token
    script = tmp_path / "program.py"
    script.write_text(SCENARIO.read_text(encoding="utf-8"), encoding="utf-8")
    result = subprocess.run(
        [str(python), str(script)], env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    versions = json.loads(result.stdout.splitlines()[-1])
    for api in APIS:
        record = read_record(api.client_dir)
        assert record is not None
        assert versions[api.name] == record["version"]


MOCK_PROGRAM = """
import asyncio, importlib.util, json
from specbench.layout import Api, discover_apis, in_checkout
from specbench.mock.app import build_mock_app

async def get(app, path, headers):
    scope = {"type": "http", "method": "GET", "path": path, "raw_path": path.encode(),
             "query_string": b"", "headers": [(k.lower().encode(), v.encode())
             for k, v in headers.items()], "http_version": "1.1", "scheme": "http",
             "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 1), "root_path": ""}
    sent = []
    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}
    async def send(message):
        sent.append(message)
    await app(scope, receive, send)
    return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])

app = build_mock_app(Api("botpress"), token="t0ken")
status, body = asyncio.run(get(app, "/v1/chat/users",
                               {"Authorization": "Bearer t0ken", "x-bot-id": "b"}))
print(json.dumps({
    "apis": [api.name for api in discover_apis()],
    "checkout": in_checkout(),
    "status": status,
    "users": json.loads(body)["users"],
    "tooling": [m for m in ("openapi_python_client", "ruff", "schemathesis", "jsonschema")
                if importlib.util.find_spec(m)],
}))
"""


def test_the_tooling_wheel_runs_the_mocks_without_a_checkout(
    installed_dist: Path, tmp_path: Path
) -> None:
    result = subprocess.run(
        [str(installed_dist), "-c", MOCK_PROGRAM],
        env=outside_environment(),
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen == {
        "apis": [api.name for api in APIS],
        "checkout": False,
        "status": 200,
        "users": [],
        "tooling": [],
    }
