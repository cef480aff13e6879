"""docs/clients.md: every python code block runs, in order, in one namespace, against the
Botpress mock (the client comes from BOTPRESS_BASE_URL / BOTPRESS_TOKEN, as the page says)."""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from specbench.layout import ROOT
from specbench.mock import build_mock_app
from tests.conftest import api_named
from tests.mock_server import serving

PAGE = ROOT / "docs" / "clients.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)
TOKEN = "docs-token"


def test_the_page_has_code_for_each_topic() -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert len(BLOCK.findall(text)) >= 9
    for heading in ("Errors", "Retries", "Iterate", "Object filters", "Enum values", "Upgrading"):
        assert f"## {heading}" in text


def test_every_python_block_runs_against_the_mock(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = BLOCK.findall(PAGE.read_text(encoding="utf-8"))
    output = io.StringIO()
    with serving(build_mock_app(api_named("botpress"), token=TOKEN)) as url:
        monkeypatch.setenv("BOTPRESS_BASE_URL", url)
        monkeypatch.setenv("BOTPRESS_TOKEN", TOKEN)
        namespace: dict[str, object] = {"__name__": "docs_clients"}
        with contextlib.redirect_stdout(output):
            for number, block in enumerate(blocks, 1):
                code = compile(block, f"{PAGE.name} block {number}", "exec")
                exec(code, namespace)
    printed = output.getvalue()
    assert "404 ResourceNotFound" in printed
    assert "archived False" in printed
