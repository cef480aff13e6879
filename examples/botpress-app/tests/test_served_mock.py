"""The mock over HTTP on a free loopback port, for code that opens its own connections."""

from __future__ import annotations

import httpx
import pytest


def test_plain_httpx(specbench_server) -> None:
    server = specbench_server("workdrive")
    answer = httpx.get(f"{server.url}/api/users", headers=server.headers)
    assert answer.status_code == 200
    assert answer.json()["meta"]["totalResults"] == 0
    assert [(r.method, r.path, r.status) for r in server.requests] == [("GET", "/api/users", 200)]


def test_credential_for_any_client(specbench_server) -> None:
    server = specbench_server("botbye")
    # BotBye wants the Base64 form of the token in X-Api-Key; `credential` is that form.
    answer = httpx.get(
        f"{server.url}/api/v1/acct-1/projects", headers={"X-Api-Key": server.credential}
    )
    assert answer.status_code == 200


def test_faults_over_http(specbench_server) -> None:
    server = specbench_server("workdrive")
    server.fail_next(429, retry_after=3)
    answer = httpx.get(f"{server.url}/api/users", headers=server.headers)
    assert answer.status_code == 429
    assert answer.headers["Retry-After"] == "3"


def test_requests_library(specbench_server) -> None:
    requests = pytest.importorskip("requests")
    server = specbench_server("mspbots")
    answer = requests.get(
        f"{server.url}/api/dataset/1534956341424005122", headers=server.headers, timeout=10
    )
    assert answer.status_code == 200
    assert answer.json()["code"] == 0
