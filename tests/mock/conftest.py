"""Fixtures for the mock tests."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from specbench.testing import MockApi


@pytest.fixture
def http(mock: MockApi) -> Iterator[httpx.Client]:
    """An httpx client answered by the test module's own `mock` fixture, its credential set."""
    with httpx.Client(
        transport=mock.transport, base_url=mock.base_url, headers=mock.headers
    ) as client:
        yield client
