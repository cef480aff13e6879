"""Test your own code against the mocks: `MockApi` in process, `MockServer` over HTTP.

With pytest, the fixtures `specbench_mock` and `specbench_server` (this package's plugin,
registered when specbench is installed) make them per test; see docs/testing.md.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from specbench.mock.journal import Exchange
    from specbench.testing.mock_api import MockApi, RejectedRequest
    from specbench.testing.server import MockServer

__all__ = ["Exchange", "MockApi", "MockServer", "RejectedRequest"]

# Imported on first use, so that loading the pytest plugin costs a test run nothing.
_HOMES = {
    "Exchange": "specbench.mock.journal",
    "MockApi": "specbench.testing.mock_api",
    "RejectedRequest": "specbench.testing.mock_api",
    "MockServer": "specbench.testing.server",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
