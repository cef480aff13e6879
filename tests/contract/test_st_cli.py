"""The `st run` recipe of docs/contract-testing.md works: `specbench serve` plus the schemathesis
CLI, 0 failures, for every API (each with its own credential form), picking up the repository's
`schemathesis.toml` as `st run` does for a user.

What runs here over real HTTP, per API, with every check:
- every operation: the examples, fuzzing (a few cases each) and stateful phases;
- the coverage phase (every boundary and negative value schemathesis derives from the schema) on
  a representative subset: the operations `schemathesis.toml` has entries for (so its
  business-rule statuses and deepObject leniency are shown to reach `st run`), and the first
  operation of each HTTP method in the spec.

The coverage phase of every operation, and many more cases per operation, run in process in
`test_schemathesis.py` (the same checks and config) and in `make fuzz`.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from specbench.bundle import load_bundle, mock_root
from specbench.fuzz_config import operation_settings
from specbench.layout import ROOT, Api
from specbench.mock.apis import credential_headers_for
from specbench.openapi import operations

BIN = Path(sys.executable).parent
TOKEN = "cli-token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`specbench serve` as a separate process, as `make serve` runs it (log to a file: a pipe
    nobody reads would fill up with access lines and stall the server)."""
    port = free_port()
    env = {**os.environ, "SPECBENCH_MOCK_TOKEN": TOKEN, "PORT": str(port)}
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with log.open("w") as sink:
        process = subprocess.Popen(
            [str(BIN / "specbench"), "serve"], env=env, stdout=sink, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "specbench serve did not come up in 30 s"
            try:
                if httpx.get(f"{url}/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def coverage_subset(api: Api) -> list[str]:
    """The operations whose coverage phase runs over HTTP: those `schemathesis.toml` configures,
    and the first operation of each HTTP method (in the spec's order)."""
    configured = set(operation_settings(api))
    first_of_method: dict[str, str] = {}
    for op in operations(load_bundle(api)):
        if op.operation_id:
            first_of_method.setdefault(op.method, op.operation_id)
    return sorted(configured | set(first_of_method.values()))


def st_run(served: str, api: Api, report: Path, *options: str) -> None:
    """`st run` as docs/contract-testing.md shows it, from the repository root; 0 failures."""
    credentials = credential_headers_for(api.name, load_bundle(api), TOKEN)
    headers = [arg for name, value in credentials.items() for arg in ("-H", f"{name}: {value}")]
    result = subprocess.run(
        [
            str(BIN / "st"),
            "run",
            f"{served}/specs/{api.name}/openapi.json",
            "--url",
            f"{served}{mock_root(api)}",
            *headers,
            "--checks",
            "all",
            "--seed",
            "1",
            "--report-junit-path",
            str(report),
            *options,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert report.exists()
    assert "failures" not in result.stdout.splitlines()[-1], result.stdout[-2000:]


def test_st_run_against_the_served_mock_finds_nothing(
    served: str, api: Api, tmp_path: Path
) -> None:
    st_run(
        served,
        api,
        tmp_path / "junit.xml",
        *("--phases", "examples,fuzzing,stateful", "--max-examples", "4"),
    )


def test_st_run_coverage_phase_finds_nothing(served: str, api: Api, tmp_path: Path) -> None:
    selected = [arg for name in coverage_subset(api) for arg in ("--include-operation-id", name)]
    st_run(served, api, tmp_path / "junit.xml", "--phases", "coverage", *selected)
