"""The vendor's official JavaScript client (npm @botpress/client, pinned in package.json) against
our Botpress mock: its CRUD and tags-filter scenario (botpress_official_client.mjs) must pass, so
the mock is checked against the vendor's own SDK and not only against our generated client."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from specbench.layout import ROOT
from specbench.mock import build_mock_app
from tests.conftest import api_named
from tests.mock_server import serving

SCRIPT = Path(__file__).parent / "botpress_official_client.mjs"
TOKEN = "peer-token"


@pytest.fixture(scope="module")
def node() -> str:
    found = shutil.which("node")
    if found is None:
        pytest.fail("node is not installed (the Makefile's prerequisites include Node 20)")
    if not (ROOT / "node_modules" / "@botpress" / "client" / "package.json").exists():
        pytest.fail("@botpress/client is missing from node_modules: run `make setup`")
    return found


def test_official_client_crud_and_tag_filters_against_the_mock(node: str) -> None:
    with serving(build_mock_app(api_named("botpress"), token=TOKEN)) as url:
        env = {**os.environ, "BOTPRESS_API_URL": url, "BOTPRESS_TOKEN": TOKEN}
        result = subprocess.run(
            [node, str(SCRIPT)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 0, result.stderr + result.stdout
    summary = json.loads(result.stdout)
    assert summary["users"]["tagged"] == 1 and summary["users"]["deleted"] is True
    assert summary["conversations"]["tagged"] == 1
    assert summary["messages"]["tagged"] == 1
    assert summary["states"]["payload"] == {"step": 2, "lang": "en"}
    assert summary["tableRows"] == {"created": 2, "found": 1, "deleted": 1, "tables": 1}
