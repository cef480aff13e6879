"""The typed usage programs (tests/clients/usage/, checked by `make lint` with mypy --strict) run
against the mocks and do what their types promise; none of them needs a cast, an isinstance
narrowing or a type: ignore."""

from __future__ import annotations

import base64
import importlib.util
import io
import tokenize
from pathlib import Path
from types import ModuleType

import pytest

from specbench.mock import build_mock_app
from specbench.mock.apis.koreai.jwt_auth import client_id
from specbench.mock.apis.mspbots.resources import DATASET_ID
from tests.conftest import api_named
from tests.mock_server import serving

USAGE = Path(__file__).parent / "usage"
TOKEN = "usage-token"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"specbench_usage_{name}", USAGE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", sorted(USAGE.glob("*.py")), ids=lambda p: p.stem)
def test_usage_needs_no_casts_narrowing_or_ignores(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    names = {t.string for t in tokens if t.type == tokenize.NAME}
    comments = " ".join(t.string for t in tokens if t.type == tokenize.COMMENT)
    assert not names & {"cast", "isinstance", "TYPE_CHECKING", "Any"}, path.name
    assert "type:" not in comments and "noqa" not in comments, path.name


def test_botpress_usage() -> None:
    with serving(build_mock_app(api_named("botpress"), token=TOKEN)) as url:
        summary = load("botpress_usage").main(url, TOKEN)
    assert summary == {
        "created": True,
        "renamed": "Ada L.",
        "first_page": 20,
        "next_token": True,
        "by_phone": True,
        "iterated": 25,
        "async": 25,
        "message": ("outgoing", True),
        "messages": 1,
        "billing": True,
        "missing": (404, "ResourceNotFound"),
    }


def test_workdrive_usage() -> None:
    with serving(build_mock_app(api_named("workdrive"), token=TOKEN)) as url:
        summary = load("workdrive_usage").main(url, TOKEN)
    assert summary["last_name"] == "Renamed"
    assert summary["page"] == 5 and summary["iterated"] == summary["total"]
    assert summary["async"] == summary["iterated"] - 1  # one user deleted in between
    assert summary["missing"] == (404, "Not Found")


def test_koreai_usage() -> None:
    secret = "usage-koreai-secret"
    with serving(build_mock_app(api_named("koreai"), token=secret)) as url:
        summary = load("koreai_usage").main(url, client_id(), secret)
    assert summary == {
        "first_page": 3,
        "has_more": True,
        "modified": 1,
        "deleted": 1,
        "orders": [1, 2, 3, 4],
        "async_sum": 10 + 20 + 30 + 100,
        "missing": (404, 404),
    }


def test_mspbots_usage() -> None:
    with serving(build_mock_app(api_named("mspbots"), token=TOKEN)) as url:
        summary = load("mspbots_usage").main(url, TOKEN, DATASET_ID)
    assert summary == {
        "code": 0,
        "page": 10,
        "total": 25,
        "iterated": 25,
        "async": 25,
        "missing": (404, -1),
    }


def test_botbye_usage() -> None:
    key = base64.b64encode(TOKEN.encode()).decode()
    with serving(build_mock_app(api_named("botbye"), token=TOKEN)) as url:
        summary = load("botbye_usage").main(url, key)
    assert summary["name"] == "Shop" and summary["listed"] is True
    assert summary["methods"] == ["GET"]
    total = summary["total"]
    assert isinstance(total, int) and total > 5 and summary["async"] == total
    assert str(summary["missing"]).startswith("(404, ") and "no-such-project" in str(summary)
