"""The fixtures `specbench_mock` and `specbench_server` need no import: installing specbench
registers its pytest plugin. `pytester` runs a test session inside a test (strict mode demo)."""

from __future__ import annotations

import pytest
from botpress_app import Directory
from botpress_client import AuthenticatedClient

pytest_plugins = ["pytester"]

BOT_ID = "bot-example"


@pytest.fixture
def botpress(specbench_mock):
    """A fresh Botpress mock for each test (strict: a request the spec refuses fails the test)."""
    return specbench_mock("botpress")


@pytest.fixture
def client(botpress) -> AuthenticatedClient:
    return botpress.client()


@pytest.fixture
def directory(client) -> Directory:
    return Directory(client, BOT_ID)
