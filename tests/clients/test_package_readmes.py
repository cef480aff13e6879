"""Each generated package's README works as written: its Python blocks, run in order as one
program against the API's mock served on loopback (the environment variables the README names
point at it; a `"…"` placeholder becomes a sample value)."""

from __future__ import annotations

import ast
import asyncio
import inspect
import re
from collections.abc import Callable
from typing import Any

import pytest

from specbench.layout import Api
from tests.conftest import APIS

BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def readme_program(api: Api) -> str:
    text = (api.client_dir / "README.md").read_text(encoding="utf-8")
    blocks = BLOCK.findall(text)
    assert blocks, f"{api.client_project}'s README has no Python block"
    return "\n".join(blocks).replace('"…"', '"readme-sample"')


@pytest.mark.parametrize("package", APIS, ids=[a.name for a in APIS])
def test_the_readme_runs_against_the_mock(
    package: Api, specbench_server: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    server = specbench_server(package.name)
    prefix = package.name.upper()
    monkeypatch.setenv(f"{prefix}_BASE_URL", server.url)
    monkeypatch.setenv(f"{prefix}_TOKEN", server.credential)
    code = compile(
        readme_program(package),
        f"{package.client_project}/README.md",
        "exec",
        flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
    )
    outcome = eval(code, {"__name__": "readme"})  # the package's own README, run as written
    if inspect.iscoroutine(outcome):
        asyncio.run(outcome)
    failed = [r for r in server.requests if r.status >= 400]
    assert not failed, failed
    assert server.requests or "sync(" not in readme_program(package)
