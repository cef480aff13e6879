"""The pytest plugin, as a user's suite sees it: a pytest session run inside the test."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

TESTS = """
import httpx
import pytest

SEEN = []


def read_users(mock):
    http = httpx.Client(transport=mock.transport, base_url=mock.base_url, headers=mock.headers)
    return http.get("/v1/chat/users", headers={"x-bot-id": "b"}).json()["users"]


def test_first_writes(specbench_mock):
    mock = specbench_mock("botpress")
    mock.preload("users", [{"name": "Ada"}])
    SEEN.append(mock)
    assert [u["name"] for u in read_users(mock)] == ["Ada"]


def test_then_a_fresh_mock(specbench_mock):
    mock = specbench_mock("botpress")
    assert SEEN and SEEN[0] is not mock
    assert read_users(mock) == []


def test_swallowed_400_fails(specbench_mock):
    mock = specbench_mock("botpress")
    http = httpx.Client(transport=mock.transport, base_url=mock.base_url, headers=mock.headers)
    http.post("/v1/chat/users", json={"name": 5}, headers={"x-bot-id": "b"})


def test_lenient_passes(specbench_mock):
    mock = specbench_mock("botpress", strict=False)
    http = httpx.Client(transport=mock.transport, base_url=mock.base_url, headers=mock.headers)
    assert http.get("/v1/chat/nowhere").status_code == 404


def test_own_failure_keeps_its_message(specbench_mock):
    mock = specbench_mock("botpress")
    httpx.Client(transport=mock.transport, base_url=mock.base_url).get("/v1/chat/users")
    assert 1 == 2, "the test's own assertion"


@pytest.fixture
def late_request(specbench_mock):
    mock = specbench_mock("botpress")
    yield mock
    httpx.Client(transport=mock.transport, base_url=mock.base_url).get("/v1/chat/users")


def test_request_after_the_body(late_request):
    pass


def test_served(specbench_server):
    server = specbench_server("workdrive")
    assert server.url.startswith("http://127.0.0.1:")
    answer = httpx.get(server.url + "/api/users", headers=server.headers)
    assert answer.status_code == 200
    server.fail_next(503)
    assert httpx.get(server.url + "/api/users", headers=server.headers).status_code == 503
    assert [r.status for r in server.requests] == [200, 503]
"""


def run_session(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "test_user_suite.py").write_text(textwrap.dedent(TESTS), encoding="utf-8")
    capsys.readouterr()
    ini = str(tmp_path / "pytest.ini")
    options = ["-p", "no:cacheprovider", "--import-mode=importlib", "-rA", "-q"]
    code = pytest.main([str(tmp_path), "-c", ini, "--rootdir", str(tmp_path), *options])
    return int(code), capsys.readouterr().out


def test_fixtures_isolation_and_strict_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run_session(tmp_path, capsys)
    assert code == 1, out
    outcomes = sorted(
        (line.split()[1].rpartition("::")[2], line.split()[0])
        for line in out.splitlines()
        if line.startswith(("PASSED ", "FAILED ", "ERROR "))
    )
    assert outcomes == [
        ("test_first_writes", "PASSED"),
        ("test_lenient_passes", "PASSED"),
        ("test_own_failure_keeps_its_message", "FAILED"),
        # the test body passed; the request its fixture made afterwards fails the teardown
        ("test_request_after_the_body", "ERROR"),
        ("test_request_after_the_body", "PASSED"),
        ("test_served", "PASSED"),
        ("test_swallowed_400_fails", "FAILED"),
        ("test_then_a_fresh_mock", "PASSED"),
    ]
    assert "POST /v1/chat/users -> 400: The request payload is invalid: name" in out
    assert "the test's own assertion" in out
    assert "specbench mock" in out  # the rejection reported beside the test's own failure
    assert "GET /v1/chat/users -> 401" in out
